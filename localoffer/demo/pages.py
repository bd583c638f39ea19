"""Demo pages for load_demo_content, written from ../shared/seeds."""

HOME = {
    "title": "Support for children and young people with SEND",
    "introduction": "Find help and services for children and young people aged 0 to 25 with special "
    "educational needs and disabilities (SEND) in Staffordshire and Stoke-on-Trent.",
    "search_description": "The SEND Local Offer for Staffordshire and Stoke-on-Trent: support, services and advice "
    "for children and young people aged 0 to 25 and their families.",
    "body": [
        ("heading", {"text": "Start here", "level": "h2"}),
        (
            "paragraph",
            """<p>If you are worried about how your child is learning or getting on, talk to """
            """their teacher or the school's special educational needs coordinator (SENCo) first. """
            """You do not need a diagnosis to get help.</p>"""
            """<ul><li><a href="/what-is-the-local-offer/">What the Local Offer is and who it is """
            """for</a></li>"""
            """<li><a href="/what-is-the-local-offer/the-graduated-approach/">Extra help at """
            """school or nursery (SEN support)</a></li>"""
            """<li><a href="/what-is-the-local-offer/ehc-needs-assessments-and-plans/">EHC needs """
            """assessments and EHC plans</a></li>"""
            """<li><a href="/what-is-the-local-offer/who-is-responsible-for-what/">Who is """
            """responsible for what</a></li>"""
            """<li><a href="/contact/">Contact the Local Offer team</a></li></ul>""",
        ),
        (
            "inset_text",
            {
                "text": "<p>This website is run by Staffordshire County Council, Stoke-on-Trent City "
                "Council and the NHS Staffordshire and Stoke-on-Trent Integrated Care Board "
                "(ICB).</p>",
            },
        ),
        (
            "call_to_action",
            {
                "heading": "New to SEND?",
                "text": "Find out what the Local Offer is and how it can help your family.",
                "link_label": "What is the Local Offer",
                "page": "what-is-the-local-offer",
                "url": "",
            },
        ),
    ],
}

