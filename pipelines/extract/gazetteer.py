"""Word lists from how the Hong Kong Government writes: honorifics, role heads, organisation heads,
event and programme heads, well-known public bodies and places. Data, not logic."""

from __future__ import annotations

import calendar

HONORIFICS = {
    "Mr": "Mr",
    "Ms": "Ms",
    "Mrs": "Mrs",
    "Miss": "Miss",
    "Madam": "Madam",
    "Dr": "Dr",
    "Professor": "Professor",
    "Prof": "Professor",
    "Sir": "Sir",
    "Dame": "Dame",
    "Ir": "Ir",  # an engineer's style: "Ir Tony Kwan Siu-keung", "Ir Dr Lo Wai-kwok"
    # Malaysian and Gulf styles, written before the name: "Dato' Sri Nik Nazmi bin Nik Ahmad".
    "Dato": "Dato",
    "Dato'": "Dato",
    "Dato Sri": "Dato Sri",
    "Dato' Sri": "Dato Sri",
    "Datuk": "Datuk",
    "Datuk Seri": "Datuk Seri",
    "Tan Sri": "Tan Sri",
    "Puan Sri": "Puan Sri",
    "Datin": "Datin",
    "Datin Seri": "Datin Seri",
    "Datin Paduka": "Datin Paduka",
    "Sheikh": "Sheikh",
}
# Words that open a role: "the Secretary for ...", "the Director-General of ...".
ROLE_HEADS = (
    "Secretary",
    "Under Secretary",
    "Permanent Secretary",
    "Deputy",
    "Director",
    "Director-General",
    "Chief Executive",
    "Chief Secretary",
    "Financial Secretary",
    "Commissioner",
    "Chairman",
    "Chairwoman",
    "Chairperson",
    "Chair",
    "Vice-Chairman",
    "Vice-Chairwoman",
    "Vice-Chairperson",
    "President",
    "Vice-President",
    # "the Secretary-General of the Thailand Board of Investment (BOI), Ms Duangjai Rattanakul",
    # "the Vice-Minister of Economy, Trade and Industry, Mr YAMADA Toshiro"
    "Secretary-General",
    "Vice-Minister",
    "Vice-Chancellor",
    "Pro-Vice-Chancellor",  # "Pro-Vice-Chancellor of the Hong Kong Polytechnic University, Professor X"
    "Vice-Governor",
    "Vice-Mayor",
    "Vice-Chair",
    "Head",
    "Controller",
    "Postmaster General",
    "Government Economist",
    "Government Chief Information Officer",
    "Ombudsman",
    "Consul General",
    "Consul-General",
    "Ambassador",
    "Minister",
    "Principal",
    "Registrar",
    "Chief",
    "Executive Director",
    "Assistant",
    "Acting",
    "Associate",
    "Political Assistant",
    "Member",
    "Solicitor General",
    "Director of Public Prosecutions",
    "Auditor",
    "Judge",
    "Magistrate",
    "Superintendent",
    "Chief Superintendent",
    # "Commandant (Ms Yeung Pui-shan)": the head of a disciplined service's college or academy
    "Commandant",
    "Officer",
    "Spokesman",
    "Spokesperson",
)
# Role phrases that may stand right before a bare name: "Chief Executive John Lee".
PRENOMINAL_ROLES = (
    "Chief Executive",
    "Chief Secretary for Administration",
    "Deputy Chief Secretary for Administration",
    "Financial Secretary",
    "Deputy Financial Secretary",
    "Secretary for Justice",
    "Deputy Secretary for Justice",
    "President",
    "Vice-President",
    "Premier",
    "Vice-Premier",
    "Chairman",
    "Vice-Chairman",
    "Director",
    "Commissioner",
    "Professor",
    # Disciplined services' ranks, written before the name: "Superintendent Wong Ka-lok".
    "Senior Superintendent",
    "Chief Superintendent",
    "Superintendent",
    "Chief Inspector",
    "Senior Inspector",
    "Inspector",
    "Station Sergeant",
    "Sergeant",
    "Constable",
)
# Last (or first) word of an organisation's name.
ORG_HEADS = {
    "Office",
    "Bureau",
    "Department",
    "Commission",
    "Committee",
    "Council",
    "Authority",
    "Board",
    "Corporation",
    "Company",
    "Limited",
    "Ltd",
    "Association",
    "Agency",
    "Institute",
    "University",
    "Society",
    "Federation",
    "Chamber",
    "Bank",
    "Trust",
    "Hospital",
    "Government",
    "Secretariat",
    "Court",
    "Police",
    "Judiciary",  # ("the Hong Kong Judiciary"; alone, a known body: KNOWN_ORGS)
    "Force",
    "Academy",
    "College",
    "Foundation",
    "Alliance",
    "Organisation",
    "Organization",
    "Union",
    "Consulate",
    "Consulate-General",
    "Legislative Council",
    "Panel",
    "Registry",
    "Archive",  # "the Hong Kong Film Archive"
    "Administration",
    "Ministry",
    "Tribunal",
    "Group",
    "Holdings",
    "Inc",
    "Observatory",
    "Library",
    "Museum",
    "Service",
    "Services",
    "Guild",
    "Partners",  # "Konark Capital Partners": a firm; lower-case "partners" is a count
    # the last word of a company's name: "Aurora Helix Therapeutics", "Qingyun Robotics"
    "Therapeutics",
    "Pharmaceuticals",
    "Biotech",
    "Biosciences",
    "Robotics",
    "Technologies",
    "Ventures",
    "Airlines",
    "Airways",
    "Semiconductors",
    "Electronics",
}
# Organisation heads that may stand at the start: "Office for ...", "Bureau of ...".
ORG_LEADING_HEADS = {
    "Office",
    "Bureau",
    "Department",
    "Commission",
    "Committee",
    "Council",
    "Board",
    "University",
    "Institute",
    "Academy",
    "Ministry",
    "Consulate",
    "Consulate-General",
    "Chamber",
    "Federation",
    "Centre",
    "Center",
}
# Heads that may not stand with one modifier only ("the Government" is not a named organisation).
ORG_NEEDS_MODIFIER = {"Government", "Office", "Service", "Services", "Group", "Court", "Force"}
COMMITTEE_HEADS = ("Committee", "Board", "Council", "Commission", "Panel", "Tribunal", "Task Force")
EVENT_HEADS = {
    "Summit",
    "Ceremony",
    "Forum",
    "Conference",
    "Expo",
    "Exhibition",
    "Festival",
    "Fair",
    "Week",
    "Competition",
    "Awards",
    "Seminar",
    "Symposium",
    "Dialogue",
    "Roadshow",
    "Gala",
    "Games",
    "Marathon",
    "Carnival",
    "Reception",
    "Luncheon",
    "Dinner",
    # named awards are not bodies: "the Award for Best Arts Group goes to ..."
    "Award",
    "Prize",
    "Trophy",
}
PROGRAMME_HEADS = {
    "Scheme",
    "Programme",
    "Program",
    "Plan",
    "Blueprint",
    "Initiative",
    "Fund",
    "Strategy",
    "Project",
    "Policy Address",
    "Budget",
    "Partnership",
    "Technopole",
    "Park",
    "Centre",
    "Center",
    "Ordinance",
    "Bill",
    "Regulation",
    "Campaign",
    "Framework",
    "Agreement",
    "Charter",
    "Award",
    "Prize",
    "Hub",
    "Allowance",  # "the Old Age Living Allowance", "the Working Family Allowance"
    "Subsidy",
    "Voucher",
}
# Public bodies and companies often named without an organisation head word.
KNOWN_ORGS = (
    "Cyberport",
    "Hongkong Post",
    "Police",
    "Judiciary",  # ("the Judiciary": the courts' own body, named by one word)
    "Hong Kong Police Force",
    "InvestHK",
    "Invest Hong Kong",
    "Airport Authority Hong Kong",
    "MTR Corporation",
    "Hong Kong Monetary Authority",
    "Hong Kong Science and Technology Parks Corporation",
    "Hong Kong Trade Development Council",
    "Hong Kong Tourism Board",
    "Hong Kong Productivity Council",
    "Hospital Authority",
    "Legislative Council",
    "Executive Council",
    "Hong Kong Observatory",
    "Customs and Excise Department",
    "Immigration Department",
    "Fire Services Department",
    "Independent Commission Against Corruption",
    "Hong Kong Jockey Club",
    "Ocean Park",
    "Hong Kong Exchanges and Clearing",
    "Huawei",
    "Alibaba",
    "Tencent",
    "Lenovo",
    "Microsoft",
    "Google",
    "Apple",
    "Amazon",
    "LegCo",  # the Legislative Council's short form, standing alone
    "Financial Services and the Treasury Bureau",  # "the" inside the name
    "Community Chest of Hong Kong",  # a charity whose head word ("Chest") names no kind of body
    "International Monetary Fund",  # a body whose head word names money elsewhere ("the Lotteries Fund")
    "Heung Yee Kuk",  # the statutory advisory body of the New Territories ("Kuk" names no kind of body)
)
# The words a company's name ends with: "Hong Kong and China Gas Company Limited (Towngas)", whose
# bracket is then its short name, not a qualifier of the name.
COMPANY_SUFFIXES = ("Limited", "Ltd", "Company", "Corporation")
# Short forms that name a body only as the subject of a verb: "the MTR will take forward the spur",
# not "an MTR station" or "travel by MTR".
KNOWN_SUBJECT_SHORT_FORMS = ("MTR",)
PLACES = (
    "Hong Kong",
    "Mainland",
    "Mainland China",
    "China",
    "Asia",
    "Macao",
    "Macau",
    "Shenzhen",
    "Guangzhou",
    "Beijing",
    "Shanghai",
    "Greater Bay Area",
    "Guangdong",
    "Kowloon",
    "New Territories",
    "Hong Kong Island",
    "Lantau",
    "Tseung Kwan O",
    "Sham Shui Po",
    "Mong Kok",
    "Tsim Sha Tsui",
    "Central",
    "Wan Chai",
    "Sha Tin",
    "Tuen Mun",
    "Yuen Long",
    "Tsuen Wan",
    "Kwun Tong",
    "Sai Kung",
    "Tai Po",
    "North District",
    "Islands District",
    "Singapore",
    "Japan",
    "Korea",
    "Thailand",
    "Malaysia",
    "Indonesia",
    "Vietnam",
    "Philippines",
    "India",
    "Iran",
    "Saudi Arabia",
    "United Arab Emirates",
    "Middle East",
    "Europe",
    "United States",
    "United Kingdom",
    "Australia",
    "Canada",
    "France",
    "Germany",
    "Italy",
    "Spain",
    "ASEAN",
)
# Capitalised words that start sentences but never start a name.
# Every word of a place name ("Kowloon", "Hong", "Kong"): a word that opens no subject or body name.
PLACE_WORDS = frozenset(w for p in PLACES for w in p.split(" "))
SENTENCE_STARTERS = {
    "The", "A", "An", "In", "On", "At", "This", "These", "That", "Those", "Since", "Among",
    "With", "Together", "Following", "Speaking", "It", "He", "She", "They", "We", "Our", "His",
    "Her", "Their", "Its", "Today", "Members", "Eligible", "To", "For", "From", "By", "As", "And",
    "But", "Also", "After", "Before", "During", "Under", "Over", "About", "Some", "Most", "Many",
    "All", "Both", "Each", "Every", "Good", "Ladies", "Distinguished", "Representatives", "Even",
    "Establishing", "Meanwhile", "Moreover", "However", "Thank", "Please", "Yesterday", "Tomorrow",
    "If", "When", "While", "Where", "What", "Such", "There", "Here", "I", "You", "My", "Your",
    "Will", "Would", "Can", "Could", "Should", "Shall", "May", "Must", "Does", "Do", "Did", "Is",
    "Are", "Was", "Were", "Has", "Have", "Had", "Which", "Who", "Whom", "Whose", "How", "Why",
    "Question", "Reply", "President", "Regarding", "Besides", "Apart", "Separately", "Upon",
}  # fmt: skip
# Words that make a title-case long form a place or a role, not an organisation.
NOT_ORG_WORDS = {"Region", "Area", "District", "Zone", "Island", "City", "Country", "Province",
                 "Executive", "Secretary", "Director", "President", "Chairman", "Member"}  # fmt: skip
