"""Demo strategy pages for load_demo_content, written from ../shared/seeds."""

INDEX = {
    "title": "Our SEND strategies",
    "slug": "send-strategies",
    "introduction": "<p>A SEND strategy sets out what the councils and the NHS want to achieve "
    "for children and young people aged 0 to 25 with special educational needs and "
    "disabilities (SEND). It also says how they will work together, and with families, to "
    "get there.</p>"
    "<p>There are 2 strategies because there are 2 council areas. Stoke-on-Trent City "
    "Council and the NHS agreed a joint strategy for the city in 2024. Staffordshire County "
    "Council and its NHS partners wrote a strategy for the rest of the county, which runs "
    "from 2021 to 2026.</p>"
    "<p>NHS Staffordshire and Stoke-on-Trent Integrated Care Board (ICB) plans health "
    "services in both areas, so it is a partner in both strategies. The 2 strategies share "
    "the same aims: the right support at the right time, services shaped by what families "
    "tell us, and communities that include everyone. The strategy that applies to you "
    "depends on where your child lives.</p>",
    "search_description": "The SEND strategies for Stoke-on-Trent and Staffordshire: what the "
    "councils and the NHS want to achieve for children and young people with SEND.",
}

STRATEGIES = [
    # 1. Stoke-on-Trent (seed 001)
    {
        "slug": "stoke-on-trent-joint-send-strategy",
        "title": "Stoke-on-Trent joint SEND strategy",
        "partners": ["stoke-on-trent-city-council", "staffordshire-and-stoke-on-trent-icb"],
        "start_year": 2024,
        "end_year": None,
        "vision": "The local area partnership of the city council and the ICB will keep working "
        "to further improve services until our vision for children and young people with SEND "
        "to ‘be the best they can be’ is fully realised.",
        "vision_attribution": "Cabinet member for education, Stoke-on-Trent City Council",
        "summary": "Stoke-on-Trent City Council and the NHS Integrated Care Board agreed this "
        "joint strategy in 2024. It sets out 5 shared priorities so that children and young "
        "people with SEND get the right support at the right time.",
        "search_description": "The joint SEND strategy of Stoke-on-Trent City Council and the "
        "NHS ICB, agreed in 2024: our vision, 5 priorities and how families shaped it.",
        "body": [
            ("heading", {"text": "What the strategy is for", "level": "h2"}),
            (
                "paragraph",
                "<p>This strategy gives everyone in the city one clear, shared vision for "
                "children and young people with special educational needs and disabilities "
                "(SEND). It is for children and young people aged 0 to 25, their families, and "
                "everyone who works with them.</p>"
                "<p>We want children and young people with SEND to get the right support, at the "
                "right time, from the right people. We want SEND to be understood and welcomed "
                "across the city, so that services and families can work out solutions "
                "together.</p>",
            ),
            ("heading", {"text": "Who agreed it and when", "level": "h2"}),
            (
                "paragraph",
                "<p>Stoke-on-Trent City Council and NHS Staffordshire and Stoke-on-Trent "
                "Integrated Care Board (ICB) wrote the strategy together. Together they are the "
                "local area partnership for SEND in the city.</p>"
                "<p>Council leaders agreed the strategy in 2024, and we announced it in August "
                "2024.</p>"
                "<p>The strategy builds on what our most recent Ofsted and Care Quality "
                "Commission (CQC) inspection found was working well in SEND services. It also "
                "responds to what families told us needs to get better.</p>",
            ),
            (
                "quote",
                {
                    "text": "The SEND strategy has been produced in a way that included so many "
                    "families in the development, always with care and thoughtfulness, ensuring "
                    "their voices were heard.",
                    "attribution": "Stoke Parent Carers Champions for Change and the Parent "
                    "Engagement Group in Stoke (PEGiS)",
                },
            ),
            ("heading", {"text": "How it links to other work", "level": "h2"}),
            (
                "paragraph",
                "<p>The strategy is a key part of the city council's Family Matters programme. "
                "Through Family Matters, the council works with the NHS, the voluntary and "
                "community sector, businesses and others so that every child in the city gets "
                "the best start in life.</p>"
                "<p>The strategy also supports an aim of the integrated care partnership for "
                "Staffordshire and Stoke-on-Trent: that services help children to start well, "
                "grow well and go on to live well as adults.</p>",
            ),
            (
                "quote",
                {
                    "text": "One of our key aims as an integrated care partnership (ICP) include "
                    "that our services should help children to start well, grow well and go on "
                    "to live well as adults. This strategy helps us as a partnership to ensure we "
                    "work towards this aim for our children and young people with SEND.",
                    "attribution": "Chief Executive Officer, NHS Staffordshire and Stoke-on-Trent "
                    "Integrated Care Board",
                },
            ),
            ("heading", {"text": "Read the full strategy", "level": "h2"}),
            (
                "paragraph",
                '<p><a href="https://www.stoke.gov.uk/SENDstrategy">Read the Stoke-on-Trent '
                "joint SEND strategy on the city council website</a>.</p>"
                "<p>You can also find support and advice on the <a "
                'href="https://localoffer.stoke.gov.uk/">Stoke-on-Trent City Council Local Offer '
                'website</a>, and information about the <a href="https://stokeparentcarers.org.uk/">'
                "parent carer forum</a>.</p>",
            ),
            (
                "inset_text",
                {
                    "text": "<p>If you find it hard to get the support your child needs, tell us. "
                    "Email localoffer@example.org or call 01632 960 200. We use what families "
                    "tell us to improve services.</p>",
                },
            ),
        ],
        "co_production": "<p>Children, young people and families shaped this strategy from the "
        "start. Parents and carers helped to develop and write it with us, through Stoke Parent "
        "Carers Champions for Change and the Parent Engagement Group in Stoke (PEGiS).</p>"
        "<p>City council staff went to meet families where they were. We held coffee mornings "
        "on exam results day. At PEGiS in the Park, we talked face to face with more than 500 "
        "children with additional needs and their families.</p>"
        "<p>We also collected the views of professionals who work in SEND services, so that "
        "the whole system had a say.</p>"
        "<p>What families told us has also helped us to improve services while we were "
        "writing the strategy.</p>",
        "co_production_facts": [
            {
                "figure": "Over 500",
                "label": "children with additional needs and their families gave their views "
                "face to face at PEGiS in the Park",
            },
        ],
        "is_example": False,
        "priorities": [
            {
                "number": 1,
                "title": "Nothing for us without us",
                "slug": "nothing-for-us-without-us",
                "commitment": "We will build positive, trusting and respectful relationships with "
                "the children, young people and their families, ensuring that we listen to the "
                "lived experience and that their views help shape and form services.",
                "summary": "We listen to children, young people and families, and their views "
                "shape our services.",
                "what_we_will_do": [
                    (
                        "paragraph",
                        "<p>We will:</p>"
                        "<ul>"
                        "<li>plan and review SEND services with Stoke Parent Carers Champions "
                        "for Change and PEGiS, with parent carer representatives on the SEND "
                        "partnership board</li>"
                        "<li>hold drop-in sessions and coffee mornings across the city, "
                        "including some in the evening and at weekends for working parents</li>"
                        "<li>set up a young people's SEND group, so children and young people "
                        "can tell us directly what matters to them</li>"
                        "<li>make sure every EHC needs assessment and annual review records the "
                        "child or young person's own views, in the way they choose to share "
                        "them</li>"
                        "<li>publish a 'You said, we did' update on the Local Offer every 3 "
                        "months, showing what we changed because of what you told us</li>"
                        "</ul>",
                    ),
                ],
                "how_we_will_know": [
                    (
                        "paragraph",
                        "<ul>"
                        "<li>We will check that parent carer representatives take part in every "
                        "SEND partnership board meeting.</li>"
                        "<li>We will ask families every year whether they feel listened to, and "
                        "publish the results.</li>"
                        "<li>We will check a sample of EHC plans every term to see that they "
                        "include the child or young person's views in their own words.</li>"
                        "<li>We will check that a 'You said, we did' update is published at "
                        "least 4 times a year.</li>"
                        "</ul>",
                    ),
                ],
                "is_example": True,
            },
            {
                "number": 2,
                "title": "Part of the community",
                "slug": "part-of-the-community",
                "commitment": "All children, young people will feel safe, valued and included in "
                "schools and settings and within the wider community.",
                "summary": "Children and young people with SEND feel safe, valued and included "
                "at school and in their community.",
                "what_we_will_do": [
                    (
                        "paragraph",
                        "<p>We will:</p>"
                        "<ul>"
                        "<li>offer inclusion training to every school and early years setting "
                        "in the city, including ways to avoid exclusions</li>"
                        "<li>work with schools so that part-time timetables are only used for a "
                        "short time, with a plan to return to full-time learning</li>"
                        "<li>work with leisure centres, libraries, youth clubs and holiday "
                        "activity providers to open more activities to children with SEND</li>"
                        "<li>keep the list of inclusive activities and short breaks on the Local "
                        "Offer up to date</li>"
                        "</ul>",
                    ),
                ],
                "how_we_will_know": [
                    (
                        "paragraph",
                        "<ul>"
                        "<li>We will check every term how many children and young people with "
                        "SEND are excluded from school or are on a part-time timetable.</li>"
                        "<li>We will ask children and young people every year whether they feel "
                        "safe and included at school and in their community.</li>"
                        "<li>We will check that the number of inclusive activities listed on the "
                        "Local Offer goes up each year.</li>"
                        "<li>We will track how many schools and settings take part in inclusion "
                        "training.</li>"
                        "</ul>",
                    ),
                ],
                "is_example": True,
            },
            {
                "number": 3,
                "title": "High aspirations and preparation for the future",
                "slug": "high-aspirations-and-preparation-for-the-future",
                "commitment": "We will have high aspirations for children and young people "
                "supporting them to reach their full potential and be independent and prepared "
                "for adulthood.",
                "summary": "We aim high for children and young people and help them get ready "
                "for adult life.",
                "what_we_will_do": [
                    (
                        "paragraph",
                        "<p>We will:</p>"
                        "<ul>"
                        "<li>talk about adult life at every annual review from year 9, "
                        "including work, where to live, friends and health</li>"
                        "<li>work with colleges and employers to offer more supported "
                        "internships and apprenticeships</li>"
                        "<li>start planning moves from children's to adult health and social "
                        "care services from age 14, so there are no gaps in support</li>"
                        "<li>offer travel training so young people can learn to travel on their "
                        "own safely</li>"
                        "<li>publish clear information on the Local Offer about options at 16 "
                        "and at 19</li>"
                        "</ul>",
                    ),
                ],
                "how_we_will_know": [
                    (
                        "paragraph",
                        "<ul>"
                        "<li>We will check that every EHC plan from year 9 has clear goals "
                        "about adult life.</li>"
                        "<li>We will track how many young people with SEND aged 16 to 25 are in "
                        "education, employment or training.</li>"
                        "<li>We will count how many supported internships and apprenticeships "
                        "are taken up each year.</li>"
                        "<li>We will ask young people and their families whether the move to "
                        "adult services went well.</li>"
                        "</ul>",
                    ),
                ],
                "is_example": True,
            },
            {
                "number": 4,
                "title": "Identify and assess early",
                "slug": "identify-and-assess-early",
                "commitment": "We will develop holistic plans together ensuring that support is "
                "meaningful, in the right place at the right time.",
                "summary": "We find needs early and make plans together, so support comes at the "
                "right time.",
                "what_we_will_do": [
                    (
                        "paragraph",
                        "<p>We will:</p>"
                        "<ul>"
                        "<li>train health visitors, early years staff and school staff to spot "
                        "signs of additional needs early and know what to do next</li>"
                        "<li>help schools to start SEN support straight away, without waiting "
                        "for a diagnosis</li>"
                        "<li>make sure health and social care advice for EHC needs assessments "
                        "is sent within 6 weeks</li>"
                        "<li>hold joint planning meetings with families, schools and health "
                        "professionals, so each child has one joined-up plan</li>"
                        "<li>tell families what to expect while they wait for an assessment, "
                        "and where to get support in the meantime</li>"
                        "</ul>",
                    ),
                ],
                "how_we_will_know": [
                    (
                        "paragraph",
                        "<ul>"
                        "<li>We will check every month that EHC plans are issued within the "
                        "legal time limit of 20 weeks.</li>"
                        "<li>We will check that health and social care advice arrives within 6 "
                        "weeks.</li>"
                        "<li>We will review a sample of EHC plans every term with parent carers, "
                        "to see whether they are clear, personal and joined up.</li>"
                        "<li>We will ask families whether support started at the right "
                        "time.</li>"
                        "</ul>",
                    ),
                ],
                "is_example": True,
            },
            {
                "number": 5,
                "title": "Skilled and knowledgeable professionals",
                "slug": "skilled-and-knowledgeable-professionals",
                "commitment": "We will have a workforce that has the skills and knowledge to meet "
                "needs locally and in a timely way.",
                "summary": "People who work with children and young people have the skills to "
                "meet their needs locally and quickly.",
                "what_we_will_do": [
                    (
                        "paragraph",
                        "<p>We will:</p>"
                        "<ul>"
                        "<li>run a shared SEND training programme for staff in education, "
                        "health and social care, planned and delivered with parents and "
                        "carers</li>"
                        "<li>give every new SEND caseworker induction training that includes "
                        "time with families</li>"
                        "<li>support special educational needs coordinators (SENCos) through "
                        "regular network meetings and advice</li>"
                        "<li>train staff to write EHC plans in plain English</li>"
                        "<li>share what we learn from complaints, tribunals and feedback with "
                        "all teams</li>"
                        "</ul>",
                    ),
                ],
                "how_we_will_know": [
                    (
                        "paragraph",
                        "<ul>"
                        "<li>We will track how many staff complete SEND training each year.</li>"
                        "<li>We will ask staff before and after training how confident they feel "
                        "about meeting needs.</li>"
                        "<li>We will ask families whether the professionals they meet "
                        "understand their child's needs.</li>"
                        "<li>We will check the quality of EHC plans through regular audits.</li>"
                        "</ul>",
                    ),
                ],
                "is_example": True,
            },
        ],
    },
    # 2. Staffordshire (seeds 002 and 004)
    {
        "slug": "staffordshire-send-strategy-2021-2026",
        "title": "Staffordshire SEND strategy 2021 to 2026",
        "partners": ["staffordshire-county-council", "staffordshire-and-stoke-on-trent-icb"],
        "start_year": 2021,
        "end_year": 2026,
        "vision": "All children and young people with SEND are given the opportunity to achieve "
        "everything that they can. They engage with the right support at the right time from "
        "their parents/carers, the community and the professionals that work with them to make "
        "this happen.",
        "vision_attribution": "Staffordshire County Council",
        "summary": "Staffordshire County Council and its NHS partners wrote this strategy with "
        "parents, carers and professionals. It runs from 2021 to 2026 and has 4 priorities.",
        "search_description": "Staffordshire's SEND strategy 2021 to 2026: our vision, 4 "
        "priorities, and how parents, carers and professionals helped to write it.",
        "body": [
            ("heading", {"text": "What the strategy is for", "level": "h2"}),
            (
                "paragraph",
                "<p>This strategy sets out how the county council, the NHS and our partners "
                "will support the inclusion of all children and young people in Staffordshire, "
                "with a focus on those with special educational needs and disabilities "
                "(SEND).</p>"
                "<p>It sets out our vision and 4 priorities. We use them to guide our work and "
                "our decisions about SEND from 2021 to 2026.</p>",
            ),
            (
                "quote",
                {
                    "text": "The ambition of the strategy is that all children and young people "
                    "with SEND in Staffordshire are given the opportunity to reach their full "
                    "potential, that they are able to engage with the right support at the right "
                    "time from their family, the community and the professionals who work with "
                    "them to ensure that this happens.",
                    "attribution": "Report to the Staffordshire Health and Wellbeing Board, "
                    "March 2021",
                },
            ),
            ("heading", {"text": "Who agreed it and when", "level": "h2"}),
            (
                "paragraph",
                "<p>Staffordshire County Council wrote the strategy with the NHS clinical "
                "commissioning groups (CCGs) for Staffordshire and Stoke-on-Trent, schools and "
                "health providers. In 2022 the CCGs were replaced by NHS Staffordshire and "
                "Stoke-on-Trent Integrated Care Board (ICB), which now carries on this "
                "work.</p>"
                "<ul>"
                "<li>The county council's Cabinet approved the strategy on 17 February "
                "2021.</li>"
                "<li>The Staffordshire Health and Wellbeing Board was asked to endorse it on 4 "
                "March 2021.</li>"
                "<li>It then went to the CCGs' Quality and Safety Committee in March 2021.</li>"
                "</ul>",
            ),
            ("heading", {"text": "How it links to other work", "level": "h2"}),
            (
                "paragraph",
                "<p>The strategy builds on the findings of the 2018 Ofsted and Care Quality "
                "Commission (CQC) local area SEND inspection, and on the written statement of "
                "action that followed it.</p>"
                "<p>The strategy is a short, high-level document. A separate implementation plan "
                "sets out the actions in more detail. It is linked to the actions in the written "
                "statement of action.</p>"
                "<p>The strategy is also part of a wider change to children's services in "
                "Staffordshire. We want a more inclusive system where:</p>"
                "<ul>"
                "<li>more children with SEND get the support they need in mainstream "
                "schools</li>"
                "<li>special schools share their skills with mainstream schools through "
                "outreach</li>"
                "<li>SEND locality hubs help schools to spot and support children's needs "
                "early</li>"
                "<li>more children can go to school close to home, including in new enhanced "
                "provision in mainstream schools</li>"
                "</ul>",
            ),
            (
                "details",
                {
                    "summary": "What is a written statement of action?",
                    "content": "<p>After a local area SEND inspection, inspectors can ask the "
                    "council and the NHS to write a statement of action. It says how they will "
                    "fix the weaknesses the inspectors found, and by when.</p>",
                },
            ),
            (
                "details",
                {
                    "summary": "What are SEND locality hubs?",
                    "content": "<p>SEND locality hubs bring together support for schools in each "
                    "part of the county. They help mainstream schools to spot children who are "
                    "finding things difficult early, and to give them the right extra help "
                    "through the graduated approach.</p>"
                    "<p>This means more children get help sooner, without always needing an "
                    "education, health and care (EHC) plan.</p>",
                },
            ),
            (
                "details",
                {
                    "summary": "Why we are planning more specialist places",
                    "content": "<p>Our state-funded specialist schools have few free places. This "
                    "means more children are going to independent and non-maintained special "
                    "schools, often outside Staffordshire.</p>"
                    "<p>We are making a plan for specialist provision. It will look at creating "
                    "more enhanced provision in mainstream schools, so more children can be "
                    "educated close to home and have shorter journeys to school.</p>",
                },
            ),
        ],
        "co_production": "<p>We wrote this strategy with parents and carers, and with education "
        "providers and professionals from health, social care and education. We worked on it "
        "together for 8 months before the public consultation.</p>"
        "<p>In June and July 2020, over 370 people completed our SEND survey. In August 2020, "
        "we held a Facebook Live 'SEND Strategy Discussion' with the Staffordshire Voice "
        "Project. Parents and professionals also passed on experiences and comments from the "
        "children and young people they support.</p>"
        "<p>The public consultation on the draft strategy ran from November 2020 to January "
        "2021. We emailed parents and carers directly, shared the consultation with schools "
        "and other education providers, and advertised it on social media.</p>"
        "<p>Most people who responded supported the vision and priorities. But many told us "
        "they doubted there would be enough funding, resources and commitment to deliver them. "
        "We updated the strategy in light of what people said.</p>",
        "co_production_facts": [
            {
                "figure": "Over 370",
                "label": "people completed our SEND survey in June and July 2020",
            },
            {
                "figure": "Over 8,400",
                "label": "views of our Facebook Live SEND strategy discussion in August 2020",
            },
            {"figure": "200", "label": "comments on the Facebook Live discussion"},
            {
                "figure": "5,063",
                "label": "parents and carers emailed directly about the consultation",
            },
        ],
        "is_example": False,
        "priorities": [
            {
                "number": 1,
                "title": "We communicate well with each other",
                "slug": "we-communicate-well-with-each-other",
                "commitment": "Services communicate well with each other and families regularly "
                "and in a timely manner.",
                "summary": "Services talk to each other and to families regularly and in good "
                "time.",
                "what_we_will_do": [
                    (
                        "paragraph",
                        "<p>We will:</p>"
                        "<ul>"
                        "<li>give every family going through an EHC needs assessment a named "
                        "caseworker and tell them how to contact them</li>"
                        "<li>reply to emails and phone messages from families within 5 working "
                        "days</li>"
                        "<li>update families at each stage of an EHC needs assessment, so they "
                        "know what is happening and what comes next</li>"
                        "<li>agree one way for education, health and social care to share "
                        "information, with the family's consent, so families do not have to "
                        "repeat their story</li>"
                        "<li>keep the Local Offer and the SEND newsletter up to date</li>"
                        "</ul>",
                    ),
                ],
                "how_we_will_know": [
                    (
                        "paragraph",
                        "<ul>"
                        "<li>We will check every month that we reply to families within 5 "
                        "working days.</li>"
                        "<li>We will ask families after an assessment whether they knew what "
                        "was happening at each stage.</li>"
                        "<li>We will look at complaints about communication every 3 months to "
                        "find problems that keep coming up.</li>"
                        "<li>We will check that every Local Offer page is reviewed at least once "
                        "a year.</li>"
                        "</ul>",
                    ),
                ],
                "is_example": True,
            },
            {
                "number": 2,
                "title": "We work in partnership to meet the needs of children and young people",
                "slug": "we-work-in-partnership",
                "commitment": "Education settings, health and social care services work in "
                "partnership with families and other support providers to meet needs of "
                "children and young people.",
                "summary": "Schools, health and social care work with families and with each "
                "other to meet needs.",
                "what_we_will_do": [
                    (
                        "paragraph",
                        "<p>We will:</p>"
                        "<ul>"
                        "<li>use the SEND locality hubs to bring schools, health and social "
                        "care together with families to plan support early</li>"
                        "<li>ask special schools to share their skills with mainstream schools "
                        "through outreach</li>"
                        "<li>plan annual review meetings around families, and treat parents and "
                        "carers as equal partners</li>"
                        "<li>run joint training for education, health and social care "
                        "staff</li>"
                        "<li>work with parent carer representatives on each part of the "
                        "implementation plan</li>"
                        "</ul>",
                    ),
                ],
                "how_we_will_know": [
                    (
                        "paragraph",
                        "<ul>"
                        "<li>We will check that health and social care advice for EHC needs "
                        "assessments arrives on time.</li>"
                        "<li>We will review a sample of EHC plans with health and social care "
                        "every term, to see that all parts of each plan fit together.</li>"
                        "<li>We will ask families whether the professionals around their child "
                        "worked well together.</li>"
                        "<li>We will check that parent carer representatives are involved in "
                        "every part of the implementation plan.</li>"
                        "</ul>",
                    ),
                ],
                "is_example": True,
            },
            {
                "number": 3,
                "title": "We ensure that the right support is available at the right time",
                "slug": "the-right-support-at-the-right-time",
                "commitment": "The right support is made available for children and young "
                "people with SEND and their families at the right time.",
                "summary": "Children, young people and families get the right support when they "
                "need it.",
                "what_we_will_do": [
                    (
                        "paragraph",
                        "<p>We will:</p>"
                        "<ul>"
                        "<li>help mainstream schools use the graduated approach, so support "
                        "starts early without waiting for a diagnosis or an EHC plan</li>"
                        "<li>create more enhanced provision in mainstream schools, so more "
                        "children can learn close to home</li>"
                        "<li>publish our plan for specialist places, so children who need a "
                        "special school can find a place in the county</li>"
                        "<li>aim to issue every EHC plan within the legal time limit of 20 "
                        "weeks</li>"
                        "<li>offer families support while they wait for health assessments, "
                        "such as an autism assessment</li>"
                        "</ul>",
                    ),
                ],
                "how_we_will_know": [
                    (
                        "paragraph",
                        "<ul>"
                        "<li>We will check every month how many EHC plans are issued within 20 "
                        "weeks.</li>"
                        "<li>We will track how many children with SEND get support in a "
                        "mainstream school near their home.</li>"
                        "<li>We will track how many children travel outside the county for "
                        "school.</li>"
                        "<li>We will ask families whether support came at the right time.</li>"
                        "</ul>",
                    ),
                ],
                "is_example": True,
            },
            {
                "number": 4,
                "title": "We encourage communities to be inclusive",
                "slug": "we-encourage-communities-to-be-inclusive",
                "commitment": "Communities are inclusive: There is greater awareness in the "
                "community of SEND resulting in improved access to out of school activities for "
                "families with SEND.",
                "summary": "Communities understand SEND, and families can join in activities "
                "outside school.",
                "what_we_will_do": [
                    (
                        "paragraph",
                        "<p>We will:</p>"
                        "<ul>"
                        "<li>work with leisure centres, libraries, youth groups and holiday "
                        "clubs to open more activities to children and young people with "
                        "SEND</li>"
                        "<li>offer free SEND awareness training to community groups and "
                        "activity providers</li>"
                        "<li>list inclusive activities on the Local Offer under 'Places to go, "
                        "things to do'</li>"
                        "<li>ask children and young people with SEND what would help them take "
                        "part in activities, and share what they say with providers</li>"
                        "</ul>",
                    ),
                ],
                "how_we_will_know": [
                    (
                        "paragraph",
                        "<ul>"
                        "<li>We will check that the number of inclusive activities listed on the "
                        "Local Offer goes up each year.</li>"
                        "<li>We will count how many community groups and providers complete SEND "
                        "awareness training.</li>"
                        "<li>We will ask families every year whether they can find activities "
                        "their child can join.</li>"
                        "</ul>",
                    ),
                ],
                "is_example": True,
            },
        ],
    },
]