PAGES = [
    # 1. What is the Local Offer
    {
        "slug": "what-is-the-local-offer",
        "parent": None,
        "title": "What is the Local Offer",
        "summary": "The Local Offer tells you about support and services for children and young people "
        "aged 0 to 25 with special educational needs and disabilities (SEND) in "
        "Staffordshire and Stoke-on-Trent, and how to get them.",
        "search_description": "What the SEND Local Offer is, who it is for, what it covers and who runs it in "
        "Staffordshire and Stoke-on-Trent.",
        "show_in_menus": True,
        "body": [
            (
                "paragraph",
                "<p>The Local Offer is one place to find information about support for children and "
                "young people with special educational needs and disabilities (SEND). It covers "
                "everyone from birth up to age 25.</p>"
                "<p>It tells you what help is available, who provides it, who can get it and how to "
                "ask for it.</p>",
            ),
            ("heading", {"text": "Who the Local Offer is for", "level": "h2"}),
            (
                "paragraph",
                "<p>The Local Offer is for:</p>"
                "<ul><li>children and young people aged 0 to 25 with SEND</li>"
                "<li>parents and carers</li>"
                "<li>people who work with children and young people, such as teachers, nursery "
                "staff, health workers and social workers</li></ul>"
                "<p>You can use it whether or not your child has a diagnosis, and whether or not "
                "they have an education, health and care (EHC) plan.</p>",
            ),
            (
                "details",
                {
                    "summary": "What does SEND mean?",
                    "content": "<p>A child or young person has <b>special educational needs</b> if they "
                    "find learning much harder than most people their age, or have a disability "
                    "that makes it harder to use school or college, and they need extra or "
                    "different help because of this.</p>"
                    "<p>A person is <b>disabled</b> if they have a physical or mental condition "
                    "that has a big, long-term effect on everyday life. Not every disabled child "
                    "has special educational needs, and not every child with special educational "
                    "needs is disabled.</p>",
                },
            ),
            ("heading", {"text": "Why there is a Local Offer", "level": "h2"}),
            (
                "paragraph",
                "<p>The law says every council in England must publish a Local Offer. This comes "
                'from the <a href="https://www.legislation.gov.uk/ukpga/2014/6/contents">Children '
                "and Families Act 2014</a> and the <a "
                'href="https://www.gov.uk/government/publications/send-code-of-practice-0-to-25">SEND code of practice</a>.</p>'
                "<p>Councils must write the Local Offer with children, young people and families, "
                "and keep it up to date. They must also publish what people say about it and what "
                "they have done in reply.</p>",
            ),
            ("heading", {"text": "What you can find on the Local Offer", "level": "h2"}),
            (
                "paragraph",
                "<p>The Local Offer has information about:</p>"
                "<ul><li>early years and childcare</li><li>education</li><li>social care</li>"
                "<li>health and wellbeing</li><li>travel and transport</li>"
                "<li>places to go and things to do</li><li>preparing for adulthood</li>"
                "<li>money matters</li>"
                "<li>extra help for children, families, schools and nurseries</li>"
                "<li>information and support, including support groups and organisations</li>"
                "<li>policies, how to be referred to a service, forms and templates</li></ul>",
            ),
            ("heading", {"text": "Who runs the Local Offer", "level": "h2"}),
            (
                "paragraph",
                "<p>Three partners work together on this Local Offer:</p>"
                "<ul>"
                "<li><b>Staffordshire County Council</b> for families who live in Staffordshire</li>"
                "<li><b>Stoke-on-Trent City Council</b> for families who live in the city of "
                "Stoke-on-Trent</li>"
                "<li><b>NHS Staffordshire and Stoke-on-Trent Integrated Care Board (ICB)</b>, which "
                "plans and pays for NHS health services in both areas</li></ul>"
                "<p>They also work with schools, nurseries, colleges, NHS services, charities and "
                "parent carer groups.</p>",
            ),
            ("heading", {"text": "What the partners have promised", "level": "h2"}),
            (
                "paragraph",
                "<p>Both councils have a SEND strategy. Each one was written with parents, carers, "
                "children and young people.</p>",
            ),
            ("heading", {"text": "Staffordshire", "level": "h3"}),
            ("paragraph", "<p>Staffordshire's SEND strategy sets out this vision:</p>"),
            (
                "inset_text",
                {
                    "text": '<p>"All children and young people with SEND are given the opportunity to '
                    "achieve everything that they can. They engage with the right support at the "
                    "right time from their parents/carers, the community and the professionals "
                    'that work with them to make this happen."</p>',
                },
            ),
            (
                "paragraph",
                "<p>Its 4 priorities are to:</p>"
                "<ol><li>communicate well with each other and with families</li>"
                "<li>work in partnership to meet the needs of children and young people</li>"
                "<li>make sure the right support is there at the right time</li>"
                "<li>help communities to be more inclusive</li></ol>",
            ),
            ("heading", {"text": "Stoke-on-Trent", "level": "h3"}),
            (
                "paragraph",
                "<p>Stoke-on-Trent City Council and the ICB agreed a joint SEND strategy in 2024. "
                'Its aim is for children and young people with SEND to "be the best they can be". '
                "Its 5 priorities are:</p>"
                "<ol>"
                "<li>nothing for us without us: listening to families and letting their views shape "
                "services</li>"
                "<li>part of the community: every child feels safe, valued and included</li>"
                "<li>high aims and getting ready for adult life</li>"
                "<li>finding and assessing needs early</li>"
                "<li>skilled staff who can meet needs locally and quickly</li></ol>"
                '<p><a href="https://www.stoke.gov.uk/SENDstrategy">Read the Stoke-on-Trent SEND '
                "strategy</a>.</p>",
            ),
            ("heading", {"text": "Tell us what you think", "level": "h2"}),
            (
                "paragraph",
                "<p>If something is missing, wrong or hard to understand, tell us. We use what you "
                "say to improve the Local Offer. Email <a "
                'href="mailto:localoffer@example.org">localoffer@example.org</a>.</p>',
            ),
            (
                "call_to_action",
                {
                    "heading": "Find out who does what",
                    "text": "See what the county council, the city council, the NHS and schools are each "
                    "responsible for.",
                    "link_label": "Who is responsible for what",
                    "page": "who-is-responsible-for-what",
                    "url": "",
                },
            ),
        ],
    },
    # 2. Who is responsible for what
    {
        "slug": "who-is-responsible-for-what",
        "parent": "what-is-the-local-offer",
        "title": "Who is responsible for what",
        "summary": "Find out what Staffordshire County Council, Stoke-on-Trent City Council, the NHS "
        "Integrated Care Board and schools each do for children and young people with SEND, "
        "and which council covers you.",
        "search_description": "SEND responsibilities of Staffordshire County Council, Stoke-on-Trent City Council, "
        "the NHS ICB and schools, and how to tell which council covers you.",
        "show_in_menus": False,
        "body": [
            (
                "paragraph",
                "<p>Support for children and young people with SEND comes from different "
                "organisations. Which council helps you depends on where your child lives, not "
                "where they go to school.</p>",
            ),
            (
                "details",
                {
                    "summary": "How do I know which council covers me?",
                    "content": "<p>Look at your council tax bill. It shows your council.</p>"
                    "<p><b>Stoke-on-Trent City Council</b> covers the city of Stoke-on-Trent. "
                    "This includes Burslem, Fenton, Hanley, Longton, Stoke and Tunstall.</p>"
                    "<p><b>Staffordshire County Council</b> covers the rest of Staffordshire. "
                    "This includes Cannock Chase, East Staffordshire, Lichfield, "
                    "Newcastle-under-Lyme, South Staffordshire, Stafford, Staffordshire "
                    "Moorlands and Tamworth.</p>"
                    "<p>Newcastle-under-Lyme is next to Stoke-on-Trent but is in Staffordshire, "
                    "so the county council covers it.</p>"
                    '<p>You can also <a href="https://www.gov.uk/find-local-council">find your '
                    "local council on GOV.UK</a> using your postcode.</p>",
                },
            ),
            ("heading", {"text": "Staffordshire County Council", "level": "h2"}),
            (
                "paragraph",
                "<p>If you live in Staffordshire, the county council is responsible for:</p>"
                "<ul><li>helping mainstream schools give children the right support</li>"
                "<li>deciding whether to carry out an education, health and care (EHC) needs "
                "assessment</li><li>writing, issuing and reviewing EHC plans</li>"
                "<li>making sure the education support in an EHC plan is provided</li>"
                "<li>home to school transport for children who are eligible</li>"
                "<li>social care for disabled children, such as short breaks</li>"
                "<li>the Staffordshire Local Offer</li></ul>",
            ),
            ("heading", {"text": "Stoke-on-Trent City Council", "level": "h2"}),
            (
                "paragraph",
                "<p>If you live in the city of Stoke-on-Trent, the city council does the same jobs "
                "for you. It is responsible for:</p>"
                "<ul><li>supporting schools and settings in the city to meet needs</li>"
                "<li>EHC needs assessments and EHC plans</li>"
                "<li>home to school transport for children who are eligible</li>"
                "<li>social care for disabled children, such as short breaks</li>"
                "<li>the Stoke-on-Trent Local Offer</li></ul>"
                "<p>You can also visit the <a "
                'href="https://localoffer.stoke.gov.uk/">Stoke-on-Trent City Council Local Offer '
                "website</a>.</p>",
            ),
            (
                "heading",
                {
                    "text": "NHS Staffordshire and Stoke-on-Trent Integrated Care Board",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                "<p>The Integrated Care Board (ICB) is part of the NHS. It plans and pays for "
                "health services for children and young people in both council areas.</p>"
                "<p>The ICB must:</p>"
                "<ul>"
                "<li>plan how it will meet the health needs of children and young people aged 0 to "
                "25</li><li>have a senior leader who is responsible for SEND</li>"
                "<li>work with families and children when it makes its plans</li>"
                "<li>report every year on how it has met its SEND duties</li>"
                "<li>make sure the health support in an EHC plan is provided</li></ul>"
                "<p>Health services that children with SEND often use include autism support, "
                "sensory support, speech and language therapy, occupational therapy, physiotherapy, "
                "children's community nursing and mental health services.</p>"
                "<p>To get most NHS services, start by talking to your GP, health visitor or school "
                "nurse.</p>",
            ),
            ("heading", {"text": "Schools, nurseries and colleges", "level": "h2"}),
            (
                "paragraph",
                "<p>Most children with SEND get the help they need from their own school, nursery "
                "or college. This is called SEN support.</p>"
                "<p>Every mainstream school must:</p>"
                "<ul><li>have a special educational needs coordinator (SENCo)</li>"
                "<li>do its best to get children the support they need</li>"
                "<li>tell you when it starts giving your child SEN support</li>"
                "<li>publish a SEN information report on its website</li>"
                "<li>make reasonable changes so disabled children are not treated unfairly</li></ul>"
                "<p>Nurseries and colleges have similar duties. Ask them who leads on SEND.</p>"
                '<p><a href="/what-is-the-local-offer/the-graduated-approach/">Read how schools '
                "give SEN support</a>.</p>",
            ),
            ("heading", {"text": "Who makes decisions", "level": "h2"}),
            (
                "paragraph",
                "<p>Until your child is 16, you make decisions for them as their parent or carer. "
                "From the end of the school year when they turn 16, young people can make most "
                "decisions for themselves, with support if they want it.</p>",
            ),
            (
                "details",
                {
                    "summary": "What if my child lives in one area but goes to school in the other?",
                    "content": "<p>The council where your child lives is responsible for their EHC needs "
                    "assessment, EHC plan and home to school transport. This is true even if the "
                    "school is in the other council's area.</p>"
                    "<p>The school itself is still responsible for SEN support.</p>",
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Not sure who to ask?",
                    "text": "Contact the Local Offer team and we will point you to the right service.",
                    "link_label": "Contact us",
                    "page": "contact",
                    "url": "",
                },
            ),
        ],
    },
    # 3. Extra help at school: the graduated approach
    {
        "slug": "the-graduated-approach",
        "parent": "what-is-the-local-offer",
        "title": "Extra help at school: the graduated approach",
        "summary": "How schools, nurseries and colleges give SEN support using the cycle of Assess, "
        "Plan, Do, Review, and what you can do if you think your child needs more help.",
        "search_description": "SEN support and the graduated approach: Assess, Plan, Do, Review, the enhanced "
        "cycle in Staffordshire and how to talk to your child's SENCo.",
        "show_in_menus": False,
        "body": [
            ("heading", {"text": "What you can do now", "level": "h2"}),
            (
                "paragraph",
                "<p>If you think your child needs extra help:</p>"
                "<ol><li>Talk to their class teacher, key person or tutor.</li>"
                "<li>Ask to meet the special educational needs coordinator (SENCo).</li>"
                "<li>Write down what you have noticed at home before the meeting.</li></ol>"
                "<p>Your child does not need a diagnosis to get SEN support.</p>",
            ),
            ("heading", {"text": "What SEN support is", "level": "h2"}),
            (
                "paragraph",
                "<p>SEN support is extra or different help that your child's school, nursery or "
                "college gives them. It could be:</p>"
                "<ul><li>work in a small group or one to one</li>"
                "<li>a special learning programme</li>"
                "<li>extra help from a teacher or teaching assistant</li>"
                "<li>help with talking to other children, or with behaviour</li>"
                "<li>help with physical or personal care, like eating or using the toilet</li>"
                "<li>equipment, or changes to the classroom</li></ul>"
                "<p>The school should tell you when your child starts getting SEN support.</p>",
            ),
            ("heading", {"text": "Assess, Plan, Do, Review", "level": "h2"}),
            (
                "paragraph",
                "<p>Schools give SEN support in a cycle of 4 steps. This is called the graduated "
                "approach. You and your child should be involved at every step.</p>"
                "<ol>"
                "<li><b>Assess</b>: the school finds out what your child finds hard and why. They "
                "use what teachers see, test results, and what you and your child say.</li>"
                "<li><b>Plan</b>: you agree what help your child will get, what should change "
                "because of it, and when you will check.</li>"
                "<li><b>Do</b>: the school puts the help in place. The class teacher stays "
                "responsible for your child's learning.</li>"
                "<li><b>Review</b>: you look at whether the help is working and decide what to do "
                "next.</li></ol>"
                "<p>The cycle then starts again. It can take a few cycles to get the right help in "
                "place. Often a little extra help is all that is needed.</p>",
            ),
            ("heading", {"text": "The enhanced cycle in Staffordshire", "level": "h2"}),
            (
                "paragraph",
                "<p>In Staffordshire there are 2 stages to the graduated approach:</p>"
                "<ol><li>Assess, Plan, Do, Review</li><li>Enhanced Assess, Plan, Do, Review</li>"
                "</ol>"
                "<p>The enhanced stage is for children who still need more help after the first "
                "cycles. The school looks more closely at your child's needs and may ask for advice "
                "from specialists outside the school. The support may be more intensive or more "
                "specialist.</p>"
                "<p>If your child still does not make progress, the school can ask Staffordshire "
                "County Council for support. This may include asking for an education, health and "
                "care (EHC) needs assessment.</p>",
            ),
            ("heading", {"text": "In Stoke-on-Trent", "level": "h2"}),
            (
                "paragraph",
                "<p>Schools and settings in Stoke-on-Trent also use Assess, Plan, Do, Review. Ask "
                "your child's SENCo how they record the plan and how often you will meet.</p>",
            ),
            ("heading", {"text": "Talking to the SENCo", "level": "h2"}),
            (
                "paragraph",
                "<p>The SENCo is the member of staff who leads on SEND. In nurseries this may be a "
                "setting SENCo or an area SENCo.</p>"
                "<p>Questions you could ask:</p>"
                "<ul><li>What do you think my child finds hard?</li>"
                "<li>What help will they get, who will give it and how often?</li>"
                "<li>What should be different if the help works?</li>"
                "<li>When will we review it together?</li><li>Can I have a copy of the plan?</li>"
                "<li>Who else could give advice, such as a speech and language therapist or "
                "educational psychologist?</li></ul>"
                "<p>You can bring someone with you to meetings, such as a friend, family member or "
                "an adviser from SENDIASS.</p>",
            ),
            (
                "details",
                {
                    "summary": "What if the support is not working?",
                    "content": """<p>Tell the school as soon as you can. You do not have to wait for the """
                    """next review.</p>"""
                    """<ul><li>Ask for a meeting with the SENCo to look at the plan again.</li>"""
                    """<li>Ask if the school can get advice from an outside specialist.</li>"""
                    """<li>Ask if your child should move to the next stage of support.</li>"""
                    """<li>Talk to SENDIASS for free, impartial advice.</li></ul>"""
                    """<p>If your child needs more help than the school can give from its own """
                    """resources, you or the school can ask the council for an <a """
                    """href="/what-is-the-local-offer/ehc-needs-assessments-and-plans/">EHC """
                    """needs assessment</a>. You do not need the school to agree.</p>"""
                    """<p>If you are unhappy with how the school has dealt with your concerns, """
                    """you can use the school's complaints procedure. You can usually find it """
                    """on the school's website.</p>""",
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Need more help than SEN support?",
                    "text": "Find out about EHC needs assessments and EHC plans.",
                    "link_label": "EHC needs assessments and plans",
                    "page": "ehc-needs-assessments-and-plans",
                    "url": "",
                },
            ),
        ],
    },
    # 4. EHC needs assessments and EHC plans
    {
        "slug": "ehc-needs-assessments-and-plans",
        "parent": "what-is-the-local-offer",
        "title": "EHC needs assessments and EHC plans",
        "summary": "How to ask for an education, health and care (EHC) needs assessment, how long it "
        "takes, what an EHC plan contains, how plans are reviewed and what to do if you "
        "disagree with a decision.",
        "search_description": "Ask for an EHC needs assessment, the 20-week timescale, what is in an EHC plan, "
        "annual reviews, and mediation and tribunal appeals.",
        "show_in_menus": False,
        "body": [
            (
                "paragraph",
                "<p>An education, health and care (EHC) plan is for children and young people aged "
                "up to 25 who need more help than their school, nursery or college can usually give "
                "through SEN support.</p>"
                "<p>To get an EHC plan, the council first carries out an EHC needs assessment "
                "(EHCNA).</p>",
            ),
            ("heading", {"text": "Asking for an assessment", "level": "h2"}),
            (
                "paragraph",
                "<p>You can ask the council for an EHC needs assessment yourself. You do not need "
                "the school to agree or to ask for you.</p>"
                "<p>These people can ask:</p>"
                "<ul><li>a parent or carer</li><li>a young person aged 16 to 25</li>"
                "<li>the child's school, nursery or college</li></ul>"
                "<p>Anyone else, such as a doctor, health visitor or family friend, can tell the "
                "council they think a child may need an assessment.</p>"
                "<p>Ask the council where your child lives. Write to the council's SEND team, by "
                "email or letter. Say why you think your child needs an assessment and send any "
                "reports you have.</p>",
            ),
            (
                "details",
                {
                    "summary": "What to put in your request",
                    "content": "<ul><li>your child's name, date of birth and school or setting</li>"
                    "<li>what your child finds hard and how this affects them</li>"
                    "<li>what help they already get and what has changed</li>"
                    "<li>copies of reports, for example from the school or a therapist</li>"
                    "<li>your child's views, if they can give them</li></ul>"
                    "<p>Keep a copy and write down the date you sent it.</p>",
                },
            ),
            ("heading", {"text": "How long it takes", "level": "h2"}),
            (
                "paragraph",
                "<p>The whole process must usually take no more than 20 weeks from the day the "
                "council gets the request to the day it issues the final plan.</p>"
                "<ol><li><b>By week 6</b>: the council tells you if it will carry out an "
                "assessment.</li>"
                "<li><b>Weeks 6 to 16</b>: the council asks for advice from you, your child, the "
                "school, health services, social care and an educational psychologist.</li>"
                "<li><b>By week 16</b>: the council tells you if it will issue a plan. If it will, "
                "it sends you a draft plan.</li>"
                "<li><b>15 days to reply</b>: you can comment on the draft and ask for a particular "
                "school or college to be named.</li>"
                "<li><b>By week 20</b>: the council issues the final EHC plan.</li></ol>"
                "<p>There are a few exceptions to these time limits, for example during school "
                "holidays or if you or your child are away for a long time. The council should tell "
                "you if it cannot meet a time limit.</p>",
            ),
            ("heading", {"text": "What an EHC plan contains", "level": "h2"}),
            (
                "paragraph",
                "<p>Every EHC plan is different, but each has the same sections:</p>"
                "<ul><li><b>A</b>: your child's views, interests and hopes for the future</li>"
                "<li><b>B</b>: their special educational needs</li>"
                "<li><b>C</b>: health needs linked to their SEN</li>"
                "<li><b>D</b>: social care needs linked to their SEN or disability</li>"
                "<li><b>E</b>: the outcomes they are working towards</li>"
                "<li><b>F</b>: the special educational help they must get</li>"
                "<li><b>G</b>: health help they need</li>"
                "<li><b>H1 and H2</b>: social care help they need</li>"
                "<li><b>I</b>: the name and type of school, nursery or college</li>"
                "<li><b>J</b>: any personal budget</li>"
                "<li><b>K</b>: the advice and information gathered during the assessment</li></ul>"
                "<p>Help in section F should be clear and specific. It should say what help your "
                "child gets, how much and how often.</p>",
            ),
            ("heading", {"text": "Reviewing the plan every year", "level": "h2"}),
            (
                "paragraph",
                "<p>The plan must be reviewed at least once a year at an annual review. For "
                "children under 5, the council should think about reviewing it every 3 to 6 "
                "months.</p>"
                "<p>At the review you, your child, the school and others look at:</p>"
                "<ul><li>how your child is getting on</li><li>whether their needs have changed</li>"
                "<li>whether the outcomes and help are still right</li></ul>"
                "<p>You should get the reports at least 2 weeks before the meeting. After the "
                "meeting, the council must tell you within 4 weeks if it will keep the plan as it "
                "is, change it or stop it.</p>"
                "<p>From year 9, reviews should also look at preparing for adult life, such as "
                "further education, work, where to live and health.</p>"
                "<p>You can ask for an early review if your child's needs change.</p>",
            ),
            ("heading", {"text": "If you disagree with a decision", "level": "h2"}),
            (
                "paragraph",
                "<p>You might disagree if the council:</p>"
                "<ul><li>says no to an assessment</li><li>decides not to issue a plan</li>"
                "<li>issues a plan you do not agree with</li>"
                "<li>decides not to change a plan after a review</li><li>decides to stop a plan</li>"
                "</ul>",
            ),
            ("heading", {"text": "Talk to the council first", "level": "h3"}),
            (
                "paragraph",
                "<p>Ask the council SEND team to explain the decision. Many problems can be sorted "
                "out this way. You can also ask for disagreement resolution, where an independent "
                "person helps you and the council reach an agreement.</p>",
            ),
            ("heading", {"text": "Get free advice from SENDIASS", "level": "h3"}),
            (
                "paragraph",
                "<p>Each council has a SEND Information, Advice and Support Service (SENDIASS). It "
                "is free, confidential and impartial. It can explain your options, help you write "
                "letters and come to meetings with you.</p>"
                '<p><a href="/contact/">Find SENDIASS contact details</a>.</p>',
            ),
            ("heading", {"text": "Mediation", "level": "h3"}),
            (
                "paragraph",
                "<p>Mediation is a meeting with an independent mediator to try to settle the "
                "disagreement. It is free.</p>"
                "<p>Before you can appeal, you must usually contact a mediation adviser. You do not "
                "have to go to mediation, but you need a certificate to show you have thought about "
                "it. The adviser must give you the certificate within 3 working days. You do not "
                "need a certificate if you only want to appeal about the school or college named in "
                "the plan.</p>",
            ),
            ("heading", {"text": "Appeal to the tribunal", "level": "h3"}),
            (
                "paragraph",
                "<p>If you still disagree, you can appeal to the First-tier Tribunal (Special "
                "Educational Needs and Disability). The tribunal is independent of the council.</p>"
                "<p>When you appeal about the education parts of a plan, the tribunal can also make "
                "recommendations about the health and social care parts.</p>"
                '<p><a href="https://www.gov.uk/appeal-ehc-plan-decision">Find out how to appeal on '
                "GOV.UK</a>.</p>",
            ),
            (
                "warning_text",
                {
                    "text": "You must appeal within 2 months of the date of the council's decision "
                    "letter, or within 1 month of getting your mediation certificate, whichever "
                    "is later.",
                },
            ),
            (
                "details",
                {
                    "summary": "Can I complain instead of appealing?",
                    "content": "<p>Yes. If you are unhappy with how the council or NHS did something, for "
                    "example delays or poor communication, you can use their complaints "
                    "procedure. Complaining does not stop the time limit for an appeal, so do "
                    "not wait if you may want to appeal.</p>",
                },
            ),
            (
                "call_to_action",
                {
                    "heading": "Ask about an assessment",
                    "text": "Contact the SEND team at the council where your child lives.",
                    "link_label": "Contact the SEND teams",
                    "page": "contact",
                    "url": "",
                },
            ),
        ],
    },
    # 5. Accessibility statement for the Staffordshire and Stoke-on-Trent SEND Local Offer
    {
        "slug": "accessibility-statement",
        "parent": None,
        "title": "Accessibility statement for the Staffordshire and Stoke-on-Trent SEND Local Offer",
        "summary": "How accessible the Staffordshire and Stoke-on-Trent SEND Local Offer website is, "
        "how to report a problem and what we are doing to improve it.",
        "search_description": "Accessibility statement for the Staffordshire and Stoke-on-Trent SEND Local Offer "
        "website: compliance, known issues and how to contact us.",
        "show_in_menus": False,
        "body": [
            (
                "inset_text",
                {
                    "text": "<p>This is demo content. Editors of the portal should check it against the "
                    "real test results and replace the contact details before the site goes "
                    "live.</p>",
                },
            ),
            (
                "paragraph",
                "<p>This accessibility statement applies to the Staffordshire and Stoke-on-Trent "
                "SEND Local Offer website.</p>"
                "<p>This website is run by Staffordshire County Council, Stoke-on-Trent City "
                "Council and NHS Staffordshire and Stoke-on-Trent Integrated Care Board. We want as "
                "many people as possible to be able to use this website. For example, that means "
                "you should be able to:</p>"
                "<ul>"
                "<li>change colours, contrast levels and fonts using browser or device settings</li>"
                "<li>zoom in up to 400% without the text spilling off the screen</li>"
                "<li>navigate most of the website using just a keyboard or speech recognition "
                "software</li>"
                "<li>listen to most of the website using a screen reader (including the most recent "
                "versions of JAWS, NVDA and VoiceOver)</li></ul>"
                "<p>We have also made the website text as simple as possible to understand.</p>"
                '<p><a href="https://mcmw.abilitynet.org.uk/">AbilityNet</a> has advice on making '
                "your device easier to use if you have a disability.</p>",
            ),
            ("heading", {"text": "How accessible this website is", "level": "h2"}),
            (
                "paragraph",
                "<p>We know some parts of this website are not fully accessible:</p>"
                "<ul><li>some older PDF documents are not fully accessible to screen reader "
                "software</li>"
                "<li>some content written by partner organisations may not be in plain English</li>"
                "</ul>",
            ),
            ("heading", {"text": "Feedback and contact information", "level": "h2"}),
            (
                "paragraph",
                "<p>If you need information on this website in a different format, like accessible "
                "PDF, large print, easy read, audio recording or braille:</p>"
                '<ul><li>email <a href="mailto:localoffer@example.org">localoffer@example.org</a>'
                "</li><li>call 01632 960 000 (Monday to Friday, 9am to 5pm)</li></ul>"
                "<p>We will consider your request and get back to you in 5 working days.</p>",
            ),
            (
                "heading",
                {
                    "text": "Reporting accessibility problems with this website",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                "<p>We are always looking to improve the accessibility of this website. If you find "
                "any problems not listed on this page or think we are not meeting accessibility "
                "requirements, contact us:</p>"
                '<ul><li>email <a href="mailto:localoffer@example.org">localoffer@example.org</a>'
                "</li><li>call 01632 960 000</li></ul>",
            ),
            ("heading", {"text": "Enforcement procedure", "level": "h2"}),
            (
                "paragraph",
                "<p>The Equality and Human Rights Commission (EHRC) is responsible for enforcing "
                "the Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility "
                'Regulations 2018 (the "accessibility regulations").</p>'
                "<p>If you are not happy with how we respond to your complaint, contact the <a "
                'href="https://www.equalityadvisoryservice.com/">Equality Advisory and Support '
                "Service (EASS)</a>.</p>",
            ),
            (
                "heading",
                {
                    "text": "Technical information about this website's accessibility",
                    "level": "h2",
                },
            ),
            (
                "paragraph",
                "<p>Staffordshire County Council, Stoke-on-Trent City Council and NHS Staffordshire "
                "and Stoke-on-Trent Integrated Care Board are committed to making this website "
                "accessible, in accordance with the Public Sector Bodies (Websites and Mobile "
                "Applications) (No. 2) Accessibility Regulations 2018.</p>",
            ),
            ("heading", {"text": "Compliance status", "level": "h3"}),
            (
                "paragraph",
                "<p>This website is in beta. We aim to meet the <a "
                'href="https://www.w3.org/TR/WCAG22/">Web Content Accessibility Guidelines version '
                "2.2</a> AA standard.</p>"
                "<p>This website is partially compliant with the Web Content Accessibility "
                "Guidelines version 2.2 AA standard, due to the non-compliances listed below.</p>",
            ),
            ("heading", {"text": "Non-accessible content", "level": "h2"}),
            (
                "paragraph",
                "<p>The content listed below is non-accessible for the following reasons.</p>",
            ),
            (
                "heading",
                {
                    "text": "Non-compliance with the accessibility regulations",
                    "level": "h3",
                },
            ),
            (
                "paragraph",
                "<p>Some older PDF documents do not have proper headings, tags or text descriptions "
                "for images. This means screen reader users may not be able to understand them. "
                "This fails WCAG 2.2 success criterion 1.1.1 (non-text content) and 1.3.1 (info and "
                "relationships).</p>"
                "<p>We plan to replace these documents with accessible web pages or accessible "
                "documents by the end of our beta.</p>",
            ),
            (
                "heading",
                {
                    "text": "Content that's not within the scope of the accessibility regulations",
                    "level": "h3",
                },
            ),
            (
                "paragraph",
                "<p>Many of our older PDFs and Word documents are not essential to providing our "
                "services. The accessibility regulations do not require us to fix PDFs or other "
                "documents published before 23 September 2018 if they are not essential to "
                "providing our services. Any new documents we publish will meet accessibility "
                "standards.</p>",
            ),
            ("heading", {"text": "What we're doing to improve accessibility", "level": "h2"}),
            (
                "paragraph",
                "<p>We are:</p>"
                "<ul><li>replacing older PDF documents with web pages where we can</li>"
                "<li>checking every new page with automated tools before we publish it</li>"
                "<li>training editors to write in plain English and to structure pages with "
                "headings</li>"
                "<li>testing the website with disabled people, parents and carers, and young "
                "people</li></ul>"
                "<p>We will update this statement when we fix the issues listed above.</p>",
            ),
            ("heading", {"text": "Preparation of this accessibility statement", "level": "h2"}),
            (
                "paragraph",
                "<p>This statement was prepared on 22 November 2026. It was last reviewed on 22 "
                "November 2026.</p>"
                "<p>This website was last tested on 22 November 2026 against the WCAG 2.2 AA "
                "standard. The test was carried out by the Local Offer team.</p>"
                "<p>We tested:</p>"
                "<ul><li>every page template with automated axe-core checks</li>"
                "<li>the main pages by hand, using only a keyboard</li>"
                "<li>the main pages by hand, using a screen reader</li>"
                "<li>pages at 400% zoom and on small mobile screens</li></ul>",
            ),
        ],
    },
    # 6. Cookies
    {
        "slug": "cookies",
        "parent": None,
        "title": "Cookies",
        "summary": "This website only uses cookies that it needs to work. We do not use analytics, "
        "advertising or third-party cookies.",
        "search_description": "The cookies the SEND Local Offer website uses. We only use strictly necessary "
        "cookies, with no analytics or advertising.",
        "show_in_menus": False,
        "body": [
            (
                "paragraph",
                "<p>Cookies are small files saved on your phone, tablet or computer when you visit "
                "a website.</p>"
                "<p>We only use cookies that are strictly necessary to make this website work. The "
                "law says we do not need to ask for your consent for these, so we do not show a "
                "cookie banner.</p>",
            ),
            ("heading", {"text": "What we do not use", "level": "h2"}),
            (
                "paragraph",
                "<p>We do not use:</p>"
                "<ul><li>analytics cookies to measure how you use the website</li>"
                "<li>advertising or marketing cookies</li>"
                "<li>cookies from other companies (third-party cookies)</li></ul>"
                "<p>Nothing on this website is loaded from other websites, such as fonts, videos or "
                "tracking scripts. This means other companies cannot see that you visited.</p>",
            ),
            ("heading", {"text": "Strictly necessary cookies", "level": "h2"}),
            (
                "paragraph",
                "<p>Most visitors will not get any cookies at all. You only get a cookie if you use "
                "a form or sign in to edit the website.</p>",
            ),
            ("heading", {"text": "sessionid", "level": "h3"}),
            (
                "paragraph",
                "<p>This cookie keeps you signed in. It is only set if you sign in to edit the "
                "website, so most people will never get it.</p>"
                "<p>It expires after 2 weeks or when you sign out.</p>",
            ),
            ("heading", {"text": "csrftoken", "level": "h3"}),
            (
                "paragraph",
                "<p>This cookie protects forms from a type of attack called cross-site request "
                "forgery. It stops other websites sending information through our forms while "
                "pretending to be you. It is set when you use a form.</p>"
                "<p>It expires after 1 year.</p>",
            ),
            ("heading", {"text": "Changes to this page", "level": "h2"}),
            (
                "paragraph",
                "<p>If we ever want to use any other cookies, we will update this page and ask for "
                "your permission first.</p>"
                '<p>Read our <a href="/privacy/">privacy notice</a> to find out how we use any '
                "information you give us.</p>",
            ),
        ],
    },
    # 7. Privacy notice
    {
        "slug": "privacy",
        "parent": None,
        "title": "Privacy notice",
        "summary": "How the SEND Local Offer website uses personal information, why we use it, how long "
        "we keep it and your rights.",
        "search_description": "Privacy notice for the Staffordshire and Stoke-on-Trent SEND Local Offer: what we "
        "collect, why, how long we keep it and your rights.",
        "show_in_menus": False,
        "body": [
            (
                "inset_text",
                {
                    "text": "<p>This is demo content. Editors of the portal must replace it with the "
                    "partners' approved privacy notice, checked by their data protection "
                    "officers. Check with the hosting provider whether server logs are kept and "
                    "for how long.</p>",
                },
            ),
            ("heading", {"text": "Who we are", "level": "h2"}),
            (
                "paragraph",
                "<p>This website is run jointly by:</p>"
                "<ul><li>Staffordshire County Council</li><li>Stoke-on-Trent City Council</li>"
                "<li>NHS Staffordshire and Stoke-on-Trent Integrated Care Board (ICB)</li></ul>"
                "<p>Together they are the data controllers for information collected through this "
                "website. This means they decide how your information is used and are responsible "
                "for keeping it safe.</p>",
            ),
            ("heading", {"text": "What we collect", "level": "h2"}),
            (
                "paragraph",
                "<p>You can read this website without telling us who you are. We do not use "
                "analytics or tracking.</p>"
                "<p>If you fill in a form, such as a feedback form, we only collect what you type "
                "in. We only need your email address if you ask us to reply to you.</p>"
                "<p>Please do not include personal details about your child in a form unless you "
                "need to. If you do tell us about your child's health or needs, we treat it as "
                "sensitive information and only use it to answer you.</p>",
            ),
            ("heading", {"text": "Why we use your information", "level": "h2"}),
            (
                "paragraph",
                "<p>We use your information to:</p>"
                "<ul><li>answer your question or pass it to the right team</li>"
                "<li>improve the Local Offer</li>"
                "<li>publish what people say about the Local Offer and how we responded, without "
                "any names or details that could identify you</li></ul>"
                "<p>Our lawful basis is public task. Councils must publish and review a Local Offer "
                "under the Children and Families Act 2014.</p>"
                "<p>We do not sell your information or use it for marketing. We do not send it "
                "outside the UK.</p>",
            ),
            ("heading", {"text": "How long we keep it", "level": "h2"}),
            (
                "paragraph",
                "<p>We keep form responses for up to 12 months, then delete them. If your message "
                "becomes part of a case, such as a complaint, we keep it for as long as that team's "
                "records policy says.</p>",
            ),
            ("heading", {"text": "Your rights", "level": "h2"}),
            (
                "paragraph",
                "<p>Under UK data protection law (UK GDPR), you have the right to:</p>"
                "<ul><li>ask for a copy of the information we hold about you</li>"
                "<li>ask us to correct information that is wrong</li>"
                "<li>ask us to delete your information</li>"
                "<li>ask us to limit how we use your information</li>"
                "<li>object to how we use your information</li></ul>"
                "<p>To use any of these rights, email our data protection officer at <a "
                'href="mailto:dpo@example.org">dpo@example.org</a>.</p>',
            ),
            ("heading", {"text": "How to complain", "level": "h2"}),
            (
                "paragraph",
                """<p>If you are unhappy with how we have used your information, contact <a """
                """href="mailto:dpo@example.org">dpo@example.org</a> first.</p>"""
                """<p>If you are still unhappy, you can complain to the Information """
                """Commissioner's Office (ICO).</p>"""
                """<p><a href="https://ico.org.uk/make-a-complaint/">Make a complaint to the """
                """ICO</a>.</p>""",
            ),
            (
                "details",
                {
                    "summary": "Do you use cookies?",
                    "content": "<p>Only cookies that are needed for the website to work. <a "
                    'href="/cookies/">Read about the cookies we use</a>.</p>',
                },
            ),
        ],
    },
    # 8. Contact the Local Offer team
    {
        "slug": "contact",
        "parent": None,
        "title": "Contact the Local Offer team",
        "summary": "How to contact the Local Offer team, the council SEND teams, the NHS Integrated "
        "Care Board and SENDIASS for free, impartial advice.",
        "search_description": "Contact the Staffordshire and Stoke-on-Trent SEND Local Offer team, council SEND "
        "teams, the NHS ICB and SENDIASS.",
        "show_in_menus": False,
        "body": [
            (
                "inset_text",
                {
                    "text": "<p>This is demo content. All phone numbers and email addresses on this page "
                    "are examples. Editors of the portal must replace them with real contact "
                    "details.</p>",
                },
            ),
            (
                "warning_text",
                {
                    "text": "If a child is at risk of harm, or in an emergency, call 999 now. Do not use "
                    "the contacts on this page.",
                },
            ),
            ("heading", {"text": "Local Offer team", "level": "h2"}),
            (
                "paragraph",
                "<p>Contact us about this website, or if you cannot find what you need and want us "
                "to point you to the right service.</p>"
                '<ul><li>Email: <a href="mailto:localoffer@example.org">localoffer@example.org</a>'
                "</li><li>Phone: 01632 960 000</li><li>Monday to Friday, 9am to 5pm</li></ul>"
                "<p>We aim to reply to emails within 5 working days.</p>",
            ),
            ("heading", {"text": "Who to contact for what", "level": "h2"}),
            (
                "paragraph",
                "<p>Contact the SEND team at the council where your child lives to:</p>"
                "<ul><li>ask for an EHC needs assessment</li>"
                "<li>ask about your child's EHC plan or annual review</li>"
                "<li>ask about home to school transport</li></ul>",
            ),
            ("heading", {"text": "Staffordshire County Council SEND team", "level": "h3"}),
            (
                "paragraph",
                "<p>For families who live in Staffordshire.</p>"
                "<ul><li>Email: <a "
                'href="mailto:send.staffordshire@example.org">send.staffordshire@example.org</a>'
                "</li><li>Phone: 01632 960 100</li></ul>",
            ),
            ("heading", {"text": "Stoke-on-Trent City Council SEND team", "level": "h3"}),
            (
                "paragraph",
                "<p>For families who live in the city of Stoke-on-Trent.</p>"
                '<ul><li>Email: <a href="mailto:send.stoke@example.org">send.stoke@example.org</a>'
                "</li><li>Phone: 01632 960 200</li></ul>",
            ),
            (
                "heading",
                {
                    "text": "NHS Staffordshire and Stoke-on-Trent Integrated Care Board",
                    "level": "h3",
                },
            ),
            (
                "paragraph",
                """<p>Contact the ICB about health support in EHC plans, or how NHS services for """
                """children and young people with SEND are planned.</p>"""
                """<p>For your child's own health care, such as a referral or an appointment, """
                """talk to your GP, health visitor, school nurse or the service that sees your """
                """child.</p>"""
                """<ul><li>Email: <a href="mailto:send.icb@example.org">send.icb@example.org</a>"""
                """</li><li>Phone: 01632 960 300</li></ul>""",
            ),
            (
                "details",
                {
                    "summary": "Which council should I contact?",
                    "content": "<p>Contact the council where your child lives, even if they go to school in "
                    "the other area. Your council tax bill shows which council you are in.</p>"
                    '<p><a href="/what-is-the-local-offer/who-is-responsible-for-what/">Find out '
                    "which council covers you</a>.</p>",
                },
            ),
            ("heading", {"text": "Free, impartial advice: SENDIASS", "level": "h2"}),
            (
                "paragraph",
                "<p>The SEND Information, Advice and Support Service (SENDIASS) gives free, "
                "confidential and impartial advice to parents, carers, children and young people. "
                "It is run separately from the council's SEND team.</p>"
                "<p>SENDIASS can help you:</p>"
                "<ul><li>understand SEN support, EHC needs assessments and EHC plans</li>"
                "<li>prepare for meetings and reviews, or come with you</li>"
                "<li>write letters and fill in forms</li>"
                "<li>understand your options if you disagree with a decision</li></ul>",
            ),
            ("heading", {"text": "Staffordshire SENDIASS", "level": "h3"}),
            (
                "paragraph",
                "<ul><li>Email: <a "
                'href="mailto:sendiass.staffordshire@example.org">sendiass.staffordshire@example.org</a>'
                "</li><li>Phone: 01632 960 400</li></ul>",
            ),
            ("heading", {"text": "Stoke-on-Trent SENDIASS", "level": "h3"}),
            (
                "paragraph",
                "<ul><li>Email: <a "
                'href="mailto:sendiass.stoke@example.org">sendiass.stoke@example.org</a></li>'
                "<li>Phone: 01632 960 500</li></ul>",
            ),
            ("heading", {"text": "If you are worried about a child", "level": "h2"}),
            (
                "paragraph",
                """<p>If you think a child is being harmed or is at risk, but it is not an """
                """emergency, contact children's social care at the council where the child """
                """lives:</p>"""
                """<ul><li>Staffordshire children's social care: 01632 960 600</li>"""
                """<li>Stoke-on-Trent children's social care: 01632 960 700</li></ul>"""
                """<p>If you need urgent medical help that is not an emergency, use <a """
                """href="https://111.nhs.uk/">NHS 111 online</a>.</p>""",
            ),
            ("heading", {"text": "Write to us", "level": "h2"}),
            ("paragraph", "<p>Local Offer team, Demo House, 1 Example Street, Stafford</p>"),
        ],
    },
]