CONNECTORS = {"of", "for", "and", "on", "the", "&", "de", "do", "da", "dos", "das", "du", "des", "del",
              "della", "di", "la", "le", "van", "von"}  # fmt: skip
# Words that end a place's name and so never open a person's: "Vice Governor of Guangdong
# Province Wang Xiaoming".
PLACE_SUFFIXES = frozenset({"Province", "Municipality", "City", "County", "District", "Prefecture", "Region"})
# Added for issue 11 (organisations on unseen releases).
ORG_HEADS |= {
    "Branch",
    "Division",
    "Section",
    "Unit",
    "Team",
    "Subcommittee",
    "Sub-committee",
    "Congress",
    "Orchestra",
    "Club",
    "Garrison",
}
ORG_LEADING_HEADS |= {
    "Secretariat",
    "Court",
    "Bank",
    "Association",
    "Society",
    "Agency",
    "Tribunal",
    "Union",
    "Branch",
    "Division",
}
# Parts of a department: "Digital Government Branch of the X Office" names two organisations.
ORG_UNIT_HEADS = {"Branch", "Division", "Section", "Unit", "Team", "Command", "Laboratory", "Centre"}
# A hospital cluster of the Hospital Authority: "the Kowloon West Cluster"
ORG_UNIT_HEADS |= {"Cluster"}
ORG_HEADS |= {"Cluster"}
# Units named by what they are for: "Centre on Ageing of X University", "Panel on Welfare Services
# of LegCo".
ORG_LEADING_UNIT_HEADS = {"Centre", "Center", "Panel", "Subcommittee", "Sub-committee", "Committee"}
# Heads that name an organisation only with a proper modifier: "Public Services" is generic,
# "Government Flying Service" is not (at least this many words; 99: never the last word).
ORG_HEAD_MIN_WORDS = {"Services": 99, "Service": 3}
# Words before "Unit" that make it a hospital ward, not an organisation.
NOT_ORG_UNIT_MODIFIERS = {"Care", "Intensive", "Isolation", "Dependency"}
# A service offered, not a body: "the Interactive Employment Service", "an Online Booking Service"
# (but "the Government Flying Service" is one)
NOT_ORG_SERVICE_MODIFIERS = {"Interactive", "Online", "Electronic", "Digital", "Mobile", "School-based"}
# Bodies named with the place they sit in: "Liaison Office of ... in the Hong Kong Special
# Administrative Region", "Consulate General of Japan in Hong Kong", "Economic and Trade Office in Tokyo".
ORG_IN_PLACE_HEADS = {
    "Office",
    "Government",
    "Consulate",
    "Consulate-General",
    "Ministry",
    "Garrison",
    "Chamber",
}
# Words that make a title-case long form a thing, not an organisation ("Air Quality Health Index").
NOT_ORG_WORDS |= {"Index", "Rate", "Syndrome", "Disease", "Product", "System", "Intelligence",
                  "Technology", "Points", "Point", "Waste", "Gas", "Heritage", "Sector", "Market",
                  "Route", "Line", "Station", "Port", "Building", "Estate", "Road", "Street"}  # fmt: skip
