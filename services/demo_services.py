"""Demo services for load_demo_content: fictional contact details, realistic services."""

SERVICES = [
    {
        "name": "Portage home visiting: Stafford and Cannock",
        "slug": "portage-home-visiting-stafford-cannock",
        "summary": (
            "Home-visiting learning through play for children under 5 with SEND in Stafford and "
            "Cannock Chase. A Portage worker helps you support your child's development at home."
        ),
        "description": (
            "<p>A trained Portage home visitor comes to your home, usually every 2 weeks, to play "
            "and learn with your child. Together you set small, achievable goals and you get "
            "ideas to try between visits.</p><p>Portage can help with:</p><ul><li>communication "
            "and first words</li><li>play and attention</li><li>movement and "
            "feeding</li><li>getting ready for nursery</li></ul>"
        ),
        "minimum_age": 0,
        "maximum_age": 5,
        "categories": ["early-years"],
        "responsible_body": "staffordshire-county-council",
        "provider": None,
        "areas": ["stafford", "cannock-chase"],
        "eligibility": (
            "Children aged 0 to 5 who have, or may have, special educational needs or a "
            "disability and who are not yet in full-time school. You do not need a diagnosis."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["home-visit"],
        "phone": "01632 960 101",
        "email": "portage.stafford@example.org",
        "website": "https://example.org/portage/stafford-cannock",
        "referral_routes": [
            {
                "kind": "health-visitor",
                "who_can_refer": (
                    "Your health visitor, or any health professional who knows your child."
                ),
                "method": "form",
                "contact": "https://example.org/portage/stafford-cannock/refer",
                "what_to_include": (
                    "Your child's date of birth, what you have noticed and which other services "
                    "are involved."
                ),
                "response_time": "Within 15 working days",
            },
            {
                "kind": "parent-carer",
                "who_can_refer": (
                    "You can ask for Portage yourself if you are the child's parent or carer."
                ),
                "method": "phone",
                "contact": "01632 960 101",
                "what_to_include": "Your child's name, date of birth and address.",
                "response_time": "We call you back within 5 working days",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": (
            "Visits are arranged at a time that suits you. Closed on bank holidays."
        ),
        "last_reviewed": "2026-09-14",
        "review_interval_months": 12,
    },
    {
        "name": "Portage home visiting: Moorlands and Newcastle",
        "slug": "portage-home-visiting-moorlands-newcastle",
        "summary": (
            "Home-visiting learning through play for children under 5 with SEND in Staffordshire "
            "Moorlands and Newcastle-under-Lyme. A Portage worker helps you support your child's "
            "development at home."
        ),
        "description": (
            "<p>A trained Portage home visitor comes to your home, usually every 2 weeks, to play "
            "and learn with your child. Together you set small, achievable goals and you get "
            "ideas to try between visits.</p><p>Portage can help with:</p><ul><li>communication "
            "and first words</li><li>play and attention</li><li>movement and "
            "feeding</li><li>getting ready for nursery</li></ul>"
        ),
        "minimum_age": 0,
        "maximum_age": 5,
        "categories": ["early-years"],
        "responsible_body": "staffordshire-county-council",
        "provider": "Moorlands Families Together (demo)",
        "areas": ["staffordshire-moorlands", "newcastle-under-lyme"],
        "eligibility": (
            "Children aged 0 to 5 who have, or may have, special educational needs or a "
            "disability and who are not yet in full-time school. You do not need a diagnosis."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["home-visit"],
        "phone": "01632 960 102",
        "email": "portage.north@example.org",
        "website": "https://example.org/portage/moorlands-newcastle",
        "referral_routes": [
            {
                "kind": "health-visitor",
                "who_can_refer": (
                    "Your health visitor, or any health professional who knows your child."
                ),
                "method": "form",
                "contact": "https://example.org/portage/moorlands-newcastle/refer",
                "what_to_include": (
                    "Your child's date of birth, what you have noticed and which other services "
                    "are involved."
                ),
                "response_time": "Within 15 working days",
            },
            {
                "kind": "parent-carer",
                "who_can_refer": (
                    "You can ask for Portage yourself if you are the child's parent or carer."
                ),
                "method": "phone",
                "contact": "01632 960 102",
                "what_to_include": "Your child's name, date of birth and address.",
                "response_time": "We call you back within 5 working days",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": (
            "Visits are arranged at a time that suits you. Closed on bank holidays."
        ),
        "last_reviewed": "2026-04-02",
        "review_interval_months": 12,
    },
    {
        "name": "Portage home visiting: Burton, Lichfield and Tamworth",
        "slug": "portage-home-visiting-burton-lichfield-tamworth",
        "summary": (
            "Home-visiting learning through play for children under 5 with SEND in East "
            "Staffordshire, Lichfield and Tamworth. A Portage worker helps you support your "
            "child's development at home."
        ),
        "description": (
            "<p>A trained Portage home visitor comes to your home, usually every 2 weeks, to play "
            "and learn with your child. Together you set small, achievable goals and you get "
            "ideas to try between visits.</p><p>Portage can help with:</p><ul><li>communication "
            "and first words</li><li>play and attention</li><li>movement and "
            "feeding</li><li>getting ready for nursery</li></ul>"
        ),
        "minimum_age": 0,
        "maximum_age": 5,
        "categories": ["early-years"],
        "responsible_body": "staffordshire-county-council",
        "provider": None,
        "areas": ["east-staffordshire", "lichfield", "tamworth"],
        "eligibility": (
            "Children aged 0 to 5 who have, or may have, special educational needs or a "
            "disability and who are not yet in full-time school. You do not need a diagnosis."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["home-visit"],
        "phone": "01632 960 103",
        "email": "portage.east@example.org",
        "website": "https://example.org/portage/burton-lichfield-tamworth",
        "referral_routes": [
            {
                "kind": "health-visitor",
                "who_can_refer": (
                    "Your health visitor, or any health professional who knows your child."
                ),
                "method": "form",
                "contact": "https://example.org/portage/burton-lichfield-tamworth/refer",
                "what_to_include": (
                    "Your child's date of birth, what you have noticed and which other services "
                    "are involved."
                ),
                "response_time": "Within 15 working days",
            },
            {
                "kind": "parent-carer",
                "who_can_refer": (
                    "You can ask for Portage yourself if you are the child's parent or carer."
                ),
                "method": "phone",
                "contact": "01632 960 103",
                "what_to_include": "Your child's name, date of birth and address.",
                "response_time": "We call you back within 5 working days",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": (
            "Visits are arranged at a time that suits you. Closed on bank holidays."
        ),
        "last_reviewed": "2025-08-19",
        "review_interval_months": 12,
    },
    {
        "name": "Portage home visiting: South Staffordshire",
        "slug": "portage-home-visiting-south-staffordshire",
        "summary": (
            "Home-visiting learning through play for children under 5 with SEND in South "
            "Staffordshire. A Portage worker helps you support your child's development at home."
        ),
        "description": (
            "<p>A trained Portage home visitor comes to your home, usually every 2 weeks, to play "
            "and learn with your child. Together you set small, achievable goals and you get "
            "ideas to try between visits.</p><p>Portage can help with:</p><ul><li>communication "
            "and first words</li><li>play and attention</li><li>movement and "
            "feeding</li><li>getting ready for nursery</li></ul>"
        ),
        "minimum_age": 0,
        "maximum_age": 5,
        "categories": ["early-years"],
        "responsible_body": "staffordshire-county-council",
        "provider": None,
        "areas": ["south-staffordshire"],
        "eligibility": (
            "Children aged 0 to 5 who have, or may have, special educational needs or a "
            "disability and who are not yet in full-time school. You do not need a diagnosis."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["home-visit"],
        "phone": "01632 960 104",
        "email": "portage.south@example.org",
        "website": "https://example.org/portage/south-staffordshire",
        "referral_routes": [
            {
                "kind": "health-visitor",
                "who_can_refer": (
                    "Your health visitor, or any health professional who knows your child."
                ),
                "method": "form",
                "contact": "https://example.org/portage/south-staffordshire/refer",
                "what_to_include": (
                    "Your child's date of birth, what you have noticed and which other services "
                    "are involved."
                ),
                "response_time": "Within 15 working days",
            },
            {
                "kind": "parent-carer",
                "who_can_refer": (
                    "You can ask for Portage yourself if you are the child's parent or carer."
                ),
                "method": "phone",
                "contact": "01632 960 104",
                "what_to_include": "Your child's name, date of birth and address.",
                "response_time": "We call you back within 5 working days",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": (
            "Visits are arranged at a time that suits you. Closed on bank holidays."
        ),
        "last_reviewed": "2026-02-10",
        "review_interval_months": 12,
    },
    {
        "name": "Portage home visiting: Stoke-on-Trent",
        "slug": "portage-home-visiting-stoke-on-trent",
        "summary": (
            "Home-visiting learning through play for children under 5 with SEND in "
            "Stoke-on-Trent. A Portage worker helps you support your child's development at home."
        ),
        "description": (
            "<p>A trained Portage home visitor comes to your home, usually every 2 weeks, to play "
            "and learn with your child. Together you set small, achievable goals and you get "
            "ideas to try between visits.</p><p>Portage can help with:</p><ul><li>communication "
            "and first words</li><li>play and attention</li><li>movement and "
            "feeding</li><li>getting ready for nursery</li></ul>"
        ),
        "minimum_age": 0,
        "maximum_age": 5,
        "categories": ["early-years"],
        "responsible_body": "stoke-on-trent-city-council",
        "provider": None,
        "areas": ["stoke-on-trent"],
        "eligibility": (
            "Children aged 0 to 5 who have, or may have, special educational needs or a "
            "disability and who are not yet in full-time school. You do not need a diagnosis."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["home-visit"],
        "phone": "01632 960 105",
        "email": "portage.stoke@example.org",
        "website": "https://example.org/stoke/portage",
        "referral_routes": [
            {
                "kind": "health-visitor",
                "who_can_refer": (
                    "Your health visitor, or any health professional who knows your child."
                ),
                "method": "form",
                "contact": "https://example.org/stoke/portage/refer",
                "what_to_include": (
                    "Your child's date of birth, what you have noticed and which other services "
                    "are involved."
                ),
                "response_time": "Within 15 working days",
            },
            {
                "kind": "parent-carer",
                "who_can_refer": (
                    "You can ask for Portage yourself if you are the child's parent or carer."
                ),
                "method": "phone",
                "contact": "01632 960 105",
                "what_to_include": "Your child's name, date of birth and address.",
                "response_time": "We call you back within 5 working days",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": (
            "Visits are arranged at a time that suits you. Closed on bank holidays."
        ),
        "last_reviewed": "2026-07-21",
        "review_interval_months": 12,
    },
    {
        "name": "Early years SEND inclusion funding: Staffordshire",
        "slug": "early-years-send-inclusion-funding-staffordshire",
        "summary": (
            "Extra funding for nurseries, pre-schools and childminders so they can support your "
            "child's special educational needs while they use their funded hours."
        ),
        "description": (
            "<p>Your child's early years setting can apply for inclusion funding to pay for extra "
            "staff time, training or small pieces of equipment. The money goes to the setting, "
            "not to you.</p><p>The setting will talk to you about how they plan to use it and "
            "review your child's progress each term.</p>"
        ),
        "minimum_age": 0,
        "maximum_age": 4,
        "categories": ["early-years", "education"],
        "responsible_body": "staffordshire-county-council",
        "provider": None,
        "areas": [
            "cannock-chase",
            "east-staffordshire",
            "lichfield",
            "newcastle-under-lyme",
            "south-staffordshire",
            "stafford",
            "staffordshire-moorlands",
            "tamworth",
        ],
        "eligibility": (
            "Children aged 0 to 4 with emerging or identified SEND who attend a registered "
            "setting in Staffordshire and take up funded early education hours."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person"],
        "phone": "01632 960 106",
        "email": "eyinclusion@example.org",
        "website": "https://example.org/early-years/inclusion-funding",
        "referral_routes": [
            {
                "kind": "professional",
                "who_can_refer": (
                    "The nursery, pre-school or childminder your child attends, with your consent."
                ),
                "method": "form",
                "contact": "https://example.org/early-years/inclusion-funding/apply",
                "what_to_include": (
                    "The setting's SEN support plan, your child's funded hours and any reports "
                    "from health professionals."
                ),
                "response_time": "A decision within 4 weeks of the termly panel",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "Applications are considered at a panel once each school term.",
        "last_reviewed": "2026-01-12",
        "review_interval_months": 12,
    },
    {
        "name": "Early years SEND inclusion funding: Stoke-on-Trent",
        "slug": "early-years-send-inclusion-funding-stoke-on-trent",
        "summary": (
            "Funding for early years settings in Stoke-on-Trent to give extra support to young "
            "children with SEND during their funded hours."
        ),
        "description": (
            "<p>If your child needs more help than the setting can usually give, the setting can "
            "ask the city council for inclusion funding. It can pay for extra adult support, "
            "training or resources.</p>"
        ),
        "minimum_age": 2,
        "maximum_age": 4,
        "categories": ["early-years"],
        "responsible_body": "stoke-on-trent-city-council",
        "provider": None,
        "areas": ["stoke-on-trent"],
        "eligibility": (
            "Children aged 2 to 4 in a Stoke-on-Trent early years setting who are receiving "
            "funded hours and have SEND."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person"],
        "phone": "01632 960 107",
        "email": "stoke.eyfunding@example.org",
        "website": "https://example.org/stoke/early-years-inclusion-funding",
        "referral_routes": [
            {
                "kind": "professional",
                "who_can_refer": "The early years setting's SENCo, with your agreement.",
                "method": "email",
                "contact": "stoke.eyfunding@example.org",
                "what_to_include": (
                    "The application form, your child's support plan and evidence of need."
                ),
                "response_time": "Within 20 working days",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "Closed on bank holidays.",
        "last_reviewed": "2025-10-03",
        "review_interval_months": 12,
    },
    {
        "name": "Early years area SENCo support: Staffordshire",
        "slug": "early-years-area-senco-support-staffordshire",
        "summary": (
            "Area SENCos advise nurseries, pre-schools and childminders on how to meet the needs "
            "of young children with SEND and get ready for the move to school."
        ),
        "description": (
            "<p>An area SENCo visits your child's setting to watch, advise and help staff plan "
            "support. They can also help plan your child's move to reception class.</p><p>With "
            "your agreement, they may join meetings with you and the setting.</p>"
        ),
        "minimum_age": 0,
        "maximum_age": 5,
        "categories": ["early-years", "education"],
        "responsible_body": "staffordshire-county-council",
        "provider": None,
        "areas": [
            "cannock-chase",
            "east-staffordshire",
            "lichfield",
            "newcastle-under-lyme",
            "south-staffordshire",
            "stafford",
            "staffordshire-moorlands",
            "tamworth",
        ],
        "eligibility": (
            "Early years settings in Staffordshire supporting a child aged 0 to 5 with SEND."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person", "online"],
        "phone": "01632 960 108",
        "email": "areasenco@example.org",
        "website": "https://example.org/early-years/area-senco",
        "referral_routes": [
            {
                "kind": "professional",
                "who_can_refer": "The setting's SENCo or manager, with parent or carer consent.",
                "method": "form",
                "contact": "https://example.org/early-years/area-senco/request",
                "what_to_include": (
                    "What the setting has tried so far and what it would like help with."
                ),
                "response_time": "Within 10 working days",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2026-05-18",
        "review_interval_months": 12,
    },
    {
        "name": "Health visiting: Staffordshire",
        "slug": "health-visiting-staffordshire",
        "summary": (
            "Health visitors support you and your child from pregnancy until your child is 5, "
            "including development reviews that can spot additional needs early."
        ),
        "description": (
            "<p>Every family with a young child has a named health visiting team. They carry out "
            "development reviews at set ages and can give advice on feeding, sleep, behaviour and "
            "speech.</p><p>If they think your child may need extra help, they can refer you to "
            "services such as Portage, speech and language therapy or a paediatrician.</p>"
        ),
        "minimum_age": 0,
        "maximum_age": 5,
        "categories": ["early-years", "health"],
        "responsible_body": "staffordshire-county-council",
        "provider": "Midlands Children's Health Services (demo provider)",
        "areas": [
            "cannock-chase",
            "east-staffordshire",
            "lichfield",
            "newcastle-under-lyme",
            "south-staffordshire",
            "stafford",
            "staffordshire-moorlands",
            "tamworth",
        ],
        "eligibility": "All families in Staffordshire with a child aged 0 to 5.",
        "is_free": True,
        "cost_description": "",
        "delivery": ["home-visit", "in-person", "telephone"],
        "phone": "01632 960 109",
        "email": "healthvisiting@example.org",
        "website": "https://example.org/health-visiting/staffordshire",
        "referral_routes": [
            {
                "kind": "self-referral",
                "who_can_refer": "Any parent or carer of a child under 5 living in Staffordshire.",
                "method": "phone",
                "contact": "01632 960 109",
                "what_to_include": "Your child's name, date of birth and your GP practice.",
                "response_time": "Within 2 working days",
            },
            {
                "kind": "gp",
                "who_can_refer": "Your GP or midwife.",
                "method": "email",
                "contact": "healthvisiting@example.org",
                "what_to_include": "The reason for the referral and any concerns about the child.",
                "response_time": "Within 5 working days",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "Closed on bank holidays.",
        "last_reviewed": "2026-08-27",
        "review_interval_months": 12,
    },
    {
        "name": "Health visiting: Stoke-on-Trent",
        "slug": "health-visiting-stoke-on-trent",
        "summary": (
            "Health visitors in Stoke-on-Trent support families with children under 5 and check "
            "your child's health and development as they grow."
        ),
        "description": (
            "<p>Your health visitor will see you at home after your baby is born and at regular "
            "reviews until your child is 2 and a half. You can also go to a child health clinic "
            "at your local family hub.</p>"
        ),
        "minimum_age": 0,
        "maximum_age": 5,
        "categories": ["early-years", "health"],
        "responsible_body": "stoke-on-trent-city-council",
        "provider": "North Staffs Community Health (demo provider)",
        "areas": ["stoke-on-trent"],
        "eligibility": "All families in Stoke-on-Trent with a child aged 0 to 5.",
        "is_free": True,
        "cost_description": "",
        "delivery": ["home-visit", "in-person"],
        "phone": "01632 960 110",
        "email": "stoke.healthvisiting@example.org",
        "website": "https://example.org/stoke/health-visiting",
        "referral_routes": [
            {
                "kind": "self-referral",
                "who_can_refer": "Parents and carers living in Stoke-on-Trent.",
                "method": "phone",
                "contact": "01632 960 110",
                "what_to_include": "Your child's name, date of birth and address.",
                "response_time": "Within 2 working days",
            },
            {
                "kind": "gp",
                "who_can_refer": "GPs, midwives and hospital staff.",
                "method": "email",
                "contact": "stoke.healthvisiting@example.org",
                "what_to_include": "The reason for the referral.",
                "response_time": "Within 5 working days",
            },
        ],
        "locations": [
            {
                "name": "Demo Family Hub",
                "address": "Demo Family Hub, 14 Example Street, Hanley, Stoke-on-Trent",
                "postcode": "ST1 1AB",
                "latitude": "53.025000",
                "longitude": "-2.175000",
                "accessibility": (
                    "Step-free entrance, baby changing, buggy park and an accessible toilet."
                ),
            },
        ],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": (
            "Child health clinics run on Tuesday mornings. Closed on bank holidays."
        ),
        "last_reviewed": "2026-03-09",
        "review_interval_months": 12,
    },
    {
        "name": "SEND information, advice and support service (SENDIASS): Staffordshire",
        "slug": "sendiass-staffordshire",
        "summary": (
            "Free, confidential and impartial advice about SEND for children, young people and "
            "parents in Staffordshire, including help with EHC plans and appeals."
        ),
        "description": (
            "<p>SENDIASS is run at arm's length from the council so its advice is impartial. It "
            "can help you:</p><ul><li>understand SEN support and the graduated "
            "approach</li><li>ask for an EHC needs assessment</li><li>get ready for meetings and "
            "reviews</li><li>understand your options if you disagree with a "
            "decision</li></ul><p>Young people aged 16 to 25 can contact the service in their own "
            "right.</p>"
        ),
        "minimum_age": 0,
        "maximum_age": 25,
        "categories": ["education"],
        "responsible_body": "staffordshire-county-council",
        "provider": "Family Voice Advice Partnership (demo)",
        "areas": [
            "cannock-chase",
            "east-staffordshire",
            "lichfield",
            "newcastle-under-lyme",
            "south-staffordshire",
            "stafford",
            "staffordshire-moorlands",
            "tamworth",
        ],
        "eligibility": (
            "Parents and carers of children with SEND aged 0 to 25, and young people with SEND "
            "aged up to 25, living in Staffordshire."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["telephone", "online", "in-person"],
        "phone": "01632 960 111",
        "email": "sendiass.staffs@example.org",
        "website": "https://example.org/sendiass/staffordshire",
        "referral_routes": [
            {
                "kind": "self-referral",
                "who_can_refer": "Young people aged 16 to 25 can contact the service themselves.",
                "method": "phone",
                "contact": "01632 960 111",
                "what_to_include": (
                    "Your name, how best to contact you and what you need help with."
                ),
                "response_time": "We reply within 3 working days",
            },
            {
                "kind": "parent-carer",
                "who_can_refer": "Parents and carers of a child or young person with SEND.",
                "method": "email",
                "contact": "sendiass.staffs@example.org",
                "what_to_include": "Your child's age, school or setting and your question.",
                "response_time": "We reply within 3 working days",
            },
        ],
        "locations": [
            {
                "name": "Demo House",
                "address": "Demo House, 12 Example Road, Stafford",
                "postcode": "ST16 2LH",
                "latitude": "52.806700",
                "longitude": "-2.117000",
                "accessibility": (
                    "Appointments only. Ground floor meeting room, hearing loop, accessible "
                    "toilet."
                ),
            },
        ],
        "opening_times": [
            {"weekday": 0, "opens": "09:30", "closes": "16:30"},
            {"weekday": 1, "opens": "09:30", "closes": "16:30"},
            {"weekday": 2, "opens": "09:30", "closes": "16:30"},
            {"weekday": 3, "opens": "09:30", "closes": "16:30"},
            {"weekday": 4, "opens": "09:30", "closes": "16:30"},
        ],
        "opening_times_notes": "Answerphone outside opening hours. Closed on bank holidays.",
        "last_reviewed": "2026-10-01",
        "review_interval_months": 12,
    },
    {
        "name": "SEND information, advice and support service (SENDIASS): Stoke-on-Trent",
        "slug": "sendiass-stoke-on-trent",
        "summary": (
            "Free, impartial and confidential advice about SEND for families and young people in "
            "Stoke-on-Trent."
        ),
        "description": (
            "<p>The Stoke-on-Trent SENDIASS team can explain the law, help you fill in forms and "
            "come with you to meetings. It is separate from the council's SEND decision-making "
            "teams.</p>"
        ),
        "minimum_age": 0,
        "maximum_age": 25,
        "categories": ["education"],
        "responsible_body": "stoke-on-trent-city-council",
        "provider": "Family Voice Advice Partnership (demo)",
        "areas": ["stoke-on-trent"],
        "eligibility": (
            "Children and young people aged 0 to 25 with SEND, and their parents and carers, "
            "living in Stoke-on-Trent."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["telephone", "online", "in-person"],
        "phone": "01632 960 112",
        "email": "sendiass.stoke@example.org",
        "website": "https://example.org/stoke/sendiass",
        "referral_routes": [
            {
                "kind": "self-referral",
                "who_can_refer": "Young people with SEND aged 16 to 25.",
                "method": "form",
                "contact": "https://example.org/stoke/sendiass/contact",
                "what_to_include": "What you would like help with.",
                "response_time": "Within 3 working days",
            },
            {
                "kind": "parent-carer",
                "who_can_refer": "Parents and carers.",
                "method": "phone",
                "contact": "01632 960 112",
                "what_to_include": "Your child's age, school and your question.",
                "response_time": "Within 3 working days",
            },
        ],
        "locations": [
            {
                "name": "Demo Advice Centre",
                "address": "Demo Advice Centre, 5 Sample Lane, Stoke, Stoke-on-Trent",
                "postcode": "ST4 1AB",
                "latitude": "53.003000",
                "longitude": "-2.183000",
                "accessibility": "Step-free entrance, quiet room on request, parking nearby.",
            },
        ],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "16:00"},
            {"weekday": 1, "opens": "09:00", "closes": "16:00"},
            {"weekday": 2, "opens": "09:00", "closes": "16:00"},
            {"weekday": 3, "opens": "09:00", "closes": "16:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:00"},
        ],
        "opening_times_notes": "Closed on bank holidays.",
        "last_reviewed": "2025-07-15",
        "review_interval_months": 12,
    },
    {
        "name": "Educational psychology service: Staffordshire",
        "slug": "educational-psychology-staffordshire",
        "summary": (
            "Educational psychologists help schools and settings understand how your child learns "
            "and what support will help, and give advice for EHC needs assessments."
        ),
        "description": (
            "<p>Educational psychologists work with schools, families and young people to "
            "understand difficulties with learning, behaviour or wellbeing. They may watch your "
            "child in class, talk with you and suggest ways to help.</p><p>They also write the "
            "statutory psychological advice for EHC needs assessments.</p>"
        ),
        "minimum_age": 0,
        "maximum_age": 25,
        "categories": ["education"],
        "responsible_body": "staffordshire-county-council",
        "provider": None,
        "areas": [
            "cannock-chase",
            "east-staffordshire",
            "lichfield",
            "newcastle-under-lyme",
            "south-staffordshire",
            "stafford",
            "staffordshire-moorlands",
            "tamworth",
        ],
        "eligibility": (
            "Children and young people aged 0 to 25 attending a Staffordshire early years "
            "setting, school or college."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person", "online"],
        "phone": "01632 960 113",
        "email": "edpsych@example.org",
        "website": "https://example.org/educational-psychology/staffordshire",
        "referral_routes": [
            {
                "kind": "school-senco",
                "who_can_refer": "Your child's school or college SENCo, after talking with you.",
                "method": "form",
                "contact": "https://example.org/educational-psychology/staffordshire/request",
                "what_to_include": (
                    "The SEN support plan, what has been tried and what the school wants to find "
                    "out."
                ),
                "response_time": "Planned with the school at the start of each term",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2026-06-30",
        "review_interval_months": 12,
    },
    {
        "name": "Educational psychology service: Stoke-on-Trent",
        "slug": "educational-psychology-stoke-on-trent",
        "summary": (
            "Educational psychologists in Stoke-on-Trent support schools and families to "
            "understand and meet children's learning and emotional needs."
        ),
        "description": (
            "<p>The service works with schools through planning meetings each term. It also "
            "provides psychological advice for EHC needs assessments and runs training for school "
            "staff.</p>"
        ),
        "minimum_age": 0,
        "maximum_age": 25,
        "categories": ["education"],
        "responsible_body": "stoke-on-trent-city-council",
        "provider": None,
        "areas": ["stoke-on-trent"],
        "eligibility": (
            "Children and young people aged 0 to 25 in Stoke-on-Trent settings, schools and "
            "colleges."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person"],
        "phone": "01632 960 114",
        "email": "stoke.edpsych@example.org",
        "website": "https://example.org/stoke/educational-psychology",
        "referral_routes": [
            {
                "kind": "school-senco",
                "who_can_refer": "School and college SENCos.",
                "method": "email",
                "contact": "stoke.edpsych@example.org",
                "what_to_include": "The request form and the child's current support plan.",
                "response_time": "Discussed at the next termly planning meeting",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2026-02-24",
        "review_interval_months": 12,
    },
    {
        "name": "Autism outreach team: Staffordshire",
        "slug": "autism-outreach-staffordshire",
        "summary": (
            "Specialist teachers who help schools and settings support autistic children and "
            "young people, with or without a diagnosis."
        ),
        "description": (
            "<p>The team gives advice, training and practical strategies to staff so your child "
            "can take part in school life. This may include help with communication, sensory "
            "needs and changes in routine.</p><p>They also run workshops for parents and "
            "carers.</p>"
        ),
        "minimum_age": 2,
        "maximum_age": 19,
        "categories": ["education"],
        "responsible_body": "staffordshire-county-council",
        "provider": None,
        "areas": [
            "cannock-chase",
            "east-staffordshire",
            "lichfield",
            "newcastle-under-lyme",
            "south-staffordshire",
            "stafford",
            "staffordshire-moorlands",
            "tamworth",
        ],
        "eligibility": (
            "Children and young people aged 2 to 19 in Staffordshire settings and schools who are "
            "autistic or have social communication needs."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person", "online"],
        "phone": "01632 960 115",
        "email": "autismoutreach@example.org",
        "website": "https://example.org/autism-outreach/staffordshire",
        "referral_routes": [
            {
                "kind": "school-senco",
                "who_can_refer": "The SENCo at your child's setting or school, with your consent.",
                "method": "form",
                "contact": "https://example.org/autism-outreach/staffordshire/refer",
                "what_to_include": (
                    "A summary of your child's needs, the current support plan and your views."
                ),
                "response_time": "Within 20 school days",
            },
            {
                "kind": "parent-carer",
                "who_can_refer": "Parents and carers can book a place on a parent workshop.",
                "method": "form",
                "contact": "https://example.org/autism-outreach/staffordshire/workshops",
                "what_to_include": "Your child's age and which workshop you would like.",
                "response_time": "Confirmation within 5 working days",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "Term-time service. Closed on bank holidays.",
        "last_reviewed": "2026-09-03",
        "review_interval_months": 12,
    },
    {
        "name": "Autism outreach: Stoke-on-Trent",
        "slug": "autism-outreach-stoke-on-trent",
        "summary": (
            "Advice and training for Stoke-on-Trent schools to help autistic pupils learn, feel "
            "safe and take part."
        ),
        "description": (
            "<p>Autism outreach teachers visit schools to observe, model strategies and train "
            "staff. They can help with transitions between classes and schools.</p>"
        ),
        "minimum_age": 4,
        "maximum_age": 16,
        "categories": ["education"],
        "responsible_body": "stoke-on-trent-city-council",
        "provider": None,
        "areas": ["stoke-on-trent"],
        "eligibility": (
            "Pupils aged 4 to 16 in Stoke-on-Trent schools who are autistic or are waiting for an "
            "assessment."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person"],
        "phone": "01632 960 116",
        "email": "stoke.autismoutreach@example.org",
        "website": "https://example.org/stoke/autism-outreach",
        "referral_routes": [
            {
                "kind": "school-senco",
                "who_can_refer": "School SENCos in Stoke-on-Trent.",
                "method": "email",
                "contact": "stoke.autismoutreach@example.org",
                "what_to_include": (
                    "The referral form, parent consent and the pupil's SEN support plan."
                ),
                "response_time": "Within 20 school days",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "08:30", "closes": "16:30"},
            {"weekday": 1, "opens": "08:30", "closes": "16:30"},
            {"weekday": 2, "opens": "08:30", "closes": "16:30"},
            {"weekday": 3, "opens": "08:30", "closes": "16:30"},
            {"weekday": 4, "opens": "08:30", "closes": "16:30"},
        ],
        "opening_times_notes": "Term-time only.",
        "last_reviewed": "2025-12-08",
        "review_interval_months": 12,
    },
    {
        "name": "Sensory support: hearing impairment, Staffordshire",
        "slug": "sensory-support-hearing-staffordshire",
        "summary": (
            "Qualified teachers of the deaf support babies, children and young people with "
            "hearing loss at home, in settings, schools and colleges."
        ),
        "description": (
            "<p>After a diagnosis of hearing loss, a teacher of the deaf can visit you at home to "
            "help with communication and hearing aids. Later they support your child's school or "
            "college.</p><ul><li>advice on hearing technology, such as radio "
            "aids</li><li>training for staff</li><li>signing and communication support</li></ul>"
        ),
        "minimum_age": 0,
        "maximum_age": 25,
        "categories": ["education", "health"],
        "responsible_body": "staffordshire-county-council",
        "provider": None,
        "areas": [
            "cannock-chase",
            "east-staffordshire",
            "lichfield",
            "newcastle-under-lyme",
            "south-staffordshire",
            "stafford",
            "staffordshire-moorlands",
            "tamworth",
        ],
        "eligibility": (
            "Children and young people aged 0 to 25 with a permanent hearing loss who live in "
            "Staffordshire."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["home-visit", "in-person"],
        "phone": "01632 960 117",
        "email": "sensory.hearing@example.org",
        "website": "https://example.org/sensory-support/hearing",
        "referral_routes": [
            {
                "kind": "health-visitor",
                "who_can_refer": "Audiologists, health visitors and other health professionals.",
                "method": "email",
                "contact": "sensory.hearing@example.org",
                "what_to_include": "The audiology report and the family's contact details.",
                "response_time": "First contact within 2 working days for babies",
            },
            {
                "kind": "professional",
                "who_can_refer": "Schools, colleges and other professionals.",
                "method": "form",
                "contact": "https://example.org/sensory-support/hearing/refer",
                "what_to_include": "The latest audiology report and what support is in place.",
                "response_time": "Within 15 working days",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2026-07-07",
        "review_interval_months": 12,
    },
    {
        "name": "Sensory support: vision impairment, Staffordshire",
        "slug": "sensory-support-vision-staffordshire",
        "summary": (
            "Qualified teachers of children with vision impairment support your child's learning, "
            "mobility and independence at home and in education."
        ),
        "description": (
            "<p>The team helps families and education staff make learning accessible. This "
            "includes advice on large print, braille, technology and lighting.</p><p>Habilitation "
            "specialists can teach your child to move around safely and independently.</p>"
        ),
        "minimum_age": 0,
        "maximum_age": 25,
        "categories": ["education", "health"],
        "responsible_body": "staffordshire-county-council",
        "provider": None,
        "areas": [
            "cannock-chase",
            "east-staffordshire",
            "lichfield",
            "newcastle-under-lyme",
            "south-staffordshire",
            "stafford",
            "staffordshire-moorlands",
            "tamworth",
        ],
        "eligibility": (
            "Children and young people aged 0 to 25 living in Staffordshire with a diagnosed "
            "vision impairment that affects their learning."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["home-visit", "in-person"],
        "phone": "01632 960 118",
        "email": "sensory.vision@example.org",
        "website": "https://example.org/sensory-support/vision",
        "referral_routes": [
            {
                "kind": "professional",
                "who_can_refer": "Eye clinics, paediatricians, schools and other professionals.",
                "method": "form",
                "contact": "https://example.org/sensory-support/vision/refer",
                "what_to_include": "The most recent eye report and details of the child's needs.",
                "response_time": "Within 15 working days",
            },
            {
                "kind": "parent-carer",
                "who_can_refer": "Parents and carers who have an eye report for their child.",
                "method": "phone",
                "contact": "01632 960 118",
                "what_to_include": "Your child's name, date of birth and eye clinic.",
                "response_time": "Within 10 working days",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2026-01-26",
        "review_interval_months": 12,
    },
    {
        "name": "Hearing and vision support team: Stoke-on-Trent",
        "slug": "hearing-vision-support-stoke-on-trent",
        "summary": (
            "Specialist teachers for children and young people in Stoke-on-Trent who are deaf, "
            "have a vision impairment or both."
        ),
        "description": (
            "<p>The team supports families from diagnosis and works with schools to adapt "
            "teaching, equipment and the classroom. It also runs a family group once a term.</p>"
        ),
        "minimum_age": 0,
        "maximum_age": 25,
        "categories": ["education", "health"],
        "responsible_body": "stoke-on-trent-city-council",
        "provider": None,
        "areas": ["stoke-on-trent"],
        "eligibility": (
            "Children and young people aged 0 to 25 in Stoke-on-Trent with a diagnosed hearing or "
            "vision impairment."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["home-visit", "in-person"],
        "phone": "01632 960 119",
        "email": "stoke.sensory@example.org",
        "website": "https://example.org/stoke/sensory-support",
        "referral_routes": [
            {
                "kind": "health-visitor",
                "who_can_refer": "Health visitors, audiologists and eye clinics.",
                "method": "email",
                "contact": "stoke.sensory@example.org",
                "what_to_include": "The diagnosis report and family contact details.",
                "response_time": "Within 5 working days",
            },
            {
                "kind": "school-senco",
                "who_can_refer": "School and college SENCos.",
                "method": "form",
                "contact": "https://example.org/stoke/sensory-support/refer",
                "what_to_include": "Medical reports and the current support plan.",
                "response_time": "Within 15 working days",
            },
        ],
        "locations": [
            {
                "name": "Demo Sensory Centre",
                "address": "Demo Sensory Centre, 22 Sample Road, Burslem, Stoke-on-Trent",
                "postcode": "ST6 3AB",
                "latitude": "53.045000",
                "longitude": "-2.199000",
                "accessibility": (
                    "Step-free access, hearing loop, good lighting and a quiet waiting area."
                ),
            },
        ],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2026-04-14",
        "review_interval_months": 12,
    },
    {
        "name": "EHC needs assessment team: Staffordshire",
        "slug": "ehc-needs-assessment-staffordshire",
        "summary": (
            "The county council team that decides whether to carry out an education, health and "
            "care (EHC) needs assessment and, if needed, writes the EHC plan."
        ),
        "description": (
            "<p>You, your child's school or a young person aged 16 to 25 can ask for an EHC needs "
            "assessment. The council must tell you within 6 weeks whether it will assess, and the "
            "whole process should take no more than 20 weeks.</p><p>You will have a named SEND "
            "key worker who keeps you updated.</p>"
        ),
        "minimum_age": 0,
        "maximum_age": 25,
        "categories": ["education"],
        "responsible_body": "staffordshire-county-council",
        "provider": None,
        "areas": [
            "cannock-chase",
            "east-staffordshire",
            "lichfield",
            "newcastle-under-lyme",
            "south-staffordshire",
            "stafford",
            "staffordshire-moorlands",
            "tamworth",
        ],
        "eligibility": (
            "Children and young people aged 0 to 25 living in Staffordshire who may need more "
            "support than their setting can provide through SEN support."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["online", "telephone"],
        "phone": "01632 960 120",
        "email": "ehcassessment@example.org",
        "website": "https://example.org/ehc/assessment-staffordshire",
        "referral_routes": [
            {
                "kind": "school-senco",
                "who_can_refer": "Schools, colleges and early years settings.",
                "method": "form",
                "contact": "https://example.org/ehc/assessment-staffordshire/request",
                "what_to_include": (
                    "At least 2 cycles of assess, plan, do, review and any specialist reports."
                ),
                "response_time": "Decision within 6 weeks",
            },
            {
                "kind": "parent-carer",
                "who_can_refer": "Parents and carers, and young people aged 16 to 25.",
                "method": "letter",
                "contact": "SEND Assessment Team, Demo House, 12 Example Road, Stafford, ST16 2LH",
                "what_to_include": (
                    "Why you think your child needs an assessment and any reports you have."
                ),
                "response_time": "Decision within 6 weeks",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "Closed on bank holidays.",
        "last_reviewed": "2026-10-20",
        "review_interval_months": 12,
    },
    {
        "name": "EHC needs assessment team: Stoke-on-Trent",
        "slug": "ehc-needs-assessment-stoke-on-trent",
        "summary": (
            "The city council team that considers requests for EHC needs assessments for children "
            "and young people living in Stoke-on-Trent."
        ),
        "description": (
            "<p>The team gathers advice from education, health and social care, and from you. It "
            "then decides whether your child needs an EHC plan.</p><p>If you disagree with a "
            "decision, you can talk to the team, ask for mediation or appeal to the SEND "
            "Tribunal.</p>"
        ),
        "minimum_age": 0,
        "maximum_age": 25,
        "categories": ["education"],
        "responsible_body": "stoke-on-trent-city-council",
        "provider": None,
        "areas": ["stoke-on-trent"],
        "eligibility": "Children and young people aged 0 to 25 who live in Stoke-on-Trent.",
        "is_free": True,
        "cost_description": "",
        "delivery": ["online", "telephone"],
        "phone": "01632 960 121",
        "email": "stoke.ehc@example.org",
        "website": "https://example.org/stoke/ehc-assessment",
        "referral_routes": [
            {
                "kind": "parent-carer",
                "who_can_refer": "Parents, carers and young people aged 16 to 25.",
                "method": "form",
                "contact": "https://example.org/stoke/ehc-assessment/request",
                "what_to_include": "Your views, your child's needs and any reports.",
                "response_time": "Decision within 6 weeks",
            },
            {
                "kind": "school-senco",
                "who_can_refer": "Schools, colleges and early years settings.",
                "method": "email",
                "contact": "stoke.ehc@example.org",
                "what_to_include": "The request form, SEN support plans and evidence of review.",
                "response_time": "Decision within 6 weeks",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "Closed on bank holidays.",
        "last_reviewed": "2026-06-08",
        "review_interval_months": 6,
    },
    {
        "name": "EHC annual review team: Staffordshire",
        "slug": "ehc-annual-review-staffordshire",
        "summary": (
            "Coordinates the yearly review of every EHC plan in Staffordshire and makes any "
            "changes agreed at the review meeting."
        ),
        "description": (
            "<p>Your child's school or college holds the annual review meeting and sends the "
            "paperwork to this team. The team must tell you within 4 weeks of the meeting whether "
            "it will keep, change or stop the plan.</p>"
        ),
        "minimum_age": 0,
        "maximum_age": 25,
        "categories": ["education"],
        "responsible_body": "staffordshire-county-council",
        "provider": None,
        "areas": [
            "cannock-chase",
            "east-staffordshire",
            "lichfield",
            "newcastle-under-lyme",
            "south-staffordshire",
            "stafford",
            "staffordshire-moorlands",
            "tamworth",
        ],
        "eligibility": (
            "Children and young people with an EHC plan maintained by Staffordshire County "
            "Council."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["online", "telephone"],
        "phone": "01632 960 122",
        "email": "annualreviews@example.org",
        "website": "https://example.org/ehc/annual-reviews-staffordshire",
        "referral_routes": [
            {
                "kind": "ehc-plan-only",
                "who_can_refer": (
                    "The school or college holding the review, for a child with an EHC plan."
                ),
                "method": "form",
                "contact": "https://example.org/ehc/annual-reviews-staffordshire/submit",
                "what_to_include": (
                    "The annual review report, the views of the family and any new advice."
                ),
                "response_time": "Decision within 4 weeks of the meeting",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2026-01-06",
        "review_interval_months": 12,
    },
    {
        "name": "EHC annual review team: Stoke-on-Trent",
        "slug": "ehc-annual-review-stoke-on-trent",
        "summary": (
            "Manages annual reviews of EHC plans for children and young people in Stoke-on-Trent, "
            "including reviews at key points of change."
        ),
        "description": (
            "<p>The team makes sure plans are reviewed at least once a year and updated in good "
            "time before your child moves to a new school or college.</p>"
        ),
        "minimum_age": 0,
        "maximum_age": 25,
        "categories": ["education"],
        "responsible_body": "stoke-on-trent-city-council",
        "provider": None,
        "areas": ["stoke-on-trent"],
        "eligibility": (
            "Children and young people with an EHC plan maintained by Stoke-on-Trent City Council."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["online"],
        "phone": "01632 960 123",
        "email": "stoke.annualreviews@example.org",
        "website": "https://example.org/stoke/annual-reviews",
        "referral_routes": [
            {
                "kind": "ehc-plan-only",
                "who_can_refer": "Schools and colleges, for pupils and students with an EHC plan.",
                "method": "email",
                "contact": "stoke.annualreviews@example.org",
                "what_to_include": (
                    "The completed annual review paperwork within 2 weeks of the meeting."
                ),
                "response_time": "Decision within 4 weeks of the meeting",
            },
            {
                "kind": "parent-carer",
                "who_can_refer": (
                    "Parents and carers of a child with an EHC plan who want an early review."
                ),
                "method": "letter",
                "contact": "Annual Reviews, Demo Civic Centre, 1 Example Square, Stoke, ST4 1AB",
                "what_to_include": "Why you think the plan needs reviewing early.",
                "response_time": "Reply within 15 working days",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2026-09-29",
        "review_interval_months": 12,
    },
    {
        "name": "SENCo support and inclusion hub: north Staffordshire",
        "slug": "senco-inclusion-hub-north-staffordshire",
        "summary": (
            "Advice, training and problem-solving sessions for school SENCos in the north of the "
            "county, so children's needs can be met earlier in their local school."
        ),
        "description": (
            "<p>SENCos can bring a child's situation to a monthly inclusion hub meeting, without "
            "names if they wish. Specialists from education and health suggest next "
            "steps.</p><p>The hub also runs SENCo networks and training.</p>"
        ),
        "minimum_age": 4,
        "maximum_age": 16,
        "categories": ["education"],
        "responsible_body": "staffordshire-county-council",
        "provider": None,
        "areas": ["newcastle-under-lyme", "staffordshire-moorlands", "stafford"],
        "eligibility": (
            "Mainstream schools in Newcastle-under-Lyme, Staffordshire Moorlands and Stafford."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person", "online"],
        "phone": "01632 960 124",
        "email": "inclusionhub.north@example.org",
        "website": "https://example.org/inclusion-hubs/north",
        "referral_routes": [
            {
                "kind": "school-senco",
                "who_can_refer": "SENCos and head teachers of mainstream schools.",
                "method": "form",
                "contact": "https://example.org/inclusion-hubs/north/book",
                "what_to_include": "A short summary of the child's needs and what has been tried.",
                "response_time": "Discussed at the next monthly hub",
            },
        ],
        "locations": [
            {
                "name": "Demo Learning Centre",
                "address": "Demo Learning Centre, 30 Example Street, Newcastle-under-Lyme",
                "postcode": "ST5 1AB",
                "latitude": "53.011000",
                "longitude": "-2.227000",
                "accessibility": "Step-free access, parking on site.",
            },
        ],
        "opening_times": [
            {"weekday": 0, "opens": "08:30", "closes": "16:30"},
            {"weekday": 1, "opens": "08:30", "closes": "16:30"},
            {"weekday": 2, "opens": "08:30", "closes": "16:30"},
            {"weekday": 3, "opens": "08:30", "closes": "16:30"},
            {"weekday": 4, "opens": "08:30", "closes": "16:30"},
        ],
        "opening_times_notes": "Term-time only.",
        "last_reviewed": "2026-03-30",
        "review_interval_months": 12,
    },
    {
        "name": "SENCo support and inclusion hub: south and east Staffordshire",
        "slug": "senco-inclusion-hub-south-east-staffordshire",
        "summary": (
            "Regular inclusion hub meetings and training for SENCos in the south and east of the "
            "county, bringing together education and health specialists."
        ),
        "description": (
            "<p>The hub helps schools plan support at SEN support level and decide when to "
            "involve outside agencies or ask for an EHC needs assessment.</p>"
        ),
        "minimum_age": 4,
        "maximum_age": 16,
        "categories": ["education"],
        "responsible_body": "staffordshire-county-council",
        "provider": None,
        "areas": [
            "cannock-chase",
            "east-staffordshire",
            "lichfield",
            "south-staffordshire",
            "tamworth",
        ],
        "eligibility": (
            "Mainstream schools in Cannock Chase, East Staffordshire, Lichfield, South "
            "Staffordshire and Tamworth."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person", "online"],
        "phone": "01632 960 125",
        "email": "inclusionhub.south@example.org",
        "website": "https://example.org/inclusion-hubs/south-east",
        "referral_routes": [
            {
                "kind": "school-senco",
                "who_can_refer": "SENCos and head teachers of mainstream schools.",
                "method": "form",
                "contact": "https://example.org/inclusion-hubs/south-east/book",
                "what_to_include": (
                    "A summary of the pupil's needs and the current SEN support plan."
                ),
                "response_time": "Discussed at the next monthly hub",
            },
        ],
        "locations": [
            {
                "name": "Demo Buildings",
                "address": "Demo Buildings, 15 Example Lane, Lichfield",
                "postcode": "WS13 6YY",
                "latitude": "52.681600",
                "longitude": "-1.826500",
                "accessibility": "Lift to all floors, accessible toilet, limited parking.",
            },
        ],
        "opening_times": [
            {"weekday": 0, "opens": "08:30", "closes": "16:30"},
            {"weekday": 1, "opens": "08:30", "closes": "16:30"},
            {"weekday": 2, "opens": "08:30", "closes": "16:30"},
            {"weekday": 3, "opens": "08:30", "closes": "16:30"},
            {"weekday": 4, "opens": "08:30", "closes": "16:30"},
        ],
        "opening_times_notes": "Term-time only.",
        "last_reviewed": "2025-06-24",
        "review_interval_months": 12,
    },
    {
        "name": "SENCo network and inclusion support: Stoke-on-Trent",
        "slug": "senco-network-inclusion-support-stoke-on-trent",
        "summary": (
            "Termly networks, training and advice line for SENCos in Stoke-on-Trent schools and "
            "early years settings."
        ),
        "description": (
            "<p>The inclusion team keeps SENCos up to date and helps schools use the city's "
            "graduated approach guidance. SENCos can call the advice line about a child.</p>"
        ),
        "minimum_age": 2,
        "maximum_age": 18,
        "categories": ["education", "early-years"],
        "responsible_body": "stoke-on-trent-city-council",
        "provider": None,
        "areas": ["stoke-on-trent"],
        "eligibility": "SENCos in Stoke-on-Trent early years settings, schools and colleges.",
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person", "online", "telephone"],
        "phone": "01632 960 126",
        "email": "stoke.inclusion@example.org",
        "website": "https://example.org/stoke/senco-network",
        "referral_routes": [
            {
                "kind": "school-senco",
                "who_can_refer": "SENCos in Stoke-on-Trent settings and schools.",
                "method": "phone",
                "contact": "01632 960 126",
                "what_to_include": "The pupil's year group and the question you have.",
                "response_time": "Same day call back during term",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 1, "opens": "09:00", "closes": "15:00"},
            {"weekday": 3, "opens": "09:00", "closes": "15:00"},
        ],
        "opening_times_notes": "Advice line open Tuesday and Thursday in term time.",
        "last_reviewed": "2026-05-05",
        "review_interval_months": 12,
    },
    {
        "name": "Specialist teacher service for learning and literacy: Staffordshire",
        "slug": "specialist-teacher-learning-literacy-staffordshire",
        "summary": (
            "Specialist teachers assess and advise on difficulties with reading, writing, number "
            "and general learning, including dyslexia."
        ),
        "description": (
            "<p>The teacher works with the school to assess your child and sets out practical "
            "strategies and targets. They can also train staff to run small group "
            "interventions.</p>"
        ),
        "minimum_age": 5,
        "maximum_age": 16,
        "categories": ["education"],
        "responsible_body": "staffordshire-county-council",
        "provider": None,
        "areas": [
            "cannock-chase",
            "east-staffordshire",
            "lichfield",
            "newcastle-under-lyme",
            "south-staffordshire",
            "stafford",
            "staffordshire-moorlands",
            "tamworth",
        ],
        "eligibility": (
            "Pupils aged 5 to 16 in Staffordshire schools with persistent learning or literacy "
            "difficulties."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person"],
        "phone": "01632 960 127",
        "email": "specialistteachers@example.org",
        "website": "https://example.org/specialist-teachers/learning",
        "referral_routes": [
            {
                "kind": "school-senco",
                "who_can_refer": "School SENCos, with parent or carer consent.",
                "method": "form",
                "contact": "https://example.org/specialist-teachers/learning/refer",
                "what_to_include": "Test results, the SEN support plan and the parent's views.",
                "response_time": "Within 20 school days",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "Term-time service.",
        "last_reviewed": "2026-08-11",
        "review_interval_months": 12,
    },
    {
        "name": "Children's speech and language therapy: north Staffordshire and Stoke-on-Trent",
        "slug": "childrens-speech-language-therapy-north",
        "summary": (
            "Assessment and therapy for children with speech, language, communication or eating "
            "and drinking difficulties in the north of the area."
        ),
        "description": (
            "<p>A speech and language therapist will assess your child and agree a plan with you "
            "and their setting or school. Therapy might be in a clinic, at school or through "
            "training for the adults around your child.</p><p>You can also join a free drop-in "
            "advice session without a referral.</p>"
        ),
        "minimum_age": 0,
        "maximum_age": 18,
        "categories": ["health"],
        "responsible_body": "staffordshire-and-stoke-on-trent-icb",
        "provider": "North Staffs Community Health (demo provider)",
        "areas": ["newcastle-under-lyme", "staffordshire-moorlands", "stoke-on-trent"],
        "eligibility": (
            "Children aged 0 to 18 registered with a GP in Stoke-on-Trent, Newcastle-under-Lyme "
            "or Staffordshire Moorlands."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person", "online"],
        "phone": "01632 960 128",
        "email": "slt.north@example.org",
        "website": "https://example.org/slt/north",
        "referral_routes": [
            {
                "kind": "parent-carer",
                "who_can_refer": "Parents and carers of children under 5 can refer directly.",
                "method": "form",
                "contact": "https://example.org/slt/north/refer",
                "what_to_include": (
                    "Your child's details, your concerns and any hearing test results."
                ),
                "response_time": "Appointment within 18 weeks",
            },
            {
                "kind": "professional",
                "who_can_refer": "Health visitors, GPs, schools and settings.",
                "method": "form",
                "contact": "https://example.org/slt/north/professional-referral",
                "what_to_include": (
                    "The referral form, with parent consent and what support is in place."
                ),
                "response_time": "Appointment within 18 weeks",
            },
        ],
        "locations": [
            {
                "name": "Demo Children's Centre",
                "address": "Demo Children's Centre, 40 Example Road, Hanley, Stoke-on-Trent",
                "postcode": "ST1 1AB",
                "latitude": "53.025000",
                "longitude": "-2.175000",
                "accessibility": (
                    "Step-free access, child-friendly waiting room, accessible toilet."
                ),
            },
            {
                "name": "Demo Health Centre",
                "address": "Demo Health Centre, 9 Example Road, Leek",
                "postcode": "ST13 5AB",
                "latitude": "53.105000",
                "longitude": "-2.023000",
                "accessibility": "Ground floor clinic rooms, disabled parking bays.",
            },
        ],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": (
            "Drop-in advice sessions are on the first Wednesday of each month. Closed on bank "
            "holidays."
        ),
        "last_reviewed": "2026-10-12",
        "review_interval_months": 12,
    },
    {
        "name": "Children's speech and language therapy: south and east Staffordshire",
        "slug": "childrens-speech-language-therapy-south",
        "summary": (
            "Speech and language therapy for children in Cannock, Stafford, Lichfield, Tamworth, "
            "Burton and South Staffordshire."
        ),
        "description": (
            "<p>The service assesses children's communication and offers therapy, training for "
            "parents and school staff, and advice for EHC needs assessments.</p><ul><li>parent "
            "workshops for early language</li><li>clinic and school-based therapy</li><li>support "
            "for children who stammer</li></ul>"
        ),
        "minimum_age": 0,
        "maximum_age": 18,
        "categories": ["health"],
        "responsible_body": "staffordshire-and-stoke-on-trent-icb",
        "provider": "South Staffs Children's Health Partnership (demo provider)",
        "areas": [
            "cannock-chase",
            "east-staffordshire",
            "lichfield",
            "south-staffordshire",
            "stafford",
            "tamworth",
        ],
        "eligibility": (
            "Children aged 0 to 18 registered with a GP in the south and east of Staffordshire."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person", "online", "telephone"],
        "phone": "01632 960 129",
        "email": "slt.south@example.org",
        "website": "https://example.org/slt/south",
        "referral_routes": [
            {
                "kind": "parent-carer",
                "who_can_refer": "Parents and carers.",
                "method": "phone",
                "contact": "01632 960 129",
                "what_to_include": "Your child's name, date of birth, GP and your concerns.",
                "response_time": "Appointment within 18 weeks",
            },
            {
                "kind": "school-senco",
                "who_can_refer": "School and setting SENCos, with parent consent.",
                "method": "form",
                "contact": "https://example.org/slt/south/refer",
                "what_to_include": "The referral form and the child's support plan.",
                "response_time": "Appointment within 18 weeks",
            },
        ],
        "locations": [
            {
                "name": "Demo Hub",
                "address": "Demo Hub, 8 Example Way, Cannock",
                "postcode": "WS11 1DE",
                "latitude": "52.690700",
                "longitude": "-2.031000",
                "accessibility": "Step-free access, hearing loop, accessible toilet.",
            },
            {
                "name": "Demo Court",
                "address": "Demo Court, 21 Example Street, Burton upon Trent",
                "postcode": "DE14 1AA",
                "latitude": "52.801900",
                "longitude": "-1.637000",
                "accessibility": "Lift, accessible toilet, pay and display parking nearby.",
            },
        ],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "Closed on bank holidays.",
        "last_reviewed": "2026-07-28",
        "review_interval_months": 12,
    },
    {
        "name": "Speech and language therapy for young people and young adults",
        "slug": "speech-language-therapy-young-people",
        "summary": (
            "Speech and language therapy for young people aged 16 to 25 with communication or "
            "swallowing difficulties, including those in college or moving into work."
        ),
        "description": (
            "<p>The team helps young people communicate in the ways that work for them. It can "
            "support communication aids, college and workplace adjustments, and "
            "swallowing.</p><p>You can refer yourself if you are 16 or over.</p>"
        ),
        "minimum_age": 16,
        "maximum_age": 25,
        "categories": ["health", "preparing-for-adulthood"],
        "responsible_body": "staffordshire-and-stoke-on-trent-icb",
        "provider": "North Staffs Community Health (demo provider)",
        "areas": [],
        "eligibility": (
            "Young people aged 16 to 25 registered with a GP in Staffordshire or Stoke-on-Trent."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person", "online"],
        "phone": "01632 960 130",
        "email": "slt.youngpeople@example.org",
        "website": "https://example.org/slt/young-people",
        "referral_routes": [
            {
                "kind": "self-referral",
                "who_can_refer": "Young people aged 16 to 25.",
                "method": "form",
                "contact": "https://example.org/slt/young-people/refer",
                "what_to_include": "What you find difficult and what you would like to change.",
                "response_time": "Appointment within 18 weeks",
            },
            {
                "kind": "professional",
                "who_can_refer": "Colleges, GPs and social workers.",
                "method": "email",
                "contact": "slt.youngpeople@example.org",
                "what_to_include": "The young person's consent and their communication needs.",
                "response_time": "Appointment within 18 weeks",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2025-10-14",
        "review_interval_months": 12,
    },
    {
        "name": "Children's occupational therapy",
        "slug": "childrens-occupational-therapy",
        "summary": (
            "Occupational therapists help children take part in everyday activities, such as "
            "dressing, eating, writing and play, when a disability makes these hard."
        ),
        "description": (
            "<p>After an assessment, the therapist may suggest activities, equipment or changes "
            "at home or school. They work closely with you and your child's school.</p><p>For "
            "advice about sensory processing, start with the online sensory workshops.</p>"
        ),
        "minimum_age": 0,
        "maximum_age": 18,
        "categories": ["health"],
        "responsible_body": "staffordshire-and-stoke-on-trent-icb",
        "provider": "Midlands Children's Health Services (demo provider)",
        "areas": [],
        "eligibility": (
            "Children aged 0 to 18 registered with a GP in Staffordshire or Stoke-on-Trent whose "
            "disability affects their everyday activities."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person", "home-visit", "online"],
        "phone": "01632 960 131",
        "email": "childrensot@example.org",
        "website": "https://example.org/therapies/occupational-therapy",
        "referral_routes": [
            {
                "kind": "gp",
                "who_can_refer": "GPs and paediatricians.",
                "method": "form",
                "contact": "https://example.org/therapies/occupational-therapy/refer",
                "what_to_include": (
                    "The child's diagnosis, what they find difficult and any reports."
                ),
                "response_time": "Appointment within 18 weeks",
            },
            {
                "kind": "school-senco",
                "who_can_refer": "School SENCos, with parent consent.",
                "method": "form",
                "contact": "https://example.org/therapies/occupational-therapy/refer",
                "what_to_include": "What the school has tried and the child's support plan.",
                "response_time": "Appointment within 18 weeks",
            },
        ],
        "locations": [
            {
                "name": "Demo Therapy Centre",
                "address": "Demo Therapy Centre, 3 Sample Street, Stafford",
                "postcode": "ST16 2LH",
                "latitude": "52.806700",
                "longitude": "-2.117000",
                "accessibility": "Step-free access, changing places toilet, disabled parking.",
            },
        ],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "Closed on bank holidays.",
        "last_reviewed": "2026-02-17",
        "review_interval_months": 12,
    },
    {
        "name": "Children's physiotherapy",
        "slug": "childrens-physiotherapy",
        "summary": (
            "Physiotherapy for children with conditions that affect movement, balance or posture, "
            "at clinic, home or school."
        ),
        "description": (
            "<p>A physiotherapist assesses your child's movement and gives exercises, equipment "
            "advice and support for school staff. Some children attend group sessions, including "
            "hydrotherapy.</p>"
        ),
        "minimum_age": 0,
        "maximum_age": 18,
        "categories": ["health"],
        "responsible_body": "staffordshire-and-stoke-on-trent-icb",
        "provider": "Midlands Children's Health Services (demo provider)",
        "areas": [],
        "eligibility": (
            "Children aged 0 to 18 registered with a GP in Staffordshire or Stoke-on-Trent."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person", "home-visit"],
        "phone": "01632 960 132",
        "email": "childrensphysio@example.org",
        "website": "https://example.org/therapies/physiotherapy",
        "referral_routes": [
            {
                "kind": "gp",
                "who_can_refer": "GPs, paediatricians and hospital consultants.",
                "method": "form",
                "contact": "https://example.org/therapies/physiotherapy/refer",
                "what_to_include": (
                    "The reason for referral, medical history and any urgent concerns."
                ),
                "response_time": "Urgent referrals within 2 weeks, routine within 18 weeks",
            },
            {
                "kind": "health-visitor",
                "who_can_refer": "Health visitors, for babies and toddlers with delayed movement.",
                "method": "email",
                "contact": "childrensphysio@example.org",
                "what_to_include": "The child's development review and your concerns.",
                "response_time": "Within 18 weeks",
            },
        ],
        "locations": [
            {
                "name": "Demo Child Development Centre",
                "address": "Demo Child Development Centre, 7 Example Lane, Stoke, Stoke-on-Trent",
                "postcode": "ST4 1AB",
                "latitude": "53.003000",
                "longitude": "-2.183000",
                "accessibility": (
                    "Step-free access, changing places toilet, hoist, hydrotherapy pool."
                ),
            },
        ],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2026-06-15",
        "review_interval_months": 12,
    },
    {
        "name": "Children's community nursing",
        "slug": "childrens-community-nursing",
        "summary": (
            "Nurses who care for children with complex health needs or long-term conditions at "
            "home, so they can spend less time in hospital."
        ),
        "description": (
            "<p>Children's community nurses can give treatments at home, teach you how to manage "
            "your child's care and support your child's school with health care "
            "plans.</p><ul><li>tube feeding and wound care</li><li>care after hospital "
            "discharge</li><li>end of life care, alongside hospice services</li></ul>"
        ),
        "minimum_age": 0,
        "maximum_age": 18,
        "categories": ["health"],
        "responsible_body": "staffordshire-and-stoke-on-trent-icb",
        "provider": "North Staffs Community Health (demo provider)",
        "areas": [],
        "eligibility": (
            "Children aged 0 to 18 registered with a GP in Staffordshire or Stoke-on-Trent who "
            "need nursing care at home."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["home-visit", "telephone"],
        "phone": "01632 960 133",
        "email": "ccn@example.org",
        "website": "https://example.org/nursing/childrens-community-nursing",
        "referral_routes": [
            {
                "kind": "gp",
                "who_can_refer": "GPs.",
                "method": "phone",
                "contact": "01632 960 133",
                "what_to_include": (
                    "The child's condition, the care needed and when it should start."
                ),
                "response_time": "Urgent referrals the same day",
            },
            {
                "kind": "professional",
                "who_can_refer": (
                    "Hospital ward and clinic teams, consultants and specialist nurses."
                ),
                "method": "email",
                "contact": "ccn@example.org",
                "what_to_include": "The discharge plan and care needed.",
                "response_time": "Within 2 working days",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "08:00", "closes": "20:00"},
            {"weekday": 1, "opens": "08:00", "closes": "20:00"},
            {"weekday": 2, "opens": "08:00", "closes": "20:00"},
            {"weekday": 3, "opens": "08:00", "closes": "20:00"},
            {"weekday": 4, "opens": "08:00", "closes": "20:00"},
            {"weekday": 5, "opens": "08:00", "closes": "20:00"},
            {"weekday": 6, "opens": "08:00", "closes": "20:00"},
        ],
        "opening_times_notes": (
            "Out of hours advice for children on the caseload is available by phone."
        ),
        "last_reviewed": "2026-11-02",
        "review_interval_months": 6,
    },
    {
        "name": "Wheelchair service for children and young people",
        "slug": "wheelchair-service-children-young-people",
        "summary": (
            "Assessment for, and supply and repair of, wheelchairs and seating for children and "
            "young people with long-term mobility needs."
        ),
        "description": (
            "<p>A therapist will assess your child's needs at a clinic. If eligible, your child "
            "will be given a wheelchair and seating that meet their clinical needs. You may be "
            "offered a personal wheelchair budget.</p><p>Repairs are carried out by an approved "
            "repairer.</p>"
        ),
        "minimum_age": 0,
        "maximum_age": 25,
        "categories": ["health"],
        "responsible_body": "staffordshire-and-stoke-on-trent-icb",
        "provider": "Mobility Plus Wheelchair Service (demo provider)",
        "areas": [],
        "eligibility": (
            "Children and young people registered with a GP in Staffordshire or Stoke-on-Trent "
            "who have a long-term need to use a wheelchair."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person", "home-visit"],
        "phone": "01632 960 134",
        "email": "wheelchairs@example.org",
        "website": "https://example.org/wheelchairs",
        "referral_routes": [
            {
                "kind": "gp",
                "who_can_refer": "GPs, consultants and therapists.",
                "method": "form",
                "contact": "https://example.org/wheelchairs/refer",
                "what_to_include": (
                    "The young person's diagnosis, weight, height and how they move now."
                ),
                "response_time": "Assessment within 18 weeks",
            },
            {
                "kind": "professional",
                "who_can_refer": "Physiotherapists and occupational therapists.",
                "method": "form",
                "contact": "https://example.org/wheelchairs/refer",
                "what_to_include": "Postural needs and any urgent concerns.",
                "response_time": "Assessment within 18 weeks",
            },
        ],
        "locations": [
            {
                "name": "Demo Mobility Centre",
                "address": "Demo Mobility Centre, 11 Sample Road, Stoke, Stoke-on-Trent",
                "postcode": "ST4 1AB",
                "latitude": "53.003000",
                "longitude": "-2.183000",
                "accessibility": (
                    "Fully step-free, changing places toilet, blue badge parking at the door."
                ),
            },
        ],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "Repairs line is open until 20:00 on weekdays.",
        "last_reviewed": "2025-12-01",
        "review_interval_months": 12,
    },
    {
        "name": "Children and young people's mental health service (CAMHS): north",
        "slug": "camhs-north",
        "summary": (
            "Specialist mental health support for children and young people in Stoke-on-Trent, "
            "Newcastle-under-Lyme and Staffordshire Moorlands."
        ),
        "description": (
            "<p>CAMHS helps children and young people with moderate to severe mental health "
            "difficulties, such as anxiety, depression, self-harm and eating disorders. Children "
            "with a learning disability or autism are supported with reasonable "
            "adjustments.</p><p>If your child is in crisis, call the 24 hour mental health "
            "line.</p>"
        ),
        "minimum_age": 0,
        "maximum_age": 18,
        "categories": ["health"],
        "responsible_body": "staffordshire-and-stoke-on-trent-icb",
        "provider": "Combined Mind and Wellbeing Partnership (demo provider)",
        "areas": ["newcastle-under-lyme", "staffordshire-moorlands", "stoke-on-trent"],
        "eligibility": (
            "Children and young people aged 0 to 18 registered with a GP in the north of the area."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person", "online", "telephone"],
        "phone": "01632 960 135",
        "email": "camhs.north@example.org",
        "website": "https://example.org/camhs/north",
        "referral_routes": [
            {
                "kind": "gp",
                "who_can_refer": "GPs.",
                "method": "form",
                "contact": "https://example.org/camhs/north/refer",
                "what_to_include": (
                    "The young person's difficulties, risks and what has been tried."
                ),
                "response_time": "Urgent within 1 week, routine within 12 weeks",
            },
            {
                "kind": "school-senco",
                "who_can_refer": "Schools and colleges, with consent.",
                "method": "form",
                "contact": "https://example.org/camhs/north/refer",
                "what_to_include": "Concerns, risk and support already given in school.",
                "response_time": "Within 12 weeks",
            },
            {
                "kind": "self-referral",
                "who_can_refer": "Young people aged 16 to 18.",
                "method": "phone",
                "contact": "01632 960 135",
                "what_to_include": "How you are feeling and how we can contact you.",
                "response_time": "A call back within 5 working days",
            },
        ],
        "locations": [
            {
                "name": "Demo Wellbeing Centre",
                "address": "Demo Wellbeing Centre, 6 Sample Street, Newcastle-under-Lyme",
                "postcode": "ST5 1AB",
                "latitude": "53.011000",
                "longitude": "-2.227000",
                "accessibility": "Step-free access, quiet waiting room, accessible toilet.",
            },
        ],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2026-06-22",
        "review_interval_months": 6,
    },
    {
        "name": "Children and young people's mental health service (CAMHS): south and east",
        "slug": "camhs-south-east",
        "summary": (
            "Specialist mental health support for children and young people in the south and east "
            "of Staffordshire."
        ),
        "description": (
            "<p>The team offers assessment and treatment, including talking therapies, medication "
            "reviews and family work. It works with schools' mental health support teams.</p>"
        ),
        "minimum_age": 0,
        "maximum_age": 18,
        "categories": ["health"],
        "responsible_body": "staffordshire-and-stoke-on-trent-icb",
        "provider": "Combined Mind and Wellbeing Partnership (demo provider)",
        "areas": [
            "cannock-chase",
            "east-staffordshire",
            "lichfield",
            "south-staffordshire",
            "stafford",
            "tamworth",
        ],
        "eligibility": (
            "Children and young people aged 0 to 18 registered with a GP in the south and east of "
            "Staffordshire."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person", "online", "telephone"],
        "phone": "01632 960 136",
        "email": "camhs.south@example.org",
        "website": "https://example.org/camhs/south-east",
        "referral_routes": [
            {
                "kind": "gp",
                "who_can_refer": "GPs.",
                "method": "form",
                "contact": "https://example.org/camhs/south-east/refer",
                "what_to_include": "Presenting difficulties, risk and previous support.",
                "response_time": "Urgent within 1 week, routine within 12 weeks",
            },
            {
                "kind": "professional",
                "who_can_refer": "Social workers, school nurses and mental health support teams.",
                "method": "email",
                "contact": "camhs.south@example.org",
                "what_to_include": "The referral form with consent.",
                "response_time": "Within 12 weeks",
            },
        ],
        "locations": [
            {
                "name": "Demo Centre",
                "address": "Demo Centre, 18 Example Street, Tamworth",
                "postcode": "B79 7AB",
                "latitude": "52.633000",
                "longitude": "-1.695000",
                "accessibility": "Step-free access, hearing loop, parking on site.",
            },
        ],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2025-07-30",
        "review_interval_months": 12,
    },
    {
        "name": "24 hour mental health line for children and young people",
        "slug": "mental-health-line-children-young-people",
        "summary": (
            "A free phone line, open day and night, for children, young people and families "
            "worried about someone's mental health."
        ),
        "description": (
            "<p>Trained staff listen, give advice and can arrange urgent help. You do not need a "
            "referral. If someone's life is in danger, call 999.</p>"
        ),
        "minimum_age": 0,
        "maximum_age": 25,
        "categories": ["health"],
        "responsible_body": "staffordshire-and-stoke-on-trent-icb",
        "provider": "Combined Mind and Wellbeing Partnership (demo provider)",
        "areas": [],
        "eligibility": (
            "Anyone living in Staffordshire or Stoke-on-Trent, including children, young people "
            "up to 25 and their families."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["telephone"],
        "phone": "01632 960 137",
        "email": "mentalhealthline@example.org",
        "website": "https://example.org/mental-health-line",
        "referral_routes": [
            {
                "kind": "self-referral",
                "who_can_refer": "Anyone, including children and young people themselves.",
                "method": "phone",
                "contact": "01632 960 137",
                "what_to_include": "Nothing. Just call.",
                "response_time": "Answered straight away, day and night",
            },
            {
                "kind": "parent-carer",
                "who_can_refer": "Parents, carers and family members.",
                "method": "phone",
                "contact": "01632 960 137",
                "what_to_include": "What you are worried about.",
                "response_time": "Answered straight away, day and night",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "00:00", "closes": "23:59"},
            {"weekday": 1, "opens": "00:00", "closes": "23:59"},
            {"weekday": 2, "opens": "00:00", "closes": "23:59"},
            {"weekday": 3, "opens": "00:00", "closes": "23:59"},
            {"weekday": 4, "opens": "00:00", "closes": "23:59"},
            {"weekday": 5, "opens": "00:00", "closes": "23:59"},
            {"weekday": 6, "opens": "00:00", "closes": "23:59"},
        ],
        "opening_times_notes": "Open 24 hours a day, 365 days a year.",
        "last_reviewed": "2026-10-27",
        "review_interval_months": 6,
    },
    {
        "name": "Children's learning disability nursing team",
        "slug": "childrens-learning-disability-nursing",
        "summary": (
            "Specialist nurses who support children with a learning disability and their families "
            "with health, behaviour, sleep and access to health care."
        ),
        "description": (
            "<p>A learning disability nurse can help with:</p><ul><li>behaviour that "
            "challenges</li><li>sleep and toileting</li><li>getting ready for hospital and dental "
            "visits</li><li>health action plans</li></ul>"
        ),
        "minimum_age": 4,
        "maximum_age": 18,
        "categories": ["health"],
        "responsible_body": "staffordshire-and-stoke-on-trent-icb",
        "provider": "Midlands Children's Health Services (demo provider)",
        "areas": [],
        "eligibility": (
            "Children aged 4 to 18 with a diagnosed learning disability registered with a GP in "
            "Staffordshire or Stoke-on-Trent."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["home-visit", "in-person", "telephone"],
        "phone": "01632 960 138",
        "email": "ldnursing@example.org",
        "website": "https://example.org/nursing/learning-disability",
        "referral_routes": [
            {
                "kind": "professional",
                "who_can_refer": "Any health, education or social care professional.",
                "method": "form",
                "contact": "https://example.org/nursing/learning-disability/refer",
                "what_to_include": "The learning disability diagnosis and the area of concern.",
                "response_time": "Within 18 weeks",
            },
            {
                "kind": "parent-carer",
                "who_can_refer": "Parents and carers.",
                "method": "phone",
                "contact": "01632 960 138",
                "what_to_include": "Your child's diagnosis and what you need help with.",
                "response_time": "Call back within 5 working days",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2026-01-05",
        "review_interval_months": 12,
    },
    {
        "name": "Children's bladder and bowel (continence) service",
        "slug": "childrens-continence-service",
        "summary": (
            "Assessment and support for children who have difficulty with wetting, soiling, "
            "constipation or toilet training, including children with SEND."
        ),
        "description": (
            "<p>A specialist nurse will assess your child and agree a plan. If your child is "
            "eligible, the service may supply continence products after a period of toilet "
            "training support.</p>"
        ),
        "minimum_age": 2,
        "maximum_age": 19,
        "categories": ["health"],
        "responsible_body": "staffordshire-and-stoke-on-trent-icb",
        "provider": "North Staffs Community Health (demo provider)",
        "areas": [],
        "eligibility": (
            "Children and young people aged 2 to 19 registered with a GP in Staffordshire or "
            "Stoke-on-Trent."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person", "home-visit"],
        "phone": "01632 960 139",
        "email": "continence@example.org",
        "website": "https://example.org/continence",
        "referral_routes": [
            {
                "kind": "gp",
                "who_can_refer": "GPs.",
                "method": "form",
                "contact": "https://example.org/continence/refer",
                "what_to_include": "The child's history and any medical conditions.",
                "response_time": "Within 12 weeks",
            },
            {
                "kind": "health-visitor",
                "who_can_refer": "Health visitors and school nurses.",
                "method": "form",
                "contact": "https://example.org/continence/refer",
                "what_to_include": "What support has been tried already.",
                "response_time": "Within 12 weeks",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2026-04-21",
        "review_interval_months": 12,
    },
    {
        "name": "Children's dietetics",
        "slug": "childrens-dietetics",
        "summary": (
            "Dietitians who give advice on feeding, growth, food allergies and special diets for "
            "children with medical conditions or disabilities."
        ),
        "description": (
            "<p>A dietitian can help if your child is not growing well, has a restricted diet, is "
            "tube fed or has a condition that needs a special diet.</p>"
        ),
        "minimum_age": 0,
        "maximum_age": 18,
        "categories": ["health"],
        "responsible_body": "staffordshire-and-stoke-on-trent-icb",
        "provider": "Midlands Children's Health Services (demo provider)",
        "areas": [],
        "eligibility": (
            "Children aged 0 to 18 registered with a GP in Staffordshire or Stoke-on-Trent."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person", "online", "home-visit"],
        "phone": "01632 960 140",
        "email": "dietetics@example.org",
        "website": "https://example.org/dietetics",
        "referral_routes": [
            {
                "kind": "gp",
                "who_can_refer": "GPs and consultants.",
                "method": "email",
                "contact": "dietetics@example.org",
                "what_to_include": "Weight and height history, medical conditions and medicines.",
                "response_time": "Within 12 weeks",
            },
            {
                "kind": "health-visitor",
                "who_can_refer": "Health visitors.",
                "method": "email",
                "contact": "dietetics@example.org",
                "what_to_include": "Growth chart and feeding history.",
                "response_time": "Within 12 weeks",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2026-08-04",
        "review_interval_months": 12,
    },
    {
        "name": "Eating and drinking (dysphagia) support for children",
        "slug": "eating-drinking-dysphagia-children",
        "summary": (
            "Speech and language therapists who assess and support children who have difficulty "
            "chewing or swallowing safely."
        ),
        "description": (
            "<p>The team will watch your child eat and drink and give advice on safe food "
            "textures, positioning and equipment. They can write eating and drinking plans for "
            "school.</p>"
        ),
        "minimum_age": 0,
        "maximum_age": 19,
        "categories": ["health"],
        "responsible_body": "staffordshire-and-stoke-on-trent-icb",
        "provider": "North Staffs Community Health (demo provider)",
        "areas": [],
        "eligibility": (
            "Children and young people aged 0 to 19 registered with a GP in Staffordshire or "
            "Stoke-on-Trent who have signs of swallowing difficulty."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person", "home-visit"],
        "phone": "01632 960 141",
        "email": "dysphagia@example.org",
        "website": "https://example.org/slt/eating-and-drinking",
        "referral_routes": [
            {
                "kind": "professional",
                "who_can_refer": "Doctors, nurses, therapists and special school staff.",
                "method": "form",
                "contact": "https://example.org/slt/eating-and-drinking/refer",
                "what_to_include": "Signs of difficulty, such as coughing or chest infections.",
                "response_time": "Urgent within 5 working days, routine within 12 weeks",
            },
            {
                "kind": "gp",
                "who_can_refer": "GPs.",
                "method": "phone",
                "contact": "01632 960 141",
                "what_to_include": "The child's symptoms and chest infection history.",
                "response_time": "Urgent within 5 working days",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2026-03-16",
        "review_interval_months": 12,
    },
    {
        "name": "Neurodevelopmental assessment pathway (autism and ADHD) for under 18s",
        "slug": "neurodevelopmental-assessment-under-18",
        "summary": (
            "Assessment for autism and ADHD for children and young people, with support and "
            "advice for families while you wait."
        ),
        "description": (
            "<p>A team of specialists will gather information from you and your child's school "
            "and may see your child. You do not need a diagnosis to get support at "
            "school.</p><p>While you wait you can join online workshops on sleep, behaviour and "
            "anxiety.</p>"
        ),
        "minimum_age": 2,
        "maximum_age": 18,
        "categories": ["health"],
        "responsible_body": "staffordshire-and-stoke-on-trent-icb",
        "provider": "Midlands Children's Health Services (demo provider)",
        "areas": [],
        "eligibility": (
            "Children and young people aged 2 to 18 registered with a GP in Staffordshire or "
            "Stoke-on-Trent."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person", "online"],
        "phone": "01632 960 142",
        "email": "ndpathway@example.org",
        "website": "https://example.org/neurodevelopmental/under-18",
        "referral_routes": [
            {
                "kind": "school-senco",
                "who_can_refer": "School SENCos, with parent consent.",
                "method": "form",
                "contact": "https://example.org/neurodevelopmental/under-18/refer",
                "what_to_include": (
                    "School observations, the support plan and a parent questionnaire."
                ),
                "response_time": "Acknowledged within 10 working days",
            },
            {
                "kind": "gp",
                "who_can_refer": "GPs and paediatricians.",
                "method": "form",
                "contact": "https://example.org/neurodevelopmental/under-18/refer",
                "what_to_include": "Developmental history and any other diagnoses.",
                "response_time": "Acknowledged within 10 working days",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": (
            "Waiting times vary. We will tell you the current waiting time when we accept the "
            "referral."
        ),
        "last_reviewed": "2026-09-08",
        "review_interval_months": 12,
    },
    {
        "name": "Autism and ADHD assessment for young adults aged 18 to 25",
        "slug": "autism-adhd-assessment-young-adults",
        "summary": (
            "Assessment for autism and ADHD for young adults, with advice on support in college, "
            "work and daily life."
        ),
        "description": (
            "<p>If you are 18 or over and think you may be autistic or have ADHD, your GP can "
            "refer you. After assessment you will get a report and signposting to local "
            "support.</p>"
        ),
        "minimum_age": 18,
        "maximum_age": 25,
        "categories": ["health", "preparing-for-adulthood"],
        "responsible_body": "staffordshire-and-stoke-on-trent-icb",
        "provider": "Combined Mind and Wellbeing Partnership (demo provider)",
        "areas": [],
        "eligibility": (
            "Young adults aged 18 to 25 registered with a GP in Staffordshire or Stoke-on-Trent."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person", "online"],
        "phone": "01632 960 143",
        "email": "adultnd@example.org",
        "website": "https://example.org/neurodevelopmental/adults",
        "referral_routes": [
            {
                "kind": "gp",
                "who_can_refer": "GPs.",
                "method": "form",
                "contact": "https://example.org/neurodevelopmental/adults/refer",
                "what_to_include": "The screening questionnaire and any mental health history.",
                "response_time": "Acknowledged within 10 working days",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2025-06-18",
        "review_interval_months": 12,
    },
    {
        "name": "Transition to adult health services",
        "slug": "transition-adult-health-services",
        "summary": (
            "Support for young people with SEND and long-term health conditions to move from "
            "children's to adult health services, planned from age 14."
        ),
        "description": (
            "<p>A transition nurse helps you and your family plan the move to adult services. "
            "This includes:</p><ul><li>a named adult team or GP lead</li><li>learning to manage "
            "your own health and appointments</li><li>health information for your EHC plan "
            "reviews</li></ul>"
        ),
        "minimum_age": 14,
        "maximum_age": 25,
        "categories": ["health", "preparing-for-adulthood"],
        "responsible_body": "staffordshire-and-stoke-on-trent-icb",
        "provider": None,
        "areas": [],
        "eligibility": (
            "Young people aged 14 to 25 with SEND or complex health needs registered with a GP in "
            "Staffordshire or Stoke-on-Trent."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person", "online", "telephone"],
        "phone": "01632 960 144",
        "email": "healthtransition@example.org",
        "website": "https://example.org/transition/health",
        "referral_routes": [
            {
                "kind": "professional",
                "who_can_refer": "Any children's health professional.",
                "method": "email",
                "contact": "healthtransition@example.org",
                "what_to_include": "The young person's conditions and the teams involved.",
                "response_time": "Within 15 working days",
            },
            {
                "kind": "self-referral",
                "who_can_refer": "Young people aged 16 to 25.",
                "method": "phone",
                "contact": "01632 960 144",
                "what_to_include": "Your name, your conditions and which services you use.",
                "response_time": "Within 15 working days",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2026-05-26",
        "review_interval_months": 12,
    },
    {
        "name": "School nursing: Staffordshire",
        "slug": "school-nursing-staffordshire",
        "summary": (
            "School nurses support children and young people's health in school, including care "
            "plans for medical needs and confidential advice for teenagers."
        ),
        "description": (
            "<p>School nurses can help schools write individual health care plans and train "
            "staff. Young people aged 11 to 19 can text the confidential health advice "
            "service.</p>"
        ),
        "minimum_age": 5,
        "maximum_age": 19,
        "categories": ["health", "education"],
        "responsible_body": "staffordshire-county-council",
        "provider": "Midlands Children's Health Services (demo provider)",
        "areas": [
            "cannock-chase",
            "east-staffordshire",
            "lichfield",
            "newcastle-under-lyme",
            "south-staffordshire",
            "stafford",
            "staffordshire-moorlands",
            "tamworth",
        ],
        "eligibility": (
            "Children and young people aged 5 to 19 who live in Staffordshire or go to school "
            "there."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person", "telephone"],
        "phone": "01632 960 145",
        "email": "schoolnursing@example.org",
        "website": "https://example.org/school-nursing/staffordshire",
        "referral_routes": [
            {
                "kind": "self-referral",
                "who_can_refer": "Young people aged 11 to 19.",
                "method": "phone",
                "contact": "01632 960 145",
                "what_to_include": "Your question. You do not have to give your name.",
                "response_time": "Reply within 1 working day",
            },
            {
                "kind": "school-senco",
                "who_can_refer": "Schools.",
                "method": "email",
                "contact": "schoolnursing@example.org",
                "what_to_include": "The child's health needs and consent.",
                "response_time": "Within 10 working days",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "Term-time service. Closed on bank holidays.",
        "last_reviewed": "2026-01-19",
        "review_interval_months": 12,
    },
    {
        "name": "School nursing: Stoke-on-Trent",
        "slug": "school-nursing-stoke-on-trent",
        "summary": (
            "School nurses in Stoke-on-Trent promote health and wellbeing for children and young "
            "people and support children with medical needs in school."
        ),
        "description": (
            "<p>The team runs drop-ins in secondary schools and can help with health care plans, "
            "continence, emotional wellbeing and healthy lifestyles.</p>"
        ),
        "minimum_age": 5,
        "maximum_age": 19,
        "categories": ["health", "education"],
        "responsible_body": "stoke-on-trent-city-council",
        "provider": "North Staffs Community Health (demo provider)",
        "areas": ["stoke-on-trent"],
        "eligibility": (
            "Children and young people aged 5 to 19 attending school in Stoke-on-Trent."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person", "telephone"],
        "phone": "01632 960 146",
        "email": "stoke.schoolnursing@example.org",
        "website": "https://example.org/stoke/school-nursing",
        "referral_routes": [
            {
                "kind": "parent-carer",
                "who_can_refer": "Parents and carers.",
                "method": "phone",
                "contact": "01632 960 146",
                "what_to_include": "Your child's name, school and your concern.",
                "response_time": "Within 5 working days",
            },
            {
                "kind": "school-senco",
                "who_can_refer": "Schools.",
                "method": "email",
                "contact": "stoke.schoolnursing@example.org",
                "what_to_include": "The referral form and consent.",
                "response_time": "Within 10 working days",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "Term-time service.",
        "last_reviewed": "2026-09-21",
        "review_interval_months": 12,
    },
    {
        "name": "Children's audiology (hearing tests)",
        "slug": "childrens-audiology",
        "summary": "Hearing tests and hearing aid fitting for babies, children and young people.",
        "description": (
            "<p>Audiologists test your child's hearing in a clinic designed for children. If your "
            "child needs hearing aids, they will fit and review them and refer you to the sensory "
            "support team.</p>"
        ),
        "minimum_age": 0,
        "maximum_age": 18,
        "categories": ["health"],
        "responsible_body": "staffordshire-and-stoke-on-trent-icb",
        "provider": "North Staffs Community Health (demo provider)",
        "areas": [],
        "eligibility": (
            "Children aged 0 to 18 registered with a GP in Staffordshire or Stoke-on-Trent."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person"],
        "phone": "01632 960 147",
        "email": "audiology@example.org",
        "website": "https://example.org/audiology",
        "referral_routes": [
            {
                "kind": "health-visitor",
                "who_can_refer": "Health visitors and school nurses.",
                "method": "form",
                "contact": "https://example.org/audiology/refer",
                "what_to_include": "Concerns about hearing or speech and any screening results.",
                "response_time": "Appointment within 6 weeks",
            },
            {
                "kind": "gp",
                "who_can_refer": "GPs.",
                "method": "form",
                "contact": "https://example.org/audiology/refer",
                "what_to_include": "Ear history and concerns.",
                "response_time": "Appointment within 6 weeks",
            },
        ],
        "locations": [
            {
                "name": "Demo Audiology Clinic",
                "address": "Demo Audiology Clinic, 2 Sample Lane, Hanley, Stoke-on-Trent",
                "postcode": "ST1 1AB",
                "latitude": "53.025000",
                "longitude": "-2.175000",
                "accessibility": "Step-free access, hearing loop, visual call system.",
            },
            {
                "name": "Demo Health Centre",
                "address": "Demo Health Centre, 20 Example Road, Stafford",
                "postcode": "ST16 2LH",
                "latitude": "52.806700",
                "longitude": "-2.117000",
                "accessibility": "Ground floor, hearing loop, disabled parking.",
            },
        ],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2026-07-13",
        "review_interval_months": 12,
    },
    {
        "name": "Annual health checks for young people with a learning disability",
        "slug": "annual-health-checks-learning-disability",
        "summary": (
            "A free yearly health check at your GP practice for anyone aged 14 or over with a "
            "learning disability."
        ),
        "description": (
            "<p>The check helps spot health problems early. Your GP will look at your physical "
            "and mental health, medicines and vaccinations, and write a health action plan with "
            "you.</p><p>Ask your GP practice to add you to its learning disability register.</p>"
        ),
        "minimum_age": 14,
        "maximum_age": 25,
        "categories": ["health", "preparing-for-adulthood"],
        "responsible_body": "staffordshire-and-stoke-on-trent-icb",
        "provider": None,
        "areas": [],
        "eligibility": "Young people aged 14 to 25 on their GP's learning disability register.",
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person"],
        "phone": "01632 960 148",
        "email": "healthchecks@example.org",
        "website": "https://example.org/health-checks/learning-disability",
        "referral_routes": [
            {
                "kind": "self-referral",
                "who_can_refer": "Young people aged 14 and over, or someone on their behalf.",
                "method": "phone",
                "contact": "01632 960 148",
                "what_to_include": (
                    "Your name and GP practice. We will ask the practice to add you to its "
                    "learning disability register."
                ),
                "response_time": "Your practice will invite you within 8 weeks",
            },
            {
                "kind": "parent-carer",
                "who_can_refer": "Parents and carers.",
                "method": "phone",
                "contact": "01632 960 148",
                "what_to_include": (
                    "Your child's diagnosis, GP practice and any reasonable adjustments they need."
                ),
                "response_time": "Your practice will invite you within 8 weeks",
            },
            {
                "kind": "professional",
                "who_can_refer": "Social workers and school nurses.",
                "method": "email",
                "contact": "healthchecks@example.org",
                "what_to_include": "The young person's consent and GP practice.",
                "response_time": "Within 20 working days",
            },
        ],
        "locations": [],
        "opening_times": [],
        "opening_times_notes": "Checks take place at your GP practice during its opening hours.",
        "last_reviewed": "2026-02-02",
        "review_interval_months": 12,
    },
    {
        "name": "Sleep support for families: Stoke-on-Trent",
        "slug": "sleep-support-stoke-on-trent",
        "summary": (
            "Practical help from trained sleep practitioners for families of children with SEND "
            "who have difficulty sleeping."
        ),
        "description": (
            "<p>You can join a 4-week online workshop or, if you need more help, have one-to-one "
            "sessions by phone. The practitioner will help you build a routine that works for "
            "your family.</p>"
        ),
        "minimum_age": 2,
        "maximum_age": 18,
        "categories": ["health"],
        "responsible_body": "stoke-on-trent-city-council",
        "provider": "Stoke Parent Carer Network (demo)",
        "areas": ["stoke-on-trent"],
        "eligibility": (
            "Families in Stoke-on-Trent with a child aged 2 to 18 with SEND and sleep "
            "difficulties."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["online", "telephone"],
        "phone": "01632 960 149",
        "email": "stoke.sleep@example.org",
        "website": "https://example.org/stoke/sleep-support",
        "referral_routes": [
            {
                "kind": "parent-carer",
                "who_can_refer": "Parents and carers.",
                "method": "form",
                "contact": "https://example.org/stoke/sleep-support/book",
                "what_to_include": "Your child's age and a short description of their sleep.",
                "response_time": "Within 10 working days",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:30", "closes": "14:30"},
            {"weekday": 1, "opens": "09:30", "closes": "14:30"},
            {"weekday": 2, "opens": "09:30", "closes": "14:30"},
            {"weekday": 3, "opens": "09:30", "closes": "14:30"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2026-10-05",
        "review_interval_months": 12,
    },
    {
        "name": "Disabled children's social care team: Staffordshire",
        "slug": "disabled-childrens-social-care-staffordshire",
        "summary": (
            "Social workers who assess the needs of disabled children and their families and "
            "arrange support, such as short breaks and help at home."
        ),
        "description": (
            "<p>If your child has a disability that has a big impact on everyday life, you can "
            "ask for a social care assessment. A social worker will talk with you and your child "
            "about what would help.</p><p>You can also ask for a carer's assessment for "
            "yourself.</p>"
        ),
        "minimum_age": 0,
        "maximum_age": 18,
        "categories": ["health"],
        "responsible_body": "staffordshire-county-council",
        "provider": None,
        "areas": [
            "cannock-chase",
            "east-staffordshire",
            "lichfield",
            "newcastle-under-lyme",
            "south-staffordshire",
            "stafford",
            "staffordshire-moorlands",
            "tamworth",
        ],
        "eligibility": (
            "Children aged 0 to 18 living in Staffordshire with a substantial and long-term "
            "disability, and their families."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["home-visit", "telephone"],
        "phone": "01632 960 150",
        "email": "dcsc@example.org",
        "website": "https://example.org/social-care/disabled-children",
        "referral_routes": [
            {
                "kind": "parent-carer",
                "who_can_refer": "Parents and carers.",
                "method": "phone",
                "contact": "01632 960 150",
                "what_to_include": (
                    "Your child's disability, how it affects daily life and the help you have now."
                ),
                "response_time": (
                    "Decision on assessment within 1 working day; assessment within 45 days"
                ),
            },
            {
                "kind": "professional",
                "who_can_refer": "Any professional, with the family's consent.",
                "method": "form",
                "contact": "https://example.org/social-care/disabled-children/refer",
                "what_to_include": "The family's needs, consent and any risks.",
                "response_time": "Decision within 1 working day",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "Out of hours, call the emergency duty team on the same number.",
        "last_reviewed": "2026-08-18",
        "review_interval_months": 12,
    },
    {
        "name": "Children with disabilities social work team: Stoke-on-Trent",
        "slug": "children-disabilities-social-work-stoke-on-trent",
        "summary": (
            "Social work support for disabled children and their families in Stoke-on-Trent, "
            "including assessments for short breaks."
        ),
        "description": (
            "<p>The team works with families whose children have complex disabilities. After an "
            "assessment, they can arrange short breaks, direct payments or other support.</p>"
        ),
        "minimum_age": 0,
        "maximum_age": 18,
        "categories": ["health"],
        "responsible_body": "stoke-on-trent-city-council",
        "provider": None,
        "areas": ["stoke-on-trent"],
        "eligibility": (
            "Children aged 0 to 18 living in Stoke-on-Trent with a severe or complex disability."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["home-visit", "in-person", "telephone"],
        "phone": "01632 960 151",
        "email": "stoke.cwd@example.org",
        "website": "https://example.org/stoke/children-with-disabilities",
        "referral_routes": [
            {
                "kind": "parent-carer",
                "who_can_refer": "Parents and carers.",
                "method": "phone",
                "contact": "01632 960 151",
                "what_to_include": "Your child's needs and what support you already have.",
                "response_time": "Within 1 working day",
            },
            {
                "kind": "professional",
                "who_can_refer": "Professionals, with consent.",
                "method": "email",
                "contact": "stoke.cwd@example.org",
                "what_to_include": "The multi-agency referral form.",
                "response_time": "Within 1 working day",
            },
        ],
        "locations": [
            {
                "name": "Demo Civic Centre",
                "address": "Demo Civic Centre, 1 Example Square, Stoke, Stoke-on-Trent",
                "postcode": "ST4 1AB",
                "latitude": "53.003000",
                "longitude": "-2.183000",
                "accessibility": (
                    "Step-free access, lift, accessible toilets, hearing loop at reception."
                ),
            },
        ],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "Closed on bank holidays.",
        "last_reviewed": "2026-02-16",
        "review_interval_months": 12,
    },
    {
        "name": "Short breaks: after-school and Saturday clubs, Stafford and Cannock",
        "slug": "short-breaks-clubs-stafford-cannock",
        "summary": (
            "Fun after-school and Saturday clubs for disabled children, giving them time with "
            "friends and giving you a break."
        ),
        "description": (
            "<p>Clubs run in accessible community venues with trained staff. Activities include "
            "arts and crafts, sport, cooking and outings.</p><p>You do not need a social care "
            "assessment to book.</p>"
        ),
        "minimum_age": 5,
        "maximum_age": 17,
        "categories": ["health"],
        "responsible_body": "staffordshire-county-council",
        "provider": "Trentside Short Breaks (demo)",
        "areas": ["stafford", "cannock-chase"],
        "eligibility": (
            "Children and young people aged 5 to 17 with SEND living in Stafford or Cannock Chase."
        ),
        "is_free": False,
        "cost_description": "£5 a session. Free for families who get certain benefits.",
        "delivery": ["in-person"],
        "phone": "01632 960 152",
        "email": "clubs.staffordcannock@example.org",
        "website": "https://example.org/short-breaks/clubs-stafford-cannock",
        "referral_routes": [
            {
                "kind": "parent-carer",
                "who_can_refer": "Parents and carers.",
                "method": "form",
                "contact": "https://example.org/short-breaks/clubs-stafford-cannock/register",
                "what_to_include": "Your child's needs, medicines and what they enjoy.",
                "response_time": "Places confirmed within 10 working days",
            },
        ],
        "locations": [
            {
                "name": "Demo Community Centre",
                "address": "Demo Community Centre, 25 Sample Street, Stafford",
                "postcode": "ST16 2LH",
                "latitude": "52.806700",
                "longitude": "-2.117000",
                "accessibility": "Step-free access, changing places toilet, sensory room.",
            },
            {
                "name": "Demo Youth Hub",
                "address": "Demo Youth Hub, 8 Example Way, Cannock",
                "postcode": "WS11 1DE",
                "latitude": "52.690700",
                "longitude": "-2.031000",
                "accessibility": "Step-free access, accessible toilet, outdoor play area.",
            },
        ],
        "opening_times": [
            {"weekday": 1, "opens": "15:30", "closes": "18:00"},
            {"weekday": 3, "opens": "15:30", "closes": "18:00"},
            {"weekday": 5, "opens": "10:00", "closes": "15:00"},
        ],
        "opening_times_notes": "Term-time only.",
        "last_reviewed": "2026-06-02",
        "review_interval_months": 12,
    },
    {
        "name": "Short breaks: youth club for disabled teenagers, Burton",
        "slug": "short-breaks-youth-club-burton",
        "summary": (
            "A weekly youth club for disabled teenagers in Burton upon Trent, with games, music, "
            "trips and a chance to make friends."
        ),
        "description": (
            "<p>Young people help choose the activities. Staff can support personal care and "
            "communication needs.</p>"
        ),
        "minimum_age": 11,
        "maximum_age": 19,
        "categories": ["health", "preparing-for-adulthood"],
        "responsible_body": "staffordshire-county-council",
        "provider": "Trentside Short Breaks (demo)",
        "areas": ["east-staffordshire"],
        "eligibility": "Young people aged 11 to 19 with SEND living in East Staffordshire.",
        "is_free": False,
        "cost_description": "£3 a session, including snacks.",
        "delivery": ["in-person"],
        "phone": "01632 960 153",
        "email": "youthclub.burton@example.org",
        "website": "https://example.org/short-breaks/youth-club-burton",
        "referral_routes": [
            {
                "kind": "self-referral",
                "who_can_refer": "Young people aged 11 to 19.",
                "method": "phone",
                "contact": "01632 960 153",
                "what_to_include": "Your name, age and any support you need.",
                "response_time": "Within 5 working days",
            },
            {
                "kind": "parent-carer",
                "who_can_refer": "Parents and carers.",
                "method": "form",
                "contact": "https://example.org/short-breaks/youth-club-burton/register",
                "what_to_include": "Your child's needs and emergency contacts.",
                "response_time": "Within 5 working days",
            },
        ],
        "locations": [
            {
                "name": "Demo Youth Centre",
                "address": "Demo Youth Centre, 4 Sample Lane, Burton upon Trent",
                "postcode": "DE14 1AA",
                "latitude": "52.801900",
                "longitude": "-1.637000",
                "accessibility": "Step-free access, accessible toilet, quiet room.",
            },
        ],
        "opening_times": [{"weekday": 2, "opens": "18:00", "closes": "20:30"}],
        "opening_times_notes": "Closed in August.",
        "last_reviewed": "2025-08-05",
        "review_interval_months": 12,
    },
    {
        "name": "Overnight short breaks: Staffordshire",
        "slug": "overnight-short-breaks-staffordshire",
        "summary": (
            "Planned overnight stays in a small, homely short breaks unit for disabled children "
            "with complex needs."
        ),
        "description": (
            "<p>Your child stays for 1 or more nights with trained care staff while you rest. "
            "Stays are planned in advance and your child can visit first to get to know the "
            "staff.</p><p>This service is arranged through a social care assessment.</p>"
        ),
        "minimum_age": 5,
        "maximum_age": 18,
        "categories": ["health"],
        "responsible_body": "staffordshire-county-council",
        "provider": "Hollybank Short Breaks Homes (demo)",
        "areas": [
            "cannock-chase",
            "east-staffordshire",
            "lichfield",
            "newcastle-under-lyme",
            "south-staffordshire",
            "stafford",
            "staffordshire-moorlands",
            "tamworth",
        ],
        "eligibility": (
            "Children aged 5 to 18 living in Staffordshire who have been assessed by the disabled "
            "children's social care team as needing overnight short breaks."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person"],
        "phone": "01632 960 154",
        "email": "overnightbreaks@example.org",
        "website": "https://example.org/short-breaks/overnight-staffordshire",
        "referral_routes": [
            {
                "kind": "professional",
                "who_can_refer": "Your child's social worker, after an assessment.",
                "method": "email",
                "contact": "overnightbreaks@example.org",
                "what_to_include": "The assessment and the child's care plan.",
                "response_time": "Introductory visit within 4 weeks",
            },
        ],
        "locations": [
            {
                "name": "Demo Short Breaks House",
                "address": "Demo Short Breaks House, 16 Example Close, Stone",
                "postcode": "ST15 8BA",
                "latitude": "52.903000",
                "longitude": "-2.146000",
                "accessibility": "Single-storey, ceiling hoists, wet room, sensory garden.",
            },
        ],
        "opening_times": [
            {"weekday": 0, "opens": "00:00", "closes": "23:59"},
            {"weekday": 1, "opens": "00:00", "closes": "23:59"},
            {"weekday": 2, "opens": "00:00", "closes": "23:59"},
            {"weekday": 3, "opens": "00:00", "closes": "23:59"},
            {"weekday": 4, "opens": "00:00", "closes": "23:59"},
            {"weekday": 5, "opens": "00:00", "closes": "23:59"},
            {"weekday": 6, "opens": "00:00", "closes": "23:59"},
        ],
        "opening_times_notes": "Open all year by booking.",
        "last_reviewed": "2026-07-01",
        "review_interval_months": 6,
    },
    {
        "name": "Overnight short breaks: Stoke-on-Trent",
        "slug": "overnight-short-breaks-stoke-on-trent",
        "summary": (
            "Planned overnight short breaks for disabled children and young people in "
            "Stoke-on-Trent, in a specially adapted home."
        ),
        "description": (
            "<p>Children enjoy activities, meals and a sleepover with trained staff. Nursing "
            "support is available for children with complex health needs.</p>"
        ),
        "minimum_age": 5,
        "maximum_age": 18,
        "categories": ["health"],
        "responsible_body": "stoke-on-trent-city-council",
        "provider": "Hollybank Short Breaks Homes (demo)",
        "areas": ["stoke-on-trent"],
        "eligibility": (
            "Children aged 5 to 18 in Stoke-on-Trent assessed as needing overnight short breaks."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person"],
        "phone": "01632 960 155",
        "email": "stoke.overnight@example.org",
        "website": "https://example.org/stoke/overnight-short-breaks",
        "referral_routes": [
            {
                "kind": "professional",
                "who_can_refer": "The child's social worker.",
                "method": "email",
                "contact": "stoke.overnight@example.org",
                "what_to_include": "The assessment, care plan and health care plan.",
                "response_time": "Introductory visit within 4 weeks",
            },
        ],
        "locations": [
            {
                "name": "Demo Lodge",
                "address": "Demo Lodge, 3 Sample Road, Longton, Stoke-on-Trent",
                "postcode": "ST3 1AB",
                "latitude": "52.988000",
                "longitude": "-2.130000",
                "accessibility": "Fully accessible, hoists, adapted bathrooms, secure garden.",
            },
        ],
        "opening_times": [
            {"weekday": 0, "opens": "00:00", "closes": "23:59"},
            {"weekday": 1, "opens": "00:00", "closes": "23:59"},
            {"weekday": 2, "opens": "00:00", "closes": "23:59"},
            {"weekday": 3, "opens": "00:00", "closes": "23:59"},
            {"weekday": 4, "opens": "00:00", "closes": "23:59"},
            {"weekday": 5, "opens": "00:00", "closes": "23:59"},
            {"weekday": 6, "opens": "00:00", "closes": "23:59"},
        ],
        "opening_times_notes": "Open all year by booking.",
        "last_reviewed": "2026-03-23",
        "review_interval_months": 12,
    },
    {
        "name": "Holiday play scheme: Lichfield and Tamworth",
        "slug": "holiday-play-scheme-lichfield-tamworth",
        "summary": (
            "Inclusive holiday play days for disabled children in Lichfield and Tamworth during "
            "the Easter and summer holidays."
        ),
        "description": (
            "<p>Days are full of play, crafts, sport and trips. Staff ratios are set to meet each "
            "child's needs.</p>"
        ),
        "minimum_age": 5,
        "maximum_age": 17,
        "categories": ["health", "early-years"],
        "responsible_body": "staffordshire-county-council",
        "provider": "Trentside Short Breaks (demo)",
        "areas": ["lichfield", "tamworth"],
        "eligibility": "Children aged 5 to 17 with SEND living in Lichfield or Tamworth.",
        "is_free": False,
        "cost_description": (
            "£12 a day. Free places for children funded through a social care plan."
        ),
        "delivery": ["in-person"],
        "phone": "01632 960 156",
        "email": "playscheme.lt@example.org",
        "website": "https://example.org/short-breaks/holiday-lichfield-tamworth",
        "referral_routes": [
            {
                "kind": "parent-carer",
                "who_can_refer": "Parents and carers.",
                "method": "form",
                "contact": "https://example.org/short-breaks/holiday-lichfield-tamworth/book",
                "what_to_include": "Your child's needs, medicines and dietary requirements.",
                "response_time": "Booking confirmed within 10 working days",
            },
        ],
        "locations": [
            {
                "name": "Demo Play Centre",
                "address": "Demo Play Centre, 11 Sample Street, Tamworth",
                "postcode": "B79 7AB",
                "latitude": "52.633000",
                "longitude": "-1.695000",
                "accessibility": "Step-free, changing places toilet, enclosed outdoor area.",
            },
        ],
        "opening_times": [
            {"weekday": 0, "opens": "09:30", "closes": "15:30"},
            {"weekday": 1, "opens": "09:30", "closes": "15:30"},
            {"weekday": 2, "opens": "09:30", "closes": "15:30"},
            {"weekday": 3, "opens": "09:30", "closes": "15:30"},
            {"weekday": 4, "opens": "09:30", "closes": "15:30"},
        ],
        "opening_times_notes": "Runs in the Easter and summer school holidays only.",
        "last_reviewed": "2026-04-27",
        "review_interval_months": 12,
    },
    {
        "name": "Holiday play scheme: Leek and Cheadle",
        "slug": "holiday-play-scheme-leek-cheadle",
        "summary": (
            "Holiday activity days for disabled children and their brothers and sisters in the "
            "Staffordshire Moorlands."
        ),
        "description": (
            "<p>Siblings are welcome, so the whole family can take part. Activities include "
            "forest school, sport and visits.</p>"
        ),
        "minimum_age": 4,
        "maximum_age": 16,
        "categories": ["health"],
        "responsible_body": "staffordshire-county-council",
        "provider": "Moorlands Families Together (demo)",
        "areas": ["staffordshire-moorlands"],
        "eligibility": (
            "Children aged 4 to 16 with SEND, and their siblings, living in Staffordshire "
            "Moorlands."
        ),
        "is_free": False,
        "cost_description": "£8 a day per child. Siblings half price.",
        "delivery": ["in-person"],
        "phone": "01632 960 157",
        "email": "holidays@example.org",
        "website": "https://example.org/moorlands/holiday-play",
        "referral_routes": [
            {
                "kind": "parent-carer",
                "who_can_refer": "Parents and carers.",
                "method": "email",
                "contact": "holidays@example.org",
                "what_to_include": "Names and ages of the children and any support needs.",
                "response_time": "Within 5 working days",
            },
        ],
        "locations": [
            {
                "name": "Demo Mill",
                "address": "Demo Mill, 9 Example Road, Leek",
                "postcode": "ST13 5AB",
                "latitude": "53.105000",
                "longitude": "-2.023000",
                "accessibility": "Step-free ground floor, accessible toilet.",
            },
            {
                "name": "Demo Village Hall",
                "address": "Demo Village Hall, 2 Sample Lane, Cheadle",
                "postcode": "ST10 1AB",
                "latitude": "52.986000",
                "longitude": "-1.987000",
                "accessibility": "Ramp access, accessible toilet, parking.",
            },
        ],
        "opening_times": [
            {"weekday": 0, "opens": "10:00", "closes": "15:00"},
            {"weekday": 2, "opens": "10:00", "closes": "15:00"},
            {"weekday": 4, "opens": "10:00", "closes": "15:00"},
        ],
        "opening_times_notes": "Summer holidays only.",
        "last_reviewed": "2025-06-10",
        "review_interval_months": 12,
    },
    {
        "name": "Inclusive holiday activities: Stoke-on-Trent",
        "slug": "inclusive-holiday-activities-stoke-on-trent",
        "summary": (
            "Holiday clubs across Stoke-on-Trent with extra support for children with SEND, "
            "including free places with a meal for eligible families."
        ),
        "description": (
            "<p>Choose from sports camps, arts clubs and sensory play days. Tell us about your "
            "child's needs when you book so the right support is in place.</p>"
        ),
        "minimum_age": 4,
        "maximum_age": 18,
        "categories": ["health", "early-years"],
        "responsible_body": "stoke-on-trent-city-council",
        "provider": "Potteries Play and Leisure Trust (demo)",
        "areas": ["stoke-on-trent"],
        "eligibility": "Children and young people aged 4 to 18 living in Stoke-on-Trent.",
        "is_free": False,
        "cost_description": (
            "Free for children who get benefits-related free school meals; other places from £10 "
            "a day."
        ),
        "delivery": ["in-person"],
        "phone": "01632 960 158",
        "email": "stoke.holidays@example.org",
        "website": "https://example.org/stoke/holiday-activities",
        "referral_routes": [
            {
                "kind": "parent-carer",
                "who_can_refer": "Parents and carers.",
                "method": "form",
                "contact": "https://example.org/stoke/holiday-activities/book",
                "what_to_include": "Your child's age, needs and any medicines.",
                "response_time": "Booking confirmed straight away online",
            },
        ],
        "locations": [
            {
                "name": "Demo Leisure Centre",
                "address": "Demo Leisure Centre, 50 Example Road, Hanley, Stoke-on-Trent",
                "postcode": "ST1 1AB",
                "latitude": "53.025000",
                "longitude": "-2.175000",
                "accessibility": "Step-free access, changing places toilet, pool hoist.",
            },
        ],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "15:00"},
            {"weekday": 1, "opens": "09:00", "closes": "15:00"},
            {"weekday": 2, "opens": "09:00", "closes": "15:00"},
            {"weekday": 3, "opens": "09:00", "closes": "15:00"},
            {"weekday": 4, "opens": "09:00", "closes": "15:00"},
        ],
        "opening_times_notes": "School holidays only.",
        "last_reviewed": "2026-08-25",
        "review_interval_months": 12,
    },
    {
        "name": "Respite at home (sitting service): Staffordshire",
        "slug": "respite-at-home-staffordshire",
        "summary": (
            "A trained care worker looks after your disabled child at home so you can have a "
            "break, go out or spend time with your other children."
        ),
        "description": (
            "<p>Visits are usually 2 to 4 hours. The same worker visits each time where possible "
            "so your child gets to know them.</p>"
        ),
        "minimum_age": 0,
        "maximum_age": 18,
        "categories": ["health"],
        "responsible_body": "staffordshire-county-council",
        "provider": "Home Sitters Staffordshire (demo)",
        "areas": [
            "cannock-chase",
            "east-staffordshire",
            "lichfield",
            "newcastle-under-lyme",
            "south-staffordshire",
            "stafford",
            "staffordshire-moorlands",
            "tamworth",
        ],
        "eligibility": (
            "Families in Staffordshire with a disabled child aged 0 to 18 who have been assessed "
            "as needing short breaks at home."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["home-visit"],
        "phone": "01632 960 159",
        "email": "respite.staffs@example.org",
        "website": "https://example.org/short-breaks/respite-at-home",
        "referral_routes": [
            {
                "kind": "professional",
                "who_can_refer": "Social workers, after an assessment.",
                "method": "email",
                "contact": "respite.staffs@example.org",
                "what_to_include": "The care plan and number of hours agreed.",
                "response_time": "Start within 4 weeks",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "08:00", "closes": "22:00"},
            {"weekday": 1, "opens": "08:00", "closes": "22:00"},
            {"weekday": 2, "opens": "08:00", "closes": "22:00"},
            {"weekday": 3, "opens": "08:00", "closes": "22:00"},
            {"weekday": 4, "opens": "08:00", "closes": "22:00"},
            {"weekday": 5, "opens": "08:00", "closes": "22:00"},
            {"weekday": 6, "opens": "08:00", "closes": "22:00"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2026-02-09",
        "review_interval_months": 12,
    },
    {
        "name": "Respite at home: Stoke-on-Trent",
        "slug": "respite-at-home-stoke-on-trent",
        "summary": (
            "Care and support at home for disabled children in Stoke-on-Trent, giving parents and "
            "carers a regular break."
        ),
        "description": (
            "<p>Care workers can help with play, meals, personal care and bedtime. Visits can be "
            "in the daytime, evenings or at weekends.</p>"
        ),
        "minimum_age": 0,
        "maximum_age": 18,
        "categories": ["health"],
        "responsible_body": "stoke-on-trent-city-council",
        "provider": "Home Sitters Staffordshire (demo)",
        "areas": ["stoke-on-trent"],
        "eligibility": (
            "Families in Stoke-on-Trent with a disabled child who have a social care assessment."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["home-visit"],
        "phone": "01632 960 160",
        "email": "stoke.respite@example.org",
        "website": "https://example.org/stoke/respite-at-home",
        "referral_routes": [
            {
                "kind": "professional",
                "who_can_refer": "Social workers.",
                "method": "email",
                "contact": "stoke.respite@example.org",
                "what_to_include": "The care plan and agreed hours.",
                "response_time": "Start within 4 weeks",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "08:00", "closes": "22:00"},
            {"weekday": 1, "opens": "08:00", "closes": "22:00"},
            {"weekday": 2, "opens": "08:00", "closes": "22:00"},
            {"weekday": 3, "opens": "08:00", "closes": "22:00"},
            {"weekday": 4, "opens": "08:00", "closes": "22:00"},
            {"weekday": 5, "opens": "08:00", "closes": "22:00"},
            {"weekday": 6, "opens": "08:00", "closes": "22:00"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2026-05-11",
        "review_interval_months": 12,
    },
    {
        "name": "Personal budgets and direct payments: Staffordshire",
        "slug": "personal-budgets-direct-payments-staffordshire",
        "summary": (
            "Money to arrange some of your child's support yourself, for example to employ a "
            "personal assistant or pay for activities, instead of the council arranging it."
        ),
        "description": (
            "<p>You can ask for a personal budget if your child has an EHC plan or is assessed as "
            "needing social care support. A direct payment is money paid to you to buy the agreed "
            "support.</p><ul><li>you choose who provides the support</li><li>you keep records of "
            "how the money is spent</li><li>a support organisation can help with payroll</li></ul>"
        ),
        "minimum_age": 0,
        "maximum_age": 25,
        "categories": ["education", "health"],
        "responsible_body": "staffordshire-county-council",
        "provider": None,
        "areas": [
            "cannock-chase",
            "east-staffordshire",
            "lichfield",
            "newcastle-under-lyme",
            "south-staffordshire",
            "stafford",
            "staffordshire-moorlands",
            "tamworth",
        ],
        "eligibility": (
            "Children and young people aged 0 to 25 in Staffordshire with an EHC plan or assessed "
            "social care needs."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["telephone", "online"],
        "phone": "01632 960 161",
        "email": "personalbudgets@example.org",
        "website": "https://example.org/personal-budgets/staffordshire",
        "referral_routes": [
            {
                "kind": "ehc-plan-only",
                "who_can_refer": (
                    "Parents, carers and young people with an EHC plan, at a needs assessment or "
                    "annual review."
                ),
                "method": "email",
                "contact": "personalbudgets@example.org",
                "what_to_include": "Which parts of the plan you would like a personal budget for.",
                "response_time": "Discussed at your next review or within 20 working days",
            },
            {
                "kind": "parent-carer",
                "who_can_refer": "Families with a social care assessment.",
                "method": "phone",
                "contact": "01632 960 161",
                "what_to_include": "Your child's name and social worker.",
                "response_time": "Within 10 working days",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2025-12-15",
        "review_interval_months": 12,
    },
    {
        "name": "Direct payments for families: Stoke-on-Trent",
        "slug": "direct-payments-stoke-on-trent",
        "summary": (
            "Direct payments let families in Stoke-on-Trent buy agreed short breaks and support "
            "for their disabled child."
        ),
        "description": (
            "<p>After an assessment, you can choose to take some or all of your child's support "
            "as a direct payment. The direct payments team will help you set up an account and "
            "employ a personal assistant.</p>"
        ),
        "minimum_age": 0,
        "maximum_age": 25,
        "categories": ["health"],
        "responsible_body": "stoke-on-trent-city-council",
        "provider": None,
        "areas": ["stoke-on-trent"],
        "eligibility": (
            "Families of disabled children and young people aged 0 to 25 in Stoke-on-Trent with "
            "an assessed need."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["telephone", "online"],
        "phone": "01632 960 162",
        "email": "stoke.directpayments@example.org",
        "website": "https://example.org/stoke/direct-payments",
        "referral_routes": [
            {
                "kind": "ehc-plan-only",
                "who_can_refer": (
                    "Young people and families with an EHC plan who want a personal budget."
                ),
                "method": "email",
                "contact": "stoke.directpayments@example.org",
                "what_to_include": "Your child's EHC plan reference.",
                "response_time": "Within 20 working days",
            },
            {
                "kind": "professional",
                "who_can_refer": "Social workers.",
                "method": "form",
                "contact": "https://example.org/stoke/direct-payments/refer",
                "what_to_include": "The agreed support plan and budget.",
                "response_time": "Within 10 working days",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2026-11-09",
        "review_interval_months": 12,
    },
    {
        "name": "Children's equipment and adaptations: Stoke-on-Trent",
        "slug": "childrens-equipment-adaptations-stoke-on-trent",
        "summary": (
            "Equipment and home adaptations, such as specialist seating, bath aids and ramps, to "
            "help disabled children live safely at home."
        ),
        "description": (
            "<p>An occupational therapist will visit you at home to assess what your child needs. "
            "Equipment is loaned free of charge and collected when no longer needed.</p><p>Bigger "
            "changes to your home may be paid for with a disabled facilities grant.</p>"
        ),
        "minimum_age": 0,
        "maximum_age": 18,
        "categories": ["health"],
        "responsible_body": "stoke-on-trent-city-council",
        "provider": "Equip Together Community Equipment (demo provider)",
        "areas": ["stoke-on-trent"],
        "eligibility": "Disabled children aged 0 to 18 living in Stoke-on-Trent.",
        "is_free": True,
        "cost_description": "",
        "delivery": ["home-visit"],
        "phone": "01632 960 163",
        "email": "stoke.equipment@example.org",
        "website": "https://example.org/stoke/equipment",
        "referral_routes": [
            {
                "kind": "parent-carer",
                "who_can_refer": "Parents and carers.",
                "method": "phone",
                "contact": "01632 960 163",
                "what_to_include": "Your child's needs and the difficulties at home.",
                "response_time": "Home visit within 6 weeks",
            },
            {
                "kind": "professional",
                "who_can_refer": "Therapists and social workers.",
                "method": "form",
                "contact": "https://example.org/stoke/equipment/request",
                "what_to_include": "The equipment needed and measurements if known.",
                "response_time": "Delivery within 7 working days once approved",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2026-01-30",
        "review_interval_months": 12,
    },
    {
        "name": "Parent carer forum: Staffordshire",
        "slug": "parent-carer-forum-staffordshire",
        "summary": (
            "An independent group of parents and carers of children with SEND who work with the "
            "council and NHS to improve services. Anyone can join for free."
        ),
        "description": (
            "<p>Members share their experiences through surveys, coffee mornings and meetings so "
            "that services are shaped by families. The forum also runs peer support groups across "
            "the county.</p>"
        ),
        "minimum_age": 0,
        "maximum_age": 25,
        "categories": ["education", "health"],
        "responsible_body": "staffordshire-county-council",
        "provider": "Staffordshire Parent Carer Voice (demo)",
        "areas": [
            "cannock-chase",
            "east-staffordshire",
            "lichfield",
            "newcastle-under-lyme",
            "south-staffordshire",
            "stafford",
            "staffordshire-moorlands",
            "tamworth",
        ],
        "eligibility": (
            "Parents and carers of children and young people aged 0 to 25 with SEND living in "
            "Staffordshire."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person", "online"],
        "phone": "01632 960 164",
        "email": "forum.staffs@example.org",
        "website": "https://example.org/parent-carer-forum/staffordshire",
        "referral_routes": [
            {
                "kind": "self-referral",
                "who_can_refer": "Any parent or carer.",
                "method": "form",
                "contact": "https://example.org/parent-carer-forum/staffordshire/join",
                "what_to_include": "Your name, email and district.",
                "response_time": "Welcome email within 5 working days",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "10:00", "closes": "14:00"},
            {"weekday": 2, "opens": "10:00", "closes": "14:00"},
            {"weekday": 3, "opens": "10:00", "closes": "14:00"},
        ],
        "opening_times_notes": "Coffee mornings take place in each district every month.",
        "last_reviewed": "2026-10-19",
        "review_interval_months": 12,
    },
    {
        "name": "Parent carer forum: Stoke-on-Trent",
        "slug": "parent-carer-forum-stoke-on-trent",
        "summary": (
            "A parent-led group in Stoke-on-Trent that gives families a voice in how SEND "
            "services are planned, with friendly peer support groups."
        ),
        "description": (
            "<p>Come along to a drop-in, join an online chat or take part in events such as "
            "family fun days. You do not have to have a diagnosis for your child.</p>"
        ),
        "minimum_age": 0,
        "maximum_age": 25,
        "categories": ["education", "health"],
        "responsible_body": "stoke-on-trent-city-council",
        "provider": "Stoke Parent Carer Network (demo)",
        "areas": ["stoke-on-trent"],
        "eligibility": (
            "Parents and carers of children and young people with SEND in Stoke-on-Trent."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person", "online"],
        "phone": "01632 960 165",
        "email": "forum.stoke@example.org",
        "website": "https://example.org/parent-carer-forum/stoke-on-trent",
        "referral_routes": [
            {
                "kind": "self-referral",
                "who_can_refer": "Any parent or carer.",
                "method": "email",
                "contact": "forum.stoke@example.org",
                "what_to_include": "Your name and how you would like to be involved.",
                "response_time": "Within 5 working days",
            },
        ],
        "locations": [
            {
                "name": "Demo Community Hub",
                "address": "Demo Community Hub, 17 Example Street, Burslem, Stoke-on-Trent",
                "postcode": "ST6 3AB",
                "latitude": "53.045000",
                "longitude": "-2.199000",
                "accessibility": "Step-free access, accessible toilet, children welcome.",
            },
        ],
        "opening_times": [
            {"weekday": 1, "opens": "10:00", "closes": "13:00"},
            {"weekday": 3, "opens": "10:00", "closes": "13:00"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2025-11-26",
        "review_interval_months": 12,
    },
    {
        "name": "Young carers service: Staffordshire",
        "slug": "young-carers-staffordshire",
        "summary": (
            "Support for children and young people who help look after a family member, including "
            "brothers or sisters with a disability."
        ),
        "description": (
            "<p>A young carers worker can carry out a young carer's assessment and help you get a "
            "break, with activities, groups and support at school.</p>"
        ),
        "minimum_age": 5,
        "maximum_age": 18,
        "categories": ["health", "education"],
        "responsible_body": "staffordshire-county-council",
        "provider": "Young Carers Together Staffordshire (demo)",
        "areas": [
            "cannock-chase",
            "east-staffordshire",
            "lichfield",
            "newcastle-under-lyme",
            "south-staffordshire",
            "stafford",
            "staffordshire-moorlands",
            "tamworth",
        ],
        "eligibility": "Young carers aged 5 to 18 living in Staffordshire.",
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person", "online", "telephone"],
        "phone": "01632 960 166",
        "email": "youngcarers.staffs@example.org",
        "website": "https://example.org/young-carers/staffordshire",
        "referral_routes": [
            {
                "kind": "self-referral",
                "who_can_refer": "Young carers themselves.",
                "method": "form",
                "contact": "https://example.org/young-carers/staffordshire/refer",
                "what_to_include": "Who you care for and what you do to help.",
                "response_time": "Within 10 working days",
            },
            {
                "kind": "school-senco",
                "who_can_refer": "Schools, with the family's agreement.",
                "method": "form",
                "contact": "https://example.org/young-carers/staffordshire/refer",
                "what_to_include": "The caring role and its impact on the young person.",
                "response_time": "Within 10 working days",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2026-03-02",
        "review_interval_months": 12,
    },
    {
        "name": "Young carers support: Stoke-on-Trent",
        "slug": "young-carers-stoke-on-trent",
        "summary": (
            "Groups, trips and one-to-one support for young carers in Stoke-on-Trent, including "
            "young adult carers up to 25."
        ),
        "description": (
            "<p>Young carers can meet others in a similar situation and get help with school, "
            "college and their own wellbeing.</p>"
        ),
        "minimum_age": 8,
        "maximum_age": 25,
        "categories": ["health", "preparing-for-adulthood"],
        "responsible_body": "stoke-on-trent-city-council",
        "provider": "Young Carers Together Staffordshire (demo)",
        "areas": ["stoke-on-trent"],
        "eligibility": "Young carers and young adult carers aged 8 to 25 in Stoke-on-Trent.",
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person", "telephone"],
        "phone": "01632 960 167",
        "email": "stoke.youngcarers@example.org",
        "website": "https://example.org/stoke/young-carers",
        "referral_routes": [
            {
                "kind": "self-referral",
                "who_can_refer": "Young carers and young adult carers.",
                "method": "phone",
                "contact": "01632 960 167",
                "what_to_include": "Your name, age and who you look after.",
                "response_time": "Within 10 working days",
            },
            {
                "kind": "professional",
                "who_can_refer": "Any professional.",
                "method": "email",
                "contact": "stoke.youngcarers@example.org",
                "what_to_include": "The referral form with consent.",
                "response_time": "Within 10 working days",
            },
        ],
        "locations": [
            {
                "name": "Demo Youth Centre",
                "address": "Demo Youth Centre, 8 Example Street, Longton, Stoke-on-Trent",
                "postcode": "ST3 1AB",
                "latitude": "52.988000",
                "longitude": "-2.130000",
                "accessibility": "Step-free access, accessible toilet.",
            },
        ],
        "opening_times": [
            {"weekday": 1, "opens": "16:00", "closes": "19:00"},
            {"weekday": 3, "opens": "16:00", "closes": "19:00"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2026-06-29",
        "review_interval_months": 12,
    },
    {
        "name": "Sensory room and sensory library: Tamworth",
        "slug": "sensory-room-library-tamworth",
        "summary": (
            "A free sensory room you can book at Tamworth library, plus sensory toys and "
            "equipment you can borrow."
        ),
        "description": (
            "<p>The room has lights, sounds, soft play and a bubble tube. Book a 45-minute "
            "session for your family. You can borrow sensory toys for up to 3 weeks with your "
            "library card.</p>"
        ),
        "minimum_age": 0,
        "maximum_age": 25,
        "categories": ["early-years", "health"],
        "responsible_body": "staffordshire-county-council",
        "provider": None,
        "areas": ["tamworth"],
        "eligibility": "Children and young people with SEND aged 0 to 25 and their families.",
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person"],
        "phone": "01632 960 168",
        "email": "sensoryroom.tamworth@example.org",
        "website": "https://example.org/libraries/tamworth-sensory-room",
        "referral_routes": [
            {
                "kind": "parent-carer",
                "who_can_refer": "Parents and carers.",
                "method": "phone",
                "contact": "01632 960 168",
                "what_to_include": "The date and time you would like.",
                "response_time": "Booked while you are on the phone",
            },
        ],
        "locations": [
            {
                "name": "Demo Library",
                "address": "Demo Library, 1 Sample Square, Tamworth",
                "postcode": "B79 7AB",
                "latitude": "52.633000",
                "longitude": "-1.695000",
                "accessibility": (
                    "Step-free access, lift, accessible toilet, changing places toilet nearby."
                ),
            },
        ],
        "opening_times": [
            {"weekday": 0, "opens": "09:30", "closes": "17:00"},
            {"weekday": 1, "opens": "09:30", "closes": "17:00"},
            {"weekday": 2, "opens": "09:30", "closes": "17:00"},
            {"weekday": 3, "opens": "09:30", "closes": "17:00"},
            {"weekday": 4, "opens": "09:30", "closes": "17:00"},
            {"weekday": 5, "opens": "09:30", "closes": "13:00"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2026-04-28",
        "review_interval_months": 12,
    },
    {
        "name": "Sensory toy library: Stoke-on-Trent",
        "slug": "sensory-toy-library-stoke-on-trent",
        "summary": (
            "Borrow sensory and adapted toys and equipment for your child from the family hub "
            "sensory library."
        ),
        "description": (
            "<p>Staff can help you choose toys that suit your child's needs and stage of "
            "development. Items can be borrowed for up to 4 weeks.</p>"
        ),
        "minimum_age": 0,
        "maximum_age": 11,
        "categories": ["early-years"],
        "responsible_body": "stoke-on-trent-city-council",
        "provider": None,
        "areas": ["stoke-on-trent"],
        "eligibility": "Families in Stoke-on-Trent with a child aged 0 to 11 with SEND.",
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person"],
        "phone": "01632 960 169",
        "email": "stoke.toylibrary@example.org",
        "website": "https://example.org/stoke/sensory-toy-library",
        "referral_routes": [
            {
                "kind": "parent-carer",
                "who_can_refer": "Parents and carers.",
                "method": "form",
                "contact": "https://example.org/stoke/sensory-toy-library/join",
                "what_to_include": "Your address and your child's age.",
                "response_time": "Membership ready within 5 working days",
            },
            {
                "kind": "health-visitor",
                "who_can_refer": "Health visitors and Portage workers.",
                "method": "email",
                "contact": "stoke.toylibrary@example.org",
                "what_to_include": "The family's contact details, with consent.",
                "response_time": "Within 5 working days",
            },
        ],
        "locations": [
            {
                "name": "Demo Family Hub",
                "address": "Demo Family Hub, 14 Example Street, Hanley, Stoke-on-Trent",
                "postcode": "ST1 1AB",
                "latitude": "53.025000",
                "longitude": "-2.175000",
                "accessibility": "Step-free entrance, buggy park, accessible toilet.",
            },
        ],
        "opening_times": [
            {"weekday": 0, "opens": "10:00", "closes": "15:00"},
            {"weekday": 2, "opens": "10:00", "closes": "15:00"},
            {"weekday": 4, "opens": "10:00", "closes": "15:00"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2026-07-14",
        "review_interval_months": 12,
    },
    {
        "name": "Leisure access card: Stoke-on-Trent",
        "slug": "leisure-access-card-stoke-on-trent",
        "summary": (
            "A discount card for disabled children and young people for swimming, gyms and "
            "activities at city leisure centres, with free entry for a carer."
        ),
        "description": (
            "<p>With the card you get:</p><ul><li>half-price swimming and activity "
            "sessions</li><li>free entry for one carer</li><li>access to quiet swim "
            "sessions</li></ul>"
        ),
        "minimum_age": 0,
        "maximum_age": 25,
        "categories": ["health"],
        "responsible_body": "stoke-on-trent-city-council",
        "provider": "Potteries Play and Leisure Trust (demo)",
        "areas": ["stoke-on-trent"],
        "eligibility": "Disabled children and young people aged 0 to 25 living in Stoke-on-Trent.",
        "is_free": False,
        "cost_description": "The card costs £5 a year. Sessions are half the usual price.",
        "delivery": ["in-person"],
        "phone": "01632 960 170",
        "email": "stoke.leisurecard@example.org",
        "website": "https://example.org/stoke/leisure-access-card",
        "referral_routes": [
            {
                "kind": "self-referral",
                "who_can_refer": (
                    "Young people aged 16 to 25, or a parent or carer for younger children."
                ),
                "method": "form",
                "contact": "https://example.org/stoke/leisure-access-card/apply",
                "what_to_include": (
                    "Proof of address and proof of disability, such as a DLA or PIP letter."
                ),
                "response_time": "Card posted within 10 working days",
            },
        ],
        "locations": [
            {
                "name": "Demo Leisure Centre",
                "address": "Demo Leisure Centre, 50 Example Road, Hanley, Stoke-on-Trent",
                "postcode": "ST1 1AB",
                "latitude": "53.025000",
                "longitude": "-2.175000",
                "accessibility": "Pool hoist, changing places toilet, accessible changing rooms.",
            },
        ],
        "opening_times": [
            {"weekday": 0, "opens": "07:00", "closes": "21:00"},
            {"weekday": 1, "opens": "07:00", "closes": "21:00"},
            {"weekday": 2, "opens": "07:00", "closes": "21:00"},
            {"weekday": 3, "opens": "07:00", "closes": "21:00"},
            {"weekday": 4, "opens": "07:00", "closes": "21:00"},
            {"weekday": 5, "opens": "08:00", "closes": "17:00"},
            {"weekday": 6, "opens": "08:00", "closes": "17:00"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2026-04-06",
        "review_interval_months": 12,
    },
    {
        "name": "Inclusive sport and swimming sessions: Stafford",
        "slug": "inclusive-sport-swimming-stafford",
        "summary": (
            "Weekly inclusive swimming, trampolining and multi-sport sessions for children and "
            "young people with SEND in Stafford."
        ),
        "description": (
            "<p>Sessions are led by coaches trained in disability sport, with smaller groups and "
            "a quieter environment.</p>"
        ),
        "minimum_age": 4,
        "maximum_age": 25,
        "categories": ["health"],
        "responsible_body": "staffordshire-county-council",
        "provider": "Borough Leisure Trust (demo)",
        "areas": ["stafford"],
        "eligibility": "Children and young people aged 4 to 25 with SEND.",
        "is_free": False,
        "cost_description": "£3.50 a session. One carer goes free.",
        "delivery": ["in-person"],
        "phone": "01632 960 171",
        "email": "inclusivesport@example.org",
        "website": "https://example.org/leisure/inclusive-sport-stafford",
        "referral_routes": [
            {
                "kind": "parent-carer",
                "who_can_refer": "Parents and carers.",
                "method": "phone",
                "contact": "01632 960 171",
                "what_to_include": "Your child's age, needs and which session you would like.",
                "response_time": "Booked while you are on the phone",
            },
            {
                "kind": "self-referral",
                "who_can_refer": "Young people aged 16 to 25.",
                "method": "form",
                "contact": "https://example.org/leisure/inclusive-sport-stafford/book",
                "what_to_include": "Which session you would like and any support you need.",
                "response_time": "Confirmation within 2 working days",
            },
        ],
        "locations": [
            {
                "name": "Demo Leisure Centre",
                "address": "Demo Leisure Centre, 6 Sample Way, Stafford",
                "postcode": "ST16 2LH",
                "latitude": "52.806700",
                "longitude": "-2.117000",
                "accessibility": "Pool hoist, changing places toilet, accessible parking.",
            },
        ],
        "opening_times": [
            {"weekday": 0, "opens": "16:00", "closes": "18:00"},
            {"weekday": 2, "opens": "16:00", "closes": "18:00"},
            {"weekday": 6, "opens": "09:00", "closes": "11:00"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2026-09-16",
        "review_interval_months": 12,
    },
    {
        "name": "Home to school transport: Staffordshire",
        "slug": "home-to-school-transport-staffordshire",
        "summary": (
            "Free travel to school for children who cannot reasonably walk there because of their "
            "special educational needs, disability or mobility problems."
        ),
        "description": (
            "<p>If your child is eligible, the council may provide a seat on a bus or taxi, a "
            "travel pass or a personal travel budget so you can take them yourself.</p><p>Apply "
            "as soon as you know your child's school place. Applications for September should be "
            "in by the end of May.</p>"
        ),
        "minimum_age": 4,
        "maximum_age": 16,
        "categories": ["transport", "education"],
        "responsible_body": "staffordshire-county-council",
        "provider": None,
        "areas": [
            "cannock-chase",
            "east-staffordshire",
            "lichfield",
            "newcastle-under-lyme",
            "south-staffordshire",
            "stafford",
            "staffordshire-moorlands",
            "tamworth",
        ],
        "eligibility": (
            "Children aged 4 to 16 living in Staffordshire who go to their nearest suitable "
            "school and cannot walk there, even with an adult, because of their SEND."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["online"],
        "phone": "01632 960 172",
        "email": "schooltransport@example.org",
        "website": "https://example.org/transport/home-to-school",
        "referral_routes": [
            {
                "kind": "parent-carer",
                "who_can_refer": "Parents and carers.",
                "method": "form",
                "contact": "https://example.org/transport/home-to-school/apply",
                "what_to_include": (
                    "Your child's school, EHC plan if they have one and medical evidence."
                ),
                "response_time": "Decision within 20 working days",
            },
            {
                "kind": "ehc-plan-only",
                "who_can_refer": "Families of children with an EHC plan naming a special school.",
                "method": "email",
                "contact": "schooltransport@example.org",
                "what_to_include": "The EHC plan and the named school.",
                "response_time": "Decision within 20 working days",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "Closed on bank holidays.",
        "last_reviewed": "2026-09-01",
        "review_interval_months": 12,
    },
    {
        "name": "Home to school transport: Stoke-on-Trent",
        "slug": "home-to-school-transport-stoke-on-trent",
        "summary": (
            "Transport to school for eligible children with SEND who live in Stoke-on-Trent."
        ),
        "description": (
            "<p>Help can include a bus pass, a seat on a minibus with a passenger assistant, or a "
            "mileage allowance if you drive your child.</p>"
        ),
        "minimum_age": 4,
        "maximum_age": 16,
        "categories": ["transport"],
        "responsible_body": "stoke-on-trent-city-council",
        "provider": None,
        "areas": ["stoke-on-trent"],
        "eligibility": (
            "Children aged 4 to 16 in Stoke-on-Trent who meet the council's SEND travel "
            "assistance policy."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["online", "telephone"],
        "phone": "01632 960 173",
        "email": "stoke.transport@example.org",
        "website": "https://example.org/stoke/school-transport",
        "referral_routes": [
            {
                "kind": "parent-carer",
                "who_can_refer": "Parents and carers.",
                "method": "form",
                "contact": "https://example.org/stoke/school-transport/apply",
                "what_to_include": "Your child's needs and school, and any medical reports.",
                "response_time": "Decision within 20 working days",
            },
            {
                "kind": "ehc-plan-only",
                "who_can_refer": "Families with an EHC plan, at the time a school is named.",
                "method": "letter",
                "contact": "School Transport, Demo Civic Centre, 1 Example Square, Stoke, ST4 1AB",
                "what_to_include": "The application form and the EHC plan.",
                "response_time": "Decision within 20 working days",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "Closed on bank holidays.",
        "last_reviewed": "2025-08-26",
        "review_interval_months": 12,
    },
    {
        "name": "Post-16 travel support: Staffordshire",
        "slug": "post-16-travel-support-staffordshire",
        "summary": (
            "Help with the cost of getting to school sixth form or college for young people aged "
            "16 to 19 with SEND."
        ),
        "description": (
            "<p>Support may be a bus pass, a travel grant or, for young people with the most "
            "complex needs, a seat on a taxi or minibus. There is a yearly contribution for most "
            "families.</p>"
        ),
        "minimum_age": 16,
        "maximum_age": 19,
        "categories": ["transport", "preparing-for-adulthood"],
        "responsible_body": "staffordshire-county-council",
        "provider": None,
        "areas": [
            "cannock-chase",
            "east-staffordshire",
            "lichfield",
            "newcastle-under-lyme",
            "south-staffordshire",
            "stafford",
            "staffordshire-moorlands",
            "tamworth",
        ],
        "eligibility": (
            "Young people aged 16 to 19 living in Staffordshire who have SEND and attend a school "
            "sixth form or further education college."
        ),
        "is_free": False,
        "cost_description": (
            "A contribution of £300 a year, or £150 for families on a low income. Paid in "
            "instalments."
        ),
        "delivery": ["online"],
        "phone": "01632 960 174",
        "email": "post16transport@example.org",
        "website": "https://example.org/transport/post-16",
        "referral_routes": [
            {
                "kind": "self-referral",
                "who_can_refer": "Young people aged 16 to 19.",
                "method": "form",
                "contact": "https://example.org/transport/post-16/apply",
                "what_to_include": (
                    "Your college or school, course and why you need help to travel."
                ),
                "response_time": "Decision within 20 working days",
            },
            {
                "kind": "parent-carer",
                "who_can_refer": "Parents and carers, on behalf of the young person.",
                "method": "form",
                "contact": "https://example.org/transport/post-16/apply",
                "what_to_include": "Proof of enrolment and any medical evidence.",
                "response_time": "Decision within 20 working days",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2026-06-16",
        "review_interval_months": 12,
    },
    {
        "name": "Independent travel training: Staffordshire",
        "slug": "independent-travel-training-staffordshire",
        "summary": (
            "One-to-one training that helps young people with SEND learn to travel safely on "
            "their own by bus, train or on foot."
        ),
        "description": (
            "<p>A travel trainer works with you on a route you need, such as to college or work, "
            "until you feel confident. You will learn to:</p><ul><li>plan a journey and buy a "
            "ticket</li><li>stay safe</li><li>cope if something goes wrong</li></ul>"
        ),
        "minimum_age": 14,
        "maximum_age": 25,
        "categories": ["transport", "preparing-for-adulthood"],
        "responsible_body": "staffordshire-county-council",
        "provider": "Greenway Travel Skills (demo)",
        "areas": [
            "cannock-chase",
            "east-staffordshire",
            "lichfield",
            "newcastle-under-lyme",
            "south-staffordshire",
            "stafford",
            "staffordshire-moorlands",
            "tamworth",
        ],
        "eligibility": "Young people aged 14 to 25 with SEND living in Staffordshire.",
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person"],
        "phone": "01632 960 175",
        "email": "traveltraining@example.org",
        "website": "https://example.org/transport/travel-training",
        "referral_routes": [
            {
                "kind": "school-senco",
                "who_can_refer": "Schools and colleges.",
                "method": "form",
                "contact": "https://example.org/transport/travel-training/refer",
                "what_to_include": "The route to learn and the young person's needs.",
                "response_time": "Trainer in touch within 15 working days",
            },
            {
                "kind": "self-referral",
                "who_can_refer": "Young people aged 16 to 25.",
                "method": "phone",
                "contact": "01632 960 175",
                "what_to_include": "Where you want to be able to travel to.",
                "response_time": "Trainer in touch within 15 working days",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2026-02-23",
        "review_interval_months": 12,
    },
    {
        "name": "Independent travel training: Stoke-on-Trent",
        "slug": "independent-travel-training-stoke-on-trent",
        "summary": (
            "Travel training for young people with SEND in Stoke-on-Trent to help them get to "
            "school, college, work and social activities independently."
        ),
        "description": (
            "<p>Training is planned around your needs and usually lasts 6 to 12 weeks. It often "
            "starts before you leave school so you are ready for college.</p>"
        ),
        "minimum_age": 11,
        "maximum_age": 25,
        "categories": ["transport", "preparing-for-adulthood"],
        "responsible_body": "stoke-on-trent-city-council",
        "provider": "Greenway Travel Skills (demo)",
        "areas": ["stoke-on-trent"],
        "eligibility": "Young people aged 11 to 25 with SEND living in Stoke-on-Trent.",
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person"],
        "phone": "01632 960 176",
        "email": "stoke.traveltraining@example.org",
        "website": "https://example.org/stoke/travel-training",
        "referral_routes": [
            {
                "kind": "ehc-plan-only",
                "who_can_refer": (
                    "Young people whose EHC plan includes travel training as an outcome."
                ),
                "method": "email",
                "contact": "stoke.traveltraining@example.org",
                "what_to_include": "The EHC plan section on preparing for adulthood.",
                "response_time": "Within 15 working days",
            },
            {
                "kind": "school-senco",
                "who_can_refer": "Schools and colleges.",
                "method": "email",
                "contact": "stoke.traveltraining@example.org",
                "what_to_include": "The route and the young person's consent.",
                "response_time": "Within 15 working days",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2026-10-26",
        "review_interval_months": 12,
    },
    {
        "name": "Blue Badge for children and young people: Staffordshire",
        "slug": "blue-badge-children-young-people-staffordshire",
        "summary": (
            "A Blue Badge lets you park closer to where you are going when your child has a "
            "disability or health condition that makes travel hard."
        ),
        "description": (
            "<p>Children under 3 can get a badge if they must travel with bulky medical equipment "
            "or need to be near a vehicle for emergency treatment. Older children and young "
            "people can qualify because of walking difficulties or hidden disabilities.</p>"
        ),
        "minimum_age": 0,
        "maximum_age": 25,
        "categories": ["transport"],
        "responsible_body": "staffordshire-county-council",
        "provider": None,
        "areas": [
            "cannock-chase",
            "east-staffordshire",
            "lichfield",
            "newcastle-under-lyme",
            "south-staffordshire",
            "stafford",
            "staffordshire-moorlands",
            "tamworth",
        ],
        "eligibility": (
            "Children and young people aged 0 to 25 living in Staffordshire who meet the national "
            "Blue Badge criteria."
        ),
        "is_free": False,
        "cost_description": (
            "£10 for a badge that lasts up to 3 years. There is no charge to apply."
        ),
        "delivery": ["online"],
        "phone": "01632 960 177",
        "email": "bluebadge@example.org",
        "website": "https://example.org/transport/blue-badge",
        "referral_routes": [
            {
                "kind": "parent-carer",
                "who_can_refer": "Parents and carers, on behalf of a child.",
                "method": "form",
                "contact": "https://example.org/transport/blue-badge/apply",
                "what_to_include": (
                    "A photo, proof of address and evidence of your child's condition."
                ),
                "response_time": "Decision within 12 weeks",
            },
            {
                "kind": "self-referral",
                "who_can_refer": (
                    "Young people aged 16 to 25 can apply themselves, by post if they prefer."
                ),
                "method": "letter",
                "contact": "Blue Badge Team, Demo House, 12 Example Road, Stafford, ST16 2LH",
                "what_to_include": (
                    "The paper application form, a photo and copies of your evidence."
                ),
                "response_time": "Decision within 12 weeks",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2025-12-22",
        "review_interval_months": 12,
    },
    {
        "name": "Supported internships: Staffordshire",
        "slug": "supported-internships-staffordshire",
        "summary": (
            "A one-year study programme based mainly at an employer, helping young people with an "
            "EHC plan get the skills they need for paid work."
        ),
        "description": (
            "<p>You spend most of the week in a real workplace with support from a job coach, and "
            "the rest studying English, maths and work skills. The aim is a paid job at the "
            "end.</p><p>Placements are available in hospitals, hotels, offices and retail.</p>"
        ),
        "minimum_age": 16,
        "maximum_age": 25,
        "categories": ["preparing-for-adulthood", "education"],
        "responsible_body": "staffordshire-county-council",
        "provider": "Pathways to Work Staffordshire (demo)",
        "areas": [
            "cannock-chase",
            "east-staffordshire",
            "lichfield",
            "newcastle-under-lyme",
            "south-staffordshire",
            "stafford",
            "staffordshire-moorlands",
            "tamworth",
        ],
        "eligibility": (
            "Young people aged 16 to 25 with an EHC plan who want to move into paid employment."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person"],
        "phone": "01632 960 178",
        "email": "internships@example.org",
        "website": "https://example.org/preparing-for-adulthood/supported-internships",
        "referral_routes": [
            {
                "kind": "ehc-plan-only",
                "who_can_refer": (
                    "Young people with an EHC plan, usually at their year 11 or year 13 annual "
                    "review."
                ),
                "method": "form",
                "contact": (
                    "https://example.org/preparing-for-adulthood/supported-internships/apply"
                ),
                "what_to_include": "Your interests, EHC plan and any work experience.",
                "response_time": "Invitation to an open day within 4 weeks",
            },
            {
                "kind": "school-senco",
                "who_can_refer": "School and college SENCos and careers advisers.",
                "method": "email",
                "contact": "internships@example.org",
                "what_to_include": "The young person's consent and current destination plans.",
                "response_time": "Within 10 working days",
            },
        ],
        "locations": [
            {
                "name": "Demo Training Hub",
                "address": "Demo Training Hub, 19 Sample Street, Burton upon Trent",
                "postcode": "DE14 1AA",
                "latitude": "52.801900",
                "longitude": "-1.637000",
                "accessibility": "Step-free access, lift, accessible toilet.",
            },
            {
                "name": "Demo Business Park",
                "address": "Demo Business Park, 2 Example Way, Stafford",
                "postcode": "ST16 2LH",
                "latitude": "52.806700",
                "longitude": "-2.117000",
                "accessibility": "Step-free access, quiet room, parking.",
            },
        ],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "15:00"},
            {"weekday": 1, "opens": "09:00", "closes": "15:00"},
            {"weekday": 2, "opens": "09:00", "closes": "15:00"},
            {"weekday": 3, "opens": "09:00", "closes": "15:00"},
            {"weekday": 4, "opens": "09:00", "closes": "15:00"},
        ],
        "opening_times_notes": "Programmes start in September. Apply by the end of March.",
        "last_reviewed": "2026-03-24",
        "review_interval_months": 12,
    },
    {
        "name": "Supported internships: Stoke-on-Trent",
        "slug": "supported-internships-stoke-on-trent",
        "summary": (
            "Work-based learning with local employers for young people with an EHC plan in "
            "Stoke-on-Trent, with a job coach every step of the way."
        ),
        "description": (
            "<p>Interns complete 3 work placements over an academic year. Many go on to paid "
            "jobs, apprenticeships or further training.</p>"
        ),
        "minimum_age": 16,
        "maximum_age": 24,
        "categories": ["preparing-for-adulthood"],
        "responsible_body": "stoke-on-trent-city-council",
        "provider": "Pathways to Work Staffordshire (demo)",
        "areas": ["stoke-on-trent"],
        "eligibility": "Young people aged 16 to 24 with an EHC plan living in Stoke-on-Trent.",
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person"],
        "phone": "01632 960 179",
        "email": "stoke.internships@example.org",
        "website": "https://example.org/stoke/supported-internships",
        "referral_routes": [
            {
                "kind": "ehc-plan-only",
                "who_can_refer": "Young people with an EHC plan.",
                "method": "email",
                "contact": "stoke.internships@example.org",
                "what_to_include": "Your EHC plan and the kind of work you are interested in.",
                "response_time": "Within 10 working days",
            },
        ],
        "locations": [
            {
                "name": "Demo Enterprise Centre",
                "address": "Demo Enterprise Centre, 9 Sample Road, Stoke, Stoke-on-Trent",
                "postcode": "ST4 1AB",
                "latitude": "53.003000",
                "longitude": "-2.183000",
                "accessibility": "Step-free access, accessible toilet.",
            },
        ],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "15:30"},
            {"weekday": 1, "opens": "09:00", "closes": "15:30"},
            {"weekday": 2, "opens": "09:00", "closes": "15:30"},
            {"weekday": 3, "opens": "09:00", "closes": "15:30"},
            {"weekday": 4, "opens": "09:00", "closes": "15:30"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2026-01-13",
        "review_interval_months": 12,
    },
    {
        "name": "Careers guidance for young people with SEND: Staffordshire",
        "slug": "careers-guidance-send-staffordshire",
        "summary": (
            "Impartial careers advice for young people with SEND about college, training, "
            "apprenticeships and work, from year 9 onwards."
        ),
        "description": (
            "<p>A careers adviser will meet you at school, college or online to talk about your "
            "plans and help you make choices. They can come to your annual review.</p>"
        ),
        "minimum_age": 13,
        "maximum_age": 25,
        "categories": ["preparing-for-adulthood", "education"],
        "responsible_body": "staffordshire-county-council",
        "provider": "Kingfisher Careers Hub (demo)",
        "areas": [
            "cannock-chase",
            "east-staffordshire",
            "lichfield",
            "newcastle-under-lyme",
            "south-staffordshire",
            "stafford",
            "staffordshire-moorlands",
            "tamworth",
        ],
        "eligibility": (
            "Young people aged 13 to 25 with SEND living in Staffordshire, including those not in "
            "education, employment or training."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person", "online", "telephone"],
        "phone": "01632 960 180",
        "email": "careers.staffs@example.org",
        "website": "https://example.org/careers/staffordshire",
        "referral_routes": [
            {
                "kind": "self-referral",
                "who_can_refer": "Young people aged 13 to 25.",
                "method": "form",
                "contact": "https://example.org/careers/staffordshire/book",
                "what_to_include": "What you would like to talk about.",
                "response_time": "Appointment within 10 working days",
            },
            {
                "kind": "school-senco",
                "who_can_refer": "Schools and colleges.",
                "method": "email",
                "contact": "careers.staffs@example.org",
                "what_to_include": "The young person's needs and review dates.",
                "response_time": "Within 10 working days",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2026-08-03",
        "review_interval_months": 12,
    },
    {
        "name": "Post-16 careers advice: Stoke-on-Trent",
        "slug": "post-16-careers-advice-stoke-on-trent",
        "summary": (
            "Careers information, advice and guidance for young people with SEND aged 16 to 25 in "
            "Stoke-on-Trent, including help to find a course or job."
        ),
        "description": (
            "<p>Advisers can help with applications, interviews and finding support at college or "
            "work. Drop in without an appointment on Wednesday afternoons.</p>"
        ),
        "minimum_age": 16,
        "maximum_age": 25,
        "categories": ["preparing-for-adulthood"],
        "responsible_body": "stoke-on-trent-city-council",
        "provider": "Kingfisher Careers Hub (demo)",
        "areas": ["stoke-on-trent"],
        "eligibility": "Young people aged 16 to 25 with SEND living in Stoke-on-Trent.",
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person", "telephone"],
        "phone": "01632 960 181",
        "email": "stoke.careers@example.org",
        "website": "https://example.org/stoke/careers",
        "referral_routes": [
            {
                "kind": "self-referral",
                "who_can_refer": "Young people aged 16 to 25.",
                "method": "phone",
                "contact": "01632 960 181",
                "what_to_include": "Your name and what you would like help with.",
                "response_time": "Appointment within 5 working days",
            },
            {
                "kind": "professional",
                "who_can_refer": "Social workers, youth workers and job centre staff.",
                "method": "email",
                "contact": "stoke.careers@example.org",
                "what_to_include": "The young person's consent and contact details.",
                "response_time": "Within 5 working days",
            },
        ],
        "locations": [
            {
                "name": "Demo Careers Shop",
                "address": "Demo Careers Shop, 33 Example Street, Hanley, Stoke-on-Trent",
                "postcode": "ST1 1AB",
                "latitude": "53.025000",
                "longitude": "-2.175000",
                "accessibility": "Step-free access, hearing loop, quiet interview room.",
            },
        ],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "Drop-in on Wednesdays from 13:00 to 16:00.",
        "last_reviewed": "2026-05-19",
        "review_interval_months": 12,
    },
    {
        "name": "Preparing for adulthood team: Staffordshire",
        "slug": "preparing-for-adulthood-staffordshire",
        "summary": (
            "Helps young people with SEND and their families plan for adult life, including work, "
            "independent living, friendships and health, from age 14."
        ),
        "description": (
            "<p>A preparing for adulthood worker can join your EHC plan review from year 9 and "
            "help plan the move to adult social care if you need it.</p><p>The four areas of "
            "preparing for adulthood are:</p><ul><li>employment</li><li>independent "
            "living</li><li>friends, relationships and community</li><li>good health</li></ul>"
        ),
        "minimum_age": 14,
        "maximum_age": 25,
        "categories": ["preparing-for-adulthood"],
        "responsible_body": "staffordshire-county-council",
        "provider": None,
        "areas": [
            "cannock-chase",
            "east-staffordshire",
            "lichfield",
            "newcastle-under-lyme",
            "south-staffordshire",
            "stafford",
            "staffordshire-moorlands",
            "tamworth",
        ],
        "eligibility": (
            "Young people aged 14 to 25 with SEND living in Staffordshire who are likely to need "
            "support as adults."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person", "online", "telephone"],
        "phone": "01632 960 182",
        "email": "pfa.staffs@example.org",
        "website": "https://example.org/preparing-for-adulthood/team",
        "referral_routes": [
            {
                "kind": "professional",
                "who_can_refer": "Social workers, SEND key workers and schools.",
                "method": "form",
                "contact": "https://example.org/preparing-for-adulthood/team/refer",
                "what_to_include": (
                    "The young person's needs, EHC plan if they have one and consent."
                ),
                "response_time": "Within 20 working days",
            },
            {
                "kind": "parent-carer",
                "who_can_refer": "Parents and carers.",
                "method": "phone",
                "contact": "01632 960 182",
                "what_to_include": (
                    "Your child's age and what you are worried about for the future."
                ),
                "response_time": "Within 10 working days",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2026-07-08",
        "review_interval_months": 12,
    },
    {
        "name": "Transitions team: Stoke-on-Trent",
        "slug": "transitions-team-stoke-on-trent",
        "summary": (
            "Supports young people with SEND in Stoke-on-Trent as they move from children's to "
            "adult services, planning early for work, housing and care."
        ),
        "description": (
            "<p>The team works with the young person, family, school and adult services so "
            "support continues after 18. It can help with Care Act assessments and mental "
            "capacity questions.</p>"
        ),
        "minimum_age": 14,
        "maximum_age": 25,
        "categories": ["preparing-for-adulthood"],
        "responsible_body": "stoke-on-trent-city-council",
        "provider": None,
        "areas": ["stoke-on-trent"],
        "eligibility": "Young people aged 14 to 25 with SEND living in Stoke-on-Trent.",
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person", "telephone"],
        "phone": "01632 960 183",
        "email": "stoke.transitions@example.org",
        "website": "https://example.org/stoke/transitions",
        "referral_routes": [
            {
                "kind": "professional",
                "who_can_refer": "Children's social workers and schools.",
                "method": "email",
                "contact": "stoke.transitions@example.org",
                "what_to_include": "The young person's current support and consent.",
                "response_time": "Within 20 working days",
            },
            {
                "kind": "parent-carer",
                "who_can_refer": "Parents and carers.",
                "method": "letter",
                "contact": "Transitions Team, Demo Civic Centre, 1 Example Square, Stoke, ST4 1AB",
                "what_to_include": "Your child's name, date of birth and what you need help with.",
                "response_time": "Within 20 working days",
            },
        ],
        "locations": [],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2026-09-07",
        "review_interval_months": 12,
    },
    {
        "name": "Supported employment and job coaching for young adults",
        "slug": "supported-employment-young-adults",
        "summary": (
            "Job coaches help young adults with SEND aged 19 to 25 find and keep paid work, with "
            "support in the workplace for as long as needed."
        ),
        "description": (
            "<p>Your job coach will get to know your skills and interests, find a suitable "
            "employer and support you as you learn the job. They also help employers make "
            "reasonable adjustments.</p>"
        ),
        "minimum_age": 19,
        "maximum_age": 25,
        "categories": ["preparing-for-adulthood"],
        "responsible_body": "staffordshire-county-council",
        "provider": "Pathways to Work Staffordshire (demo)",
        "areas": ["cannock-chase", "lichfield", "south-staffordshire", "stafford", "tamworth"],
        "eligibility": (
            "Young adults aged 19 to 25 with SEND who have left education and want paid work."
        ),
        "is_free": True,
        "cost_description": "",
        "delivery": ["in-person", "telephone"],
        "phone": "01632 960 184",
        "email": "jobcoach@example.org",
        "website": "https://example.org/preparing-for-adulthood/supported-employment",
        "referral_routes": [
            {
                "kind": "self-referral",
                "who_can_refer": "Young adults aged 19 to 25.",
                "method": "phone",
                "contact": "01632 960 184",
                "what_to_include": "Your name and the kind of work you would like.",
                "response_time": "Within 10 working days",
            },
            {
                "kind": "professional",
                "who_can_refer": "Social workers, job centre work coaches and colleges.",
                "method": "letter",
                "contact": "Supported Employment, Demo Hub, 8 Example Way, Cannock, WS11 1DE",
                "what_to_include": "The referral form and the young person's consent.",
                "response_time": "Within 15 working days",
            },
        ],
        "locations": [
            {
                "name": "Demo Hub",
                "address": "Demo Hub, 8 Example Way, Cannock",
                "postcode": "WS11 1DE",
                "latitude": "52.690700",
                "longitude": "-2.031000",
                "accessibility": "Step-free access, accessible toilet, parking.",
            },
        ],
        "opening_times": [
            {"weekday": 0, "opens": "09:00", "closes": "17:00"},
            {"weekday": 1, "opens": "09:00", "closes": "17:00"},
            {"weekday": 2, "opens": "09:00", "closes": "17:00"},
            {"weekday": 3, "opens": "09:00", "closes": "17:00"},
            {"weekday": 4, "opens": "09:00", "closes": "16:30"},
        ],
        "opening_times_notes": "",
        "last_reviewed": "2026-11-15",
        "review_interval_months": 12,
    },
]
