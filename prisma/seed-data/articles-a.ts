import type { DemoArticle } from "./types";

// Demo articles, part A: news, world, politics, business and technology.
// All people, places, companies and events are fictional.
export const articlesA: DemoArticle[] = [
  // ---------------------------------------------------------------- news
  {
    slug: "ferrier-street-water-main-burst",
    section: "news",
    headline: "Burst water main floods Ferrier Street, closing shops and a Metro entrance",
    standfirst: "Engineers are working to isolate a 90-year-old pipe beneath the city's main shopping street after water surged through basements and into the Ferrier Street Metro station.",
    authors: ["maren-okafor"],
    tags: ["public-safety", "transport", "flooding"],
    hoursAgo: 1,
    breaking: true,
    heroCaption: "Water covers the road outside shops on Ferrier Street this morning.",
    heroAlt: "A flooded city street with shopfronts and water reaching the kerb.",
    body: `A burst water main flooded a stretch of Ferrier Street this morning, forcing the closure of more than a dozen shops and the street's Metro entrance as water poured down the station stairs.

Calder Bay Water said the break, in a cast-iron pipe laid in the 1930s, was reported at 6.40am by a bakery owner who saw water bubbling up through the road surface near the junction with Lantern Lane. By 8am it was ankle-deep across both carriageways between Lantern Lane and Mercer Place.

"We've isolated most of the flow, but this is a large main and it feeds a lot of the old town," said Colette Varga, the utility's head of network operations. "Our crews will be on site all day and, realistically, overnight."

## What is closed

- Ferrier Street between Lantern Lane and Mercer Place, to all traffic
- The Ferrier Street entrance to the Metro; trains are running but not stopping at the station
- Bus routes 4 and 11, which are diverted via Canal Road

Around 2,300 homes and businesses in the old town have low pressure or no water at all, the utility said. Bottled water is being handed out at the **Mercer Place community hall** until 8pm. Residents can check whether their address is affected on the utility's [outage map](https://example.org/calder-bay-water/outages).

## Shops count the cost

Ravi Deshmukh, who has run a shoe shop on the street for 19 years, said water had reached "about knee height" in his basement stockroom. "Everything we had for the winter season was down there," he said. "I don't know yet what's salvageable."

Calder Bay Metro said the station's lower concourse had taken on water but the platforms were dry. A spokesperson said engineers would need to inspect electrical equipment before the station reopens, which could take until the weekend.

The pipe is part of about 40 kilometres of pre-war mains that the utility has said it intends to replace by 2031. Councillor Imogen Tate, who chairs the city's infrastructure committee, said she would ask for that programme to be brought forward. "We have been lucky that nobody was hurt," she said. "We cannot keep relying on luck."

*This is a developing story and will be updated.*`,
  },
  {
    slug: "saltmarsh-primary-roof-repairs",
    section: "news",
    headline: "Saltmarsh Primary to reopen two weeks early after roof repairs",
    standfirst: "Pupils who have been taught at a temporary site since the autumn storms will return to their own classrooms on Monday, the city's education department confirmed.",
    authors: ["maren-okafor"],
    tags: ["education", "city-council"],
    hoursAgo: 46,
    corrections: [
      {
        hoursAfter: 5,
        text: "An earlier version of this story said the pupils had been taught at the Harbour Road site since early September. They moved there in early October.",
      },
    ],
    body: `Children at Saltmarsh Primary School will return to their own building on Monday, two weeks ahead of schedule, after contractors finished replacing a roof that was torn open during the autumn storms.

The school's 410 pupils have been taught at the former Harbour Road adult education centre since early October, with parents relying on a shuttle bus that the city laid on at a cost of about $3,800 a week.

"The children have been remarkably patient, and so have the staff," said the headteacher, Bronwen Achebe. "But a school is a place, not just a timetable. Getting back into our own hall and our own playground matters enormously."

The repair cost $1.2 million, according to the city's education department, and was paid for from an emergency maintenance fund that the council topped up in its mid-year review. The department said the new roof includes better drainage and insulation that should cut the building's heating bill by around a fifth.

Parents welcomed the news, but some said the episode had exposed how fragile the district's school buildings are. A council survey last year found that 11 of the city's 38 primary schools had roofs rated "poor" or "at the end of their life".

> We were lucky this time that nobody was hurt. The question is which school is next. — Lorna Fitch, chair of the Saltmarsh Primary parents' association

The education department said a ten-year repair programme for school buildings would be presented to councillors in the spring. The shuttle bus will run for the final time on Friday afternoon, and the temporary site will be handed back to the adult education service after the Christmas holidays.`,
  },
  {
    slug: "north-quay-ferry-timetable-cut",
    section: "news",
    headline: "Ferry timetable cut as fog and crew shortages hit North Quay crossings",
    standfirst: "Bay Ferries will run one boat an hour instead of two on the Gullhaven route for at least a month, blaming persistent fog and a shortage of licensed masters.",
    authors: ["maren-okafor"],
    tags: ["harbour", "transport", "weather"],
    hoursAgo: 95,
    update: { hoursAfter: 4, note: "This story was updated to include the response of Gullhaven's councillor, Peter Ansah." },
    corrections: [
      {
        hoursAfter: 9,
        text: "An earlier version of this story gave the time of the last sailing from North Quay under the reduced timetable as 11pm. It is 10pm.",
      },
    ],
    heroCaption: "A ferry waits at the North Quay terminal as morning fog settles over the bay.",
    heroAlt: "A passenger ferry moored beside a quay in thick grey fog.",
    body: `Commuters who cross the bay from Gullhaven face longer waits from next week after Bay Ferries said it would halve the frequency of its busiest route, citing a run of foggy mornings and a shortage of licensed masters.

From Monday, boats will leave North Quay and Gullhaven once an hour between 6am and 10pm, instead of every 30 minutes at peak times. The operator said the reduced timetable would last "at least four weeks" while it trains and certifies additional crew.

"We have had 14 days of restricted visibility this month, and on each of them our masters are required to slow down and, in some cases, hold at the quay," said Declan Murrow, the company's operations director. "A timetable we cannot keep is worse than a thinner one we can."

The harbour master's office confirmed that fog had been unusually persistent this autumn. Harbour pilots have logged more hours of restricted visibility in the past six weeks than in the whole of last winter, according to figures shared with *The Ledger*.

## How the change affects passengers

- Peak departures fall from 12 a day to 6 in each direction
- The last sailing from North Quay moves from 11.30pm to 10pm
- Season tickets will be discounted by 25 percent while the reduced timetable lasts
- The Quayside shuttle bus will run every 20 minutes to meet the boats

About 4,100 people use the route on a typical weekday, most of them commuting into the city centre. Gullhaven's councillor, Peter Ansah, said the cut would hit shift workers hardest. "If you finish at the hospital at 10.30 at night, there is now no boat home," he said. "That is not a small inconvenience. That is a forty-minute drive round the bay, if you have a car."

The operator said it had eight trainee masters in training but that each needed a minimum of 200 supervised crossings before they could take command. It expects the first four to qualify before the end of the year.`,
  },
  {
    slug: "calder-bay-general-overnight-clinic",
    section: "news",
    headline: "Calder Bay General opens overnight urgent care clinic to ease pressure on emergency department",
    standfirst: "The new clinic in the eastern suburbs will see patients with minor injuries and illnesses between 8pm and 8am, the hours when waiting times at the main hospital peak.",
    authors: ["maren-okafor", "elliot-ferreira"],
    tags: ["health", "public-safety"],
    hoursAgo: 140,
    heroCaption: "Nurses prepare a treatment room at the new Eastgate urgent care clinic before its first night shift.",
    heroAlt: "A clinic treatment room with a bed, monitors and two figures in scrubs.",
    body: `Calder Bay General Hospital has opened an overnight urgent care clinic in the eastern suburbs, in an attempt to take pressure off an emergency department where patients arriving after dark now wait an average of almost six hours to be seen.

The Eastgate clinic, in a converted health centre on Orchard Row, will be open from 8pm to 8am every night and is staffed by two doctors, four nurses and a pharmacist. It will treat minor injuries, infections, mild breathing problems and other conditions that are urgent but not life-threatening, and has its own X-ray room.

The hospital's chief executive, Dr Anselm Roe, said the clinic had been designed around the hours when the emergency department was most stretched. "During the day our family doctors and pharmacies absorb a great deal of demand," he said. "At night, almost everything comes to us. People with a sprained wrist are sitting in the same waiting room as people having a heart attack, and that is not good for either of them."

## The numbers behind the decision

According to the hospital's annual report, the emergency department recorded 96,400 attendances last year, up 8 percent on the year before. About 38 percent of those patients arrived between 8pm and 8am.

An analysis by *The Ledger* of the hospital's monthly performance data found that:

- The median wait to be seen by a clinician after 10pm was 5 hours 48 minutes, compared with 3 hours 10 minutes during the day
- Roughly one in three overnight patients was discharged without needing any test beyond a basic examination
- The share of patients leaving before being seen doubled between midnight and 4am

Hospital managers estimate that the Eastgate clinic could see between 45 and 60 patients a night, about a quarter of current overnight demand at the main site.

## How patients will be directed

Patients will be able to walk in, but the hospital is encouraging people to call the regional health line first. Call handlers will be able to book a time slot at Eastgate, which the hospital says should mean most people wait less than an hour.

Ambulance crews will also be able to take some patients directly to the clinic rather than to the main emergency department, under a protocol agreed with the regional ambulance service. Paramedics said that could shorten the queues of ambulances waiting outside the hospital, which on some nights have stretched to more than a dozen vehicles.

> If we can hand over a patient with a broken ankle in ten minutes rather than two hours, that is an ambulance back on the road for the next emergency. — Shona Kerrigan, regional representative for the paramedics' union

## Staffing questions

The clinic has been funded for an initial 18 months at a cost of $7.4 million, shared between the hospital and the Regional Assembly's health budget. Its staff have been recruited partly from agency nurses and partly from doctors who previously worked extra shifts at the main hospital.

That has raised concerns among some clinicians that the new service could simply move the shortage from one building to another. Dr Farah Lindgren, who chairs the hospital's senior doctors' committee, said she supported the clinic "in principle" but wanted assurances that overnight rotas at the main site would not be thinned out.

"The danger is that you open a shiny new door and quietly close half of another," she said. "We will be watching the rotas very carefully."

Dr Roe said no shifts had been removed from the emergency department and that the hospital had recruited 22 additional nurses this year. He added that the clinic's performance would be published every month on the hospital's [performance dashboard](https://example.org/calder-bay-general/performance).

## Residents' reaction

In Eastgate, where the nearest emergency department is a 25-minute drive away, the news was largely welcomed. Mariam Osagie, who runs a childminding business on Orchard Row, said she had twice taken children to the main hospital at night with minor burns and waited until dawn.

"Having something ten minutes away that is open when you actually need it is a big thing," she said. "I just hope they keep it open after the trial."

Emergency waiting times have become an issue in next spring's mayoral race, as our [guide to the declared candidates](/politics/mayoral-candidates-guide) sets out. The hospital said it would consider a second clinic, in the western districts, if the Eastgate trial meets its targets.`,
  },
  {
    slug: "saltmarsh-break-ins-police-review",
    section: "news",
    headline: "Police launch review as night-time break-ins rise across Saltmarsh",
    standfirst: "Reported burglaries in the Saltmarsh district have risen by more than 40 percent this year, prompting a review of overnight patrols and a possible new liaison post.",
    authors: ["george-whitcombe"],
    tags: ["public-safety", "city-council"],
    hoursAgo: 225,
    body: `Calder Bay Police have begun a review of overnight patrols in the Saltmarsh district after a sharp rise in break-ins at homes and small businesses, most of them between midnight and 5am.

Figures presented to the city's public safety committee show 186 reported burglaries in the district in the first ten months of the year, compared with 131 in the same period last year, a rise of 42 percent. Garden sheds, garages and ground-floor shops along Tanner's Row account for more than half of the incidents.

Superintendent Hana Okonjo told councillors that the force had identified "a small number of people" it believed were responsible for a significant share of the offences, and that two men had been charged last week. "We are not treating this as a crime wave," she said. "But residents are right to expect us to be more visible, and we will be."

The review will look at:

1. Whether to restore a second overnight patrol car that was withdrawn from the district in a reorganisation two years ago
2. How calls about suspicious activity are prioritised by the control room
3. Whether a dedicated neighbourhood liaison officer should be based at the Saltmarsh community centre

Residents at a packed meeting at St Brendan's hall last week said many break-ins were going unreported because people had lost confidence that anything would happen. "I called about my van being broken into and nobody came for three days," said Alan Pryce, a plumber who lives on Heron Street.

> It is not the value of what gets taken. It is the feeling of lying awake listening for noises. — Jolene Whitby, a Saltmarsh resident

The review is due to report to the committee in February. Police have asked anyone with information to contact the Saltmarsh neighbourhood team, and have published [home security advice](https://example.org/calder-bay-police/home-security) for residents.`,
  },
  {
    slug: "rental-listings-affordability-data",
    section: "news",
    headline: "One in five Calder Bay rentals now costs more than half a typical wage, Ledger analysis finds",
    standfirst: "An analysis of 11,000 rental listings over three years shows rents rising more than twice as fast as wages, with the steepest increases in Saltmarsh and the old town.",
    authors: ["elliot-ferreira", "maren-okafor"],
    tags: ["housing", "city-council"],
    hoursAgo: 310,
    heroCaption: "Terraced houses in the Saltmarsh district, where advertised rents have risen fastest.",
    heroAlt: "A row of narrow terraced houses with small front gardens under an overcast sky.",
    body: `Nearly one in five homes advertised for rent in Calder Bay now costs more than half of a typical full-time worker's take-home pay, according to an analysis by *The Ledger* of more than 11,000 listings published over the past three years.

The figures suggest that rents in the city have risen more than twice as fast as wages over the period, and that the gap is widest in neighbourhoods that until recently were regarded as the affordable end of the market.

## What we found

The median advertised rent for a two-bedroom home in the city rose from $1,480 a month to $1,910, an increase of 29 percent. Over the same period, median full-time earnings in Calder Bay rose by 12 percent, according to the regional statistics office.

Housing is usually described as affordable when it takes no more than 30 percent of a household's income. By that measure, only 23 percent of the two-bedroom homes advertised in the past twelve months would have been affordable to a single earner on the median wage. Three years ago the figure was 41 percent.

The sharpest increases were concentrated in three areas:

- **Saltmarsh**, where the median two-bedroom rent rose 38 percent, the most of any district
- **The old town**, around Ferrier Street and Mercer Place, up 34 percent
- **Kestrel Hill**, up 31 percent, driven in part by new apartments near the planned Eastline Metro stations

Rents in the western suburbs and Gullhaven rose more slowly, by between 14 and 19 percent, though from a higher starting point in some streets.

## Who is feeling it

Tenants' groups say the numbers match what they hear every week. Carys Mwangi, coordinator of the Calder Bay Renters' Union, said the union's advice line had taken more calls this year than in the previous two combined, most of them about rent increases at renewal.

"People are not moving because they want to, they are moving because the renewal letter arrives with a 15 percent rise in it," she said. "And when they go looking, they find there is nothing cheaper left in the neighbourhood they grew up in."

Landlords argue that their own costs have risen sharply. Graham Oduya, who chairs the Calder Bay Landlords' Association, pointed to higher mortgage rates, insurance premiums and the cost of meeting new energy efficiency rules. "Most landlords in this city own one or two properties," he said. "They are not getting rich. Many of them are selling up, which shrinks supply and pushes rents up further."

Records from the city's landlord register lend some support to that claim: the number of registered rental properties fell by about 4 percent over the three years, even as the population grew.

> The market is telling us something very plainly. We are not building enough homes that ordinary working people can afford to live in. — Councillor Dev Sandhu, chair of the housing committee

## What the council can do

The mayor, Celia Ormond, has said her next budget will increase spending on housing, including a programme to buy and refurbish empty homes set out in the council's [housing strategy](https://example.org/calder-bay/housing-strategy). Councillors from several parties have also called for the city to ask the Regional Assembly for powers to cap rent increases between tenancies, which it currently does not have.

Critics of rent controls say they tend to reduce the supply of rental homes over time. Supporters say the city's current situation already amounts to a failure of supply, and that tenants need protection while new homes are built.

## How we did the analysis

*The Ledger* collected listings from three of the largest property websites operating in the region, covering the past 36 months. We then:

1. Removed duplicate listings that appeared on more than one site or were reposted
2. Excluded short-term and holiday lets, and rooms in shared homes
3. Grouped the remaining 11,284 listings by district and number of bedrooms
4. Compared median monthly rents with median full-time take-home pay from the regional statistics office

Advertised rents are not the same as the rents people actually pay, which tend to be lower for sitting tenants. The figures are therefore best understood as a measure of what it costs to find a new home. The full dataset and a district-by-district breakdown are [available to download](https://example.org/the-ledger/data/rents).`,
  },
  {
    slug: "kestrel-road-tram-depot-library",
    section: "news",
    headline: "Old tram depot on Kestrel Road to become library and youth centre",
    standfirst: "The brick depot, empty since the city's last trams ran in 1961, will be restored under a $14 million plan approved by the council's planning committee this week.",
    authors: ["maren-okafor"],
    tags: ["history", "city-council", "education"],
    hoursAgo: 615,
    heroCaption: "The former tram depot on Kestrel Road, which has stood empty for more than six decades.",
    heroAlt: "A large disused brick building with arched doorways and boarded windows.",
    body: `A brick tram depot on Kestrel Road that has stood empty for more than 60 years is to be turned into a public library, a youth centre and a small museum of the city's transport history, after councillors approved a $14 million restoration plan this week.

The depot was built in 1904 to house the Calder Bay Tramway Company's fleet of 36 cars and was briefly used as a bus garage after the last trams ran in 1961. It has been on the city's register of buildings at risk since 1998.

The plan, drawn up by the architects Quill & Barrow, keeps the depot's four arched entrances and its cast-iron roof trusses, and inserts a two-storey timber structure inside the main shed. The library will occupy the ground floor, with study rooms and the youth centre above.

"This is a building that almost everyone in Kestrel Hill walks past every day and nobody has been inside for two generations," said Councillor Amara Quist, who represents the ward. "We are giving it back."

The project will be funded by:

- $8.5 million from the city's capital budget
- $3.2 million from the regional heritage fund
- $2.3 million from the sale of a nearby council-owned car park

The city's libraries service said the new branch would replace the existing Kestrel Hill library, a 1970s building on Juniper Street that it described as "too small and too expensive to heat". Opening hours at the new site are expected to run until 9pm on weekdays, later than any other branch.

> Young people have told us for years that there is nowhere to go in the evening that is warm, safe and free. — Tobias Renner, head of the city's youth service

A local history group, the Kestrel Hill Society, will help curate the museum space, which will display one of the last surviving Calder Bay trams, currently in storage at the North Quay. Work is expected to start in the spring, with the building opening in about two years.`,
  },

  // --------------------------------------------------------------- world
  {
    slug: "corveth-maldera-border-reopening",
    section: "world",
    headline: "Corveth and Maldera agree to reopen border crossing after eight-month closure",
    standfirst: "The deal, brokered in talks that ran through the night, will let trucks and pedestrians cross at Tarsen Bridge from next week, though key disputes remain unresolved.",
    authors: ["sofia-marchetti"],
    tags: ["diplomacy", "trade", "migration"],
    hoursAgo: 4,
    breaking: true,
    heroCaption: "Lorries queue near the Tarsen Bridge crossing, which has been closed since the spring.",
    heroAlt: "A long line of trucks parked along a road leading towards a river bridge.",
    body: `The neighbouring states of Corveth and Maldera have agreed to reopen their main border crossing after an eight-month closure that stranded thousands of lorries, divided families and cost both economies an estimated $2 billion in lost trade.

The agreement, announced early this morning after talks in the lakeside town of Veyra that lasted more than 20 hours, will allow the Tarsen Bridge crossing to reopen to pedestrians on Monday and to commercial traffic the following week. Private cars will be admitted from the start of next month.

"Tonight both sides chose to put their people ahead of their pride," said Elena Voss-Ardani, the regional envoy who chaired the talks. "It is a beginning, not an ending. But beginnings are rare, and they should be protected."

## Why the border closed

The crossing was shut in the spring after a dispute over customs inspections escalated into a series of tit-for-tat measures. Maldera accused Corvethi border officials of deliberately delaying its agricultural exports; Corveth said Malderan lorries were carrying undeclared goods and refused to accept paperwork issued by Maldera's customs service.

Within weeks, both governments had withdrawn their border staff, and the bridge, which carries about 60 percent of trade between the two countries, was blocked with concrete barriers on each bank.

The effects were felt far beyond the border region. Maldera's fruit growers, who sell much of their harvest through Corvethi ports, were forced to reroute exports over a mountain pass that adds two days to the journey. Corveth's manufacturers lost access to cheaper Malderan components and, in some cases, halted production lines.

## What the deal contains

According to a summary published by the envoy's office, the agreement includes:

- A joint customs post on the bridge, staffed by officials from both countries working side by side
- Mutual recognition of each other's export certificates for a trial period of six months
- A hotline between the two customs services to resolve disputes before they escalate
- An independent monitoring team of 12 inspectors from neighbouring states

The agreement does not address the underlying quarrel over fishing rights in the shared lake to the north, which diplomats say soured relations long before the border closed. Both sides have agreed to return to talks on that question within 90 days.

## Families on both banks

For many people in the twin towns of Tarsen and Ostbrek, which face each other across the river, the closure has been a personal rather than an economic disaster. Hundreds of families have members on both sides, and the nearest alternative crossing is a four-hour drive away.

Yusuf Kareem, a retired teacher in Ostbrek, said he had not seen his daughter and grandchildren, who live less than a kilometre away in Tarsen, since March. "I could see the lights of her street from my window every night," he said by telephone. "I will be on that bridge on Monday morning. I don't care how long the queue is."

Aid groups said around 2,000 people had been unable to reach hospitals, schools or workplaces on the other side during the closure, and that some had paid smugglers to take them across the river by boat.

> The border was closed by politicians in capitals, and the cost was paid by the people who live beside it. — statement from the Tarsen Cross-Border Families Association

## Cautious reaction

Business groups in both countries welcomed the deal but warned that the backlog would take weeks to clear. The Corveth Hauliers' Federation estimated that about 1,400 lorries were parked within 50 kilometres of the crossing, some of them for months.

Analysts said the agreement's survival would depend on the six-month trial. "Customs disputes look technical, but this one was always political," said Petra Haldane, a researcher who studies the region at an independent policy institute. "If either government needs an enemy before its next election, the paperwork will suddenly become a problem again."

The closure has also been felt in Calder Bay, where importers of Malderan fruit say prices have risen sharply this year, on top of the wider shipping delays [our reporters covered](/world/overseas-port-strike-shipments) this autumn. Importers at the North Quay said they hoped normal supplies would resume by the new year.`,
  },
  {
    slug: "highland-grain-convoy-drought",
    section: "world",
    headline: "Grain convoy reaches drought-hit highlands as aid agencies warn of second failed harvest",
    standfirst: "Forty lorries carrying wheat and seed reached remote farming villages after a week on mountain roads, but agencies say far more help will be needed before spring.",
    authors: ["sofia-marchetti"],
    tags: ["agriculture", "migration"],
    hoursAgo: 75,
    heroCaption: "Villagers unload sacks of grain from an aid lorry in the Aresh highlands.",
    heroAlt: "People carrying heavy sacks from the back of a truck on a dusty mountain road.",
    body: `A convoy of 40 lorries carrying wheat, seed and animal feed has reached farming villages in the drought-stricken Aresh highlands after a week-long journey on mountain roads, as aid agencies warned that a second consecutive failed harvest could force tens of thousands of people from their land.

The convoy, organised by a coalition of relief groups with the backing of the national government, delivered about 900 tonnes of supplies to 23 villages. It is the largest single delivery to the region since the rains failed for the second year running.

"People here have already sold their goats, then their cattle, then their tools," said Amira Tesfaye, who coordinated the convoy for one of the relief groups. "Seed matters most. If families can plant in the spring, they can stay. If they can't, they leave."

Rainfall in the highlands has been less than half the long-term average for 18 months, according to the country's meteorological service. Agencies estimate that around 310,000 people in the region need food assistance, and that about 40,000 have already moved to towns in the lowlands, where many live in informal settlements on the edges of cities.

## Roads and money

The journey exposed how hard the region is to reach. Several stretches of road had been washed out by flash floods earlier in the year, and drivers spent two days waiting while engineers shored up a damaged bridge.

Aid groups said funding was the bigger obstacle. An appeal launched in the summer has so far raised 34 percent of its target, and agencies warned that without more money, distributions would have to be cut in the new year.

> We can move food up a mountain. What we cannot do is move it without fuel, drivers and the money to pay for both. — Jonas Brekke, regional director of a humanitarian logistics group

Officials said a second convoy was planned before the first heavy snows, which usually arrive in early December. Meteorologists expect another weak rainy season, though forecasts for the region are notoriously uncertain.`,
  },
  {
    slug: "ocean-summit-catch-limits",
    section: "world",
    headline: "Ocean summit ends without deal on catch limits as fish stocks fall",
    standfirst: "Delegates from 19 fishing nations left talks in the port city of Kellmouth without agreeing quotas for the shared northern grounds, where cod stocks have fallen by a third.",
    authors: ["sofia-marchetti", "hollis-mbeki"],
    tags: ["oceans", "diplomacy", "trade"],
    hoursAgo: 165,
    heroCaption: "Trawlers tied up in the harbour at Kellmouth, where the summit was held.",
    heroAlt: "Several fishing boats moored side by side in a harbour at dusk.",
    body: `Talks between 19 fishing nations on how much fish can be taken from the shared northern grounds collapsed late on Friday without agreement, leaving fleets to set their own limits for a second year despite warnings from scientists that several stocks are close to collapse.

The five-day summit in the port city of Kellmouth was intended to produce binding quotas for cod, haddock and mackerel in waters that straddle the boundaries of several states. Instead, delegates issued a short statement committing to "continue dialogue" and to meet again in the spring.

"We came close on two of the three species," said Anneliese Korhonen, the summit's chair. "On the third, the gap between what the science says and what some governments were prepared to accept was simply too wide."

## What the scientists said

Ahead of the summit, the independent scientific council that advises the participating states recommended cuts of:

1. 28 percent for northern cod, whose spawning stock has fallen by about a third in five years
2. 15 percent for haddock
3. 20 percent for mackerel, whose migration routes have shifted northward as the water warms

The council said that if current catches continued, northern cod could fall below the level at which it can reliably replenish itself within three years. It also warned that estimates of illegal and unreported fishing had risen.

Dr Marit Solberg, who led the council's assessment, called the failure to agree "deeply disappointing but not surprising". "Every year we present the evidence, and every year the conversation becomes about who should bear the cost rather than whether the cost should be borne," she said.

## The sticking points

Delegates and observers described three main disagreements:

- **Mackerel's move north.** Countries whose waters the fish now visit more often want a larger share; those who have historically caught most of it refuse to give ground.
- **Small-boat fleets.** Several states argued that inshore fishermen, who catch relatively little, should be exempt from cuts. Others said exemptions would make the quotas meaningless.
- **Enforcement.** A proposal for shared satellite tracking of all vessels over 12 metres was opposed by two states on grounds of sovereignty.

One delegate, who asked not to be named because the talks were confidential, said the final session broke up after a dispute over mackerel figures that lasted more than six hours. "By the end, people were arguing about decimal points," the delegate said.

## The view from the quay

In Kellmouth's harbour, where many trawlers have been tied up for weeks because of high fuel prices, fishermen were divided. Some welcomed the absence of cuts; others said that without a deal, the grounds would be emptied.

"If everyone keeps fishing like there's no tomorrow, then there won't be one," said Halvard Strand, who skippers a 15-metre boat and has fished the northern grounds for 31 years. "I'd rather take a cut now than tell my son there's nothing left."

> An agreement that protects the fish but bankrupts every small boat in the harbour would not last a season. We need both. — Ingrid Falk, spokesperson for an inshore fishermen's association

## Why it matters for Calder Bay

The Calder Bay fleet does not fish the northern grounds directly, but the city's fish processors buy a significant share of their cod from boats that do. Processors at the North Quay said the price they pay had already risen by about 18 percent this year.

Environmental groups said the outcome showed the limits of voluntary cooperation. "Nineteen governments have spent a week proving that fish do not vote," said Noor Abadi, director of the conservation group Blue Margin. "The spring meeting cannot be another week of statements."

The participating states will meet again in April. In the meantime, each government will set its own national catch limit for the coming year. A summary of the scientific advice has been [published online](https://example.org/northern-grounds/advice).`,
  },
  {
    slug: "pellara-snap-election",
    section: "world",
    headline: "Island state of Pellara heads to snap election after governing coalition collapses",
    standfirst: "Voters in the archipelago nation will go to the polls in six weeks after the junior coalition partner walked out over a disputed 99-year lease of the main port.",
    authors: ["sofia-marchetti"],
    tags: ["elections", "diplomacy"],
    hoursAgo: 270,
    body: `The archipelago nation of Pellara will hold a snap general election in six weeks after its governing coalition collapsed in a row over a plan to lease the country's largest port to a foreign operator for 99 years.

Prime Minister Tavita Morese announced the dissolution of parliament in a televised address hours after the Islands Progress Party, the smaller of the two coalition partners, withdrew its seven ministers. Without them, the government had lost its majority in the 52-seat chamber.

"I would rather let the people decide than govern by permission," Mr Morese said.

The port lease, which the government says would bring in about $600 million of investment over a decade, has divided the country. Supporters argue it would modernise facilities that handle almost all of Pellara's imports. Opponents say it would hand control of a strategic asset to outsiders and leave the islands open to pressure from abroad.

The Islands Progress Party's leader, Losa Fetu, said her party had been given "a contract to sign, not a decision to make". "We were told the details were confidential. Our voters did not elect us to be kept in the dark," she said.

Pellara has a population of about 380,000 spread across 14 inhabited islands. Turnout at the last election was 71 percent. Polls conducted before the collapse suggested that no party was likely to win an outright majority, making another coalition probable.

Regional diplomats said they were watching closely. Several neighbouring governments have expressed concern about the port deal, which would give the operator rights to expand the harbour's deep-water berths and to manage security within the port area.

Election monitors from a regional association of island states said they had been invited to observe the vote. Campaigning formally begins next week, and the port lease is expected to dominate it.`,
  },
  {
    slug: "overseas-port-strike-shipments",
    section: "world",
    headline: "Dockworkers' strike at Ardmere delays goods bound for Calder Bay",
    standfirst: "A walkout at one of the region's biggest container hubs has left dozens of ships waiting offshore, with Calder Bay importers warning of shortages before the holiday season.",
    authors: ["sofia-marchetti", "priya-raman"],
    tags: ["trade", "harbour", "jobs"],
    hoursAgo: 355,
    heroCaption: "Container ships wait at anchor outside the strike-bound port of Ardmere.",
    heroAlt: "Large container vessels anchored in open water under a pale sky.",
    body: `A strike by dockworkers at the port of Ardmere, one of the busiest container hubs on the regional shipping lanes, has entered its second week, leaving more than 40 vessels waiting at anchor and disrupting deliveries to ports including Calder Bay.

The dockworkers' union walked out after talks over automation and shift patterns broke down. The port's operators want to extend the use of remotely operated cranes, which the union says would eliminate about 1,100 jobs over five years.

"This is not a strike against technology," said Rafael Ostrander, the union's chief negotiator, in a statement. "It is a strike against a plan that treats people who have worked these docks for 30 years as a line in a spreadsheet."

The port authority said it had offered a guarantee of no compulsory redundancies for three years and a pay rise of 6 percent. It described the union's demands as "incompatible with the port's long-term survival".

## Knock-on effects at home

About a fifth of the containers that arrive at Calder Bay's North Quay are transshipped through Ardmere. Importers contacted by *The Ledger* reported delays to:

- Electronics and household appliances, with some retailers warning of gaps on shelves within weeks
- Spare parts for machinery used at the Harrow Marine shipyard
- Fresh and frozen food, although supermarkets said they had found alternative routes for most lines

Isobel Tran, who runs an import business supplying kitchen equipment to restaurants, said three of her containers were sitting on ships outside Ardmere. "I have customers asking where their ovens are, and I have no idea what to tell them," she said.

The North Quay's operator said it had not yet seen a significant fall in volumes, partly because some shipping lines had diverted vessels directly to Calder Bay. It said it was extending opening hours at its container yard to handle the extra traffic, which comes on top of [record volumes](/business/north-quay-container-record) at the quay this autumn.

Mediators appointed by Ardmere's government are due to meet both sides next week.`,
  },
  {
    slug: "vessa-valley-returning-families",
    section: "world",
    headline: "Returning families find homes gone and jobs scarce in Vessa valley towns",
    standfirst: "Two years after fighting emptied the towns of the Vessa valley, thousands of families are coming back to streets where almost nothing works as it did before.",
    authors: ["sofia-marchetti"],
    tags: ["migration", "housing"],
    hoursAgo: 530,
    heroCaption: "A family carries belongings into a damaged house in the Vessa valley town of Dunmir.",
    heroAlt: "A woman and two children carrying bags towards a house with a partly collapsed wall.",
    body: `Two years after fighting forced almost the entire population of the Vessa valley to flee, families are returning in growing numbers to towns where homes have been looted or destroyed, schools are closed and there is little work.

According to the humanitarian coordination office that works in the region, around 26,000 people have returned to the valley since a ceasefire was agreed in the spring, roughly a third of its pre-war population. Most have come back to the three largest towns, Dunmir, Hollen and Teska.

In Dunmir, Selma Hadzic, 41, returned in August with her two children to find the roof of her house gone and the ground floor used as a stable. "We live in two rooms," she said. "In winter we will see whether that is possible."

Local authorities estimate that 60 percent of homes in the valley are damaged and about one in six is beyond repair. A reconstruction programme funded by foreign donors has so far rebuilt or repaired about 1,900 homes, a fraction of what is needed.

## Work and schools

Jobs are scarcer than houses. The valley's largest employer, a textile mill in Hollen that once employed 1,400 people, has not reopened. Most returning families rely on money sent by relatives abroad, small-scale farming or aid.

Only four of the valley's 17 schools are operating, in some cases with classes of more than 50 children.

> People are coming home because exile is expensive and lonely, not because home is ready for them. — Arnaud Lefevre, who leads the coordination office's work in the valley

Aid officials said the pace of returns was likely to slow over the winter but rise again in the spring. They have appealed to donors for an additional $85 million to pay for shelter repairs, heating fuel and temporary classrooms.

For families like Ms Hadzic's, the calculation is simple. "Here, at least, the walls are ours," she said. "Even if there are only two of them."`,
  },

  // ------------------------------------------------------------ politics
  {
    slug: "metro-fare-freeze-eastline-delay",
    section: "politics",
    headline: "Council freezes Metro fares for a year but delays Eastline extension",
    standfirst: "Councillors voted 27 to 18 to hold fares until next autumn, paying for the freeze by delaying the eastern Metro extension by two years.",
    authors: ["tomas-lindqvist"],
    tags: ["city-council", "transport", "budget"],
    hoursAgo: 3,
    heroCaption: "Passengers board a Calder Bay Metro train at Central station during the evening rush.",
    heroAlt: "Commuters stepping onto a modern train at a busy underground platform.",
    body: `Calder Bay Metro fares will be frozen for the next twelve months after the city council voted this afternoon to hold ticket prices at their current level, a decision paid for by delaying the long-promised Eastline extension by two years.

The motion, proposed by the mayor's coalition, passed by 27 votes to 18 after a debate lasting almost four hours. A single adult fare will stay at $2.80 and a monthly pass at $96. Without the freeze, the Metro's operator had planned a 7 percent increase from January.

"Families in this city are being squeezed from every direction," said Councillor Rosa Delacroix, the council's transport lead. "A fare rise now would push people back into their cars or keep them at home. That is the wrong direction for a city that wants to grow."

The freeze will cost about $11 million over the year. To fund it, the council will push back the start of tunnelling on the Eastline, the planned four-station extension to Kestrel Hill and Eastgate, from next spring to two years later.

## Opposition anger

Opposition councillors said the trade-off would hit the eastern suburbs twice over. "The people of Eastgate have been promised this line for fifteen years," said Councillor Howard Blaine. "Today they have been told, once again, to wait. A fare freeze is nice. A train that actually reaches your neighbourhood is better."

Business groups in Kestrel Hill, where several apartment blocks have been built on the expectation that the line would open by the end of the decade, also criticised the decision.

The council's own transport officers had warned in a report that delaying the Eastline would increase its final cost by an estimated $40 million because of rising construction prices.

> Every year we delay, the tunnel gets more expensive and the case for it gets harder to make. — from the transport officers' report to councillors

Ms Delacroix said the council remained "completely committed" to the Eastline and would seek additional funding from the Regional Assembly.

The vote came hours after the mayor presented a draft budget that [raises housing spending by 4 percent](/politics/mayor-budget-housing-spend). The fare freeze takes effect immediately.`,
  },
  {
    slug: "mayor-budget-housing-spend",
    section: "politics",
    headline: "Mayor's budget raises housing spending by 4 percent and adds a levy on empty homes",
    standfirst: "Mayor Celia Ormond's draft budget for next year promises 600 refurbished homes and a new levy on long-term empty properties, but leaves a $19 million gap to close.",
    authors: ["tomas-lindqvist", "priya-raman"],
    tags: ["budget", "housing", "city-council"],
    hoursAgo: 8,
    featured: true,
    heroCaption: "Mayor Celia Ormond presents her draft budget in the council chamber.",
    heroAlt: "A woman speaking at a lectern in a wood-panelled council chamber.",
    body: `Mayor Celia Ormond has set out a draft budget that would increase the city's spending on housing by 4 percent next year, fund the refurbishment of 600 empty homes and introduce a levy on properties left vacant for more than a year, in what she called "a budget for people who cannot find somewhere to live".

Presenting the plan to the council chamber this morning, Ms Ormond said the city could not "wait for the market to fix a problem the market has made worse". Total spending of $2.31 billion is up 3.2 percent on this year, slightly below the rate of inflation.

"Every week I meet nurses, bus drivers and teachers who work in this city and cannot afford to live in it," she told councillors. "This budget does not solve that overnight. But it moves every lever we control in the same direction."

## The main measures

The draft budget includes:

- **$48 million** to buy, repair and let 600 long-term empty homes over three years, through the city's housing company
- **An empty homes levy** that doubles the property charge on homes left unoccupied and unfurnished for more than twelve months, expected to raise about $6 million a year
- **$9 million** for repairs to existing council housing, focusing on damp and heating
- **A hiring freeze** on non-frontline council posts, saving an estimated $7 million
- **A 2.9 percent rise** in the general property charge, below the 4.5 percent the council is permitted to levy

The budget also confirms the Metro fare freeze that councillors are due to vote on later today, funded by delaying work on the Eastline extension.

## A gap to close

The city's finance director, Ezra Nakamura, warned in a report accompanying the budget that the plan still leaves a shortfall of about $19 million, largely because of higher pay settlements and rising energy bills in council buildings. The gap is expected to be closed through a combination of savings and reserves before the final vote in February.

"The numbers are tight and they depend on assumptions that could change," Mr Nakamura wrote. "In particular, the yield from the empty homes levy is uncertain in its first year."

## Reaction

Housing campaigners welcomed the focus on empty homes. The city has around 2,700 properties that have been empty for more than six months, according to council records, roughly one for every four households on the housing waiting list.

Carys Mwangi of the Calder Bay Renters' Union called the plan "a genuine step, if a modest one". "Six hundred homes over three years will not touch the sides of the waiting list," she said. "But it is six hundred more than the last budget delivered."

The opposition's finance spokesperson, Councillor Marcus Wren, said the rise in the property charge would hurt pensioners and families on fixed incomes. "The mayor has found money for her priorities by asking everyone else to pay more and by quietly shelving the one transport project that would do most for the east of the city," he said.

Property owners' groups said the levy risked penalising people who were unable to sell or let homes through no fault of their own, such as those tied up in the settlement of an estate. The mayor's office said there would be exemptions for homes in probate, undergoing major renovation or on the market at a reasonable price.

> The test of this budget is not what it says in February. It is how many keys are handed over to families by next Christmas. — Councillor Dev Sandhu, chair of the housing committee

## What happens next

The draft budget will be examined by the council's finance committee over the coming weeks. Residents can comment on the proposals through the city's [budget consultation](https://example.org/calder-bay/budget-consultation), which closes at the end of next month.

Ms Ormond, who is seeking a second term at next spring's election, cited a recent *Ledger* analysis which found that [one in five rental listings](/news/rental-listings-affordability-data) in the city costs more than half of a typical wage.`,
  },
  {
    slug: "assembly-harbour-governance-bill",
    section: "politics",
    headline: "Regional Assembly passes harbour governance bill by two votes",
    standfirst: "The bill replaces the appointed Calder Bay Harbour Board with a smaller body that includes elected councillors, ending a governance model that has stood for 70 years.",
    authors: ["tomas-lindqvist"],
    tags: ["harbour", "trade"],
    hoursAgo: 120,
    heroCaption: "Members of the Regional Assembly during the final vote on the harbour bill.",
    heroAlt: "Rows of seated legislators in a semicircular debating chamber.",
    body: `The Regional Assembly has voted by the narrowest of margins to overhaul the way the port of Calder Bay is run, replacing its appointed harbour board with a smaller authority that will include elected councillors for the first time.

The Harbour Governance Bill passed its final reading by 41 votes to 39 late last night, after an amendment to delay its implementation was defeated. It will take effect in July.

Under the new law, the 15-member Calder Bay Harbour Board, whose members are appointed by the assembly's trade minister, will be replaced by a nine-member Harbour Authority. Three seats will go to Calder Bay city councillors, two to representatives of port workers and businesses, and four to independent members chosen through open recruitment.

"For seven decades, decisions about the single most important economic asset in this region have been made by people nobody elected and few people could name," said Assembly Member Leona Farrant, who sponsored the bill. "That ends today."

Opponents argued that the change risked politicising decisions about investment and pricing. Assembly Member Conrad Vey said the port's record of steady growth showed that the existing board "has served the region well". "We are fixing something that was not broken, and we may well break it," he said.

The Calder Bay Port Company, which runs the North Quay container terminal under a concession from the board, said it would "work constructively" with the new authority. Its concession runs until 2041.

The port handled about 1.4 million containers last year and directly employs around 3,200 people, according to the board's annual report.

The bill's passage is a significant win for the assembly's governing bloc, which has a majority of just three seats. Two members of the bloc voted against it, while one opposition member voted in favour.`,
  },
  {
    slug: "mayoral-candidates-guide",
    section: "politics",
    headline: "Who wants to run Calder Bay? A guide to the five declared mayoral candidates",
    standfirst: "With nominations closing in the new year, five candidates have declared for next spring's mayoral election; here is who they are and what they have promised so far.",
    authors: ["tomas-lindqvist", "elliot-ferreira"],
    tags: ["elections", "city-council"],
    hoursAgo: 205,
    heroCaption: "Campaign posters go up along Canal Road ahead of next spring's mayoral election.",
    heroAlt: "Colourful election posters pasted on a wall beside a city pavement.",
    body: `Calder Bay will elect a mayor next spring, and the field is already crowded. Five candidates have formally declared, and at least two more are thought to be considering a run before nominations close in January.

The mayor controls a budget of more than $2 billion, sets the direction of the Metro and chairs the board of the city's housing company. The election uses a two-round system: if no candidate wins more than half of the vote, the top two meet in a run-off three weeks later.

Here is what we know about the declared candidates, in alphabetical order by surname.

### Howard Blaine

A councillor for Eastgate since 2014 and the opposition's transport spokesperson, Mr Blaine, 58, is a former engineer who worked on the city's water network. He has made the Eastline Metro extension the centre of his campaign and says he would restore its original timetable "in the first hundred days". He opposes any new levy on empty homes.

### Samira Delane

Ms Delane, 39, runs a bakery chain with six branches across the city and has never held elected office. Standing as an independent, she says city hall is "run for people who attend meetings, not people who work for a living". Her platform includes cutting business rates for firms with fewer than 20 employees and publishing every council contract worth more than $50,000 online.

### Celia Ormond

The incumbent, Ms Ormond, 51, was elected four years ago as the candidate of a centre-left coalition and is seeking a second term. A former social housing manager, she has focused on housing and the cost of public transport. Critics say her administration has been slow to deliver; supporters point to a fall in rough sleeping and a rebuilt library network.

### Owen Tremayne

A Saltmarsh community organiser and former youth worker, Mr Tremayne, 44, is the candidate of the Green and Community alliance. He wants a city-wide rent stabilisation scheme, free Metro travel for under-18s and a ban on new fossil-fuel heating in council buildings. He says he would pay for some of this by cutting the mayor's communications budget.

### Grace Whitlow

Ms Whitlow, 63, led the Calder Bay Chamber of Commerce for nine years and is backed by the centre-right. She has promised to "get the city building again", with faster planning decisions and a target of 4,000 new homes a year. She has also pledged to review council spending on consultants, which she says has doubled in five years.

## What the numbers say

There has been little public polling. A survey of 1,020 residents commissioned by a local business group last month, which should be treated with caution, put Ms Ormond on 29 percent, Ms Whitlow on 24 percent, Mr Blaine on 17 percent, Mr Tremayne on 12 percent and Ms Delane on 8 percent, with the rest undecided.

Turnout at the last mayoral election was 38 percent, one of the lowest of any city in the region. In Saltmarsh and Eastgate it was below 30 percent.

## The issues voters raise

When *The Ledger* asked readers last month what they most wanted the candidates to address, the most common answers were:

- The cost of renting and buying a home
- The reliability and cost of the Metro
- Waiting times at Calder Bay General's emergency department
- Safety on the streets at night

> What I want is someone who can tell me what they will actually do in the first year, not in the first decade. — Nell Harrington, a reader from Gullhaven

## Key dates

1. Nominations close on 15 January
2. Spending limits for candidates take effect on 1 February
3. The first televised debate is scheduled for early March
4. Polling day is 12 April, with a run-off, if needed, on 3 May

Residents can check that they are registered to vote on the [electoral services website](https://example.org/calder-bay/register-to-vote). The deadline to register for the first round is 24 March.

We will update this guide as more candidates declare. Our report on the [new ward map](/politics/ward-boundaries-saltmarsh-split) explains how boundary changes will affect the council elections held on the same day.`,
  },
  {
    slug: "school-meals-contract-inquiry",
    section: "politics",
    headline: "Opposition demands inquiry into $22 million school meals contract",
    standfirst: "Councillors want an independent review of how a catering firm won a five-year contract for the city's schools after complaints about portion sizes and late deliveries.",
    authors: ["tomas-lindqvist"],
    tags: ["education", "budget", "city-council"],
    hoursAgo: 335,
    body: `Opposition councillors have called for an independent inquiry into the award of a $22 million contract to supply meals to Calder Bay's state schools, after parents and headteachers complained about small portions, late deliveries and food arriving cold.

The five-year contract was awarded in the summer to Brightplate Catering, a firm based outside the region, which replaced an in-house service run by the council. The council said at the time that the switch would save around $1.6 million a year.

Since the start of term, the council has received 214 formal complaints about the service, according to figures released in answer to a question from Councillor Marcus Wren. Headteachers at nine schools have written to the education department about meals arriving after lunch had begun.

"We were promised the same quality for less money. What we have got is less food for the same children," Mr Wren said. "Somebody needs to explain how this contract was scored and why the concerns raised during the tender were ignored."

In a letter to the council's audit committee, the opposition asked for an inquiry to examine:

1. How bids were scored, and whether price was given too much weight relative to quality
2. Whether references from the firm's previous contracts were properly checked
3. What penalties the contract allows for missed deliveries, and whether any have been applied

The council's education lead, Councillor Farida Noor, said the authority was "holding the contractor to account" and had issued two formal warnings. "There were clearly problems in the first weeks of term, and they were not acceptable," she said. "Our monitoring shows the service has improved significantly since then."

Brightplate said in a statement that it had added two delivery vans and increased staffing at its Calder Bay kitchen, and that more than 96 percent of meals were now delivered on time.

The audit committee will decide whether to commission an inquiry at its next meeting.`,
  },
  {
    slug: "voting-age-sixteen-committee",
    section: "politics",
    headline: "Assembly committee backs lowering the voting age to 16 for local elections",
    standfirst: "A cross-party committee of the Regional Assembly has recommended letting 16- and 17-year-olds vote in council and mayoral elections, setting up a contested debate next year.",
    authors: ["tomas-lindqvist"],
    tags: ["elections", "education"],
    hoursAgo: 455,
    body: `A cross-party committee of the Regional Assembly has recommended lowering the voting age for local elections from 18 to 16, a change that would add about 21,000 potential voters in Calder Bay alone.

The constitutional affairs committee voted seven to four in favour of the proposal after a six-month inquiry that heard evidence from teachers, youth organisations, electoral officials and more than 1,200 young people who responded to an online survey.

"The young people who gave evidence to us were thoughtful, well informed and, frankly, more patient with the political process than many adults," said the committee's chair, Assembly Member Orla Brennan. "They pay tax on their wages, they can leave school and they can work. We think they have earned a say over the services they use."

The committee's report makes several recommendations, including:

- Lowering the voting age for council, mayoral and regional elections, but not for referendums
- Registering young people automatically when they turn 16, using school enrolment records
- Funding citizenship lessons in every secondary school in the year before pupils become eligible
- Reviewing turnout among new voters after two election cycles

Four committee members published a minority report arguing that the voting age should stay aligned with the age of legal adulthood. "We do not doubt that many 16-year-olds are capable of voting responsibly," it said. "But the law treats them as children in almost every other respect, and the franchise should be consistent with that."

Student groups welcomed the recommendation. Jude Amankwah, 17, who chairs the Calder Bay Youth Council, said the change would "make politicians take young people seriously for the first time".

The assembly's government has said it will respond to the report within three months. Any change would require legislation and could not take effect before next spring's elections.`,
  },
  {
    slug: "ward-boundaries-saltmarsh-split",
    section: "politics",
    headline: "New ward map splits Saltmarsh in two and adds a council seat in the east",
    standfirst: "The independent boundary commission's final map redraws 14 of Calder Bay's wards and creates a new one in the east, with changes taking effect at next spring's elections.",
    authors: ["tomas-lindqvist"],
    tags: ["elections", "city-council"],
    hoursAgo: 715,
    heroCaption: "Saltmarsh High Street, which will form the boundary between two wards under the new map.",
    heroAlt: "A narrow high street lined with small shops and parked cars.",
    body: `Saltmarsh will be divided between two council wards for the first time under a new electoral map published today by the independent boundary commission, which has redrawn 14 of Calder Bay's 22 wards and created a 23rd in the fast-growing east of the city.

The commission said the changes were needed because population growth over the past decade had left some wards with almost twice as many voters as others. Before the review, the largest ward, Kestrel Hill, had 19,400 registered voters, while the smallest, Old Harbour, had 10,200.

Under the final map:

- Saltmarsh is split along the High Street into **Saltmarsh North** and **Saltmarsh and Tanner's Row**
- A new ward, **Eastgate Fields**, is created from parts of Eastgate and Kestrel Hill
- Old Harbour is merged with part of the city centre to form **Harbour and Mercer**
- No ward will have more than 10 percent more or fewer voters than the city average

The changes will take effect at the council elections held alongside next spring's mayoral vote.

In Saltmarsh, the decision to split the district drew an angry response from some residents, who argued during the consultation that it would dilute the area's voice at city hall. More than 600 people signed a petition asking the commission to keep the district whole.

"Saltmarsh is one community with one high street, one set of schools and one set of problems," said Delia Fontaine, who organised the petition. "Now it will have councillors who also have to think about neighbourhoods on the other side of the hill."

The commission's chair, Professor Alan Mbatha, said the panel had considered keeping the district together but that doing so would have left neighbouring wards badly out of balance. "Every line on a map disappoints someone," he said. "Our job is to make sure each vote carries roughly the same weight."

Party officials said privately that the new map was likely to make two or three seats more competitive. The full map and the commission's report are [available on its website](https://example.org/boundary-commission/calder-bay-final).`,
  },

  // ------------------------------------------------------------ business
  {
    slug: "city-centre-retailers-strong-quarter",
    section: "business",
    headline: "City centre retailers report their strongest quarter in five years",
    standfirst: "Sales at independent shops and hospitality businesses in the city centre rose 7 percent on a year earlier, helped by cruise visitors and a late-summer heatwave.",
    authors: ["priya-raman"],
    tags: ["jobs", "trade"],
    hoursAgo: 5,
    heroCaption: "Shoppers on Mercer Place, where footfall was up 9 percent on last year.",
    heroAlt: "People walking past shop windows on a pedestrianised square.",
    body: `Independent shops, cafes and restaurants in Calder Bay's city centre had their strongest quarter in five years between July and September, according to figures from the city's business improvement district, with sales up 7 percent on a year earlier.

The figures, based on card transaction data from 640 businesses, show the biggest increases in food and drink, where sales rose 11 percent, and in clothing and footwear, up 6 percent. Footfall on Mercer Place and the surrounding streets was 9 percent higher than a year ago.

"It has been a long time since we could put out a set of numbers that made people smile," said Oona Belcourt, chief executive of the Calder Bay City Centre Partnership. "The centre has had a difficult few years, and this tells us that people are coming back."

## What drove the rise

Ms Belcourt pointed to three factors:

- A record season for cruise calls at the North Quay, with 61 ships bringing an estimated 118,000 passengers
- A heatwave in late August that lifted outdoor dining and evening trade
- The reopening of the Mercer Place market hall after a two-year refurbishment

Not every business shared in the gains. Sales at homeware and electronics shops fell slightly, and several retailers said rising rents and energy bills had eaten into their margins.

Tariq Benali, who owns a menswear shop near the market hall, said his takings were up but his profits were not. "More people through the door is great," he said. "But my electricity bill went up by a third this year, so the extra sales mostly go straight back out again."

The partnership warned that the final quarter of the year would be tougher, with the cruise season over and households facing higher heating costs. Disruption on Ferrier Street, one of the centre's busiest shopping streets, could also weigh on trade in the run-up to Christmas.

The figures will be published in full in the partnership's [quarterly report](https://example.org/calder-bay-city-centre/quarterly-report).`,
  },
  {
    slug: "harrow-marine-shipyard-job-cuts",
    section: "business",
    headline: "Harrow Marine to cut 240 jobs at Calder Bay shipyard as orders dry up",
    standfirst: "The city's largest private employer blamed a slump in ferry and patrol boat orders, and said it would close its hull fabrication shed on the North Quay by summer.",
    authors: ["priya-raman"],
    tags: ["jobs", "harbour", "trade"],
    hoursAgo: 30,
    featured: true,
    heroCaption: "The Harrow Marine shipyard on the North Quay, where 240 jobs are at risk.",
    heroAlt: "Cranes and a large industrial shed beside a quay with a partly built ship hull.",
    body: `Harrow Marine, the shipbuilder that is Calder Bay's largest private employer, is to cut 240 jobs at its North Quay yard and close its hull fabrication shed, blaming a sharp fall in orders for ferries and patrol boats.

The company told staff at a meeting this morning that the cuts, about 13 percent of its local workforce of 1,850, would take place in stages over the next six months. It said it would seek volunteers for redundancy first, but could not rule out compulsory job losses.

"This is the hardest announcement I have had to make in 22 years at this company," said the chief executive, Lorcan Whitaker. "We have fought for every contract. But the order book we have is not the order book we need to keep the yard working at its current size."

## Why the orders have dried up

Harrow Marine has built vessels on the North Quay since 1921. In recent years it has specialised in medium-sized passenger ferries and coastguard patrol boats, selling to operators and governments across the region.

The company said three factors had hit its order book:

1. Two regional ferry operators postponed fleet renewal programmes this year, citing higher borrowing costs
2. A coastguard contract for six patrol vessels, which Harrow had expected to win, went to a rival yard overseas
3. Steel and energy prices remain well above their levels of five years ago, making its bids less competitive

According to its most recent annual accounts, Harrow's revenue fell 16 percent to $412 million last year, and it made a pre-tax loss of $9 million, its first loss in more than a decade.

## A blow to the North Quay

The cuts will fall hardest on welders, fabricators and steelworkers in the hull shed, which will close by the summer. The company said future hulls would be built in sections by a subcontractor and assembled at the yard.

Union representatives said they had been given no warning. "Our members found out about this at the same time as the press," said Bernadette Okoro, regional organiser for the shipbuilding union. "We want to see the figures, and we want to talk about every alternative before a single person is shown the door."

> These are skilled jobs that took years to learn. Once a welder leaves the industry, they rarely come back. — Bernadette Okoro, shipbuilding union

The job losses are likely to ripple outward. An economic study commissioned by the harbour board two years ago estimated that each job at the yard supports around 1.4 further jobs among suppliers and local businesses, which would put the total impact at more than 500 jobs.

Ravi Anand, who runs a cafe opposite the yard gates, said about 60 percent of his trade came from shipyard workers. "When the morning shift comes in, the queue is out of the door," he said. "Take away 240 of them and I don't know what this street looks like."

## Political reaction

Mayor Celia Ormond said she would meet the company's management this week and had asked the city's economic development team to set up a support centre for affected workers. "We will do everything we can to keep these skills in Calder Bay," she said.

The Regional Assembly's trade minister said the assembly would look at whether its procurement rules could give more weight to local shipbuilding in future public contracts, without breaching trade agreements.

Councillor Howard Blaine, who is standing for mayor, called the announcement "a wake-up call" for a city that had "taken its industrial base for granted".

## What comes next

Harrow said it was still bidding for several contracts, including a replacement fleet for the Gullhaven ferry service and two research vessels, and that winning them could allow it to rehire. The Gullhaven route, run by Bay Ferries, has [struggled with crew shortages](/news/north-quay-ferry-timetable-cut) this autumn, and a decision on new boats is expected in the spring.

The company will open a 45-day consultation with unions. Workers have been offered retraining through the regional skills fund, and the city said it would hold a jobs fair at the North Quay in the new year.`,
  },
  {
    slug: "bayside-mutual-mortgage-rates",
    section: "business",
    headline: "Bayside Mutual raises fixed mortgage rates for the third time this year",
    standfirst: "The region's largest building society will add 0.3 percentage points to its two- and five-year fixed deals from Monday, adding about $60 a month to a typical loan.",
    authors: ["priya-raman"],
    tags: ["housing", "budget"],
    hoursAgo: 250,
    body: `Bayside Mutual, the building society that holds about a quarter of all mortgages in the Calder Bay region, will raise rates on its fixed-rate home loans from Monday, its third increase this year.

Its two-year fixed rate for borrowers with a 25 percent deposit will rise from 5.19 percent to 5.49 percent, and its five-year rate from 4.89 percent to 5.19 percent. For a borrower with a $350,000 loan repaid over 25 years, the change adds roughly $60 to monthly repayments.

"Our own funding costs have risen over the past two months and we have held off passing that on for as long as we responsibly could," said Miriam Castellane, Bayside's chief financial officer. "We know this is unwelcome news for people coming to the end of a fixed deal."

Mortgage brokers said other lenders were likely to follow. Finn Calloway, who runs a brokerage on Canal Road, said first-time buyers would feel it most. "For someone stretching to buy a flat in Saltmarsh, an extra sixty dollars a month can be the difference between passing the affordability test and failing it," he said.

Bayside said:

- Existing customers on fixed deals will not be affected until their current rate ends
- Borrowers who have already applied will keep the rate they applied for, for three months
- Its variable rate, which about 8,000 customers pay, is unchanged for now

About 11,000 Bayside customers are due to come off fixed deals in the next twelve months, according to the society. Many of them took out their loans when rates were below 3 percent.

The rise adds to pressure on a housing market in which prices have flattened this year. Figures from the regional land registry show the average home in Calder Bay sold for $468,000 in the third quarter, down 1 percent on a year earlier, while rents have kept climbing, as a [Ledger analysis](/news/rental-listings-affordability-data) found.`,
  },
  {
    slug: "north-quay-container-record",
    section: "business",
    headline: "North Quay handles record container volumes as new cranes come into service",
    standfirst: "The port moved more than 140,000 containers last month, its busiest month ever, after three new ship-to-shore cranes doubled the capacity of its deepest berth.",
    authors: ["priya-raman"],
    tags: ["harbour", "trade", "jobs"],
    hoursAgo: 380,
    heroCaption: "One of three new ship-to-shore cranes at work on the North Quay's deep-water berth.",
    heroAlt: "A tall blue gantry crane lifting a shipping container from a vessel at night.",
    body: `The North Quay container terminal handled more containers last month than in any month in its history, as three new cranes installed over the summer allowed it to serve two of the largest ships that call at Calder Bay at the same time.

The Calder Bay Port Company said the terminal moved 141,600 containers, measured in standard twenty-foot units, up 14 percent on the same month last year and 6 percent above the previous record, set two years ago.

"The new cranes have changed what this quay can do," said Hamish Delgado, the terminal's managing director. "A ship that used to spend 40 hours alongside is now turning round in 28. That is what shipping lines look at when they decide where to call."

The three electric cranes, which cost a combined $72 million, can reach across vessels 24 containers wide. They replaced two diesel cranes that were more than 30 years old.

The company said the investment had also created jobs. It has hired 85 additional staff this year, including crane operators, engineers and lashing crews, bringing its workforce to about 1,150.

## Growing pains

The surge in traffic has not been without problems. Residents of streets near the port entrance have complained about queues of lorries on Harbour Road at peak times, and the city has received 47 complaints about noise from night-time operations since August.

> We're glad the port is doing well. We'd just like to be able to sleep. — Agnes Moreau, who lives on Harbour Road

The port company said it would require all hauliers to book arrival slots through its online system from the new year, to spread arrivals more evenly, and was testing quieter equipment for night shifts.

Trade groups said the figures reflected strong demand for imports as well as growth in exports from the region's food processors and manufacturers. The port's long-term plan, [published last year](https://example.org/calder-bay-port/masterplan), envisages doubling capacity by 2040 with a new berth on reclaimed land to the east of the current terminal.`,
  },
  {
    slug: "brinefield-kelp-seaweed-funding",
    section: "business",
    headline: "Seaweed farming start-up Brinefield Kelp raises $6 million to expand in the bay",
    standfirst: "The four-year-old company, which grows kelp on ropes off Gullhaven, plans to triple its farm area and open a processing plant on the North Quay next year.",
    authors: ["priya-raman"],
    tags: ["startups", "oceans", "food"],
    hoursAgo: 420,
    heroCaption: "Workers haul a line of kelp aboard a Brinefield boat off the Gullhaven shore.",
    heroAlt: "Two people in waterproofs lifting a rope thick with brown seaweed onto a small boat.",
    body: `Brinefield Kelp, a Calder Bay start-up that farms seaweed on submerged ropes off the Gullhaven shore, has raised $6 million from investors to triple the size of its farm and build a processing plant on the North Quay.

The funding round was led by a regional venture fund that specialises in food and marine businesses, with participation from two of the company's existing backers and a grant from the Regional Assembly's innovation programme.

The company was founded four years ago by Nia Rowntree, a former marine biologist, and Callum Esterhuizen, who previously worked in the fishing industry. It now employs 19 people and harvested 310 tonnes of wet seaweed this year.

"When we started, people asked whether we were a science project or a business," Ms Rowntree said. "We are a business. We have customers waiting for product we can't yet grow."

Brinefield sells its kelp to:

- Food manufacturers, who use it in sauces, seasonings and plant-based products
- Farmers, as a feed supplement for cattle
- Horticulture firms, as a base for fertiliser

The new plant will allow the company to dry and process seaweed locally rather than sending it to a contractor several hundred kilometres away, which Mr Esterhuizen said would cut costs by about a third and create 25 jobs.

Seaweed farming has attracted growing interest because kelp grows quickly without fresh water, fertiliser or feed, and can absorb excess nutrients from the surrounding water. Researchers at Calder Bay University are studying whether the farms also provide shelter for juvenile fish.

Some fishermen in Gullhaven have raised concerns about the expansion, arguing that the farm's lines could restrict access to inshore grounds. The company said it had agreed a layout for the new lines with the local fishermen's association and would leave navigation channels open.

> We are not against it. We just want to make sure the bay still has room for everybody. — Donal Keane, secretary of the Gullhaven Fishermen's Association

The expansion still needs a marine licence from the harbour board, which the company expects to receive early next year.`,
  },
  {
    slug: "four-day-week-trial-results",
    section: "business",
    headline: "Four-day week trial: what happened when 14 Calder Bay firms cut their hours",
    standfirst: "Eleven of the fourteen employers in a six-month trial of a 32-hour week say they will keep it, but the results varied widely between offices, workshops and shop floors.",
    authors: ["priya-raman", "elliot-ferreira"],
    tags: ["jobs", "startups"],
    hoursAgo: 570,
    heroCaption: "Staff at a Saltmarsh design studio that has adopted a four-day week after the trial.",
    heroAlt: "A small open-plan office with a few people working at desks by large windows.",
    body: `Eleven of the 14 Calder Bay employers that took part in a six-month trial of a four-day working week have decided to keep it, according to results published today by the researchers who ran the experiment.

The trial, organised by the Calder Bay Chamber of Commerce with researchers from Calder Bay University's business school, asked employers to cut working hours to 32 a week with no loss of pay, while aiming to keep output at its previous level. About 430 employees took part, in businesses ranging from a software firm to a bakery.

"The headline is positive, but the story underneath is more interesting," said Dr Leila Farouk, who led the research. "The four-day week worked brilliantly in some places and was a struggle in others, and what made the difference was rarely the sector. It was how carefully the change was planned."

## What the researchers found

Across the participating firms, the study recorded:

- An average rise in revenue of 4 percent compared with the same period a year earlier, although the researchers caution that this cannot be attributed to the trial alone
- A 38 percent fall in sick days
- A drop in resignations, from 11 in the six months before the trial to 4 during it
- Lower self-reported burnout scores in 12 of the 14 firms

Employees were surveyed at the start, middle and end of the trial. At the end, 88 percent said they wanted to continue, and 9 percent said they would need a pay rise of more than 15 percent to go back to a five-day week.

## Where it worked

Tern Studio, a 22-person design agency in Saltmarsh, was among the most enthusiastic participants. Its founder, Matteo Ruane, said the team had cut internal meetings by about half and introduced two "focus mornings" each week when nobody could book calls.

"We assumed we would have to work harder to fit five days into four," he said. "In fact, we discovered how much of our week was waste. We are delivering the same work, the clients have not noticed, and people are happier. I would not go back."

A software company on the North Quay reported similar results, as did an accountancy practice that moved its staff onto staggered schedules so that the office remained open five days a week.

## Where it struggled

The three firms that abandoned the trial were a bakery, a small manufacturing workshop and a care agency. All three said the nature of their work made it difficult to raise productivity without hiring more staff.

Gwen Lachance, who owns a bakery with two branches, said her team had tried hard. "You can't bake bread faster by having fewer meetings," she said. "The ovens take the time they take. To cover the shop six days a week on 32-hour contracts, I'd need two more people, and I can't afford them."

> A four-day week is not a magic trick. In a workplace where time is the product, fewer hours means fewer hours. — Dr Leila Farouk, Calder Bay University

The care agency said it had ended the trial after two months because of the difficulty of covering shifts, although it would consider a modified version for its office staff.

## Lessons for other employers

The researchers offered several recommendations for firms considering the change, including starting with a pilot in one team, measuring output *before* the trial begins and involving staff in redesigning how work is done. Their full report is [available from the business school](https://example.org/calder-bay-university/four-day-week-report).

Business groups were cautious. The Chamber of Commerce said it was encouraged but that the sample was small and self-selecting. "These were firms that volunteered because they thought it might work," said the chamber's policy director, Samuel Okwu. "We shouldn't assume the results would be the same across the whole economy."

Unions welcomed the findings and called on the council to run a similar trial among its own staff. The council said it had no current plans to do so.

A second trial, involving 30 firms, is due to begin in the spring.`,
  },

  // ---------------------------------------------------------- technology
  {
    slug: "metro-facial-recognition-pause",
    section: "technology",
    headline: "Calder Bay Metro pauses facial recognition trial after privacy watchdog intervenes",
    standfirst: "The operator has switched off cameras at four stations after the regional information commissioner questioned whether passengers were properly told their faces were being scanned.",
    authors: ["daniel-achterberg"],
    tags: ["privacy", "artificial-intelligence", "transport"],
    hoursAgo: 14,
    heroCaption: "A camera above the ticket barriers at Central station, one of four stations in the trial.",
    heroAlt: "A small dome camera on a ceiling above a row of ticket gates.",
    body: `Calder Bay Metro has suspended a trial of facial recognition cameras at four of its busiest stations after the region's information commissioner raised concerns about how passengers were told that their faces were being scanned.

The system, supplied by a security technology firm under a six-month contract, compared the faces of people passing through ticket barriers against a watchlist of individuals banned from the network for violent or threatening behaviour. It was switched on at Central, Ferrier Street, Quayside and University stations in September.

In a letter to the operator seen by *The Ledger*, the deputy information commissioner, Anouk Reyes, said signs at the stations were "small, inconsistently placed and unlikely to be noticed by a passenger moving through a busy concourse". She asked the Metro to explain how long images were kept and who had access to them.

"We have paused the trial so that we can answer the commissioner's questions fully," a Metro spokesperson said. "We believe the system has helped to keep staff and passengers safe, but it is important that people trust how it is used."

## What the trial found

According to the operator, the cameras scanned an average of about 58,000 faces a day during the trial. They generated 31 alerts, of which:

- 19 were confirmed matches to people on the watchlist
- 9 were false matches, in which the system wrongly flagged a passenger
- 3 could not be checked because the person had already left the station

Privacy campaigners seized on the false matches. "Nine innocent people were flagged as potential threats on their way to work," said Jonah Tiwari of the digital rights group Open Circuit. "And most of the tens of thousands of passengers scanned every day had no idea it was happening."

The Metro's staff union has supported the trial, saying assaults on station workers rose by a quarter last year.

> Our members are spat at, shoved and threatened. They deserve to know that someone who has attacked them before cannot just walk back through the gates. — Marguerite Olsen, branch secretary of the transport workers' union

The commissioner's office said it would publish its findings once it had reviewed the Metro's response, and the council's transport committee is due to discuss the trial next month. An [earlier Ledger report](/technology/bus-wifi-privacy) examined the data collected through the city's free wifi on buses.`,
  },
  {
    slug: "port-booking-system-ransomware",
    section: "technology",
    headline: "Ransomware attack cripples Calder Bay port's cargo booking system",
    standfirst: "Hauliers faced nine-hour queues at the North Quay after criminals encrypted the computers that schedule container collections, in the most serious cyberattack on the city's infrastructure.",
    authors: ["daniel-achterberg"],
    tags: ["cybersecurity", "harbour", "trade"],
    hoursAgo: 60,
    featured: true,
    heroCaption: "Lorries queue along Harbour Road as the North Quay terminal works through the backlog by hand.",
    heroAlt: "A line of lorries stretching along a road beside a container terminal fence.",
    body: `A ransomware attack has crippled the computer system that schedules container collections at Calder Bay's North Quay, leaving lorries queuing for up to nine hours and forcing port staff to process cargo using paper forms and whiteboards.

The Calder Bay Port Company said it detected unusual activity on its network in the early hours of Monday and shut down several systems as a precaution. By mid-morning it had confirmed that files on servers running its cargo booking platform had been encrypted by criminals demanding payment.

"We are treating this as a serious criminal attack, and we are working with the police and national cybersecurity specialists," said Hamish Delgado, the terminal's managing director. "Our priority is to keep cargo moving safely, even if that means moving it more slowly than usual."

## What was affected

The booking platform allows haulage firms to reserve time slots to drop off and collect containers. Without it, the terminal has had to revert to a first-come, first-served system, with staff checking paperwork by hand at the gate.

The company said the attack had affected:

- The haulier booking platform and its mobile app
- Internal systems used to track where containers are stacked in the yard
- Some email accounts used by administrative staff

Cranes, safety systems and the equipment that guides ships into the berth run on separate networks and were not affected, the company said.

By the first evening, the queue of lorries waiting to enter the terminal stretched more than two kilometres along Harbour Road. Police closed one lane to let other traffic through.

## Hauliers count the cost

Drivers described long waits with no access to toilets or food. "I got here at 6am and I'm still 40 trucks from the gate," said Kofi Mensah, a driver for a haulage firm in the western suburbs, speaking at 2pm. "I've got two more collections booked today that I'm going to miss."

The regional hauliers' association estimated that its members were losing about $400,000 a day in wasted driver hours and missed deliveries. Its director, Sunniva Hale, called on the port to set up a temporary compensation scheme.

> This is exactly the kind of event that everyone in logistics knows can happen and nobody seems to plan for properly. — Sunniva Hale, regional hauliers' association

## Will the port pay?

The company declined to say how much the attackers had demanded or whether it would pay. Government guidance in the region discourages organisations from paying ransoms, on the grounds that payment funds further crime and does not guarantee that data will be restored.

Security specialists said the attack bore the hallmarks of a criminal group that has targeted logistics firms in several countries this year. Such groups typically both encrypt data and steal copies of it, threatening to publish the files if the ransom is not paid.

"Ports are attractive targets because every hour of disruption is expensive and very visible," said Dr Anya Korsakova, who researches infrastructure security at Calder Bay University. "Attackers know there will be enormous pressure to get back up and running quickly."

She said organisations could reduce their exposure by:

1. Keeping offline backups that cannot be reached from the main network
2. Separating operational systems from office IT, as the port appears to have done with its cranes
3. Requiring multi-factor authentication on every account, including those used by contractors
4. Rehearsing how to operate manually for days, not hours

## Questions for the harbour's new masters

The attack comes days after the Regional Assembly voted to [replace the harbour board](/politics/assembly-harbour-governance-bill) with a new authority that will include elected councillors. Several councillors said the new body should make cybersecurity a standing item on its agenda.

The port company said it expected to restore the booking platform "within days" from backups and would publish a fuller account once its investigation was complete. Hauliers have been advised to check the port's [status page](https://example.org/calder-bay-port/status) before setting off.`,
  },
  {
    slug: "court-translation-ai-scrutiny",
    section: "technology",
    headline: "AI translation tool used in Calder Bay courts faces scrutiny after errors in evidence",
    standfirst: "Defence lawyers say a machine translation system piloted in the magistrates' court mistranslated key phrases in at least two cases, prompting calls to suspend its use.",
    authors: ["daniel-achterberg", "george-whitcombe"],
    tags: ["artificial-intelligence", "courts", "startups"],
    hoursAgo: 185,
    heroCaption: "Screens showing machine-translated transcripts have been installed in two courtrooms at Calder Bay Magistrates' Court.",
    heroAlt: "A courtroom with wooden benches and a wall-mounted screen showing lines of text.",
    body: `A machine translation system being piloted in Calder Bay's magistrates' court is facing scrutiny after defence lawyers said it mistranslated key parts of witness evidence in at least two cases, including one in which a defendant's denial was rendered as an admission.

The tool, developed by the Calder Bay start-up Parlance Systems, has been used since the spring to provide real-time translation in hearings where no human interpreter is available at short notice. It displays a transcript of the translated speech on screens in the courtroom and produces a written record.

The regional courts service introduced the pilot to tackle a shortage of qualified interpreters, which it says caused 340 hearings in the city to be adjourned last year.

## The cases in question

In one case, heard in August, a man charged with handling stolen goods told the court in his first language that he "did not know where the phone came from". According to a complaint lodged by his lawyer, the system's written transcript read: "I knew where the phone came from."

The error was spotted by a relative of the defendant sitting in the public gallery, and the hearing was adjourned. The charge was later dropped for unrelated reasons.

"If that relative had not been in court, that transcript would have become part of the record," said Miriam Osterhaus, the defence solicitor. "It is hard to imagine a more dangerous mistake than turning a denial into a confession."

In a second case, a dispute between a landlord and a tenant, lawyers said the system repeatedly translated a word meaning "deposit" as "bribe".

## What the company says

Parlance Systems said its software was accurate in the "overwhelming majority" of cases and that both errors had been traced to poor audio quality and people speaking over one another. Its chief executive, Idris Vantongeren, said the company had since updated the software to flag passages where its confidence was low.

"No translation system, human or machine, is perfect," he said. "Our tool was designed to support justice, never to replace human judgment. Where there is any doubt, the court should call an interpreter."

The company, founded three years ago, employs 34 people and has been seen as one of the city's most promising technology firms. It raised $12 million from investors last year.

## Calls for a pause

The Calder Bay Law Society has written to the courts service asking it to suspend the pilot until an independent audit has been carried out. Its letter sets out several concerns:

- Defendants and witnesses are not always told that a machine, rather than a person, is translating
- There is no routine check of transcripts by a qualified interpreter
- The system has not been independently tested on the regional dialects spoken by many of the city's residents
- It is unclear who is responsible if an error affects the outcome of a case

> Interpreters are officers of the court, bound by a code of conduct. A piece of software is not, and we should stop talking as if it were. — from the Law Society's letter to the courts service

Professional interpreters have also raised concerns. Their association says fees for court work have not risen in eight years, driving many qualified interpreters into other work and creating the very shortage the pilot was meant to address.

## The courts service responds

The regional courts service said it took the concerns seriously and had asked Parlance for a full report on both incidents. It said the tool had been used in 212 hearings during the pilot and that judges could halt its use at any time.

"The pilot was designed to tell us exactly this kind of thing," a spokesperson said. "We will publish an evaluation before deciding whether to continue."

Legal experts said the episode raised a broader question about the use of *artificial intelligence* in public services. Professor Hannah Ostrowski of Calder Bay University's law school said courts needed clear rules before adopting such tools. "The standard cannot simply be whether the technology is usually right," she said. "In a courtroom, it has to be whether we would know when it is wrong."

The courts service is expected to publish its evaluation early next year. The pilot's [terms of reference](https://example.org/regional-courts/translation-pilot) are available online.`,
  },
  {
    slug: "student-satellite-heron-reaches-orbit",
    section: "technology",
    headline: "Satellite built by Calder Bay University students reaches orbit",
    standfirst: "The shoebox-sized satellite, designed to measure sea-surface temperatures along the coast, has sent its first signal to a ground station on the university's roof.",
    authors: ["daniel-achterberg"],
    tags: ["space", "education"],
    hoursAgo: 290,
    body: `A small satellite designed and built by students at Calder Bay University has reached orbit and sent its first signal back to a ground station on the roof of the engineering building, the university said.

The satellite, named *Heron-1*, measures 10 by 10 by 30 centimetres and weighs about four kilograms. It was carried into orbit as one of several dozen small payloads on a commercial launch and released about 520 kilometres above the Earth.

"When the first packet came through, the room went completely silent and then completely mad," said Ada Nwosu, a fourth-year engineering student who led the team responsible for the radio system. "Three years of work, and suddenly there it was, talking to us."

The project involved about 60 students over three years and cost around $410,000, funded by the university, a regional science grant and several local engineering firms.

*Heron-1* carries an infrared sensor designed to measure the temperature of the sea surface along the region's coastline. The data will be shared with researchers studying marine heatwaves, which have become more frequent in the bay over the past decade.

Over the coming weeks the team will:

1. Check the health of the satellite's batteries, solar panels and onboard computer
2. Calibrate the infrared sensor against temperature readings from buoys moored in the bay
3. Begin regular observations, with data published on the project's [open data page](https://example.org/calder-bay-university/heron-1)

Dr Ingrid Halloran, the lecturer who supervises the project, said the satellite was expected to operate for about two years before its orbit decays and it burns up in the atmosphere.

"The real value is the people," she said. "These students have done every part of a space mission, from design to launch to operations. There are not many places where you can learn that."

The team has already begun work on a successor with a sharper camera.`,
  },
  {
    slug: "bus-wifi-privacy",
    section: "technology",
    headline: "Free wifi is coming to every city bus, but riders will pay with their data",
    standfirst: "The council's free wifi scheme will extend to all 310 buses by spring, but the contract lets the provider collect location and browsing data for advertising.",
    authors: ["daniel-achterberg"],
    tags: ["transport", "privacy"],
    hoursAgo: 490,
    body: `Every bus in Calder Bay will offer free wifi by the spring under an expansion of the city's public internet scheme, but the contract behind it allows the provider to collect detailed information about passengers' devices and movements to sell targeted advertising.

The council's cabinet approved the expansion this week, extending a service already available in libraries, the Mercer Place market hall and 40 buses on the busiest routes to the entire fleet of 310 vehicles. The provider, a regional telecoms company, pays for the equipment and running costs in exchange for the right to show adverts on the login page and to use data from the network.

According to the contract, which *The Ledger* obtained through a freedom of information request, the provider may collect:

- The unique identifier of each device that connects
- The time and location of each connection, including the bus route and stop
- The addresses of websites visited, though not the content of encrypted pages
- Age range and postcode, which users must provide to log in

The data can be kept for up to 13 months and shared with advertising partners in "aggregated or pseudonymised" form.

Privacy experts said pseudonymised location data could often be traced back to individuals. "If you know where a device gets on the bus every morning and where it gets off every evening, you very quickly know where someone lives and works," said Dr Lucia Ferrand, who studies data protection at Calder Bay University. "Calling that pseudonymous does not make it anonymous."

Councillor Rosa Delacroix, the council's transport lead, defended the scheme. "This gives tens of thousands of people free internet access at no cost to the taxpayer, including many who cannot afford a big mobile data plan," she said. "The data rules comply with the law, and people can choose not to use it."

Digital inclusion charities said the arrangement put people on low incomes in a difficult position. "The people who rely most on free wifi are the ones with the least choice about giving up their data," said Benedikt Aro of the charity Connect Calder.

The council said it would put a plain-language privacy notice on every bus and review the contract's data terms when it comes up for renewal in three years. Passengers can read the [full privacy policy](https://example.org/calder-bay/bus-wifi-privacy) online.`,
  },
  {
    slug: "smart-meter-billing-errors-saltmarsh",
    section: "technology",
    headline: "Saltmarsh households hit by billing errors after smart meter rollout",
    standfirst: "Hundreds of homes received estimated bills several times higher than normal after new meters failed to send readings, the city's energy company has admitted.",
    authors: ["daniel-achterberg", "hollis-mbeki"],
    tags: ["energy", "privacy"],
    hoursAgo: 665,
    heroCaption: "A newly installed smart meter in a Saltmarsh hallway.",
    heroAlt: "A small white electricity meter with a digital display mounted on a wall.",
    body: `Calder Bay Energy has apologised to hundreds of households in the Saltmarsh district after a fault in newly installed smart meters led to estimated bills that in some cases were five times higher than normal.

The company, which is owned by the city council and supplies electricity to about 140,000 homes, began fitting the meters in Saltmarsh in the summer as the first stage of a city-wide rollout. It said about 2,600 meters in the district had failed to transmit readings for several weeks because of a problem with the mobile network modules inside them.

When no reading arrived, the billing system fell back on estimates based on the highest month of the previous year, usually January. Many customers who opened their autumn bills found they were being charged for winter levels of heating.

"My normal bill is about $90. This one said $470," said Farah Benyamin, a retired teacher who lives on Heron Street. "I rang three times before anyone could explain it. I'm on a pension. You can't just take that kind of money out of someone's account."

Calder Bay Energy said that:

- No customer will be charged for estimated usage until an actual reading has been taken
- Anyone who has already paid an inflated bill will be refunded within ten working days
- Engineers will visit every affected home to replace the faulty modules by the end of next month

"We got this wrong and we are sorry," said the company's customer director, Ellis Harcourt. "The meters are designed to make billing more accurate, and in this case they did the opposite."

The rollout has also drawn questions about how the meters' data is used. The devices can record electricity use every 30 minutes, which privacy campaigners say can reveal when people are at home, asleep or away. The company said it only collects half-hourly data with customers' consent and otherwise takes one reading a day.

> Smart meters can help people save energy and money, but only if people trust them. Episodes like this set that trust back. — Councillor Imogen Tate, chair of the infrastructure committee

The company said the rollout to other districts would be paused until the fault is fixed. Customers with questions can visit its [smart meter help page](https://example.org/calder-bay-energy/smart-meters).`,
  },
];