# Qualifications, examinations and airports are not bodies: "Hong Kong Diploma of Secondary
# Education (HKDSE)", "Hong Kong International Airport (HKIA)".
NOT_ORG_WORDS |= {"Diploma", "Certificate", "Examination", "Examinations", "Qualification", "Airport"}
# Lists and registers of people waiting or registered: "Central Waiting List for Subsidised Long
# Term Care Services (CWL)", "Central Register of Contractors"
NOT_ORG_WORDS |= {"List", "Register", "Database"}
# Words a body's name may add to its short name: "Hong Kong Police Force" is "the Police",
# "MTR Corporation Limited" is "MTR Corporation".
ORG_LEGAL_FORMS = {"Force", "Limited", "Ltd", "Inc", "Corporation", "Company", "Holdings", "Group"}
# Company forms abroad ("Seri Mutiara Holdings Berhad", "Lautan Biru Logistics Sdn Bhd", "Rhein
# Logistik GmbH") and bodies named by what their members are ("Evergreen Life Fellowship",
# "Szeto Heritage Architects").
_FOREIGN_FORMS = {"Berhad", "Bhd", "GmbH", "LLC", "LLP", "PLC", "Plc"}
ORG_LEGAL_FORMS |= _FOREIGN_FORMS
ORG_HEADS |= _FOREIGN_FORMS | {"Fellowship", "Architects", "Consultants"}
ORG_HEADS |= {"Consortium"}  # "the Hong Kong Fishermen Consortium"
ORG_HEADS |= {"Chambers"}  # "Dubai Chambers", "the Federation of Saudi Chambers"
ORG_LEADING_HEADS |= {"Panel", "Subcommittee", "Sub-committee"}
# A building's owners' corporation: "the Incorporated Owners of Wing On Mansion"
ORG_LEADING_HEADS |= {"Incorporated Owners"}
# Heads that join two names into one ("Sports Federation and Olympic Committee"); after other heads
# "X Department and Y Bureau" names two organisations.
ORG_COMPOUND_HEADS = {"Federation", "Association", "Society", "Union", "Alliance", "Trust",
                      "Foundation", "Chamber", "Institute", "Academy", "College"}  # fmt: skip