PROMISE = {
    "title": "The Staffordshire Co-production Promise",
    "slug": "co-production-promise",
    "introduction": "<p>The Staffordshire Co-production Promise sets out how the people who "
    "provide support and the children and families who receive it will work together. It "
    "was developed in 2022 for children and families in Staffordshire.</p>"
    "<p>The Promise gives us a shared, local definition of co-production. It also includes "
    "shared commitments to make the experience of support better and to improve outcomes "
    "for children and families.</p>",
    "definition": "Those with responsibility for providing support, share their power by "
    "working with those receiving that support at every step, so that the help provided is as "
    "good as it can be and makes life better.",
    "definition_attribution": "The Staffordshire Co-production Promise, 2022",
    "commitments": [
        "We listen to children, young people and families, and take what they say seriously.",
        "We involve families from the start, before decisions are made.",
        "We value lived experience as much as professional knowledge.",
        "We explain things clearly, without jargon.",
        "We are honest about what we can and cannot do, and why.",
        "We make it easy to take part, at times and places that suit families.",
        "We tell people what has changed because of what they told us.",
    ],
    "commitments_are_example": True,
    "authors": "Local children, young people, parents, carers, adults and professionals in "
    "Staffordshire co-produced the content of the Promise.",
    "pledge_intro": "<p>Anyone can pledge their commitment to co-production. This includes "
    "parents, carers, children and young people, and people who work with them.</p>"
    "<p>The Local Offer team stores your pledge. We may share the total number of pledges, "
    "but never your name or anything that could identify you. We will not email you or add "
    "you to a mailing list.</p>",
    "thank_you_text": "<p>Thank you for pledging your commitment to co-production.</p>"
    "<p>Your pledge helps to show that people across Staffordshire are working together to "
    "make support better for children and families.</p>"
    "<p>If you would like to get more involved, email localoffer@example.org.</p>",
    "search_description": "The Staffordshire Co-production Promise: what co-production means, "
    "our shared commitments and how to pledge your support.",
}