# Irregular plurals before a possessive: "the Central People's Government" is one name.
PLURAL_POSSESSORS = {"People", "Children", "Women", "Men", "Workers", "Employees"}
# More words that head a person's role, for titles only: "Vice-Premier Ding Xuexiang",
# "the Chief Executive Officer of the Hospital Authority, Dr Tony Ko".
PERSON_ROLE_HEADS = (
    "Chef de Mission",
    "Vice-Premier",
    "Premier",
    "Vice-Chairperson",
    "Vice Chairman",
    "Chief Executive Officer",
    "Consultant",  # a hospital grade: "Consultant (Community Medicine) of the CHP"
    "Supervisor",  # of a school: "Supervisor of Po Kwong Memorial College"
    "Managing Director",
    "General Manager",
    "Convenor",
    "Chancellor",
    "Vice-Chancellor",
    "Dean",
    "Consul",
    "Manager",
    "Commander",  # "the Divisional Commander (Airport) of Hong Kong Customs"
    "Governor",
    "Mayor",
    "Envoy",
    "Representative",
    "Legislative Councillor",
    "Councillor",
    "Founder",
    "Co-founder",
    "Curator",
    "Captain",
    "Head Coach",
    "Coach",
    "Government Chemist",
    "Government Architect",
    "Government Laboratory",
    "Postmaster",
    "Sheriff",
    "Adviser",
    "Advisor",
    "Senior Counsel",
    "Counsel",
    "Justice",
    "Chief Justice",
    "Ambassador",
    "Executive Councillor",
    "Honorary Chairman",
    "Delegate",  # "the Technical Delegate of the FEI, Mr X"
    # Government professional grades: "the Senior Building Surveyor of the BD, Mr Wong Tak-ming",
    # "Chief Engineer/Drainage Projects", "Senior Town Planner", "Senior Statistician"
    "Surveyor",
    "Engineer",
    "Planner",
    "Architect",
    "Chemist",
    "Pharmacist",
    "Statistician",
    "Economist",
    "Librarian",
    "Geologist",
    # Releases also write the vice-chair in lower case: "District Council Vice-chairman Ms Yeung"
    "Vice-chairman",
    "Vice-chairwoman",
    "Vice-chairperson",
)
# Occupations written in lower case right before a bare name: "veteran director Ann Hui".
OCCUPATIONS = (
    "actor", "actress", "director", "pianist", "violinist", "cellist", "conductor", "composer",
    "singer", "songwriter", "musician", "artist", "painter", "sculptor", "photographer", "designer",
    "architect", "writer", "author", "novelist", "poet", "playwright", "screenwriter", "producer",
    "filmmaker", "choreographer", "dancer", "performer", "curator", "athlete", "swimmer", "cyclist",
    "fencer", "runner", "sprinter", "rower", "sailor", "windsurfer", "golfer", "boxer", "player",
    "coach", "champion", "medallist", "scientist", "researcher", "scholar", "historian",
    "economist", "entrepreneur", "founder", "chef", "journalist", "presenter", "host", "soprano",
    "tenor", "baritone", "guitarist", "drummer", "karateka", "gymnast", "skater", "jockey",
    "trainer", "astronaut", "legislator", "lawmaker", "councillor", "consultant", "accountant", "clerk",
    "nurse", "surgeon",
)  # fmt: skip
# Nouns that make an occupation compound: "film director", "table tennis player".
OCCUPATION_MODIFIERS = (
    "film", "movie", "stage", "theatre", "music", "opera", "art", "fashion", "ballet", "dance",
    "jazz", "pop", "orchestra", "tennis", "table tennis", "badminton", "football", "squash",
    "chess", "track", "Olympic", "Paralympic", "wheelchair", "race", "horse", "head", "assistant",
    # sports ("Boccia player Yeung Wing-sze", "lawn bowls player ...")
    "boccia", "fencing", "cycling", "rowing", "sailing", "swimming", "athletics", "marathon", "snooker",
    "golf", "karate", "wushu", "judo", "taekwondo", "volleyball", "basketball", "hockey", "rugby",
    "cricket", "windsurfing", "triathlon", "lawn bowls", "equestrian", "archery", "skating",
)  # fmt: skip
# Round 2 (issue 11): "Hong Kong Customs", "the Kowloon City Magistrates' Courts"; alone, "Customs"
# and "Courts" are references, not names.
ORG_HEADS |= {"Customs", "Courts", "Magistracy"}  # "the Kwun Tong Magistracy"
ORG_NEEDS_MODIFIER |= {"Customs", "Courts", "Magistracy"}
ORG_COMPOUND_HEADS |= {"Customs"}  # "Customs and Excise Department" is one name
# Police ranks written before the name: "Detective Senior Inspector Wong Siu-ming".
PRENOMINAL_ROLES += (
    "Detective Chief Inspector",
    "Detective Senior Inspector",
    "Detective Inspector",
    "Detective Station Sergeant",
    "Detective Sergeant",
    "Senior Police Constable",
    # passing-out parades: "Probationary Inspector Chan Ka-yee", "Recruit Police Constable Lam
    # Wai-lun" (the grade of the recruit is part of the rank written)
    "Recruit Police Constable",
    "Probationary Inspector",
    "Police Constable",
    # Fire and ambulance ranks, and engineers' grades: "Principal Fireman Tsang Kwok-leung",
    # "Chief Engineer Lee Wing-kai"
    "Principal Fireman",
    "Senior Fireman",
    "Fireman",
    "Principal Ambulanceman",
    "Senior Ambulanceman",
    "Ambulanceman",
    "Principal Ambulancewoman",
    "Senior Ambulancewoman",
    "Ambulancewoman",
    "Firewoman",
    "Senior Station Officer",
    "Station Officer",
    "Divisional Officer",
    "Chief Engineer",
    "Senior Engineer",
    "Engineer",
)
# Round 3 (issue 11): prosecutors and the officers of law-enforcement releases.
ROLE_HEADS += ("Public Prosecutor", "Prosecutor", "Senior Counsel", "Counsel")
OCCUPATIONS += ("officer", "investigator", "prosecutor", "spokesman", "spokeswoman")
# Units of disciplined services ("the Airport Command"), and Swedish "Institutet".
ORG_HEADS |= {"Command", "Institutet"}
ORG_NEEDS_MODIFIER |= {"Command"}
# Schools are bodies ("Tsing Yi Marina Primary School"); "Primary School" alone is not a name.
ORG_HEADS |= {"School", "Kindergarten"}
ORG_HEAD_MIN_WORDS.update({"School": 3, "Kindergarten": 2})
# "Court" ends the name of a law court only after one of these; "Chun Hei Court" is a housing court.
LAW_COURT_WORDS = {"High", "District", "Magistrates", "Magistrates'", "Family", "Lands", "Coroner's",
                   "Coroners'", "Juvenile", "Competition", "Supreme", "Appeal", "Labour"}  # fmt: skip
# Performing groups named by what they are: "Hong Kong Sinfonietta", "Hong Kong Children's Choir".
ORG_HEADS |= {"Sinfonietta", "Choir", "Chorus", "Ensemble", "Troupe", "Ballet", "Collective"}
# Professional bodies: "Hong Kong Institution of Engineers".
ORG_HEADS |= {"Institution", "Libraries"}  # "Hong Kong Public Libraries" (of the LCSD)
ORG_NEEDS_MODIFIER |= {"Institution"}
ORG_HEAD_MIN_WORDS["Ballet"] = 3  # "Hong Kong Ballet", not "Ballet" of a programme
ORG_HEADS |= {"Orchestra", "Philharmonic"}  # "Hong Kong Philharmonic Orchestra"
ORG_HEAD_MIN_WORDS.update({"Orchestra": 2, "Philharmonic": 2})
# Month and weekday names, capitalised: "the X Hospital on December 4", "... on January 1".
MONTHS_DAYS = frozenset(calendar.month_name[1:]) | frozenset(calendar.day_name)
# Round 8 (issue 11): occupations the shape of the word does not give (an agent noun in -er,
# -or, -ist or -ian is read as one: `roles.is_occupation`).
OCCUPATIONS += ("principal", "student", "pupil", "nurse", "surgeon", "midwife", "paramedic")
# "the licensee, Chow Kin-wah", "The chairman of the X Association, Mr Peter Wong"
OCCUPATIONS += ("licensee", "proprietor", "chairman", "chairwoman", "chairperson")
# Round 44: "Restaurant owner Fung Chi-keung said" (an owner is named by what is owned)
OCCUPATIONS += ("owner",)
# Round 21 (issue 11).
# "the Investment Sub-Committee of the EFAC" (a capital C)
ORG_HEADS |= {"Sub-Committee"}
ORG_LEADING_HEADS |= {"Sub-Committee"}
ORG_LEADING_UNIT_HEADS |= {"Sub-Committee"}
# "the London Stock Exchange": an exchange of what is traded (not "a Cultural Exchange")
EXCHANGE_KINDS = {"Stock", "Futures", "Mercantile", "Commodity", "Commodities", "Securities"}
# "The Collector of Stamp Revenue, Mrs Winnie Tsang": a post of the Inland Revenue Department
ROLE_HEADS += ("Collector",)
