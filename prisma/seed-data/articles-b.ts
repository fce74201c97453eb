import type { DemoArticle } from "./types";

// Demo articles, set B: science, climate, culture, sport and opinion.
// All people, places, organisations and events are fictional.
export const articlesB: DemoArticle[] = [
  // ---------------------------------------------------------------- climate
  {
    slug: "storm-surge-warning-saltmarsh",
    section: "climate",
    headline: "Storm surge warning for Saltmarsh and the North Quay as a gale closes in",
    standfirst:
      "Forecasters expect water up to 1.2 metres above a normal high tide tonight, and the city has opened two rest centres for people on low-lying streets.",
    authors: ["hollis-mbeki"],
    tags: ["flooding", "weather", "public-safety"],
    hoursAgo: 3,
    breaking: true,
    heroCaption: "Waves break over the harbour wall at the North Quay as the wind builds.",
    heroAlt: "Grey waves crashing over a stone harbour wall under a dark, heavy sky.",
    body: `The Coastal Forecast Centre has issued an amber storm surge warning for Calder Bay, saying a deepening area of low pressure is likely to push the sea in the Saltmarsh district and along the North Quay as much as 1.2 metres above a normal high tide late tonight.

High water is due at 11.47pm. Forecasters say the most dangerous period will run from about 10pm until 2am, when gusts of up to 110km/h are expected to drive waves straight into the inner harbour.

"This is the combination we worry about most: a spring tide, a strong onshore wind and low pressure sitting right over the bay," said Priyanka Das, the duty forecaster at the centre. "Anyone who lives or works on the waterfront should assume that water will come over the defences in places."

## Rest centres open

The city's emergency management office said it had opened two rest centres and would keep them staffed overnight:

- **Saltmarsh Community Hall**, Ferry Lane, open from 6pm, with room for 180 people
- **Harrow Point Academy sports hall**, open from 7pm, with room for 120 people and a separate area for pets

Martin Greaves, who leads the office, said crews had already laid about 2,400 sandbags along Tanner's Row and the lower end of Quay Street. "We are not telling anyone to leave their home at this stage," he said. "But if you live on a ground floor in Saltmarsh and you have somewhere dry to go tonight, go there."

## What residents are asked to do

1. Move vehicles out of the North Quay car parks before 8pm, when the barriers will be closed.
2. Stay away from the sea front, the Harrow Point causeway and the promenade until the warning is lifted.
3. Switch off electricity at the mains if water starts to come into your home.
4. Report blocked drains or rising water to the city flood line on 0800 555 0190.

Trams on Line 2 will terminate at Chandlers Cross from 9pm, and the Harrow Point ferry has cancelled its last three sailings. Several schools in the district said they would decide in the morning whether to open.

The warning comes weeks after the council published its plan to raise the sea wall, which councillors are due to vote on this week. Rosa Delgado, who represents Saltmarsh, said the night ahead would be "a reminder of why that vote cannot slip again".

Road closures and shelter updates are being posted on the [city's emergency page](https://example.org/calder-bay/emergency). The Ledger will update this story through the night.`,
  },

  // ---------------------------------------------------------------- sport
  {
    slug: "regatta-final-brought-forward-lindahl",
    section: "sport",
    headline: "Rowing club wins the Grand Challenge in a regatta final rushed forward to beat the gale",
    standfirst:
      "Calder Bay Rowing Club took the Harbour Regatta's top prize for the first time in eleven years, racing six hours early as the weather turned.",
    authors: ["kwame-osei"],
    tags: ["rowing", "harbour"],
    hoursAgo: 6,
    heroCaption: "The Calder Bay Rowing Club eight cross the line off the North Quay.",
    heroAlt: "Eight rowers in blue vests pulling hard in a long racing boat on choppy water.",
    body: `Calder Bay Rowing Club won the Grand Challenge Cup at the Harbour Regatta for the first time in eleven years, in a final that organisers moved forward by six hours so the crews could finish before an approaching gale reached the bay.

The home eight beat Port Ellery Boat Club by a length and a quarter over the 1,800-metre course from the ferry terminal to the North Quay, recording 5 minutes 41 seconds into a rising headwind. The crew from Lindenhaven University, last year's winners, finished third.

"We were told at breakfast that we were racing at ten instead of four," said Freya Lindahl, who stroked the Calder Bay boat. "Honestly, I think it helped. Nobody had time to get nervous."

The club's head coach, Arthur Penhale, said the win was the product of a winter spent rebuilding a squad that lost five of its eight senior rowers to university and work after last season. "Half of this crew were novices two years ago," he said. "They have done the early mornings on the water in January, when it is dark and miserable. This is what that buys you."

Regatta chair Gwen Holcroft said the decision to bring the finals forward was taken at 6.30am after a call with the Coastal Forecast Centre. Heats for the junior events, scheduled for the afternoon, were cancelled and those races will be rerun next month.

## Results

- **Grand Challenge Cup (senior eights):** Calder Bay RC beat Port Ellery BC; Lindenhaven University third
- **Quay Sculls (single sculls):** Marcus Oyelaran, Calder Bay RC
- **Harbour Fours (women's coxless fours):** Port Ellery BC beat Calder Bay RC by two seconds
- **Veterans' Eights:** Saltmarsh Amateur Rowing Association

The Grand Challenge Cup, a silver trophy first awarded in 1894, will go on display in the clubhouse on the North Quay once the storm has passed. Penhale said the crew would be back on the water "as soon as the harbour master lets us".`,
  },

  // ---------------------------------------------------------------- science
  {
    slug: "drone-survey-harrow-point-kittiwakes",
    section: "science",
    headline: "Drones and a counting algorithm find more kittiwakes at Harrow Point than feared",
    standfirst:
      "A survey that used aerial images and software trained to spot nesting birds suggests the colony below the lighthouse has held steady after three bad years.",
    authors: ["ines-carvalho", "elliot-ferreira"],
    tags: ["artificial-intelligence", "wildlife", "oceans"],
    hoursAgo: 12,
    heroCaption: "Kittiwakes nest on the cliffs below Harrow Point lighthouse.",
    heroAlt: "Small white seabirds on narrow ledges of a dark cliff beneath a white lighthouse.",
    body: `The kittiwake colony on the cliffs below Harrow Point lighthouse is larger than conservationists had feared, according to the first survey of the site carried out with drones and image-recognition software.

Researchers from Calder Bay University counted 2,318 occupied nests this summer, compared with an estimate of about 1,900 from last year's count, which was done the traditional way: by volunteers with binoculars and hand tally counters on the cliff path.

The new method works in three stages. A drone flies a fixed route along the cliff at a height that does not disturb the birds, taking several thousand overlapping photographs. Those are stitched into a single detailed image of the rock face. Software then marks every nest it can identify, and a human checks a sample of its decisions.

"The birds have not suddenly multiplied," said Dr Lars Pettersen, who leads the university's computer vision group. "What has changed is that we can now see into the ledges that were always hidden from the path. The old counts were probably too low for years."

## Checking the machine

The team tested the software against nests counted by hand on 40 sections of cliff. It agreed with the human counters on 96% of nests, and most of its mistakes involved gulls that had settled on empty kittiwake ledges. The full method is described in a paper published this week in the [Journal of Coastal Ecology](https://example.org/journals/coastal-ecology/harrow-point-kittiwakes).

Ellen Marsh, the warden who has run the volunteer counts for 14 years, said she welcomed the new figures but did not want the volunteers to be replaced.

"A drone can tell you how many nests there are," she said. "It can't tell you that the chicks look thin, or that the adults are flying further out to feed. You only learn that by sitting on the cliff for hours."

## Why it matters

Kittiwakes are small gulls that spend most of their lives at sea, and they are sensitive to changes in the small fish they feed on. The Harrow Point colony lost more than half of its chicks in each of the past three breeding seasons, a pattern linked to warmer water in the bay.

The survey found:

- 2,318 occupied nests, the highest count on record for the site
- an estimated 0.7 chicks per nest at the time of the flight, up from 0.4 last year
- about 150 nests on a newly colonised section of cliff north of the lighthouse

The university plans to repeat the flights every June and July and to share the software with two other seabird colonies along the coast.`,
  },

  // ---------------------------------------------------------------- opinion
  {
    slug: "sea-wall-vote-remembered",
    section: "opinion",
    headline: "The sea wall is the one vote this council will be remembered for",
    standfirst:
      "Councillors can argue about the details of the Bayfront Defence Plan for another year, but the sea will not wait for them to finish.",
    authors: ["nadia-haddad"],
    tags: ["flooding", "city-council", "budget"],
    hoursAgo: 34,
    heroCaption: "The sea wall along the Saltmarsh promenade at high tide.",
    heroAlt: "A concrete sea wall with the tide lapping close to its top and houses behind it.",
    body: `Most of what a city council does is forgotten within a decade. Bin collection rotas, parking permits, the colour of the new benches on the promenade: all of it matters at the time, and almost none of it outlasts the people who voted for it.

On Thursday, councillors in Calder Bay will make a decision that will still be shaping this city in 2080. They will vote on whether to approve the Bayfront Defence Plan, the $214 million scheme to raise the sea wall, replace the North Quay flood gates and build a new embankment behind the Saltmarsh Nature Reserve.

I have read the plan. It is not perfect. It leaves more than 400 homes at the far end of Saltmarsh on the wrong side of the new line, and the council has done a poor job of explaining to those families why. The funding depends on a national grant the city has not yet been given. The glass panels on the promenade section look lovely in the drawings and will, I suspect, look less lovely after their first winter of salt spray.

But I have also stood on Ferry Lane during a surge tide, watching water come up through the drains before it came over the wall, and I know what a delay would mean.

## The cost of waiting

Every year this vote has been postponed, the price has gone up. The first estimate, in 2016, was $131 million. Construction costs have risen since, and so has the sea. The engineers now say the design must assume about half a metre of sea level rise by 2080. Each year we wait, the margin for error shrinks.

There are councillors who say we should send the plan back and ask for an option that protects everyone. I understand the instinct. But the honest version of that argument would also say where the extra $38 million would come from, and how many more years the redesign would take. Nobody making it has done so.

## What I would ask for

Approve the plan, and attach conditions to it. Commit now to a separate, funded study of the homes left outside the line, with a deadline. Guarantee those households help with flood insurance and property-level protection while they wait. Publish the full modelling, not just the summary maps.

The people of Saltmarsh have heard a great many promises about the sea wall. This week, for once, they deserve a decision.`,
  },

  // ---------------------------------------------------------------- science
  {
    slug: "observatory-discovers-comet-wren",
    section: "science",
    headline: "A comet found from a hilltop in Calder Bay could be visible to the naked eye by spring",
    standfirst:
      "A research fellow checking a new camera at the Calder Bay Observatory spotted the icy visitor, the observatory's first discovery in nearly four decades.",
    authors: ["ines-carvalho"],
    tags: ["space", "education"],
    hoursAgo: 57,
    featured: true,
    heroCaption: "The dome of the Calder Bay Observatory on the ridge above the Saltmarsh district.",
    heroAlt: "A white observatory dome open to a starry night sky, with city lights below.",
    body: `Astronomers at the Calder Bay Observatory have discovered a comet that, if current calculations hold, could become bright enough to see without binoculars from the city's darker suburbs by early spring.

The object was first picked out on a sequence of images taken with the observatory's 1.3-metre telescope by Tobias Wren, a 29-year-old research fellow who was testing the instrument's new camera during what he called "a routine, slightly boring calibration night". It has since been confirmed by observers in three other countries and given the provisional name Comet Wren.

"I thought it was a smudge on the sensor," Dr Wren said. "Then it moved, just a little, against the stars from one frame to the next, and I spent about forty minutes making sure I wasn't fooling myself before I woke anyone up."

## A visitor from the far edge

Early measurements suggest the comet is on a very long orbit and last passed through the inner solar system tens of thousands of years ago. That matters, said the observatory's director, Dr Miriam Hale, because comets arriving from so far out have spent most of their existence in deep cold and may still carry ices that have never been warmed by the Sun.

> A comet like this is a sample of the early solar system that has been kept in the freezer. When it warms up it starts telling us what it is made of, and we get to read that from a hilltop above Calder Bay.

Dr Hale cautioned that comets are notoriously hard to forecast. Some brighten dramatically as they approach the Sun; others fade, or break apart. "I would love to promise people a spectacular show," she said. "What I can promise is that we will watch it every clear night, and tell people honestly what we see."

## What the numbers say

According to the preliminary orbit published on the observatory's [discovery page](https://example.org/calder-bay-observatory/comet-wren):

- The comet is about 620 million kilometres from the Sun, between the orbits of Mars and Jupiter.
- It will make its closest approach to the Sun in about five months, passing at roughly 60% of the distance between the Earth and the Sun.
- Its closest approach to Earth will be about 95 million kilometres, which poses no risk of any kind.
- If it behaves like similar comets, it could reach a brightness comparable to the faintest stars visible from a suburban garden.

The observatory will refine those figures as more observations come in. The orbit is already precise enough, Dr Hale said, to rule out any chance of the comet coming near the Earth on this pass or for thousands of years afterwards.

## A small telescope with a long record

The discovery is the first credited to the observatory since 1987, when a team there identified a pair of asteroids. The observatory, on the ridge above the Saltmarsh district, opened in 1911 and came close to closing twice, in 1978 and again in 2009, when the university struggled to pay for repairs to its dome.

Its telescope was refitted last year with a **$1.8 million** grant from the regional science fund, which paid for the sensitive camera that caught the comet.

Professor Ana Szabo, who heads the physics department at Calder Bay University, which runs the observatory, said the find was "a rather neat answer" to people who had questioned spending money on a telescope in a growing city with ever brighter streetlights.

"The great observatories on mountain tops do extraordinary work, but they are booked years ahead and pointed at very specific targets," she said. "Small telescopes that sweep large patches of sky, night after night, still find things the big ones miss."

## Public nights planned

The observatory will run extra public evenings once the comet is within reach of its visitor telescope, which staff expect to happen in about ten weeks. Tickets will be free but must be booked in advance, and sessions will be cancelled if the sky is cloudy.

Local schools have already asked for visits. Hannah Lisle, the observatory's outreach officer, said she had taken 31 booking requests in two days, more than in the whole of the previous term. "Children find it thrilling that somebody from their city found something in the sky that nobody had seen," she said. "So do I, to be honest."

For Dr Wren, the main consequence so far has been a great deal of email. "My mother has asked whether she gets a share of the naming rights," he said. "I've told her she can have the tail."`,
  },

  // ---------------------------------------------------------------- culture
  {
    slug: "harbour-lights-lineup-gannet-sisters",
    section: "culture",
    headline: "Harbour Lights festival returns to the North Quay with its biggest lineup yet",
    standfirst:
      "The Gannet Sisters will headline the three-day waterfront festival, which is adding a fourth stage and promising more free events than in any previous year.",
    authors: ["ruth-abernathy"],
    tags: ["music", "harbour"],
    hoursAgo: 80,
    heroCaption: "Crowds at last year's Harbour Lights festival on the North Quay.",
    heroAlt: "A crowd facing an outdoor stage lit in orange at dusk, with boats moored behind.",
    body: `The Harbour Lights festival will return to the North Quay next month with 46 acts across four stages, its organisers announced, making it the largest edition in the event's nine-year history.

Local folk-rock trio the Gannet Sisters, whose second album spent much of the winter on the playlists of the city's independent radio stations, will headline the main stage on the Saturday night. It will be their first hometown show since they played to a few hundred people in the back room of the Anchor and Lamp four years ago.

"We used to sneak into Harbour Lights by climbing over the fence behind the fish market," said Cara Gannet, the band's singer. "So we are going to be very polite to security this year."

## Who is playing

Highlights announced so far include:

- **The Gannet Sisters**, headlining the Quay Stage on Saturday
- **Moss & Meridian**, the electronic duo, closing the Friday night
- **Ona Reyes**, the Calder Bay-born jazz pianist, with a new quintet
- **Calder Bay Brass Collective**, leading the free Sunday afternoon parade along the harbour
- **DJ Kelpie**, hosting a late-night set on a converted car ferry moored off the quay

The new fourth stage, in the old customs shed, will be given over to young performers chosen through an open call. Festival director Simone Achebe-Clark said more than 300 acts had applied for 12 slots.

## Tickets and access

Weekend tickets cost $95, up from $85 last year, with a reduced price of $40 for residents of the Saltmarsh and North Quay districts, who organisers say bear the brunt of the noise and the crowds. Around a third of the programme, including everything on the harbour walkway, will be free.

The festival expects about 24,000 visitors a day. Extra trams will run on Line 2 until 1am, and the Harrow Point ferry will add late sailings on the Friday and Saturday. Full details are on the [festival website](https://example.org/harbour-lights/lineup).`,
  },

  // ---------------------------------------------------------------- sport
  {
    slug: "okonjo-header-wins-estuary-derby",
    section: "sport",
    headline: "Okonjo's late header wins the Estuary Derby for Calder Bay FC",
    standfirst:
      "A stoppage-time winner in front of 18,412 fans at Marlow Park lifts Calder Bay into fourth place and leaves Port Ellery Athletic furious with the referee.",
    authors: ["kwame-osei"],
    tags: ["football", "history"],
    hoursAgo: 103,
    featured: true,
    heroCaption: "Dani Okonjo celebrates his winning goal in front of the Marlow Park home end.",
    heroAlt: "A footballer in a navy shirt running with arms spread towards a cheering stand.",
    body: `For eighty-nine minutes the Estuary Derby had the shape of a draw that nobody would enjoy. Then Dani Okonjo, on the pitch for barely a quarter of an hour, rose above two defenders at the far post to meet a curling cross from Matteo Ruiz, and Marlow Park forgot every nervous moment that had come before.

Calder Bay FC 3, Port Ellery Athletic 2. It was the home side's first win over their neighbours from across the estuary in five meetings, and it lifts them to fourth in the table, one point off the promotion play-off places with eleven games left.

"I've dreamed about scoring in this game since I was eight," said Okonjo, 21, who came through the club's academy and had not scored in the league since October. "I didn't even see it go in. I just heard the noise."

## How it unfolded

Calder Bay started quickly. Ruiz gave them the lead after 12 minutes, cutting inside from the left and curling a shot past Port Ellery goalkeeper Sean Halvorsen from the edge of the area. For twenty minutes afterwards, the home side looked capable of running away with it.

They did not. Idris Baptiste, Port Ellery's top scorer, equalised seven minutes before half-time with a scrappy finish after a corner was only half cleared, and the visitors ended the half the stronger side.

Callum Fenwick restored Calder Bay's lead ten minutes after the break with a low shot through a crowd of legs, but the game turned again on 71 minutes when referee Paul Ingram judged that Calder Bay defender Tomas Reyna had pulled Baptiste's shirt in the area. Baptiste scored the penalty, sending Jonas Brekke the wrong way.

Brekke then kept his side in the game with a sprawling save from Port Ellery substitute Leon Farrow with six minutes left, the kind of stop that does not make the highlights but decides seasons.

## The winner, and the row

The decisive move began with a throw-in that Port Ellery's players insisted should have been theirs. Within 20 seconds the ball was in their net. Stan Whitlow, the Port Ellery manager, was shown a yellow card for his protests and was still arguing with the fourth official long after the final whistle.

> I've watched it back three times on the phone in the dressing room. It's our throw. Everybody in the ground could see it's our throw, except the one man who needed to.

Whitlow's frustration was understandable, but it should not take away from a performance of real character from a Calder Bay side that has too often faded late in games this season.

Rhys Calloway, the Calder Bay manager, declined to discuss the throw-in. "I was watching my players, not the linesman," he said. "We made a substitution that won us the game, and we kept going when it would have been easy to settle for a point. That's what I'll remember."

## Key moments

- **12 min:** Ruiz curls in the opener from 20 yards
- **38 min:** Baptiste equalises from close range after a corner
- **55 min:** Fenwick's low shot restores the lead
- **71 min:** Baptiste converts a penalty after Reyna's foul
- **84 min:** Brekke saves brilliantly from Farrow
- **90+2 min:** Okonjo heads the winner from Ruiz's cross

## What it means

The attendance of 18,412 was the highest at Marlow Park this season, and the atmosphere was a reminder of why the club is so keen to expand the ground. The win also eases pressure on Calloway, whose side had collected only four points from their previous five matches.

Next up for Calder Bay is a trip to Lindenhaven Rovers on Saturday, where they lost 3-0 in the autumn. Port Ellery host the league leaders, and will do so without Reyna's opposite number in their own defence, Kieran Mallory, who picked up his fifth booking of the season in stoppage time.

As the stands emptied, the home supporters were still singing Okonjo's name on their way out onto Marlow Road. The fixture was first played in 1903, when the two towns were linked by a chain ferry across the estuary, and this was the 214th meeting between the clubs. The derby has a long memory in this part of the coast. This one will be talked about for a while.`,
  },

  // ---------------------------------------------------------------- climate
  {
    slug: "wind-farm-cable-harrow-point-greyshelf",
    section: "climate",
    headline: "Greyshelf wind farm's power cable will come ashore at Harrow Point",
    standfirst:
      "The developer of the offshore wind farm has chosen a landing site near the lighthouse, promising 140 local jobs but facing questions about the seabird colony.",
    authors: ["hollis-mbeki"],
    tags: ["energy", "harbour", "jobs"],
    hoursAgo: 126,
    heroCaption: "The shingle beach south of Harrow Point, where the cable would come ashore.",
    heroAlt: "A pebble beach curving towards a lighthouse on a low headland under a pale sky.",
    body: `The company building the Greyshelf offshore wind farm has chosen a beach just south of Harrow Point lighthouse as the place where its export cable will come ashore, ending two years of uncertainty over how the project's power will reach the grid.

Tidereach Power said the cable would be drilled beneath the beach and the low cliffs rather than trenched across them, a method that costs more but avoids digging up the shoreline. It would then run underground for 7.5km to a new substation on farmland near the Calder Valley road.

Greyshelf, which will have 62 turbines about 30km off the coast, is expected to generate enough electricity for roughly 480,000 homes when it is complete. Construction at sea is due to start in two years.

"Harrow Point gives us the shortest route to a strong grid connection with the least disturbance on land," said Keiko Aldana, the project director. "We looked at five sites. This was the one where we could do the least damage."

## Jobs and the harbour

The company estimates that building the landfall and the onshore cable route will create about 140 jobs for three years. It has also agreed to base its maintenance vessels at the North Quay for the 30-year life of the wind farm, which the harbour authority says could support another 60 permanent posts.

Hamid Roshan, the harbour master, said the agreement was "the most important new business the quay has had since the container trade moved up the coast".

## Concerns about the birds

Not everyone is reassured. The landing site lies about 600 metres from the kittiwake colony on the cliffs below the lighthouse, and the regional wildlife trust has asked for drilling to be restricted during the breeding season, from April to August.

"We are strongly in favour of offshore wind," said Imogen Fairley, who manages the trust's coastal reserves. "But the first rule of building next to a seabird colony is that you don't make noise when the birds are trying to raise chicks."

Tidereach said it expected to agree a timetable that avoids the most sensitive months. A public consultation on the onshore route opens next week.`,
  },

  // ---------------------------------------------------------------- opinion
  {
    slug: "switch-off-face-scanning-quay-cameras",
    section: "opinion",
    headline: "The North Quay face-scanning trial should be switched off, not extended",
    standfirst:
      "Six months of live facial recognition on the waterfront produced two arrests, hundreds of false alerts and almost no public debate. That is not a success.",
    authors: ["daniel-achterberg"],
    tags: ["privacy", "artificial-intelligence", "public-safety"],
    hoursAgo: 149,
    body: `When the city agreed last spring to let police test live facial recognition cameras on the North Quay, we were told it was a trial. Trials are supposed to end with an honest look at the evidence. This week the police asked for the trial to be extended by a year and expanded to the tram interchange at Chandlers Cross. Before councillors say yes, they should read the police's own figures.

According to the report published with the request, the four cameras scanned an estimated 1.9 million faces over six months. They generated 412 alerts that a passer-by matched someone on a watch list. Officers stopped 57 people as a result. Two were arrested.

Put another way: for every person the system helped to arrest, about 200 people were flagged and 28 were stopped, most of them presumably just going to work, to the fish market or to the ferry.

## What the report does not tell us

I asked the police, and the council's data protection officer, several straightforward questions. The answers were either partial or did not arrive:

- How many of the 412 alerts were false matches, and were they more common for some groups of people than others?
- Who decides which names go on the watch list, and how long do they stay there?
- How long is footage of people who are *not* matched kept, and who can see it?
- What independent testing was done on the software before it was installed?

These are not exotic concerns. They are the basic questions any public body should be able to answer before pointing a camera at everyone who walks past a bus stop.

## A better question

Supporters of the cameras say that if you have nothing to hide, you have nothing to fear. But privacy is not about hiding. It is about being able to walk through your own city without being logged, compared and scored by a system you cannot see and have never agreed to.

The council's scrutiny committee has the power to ask for a full, independent evaluation before any extension. It should use it. The [draft terms of reference](https://example.org/calder-bay/scrutiny/facial-recognition) are already written. All that is missing is the will to switch the cameras off while we find out whether they work.`,
  },

  // ---------------------------------------------------------------- science
  {
    slug: "microplastics-north-quay-mussels",
    section: "science",
    headline: "Microplastic fibres found in most mussels sampled near the North Quay",
    standfirst:
      "A university study detected tiny plastic fibres in 78% of mussels taken from the harbour, though the levels were far lower in farmed shellfish from the outer bay.",
    authors: ["ines-carvalho"],
    tags: ["oceans", "food", "health"],
    hoursAgo: 172,
    body: `Tiny plastic fibres were found in 78% of wild mussels collected from the harbour walls near the North Quay, according to a study by marine scientists at Calder Bay University, but far fewer turned up in mussels farmed on ropes in the cleaner water of the outer bay.

The researchers sampled 600 mussels from six sites over a year. Wild mussels from the inner harbour contained an average of 3.1 particles each, most of them fibres shorter than a grain of rice. Farmed mussels from the outer bay, which are the kind usually sold in the city's shops and restaurants, averaged 0.6 particles.

"Mussels filter huge volumes of water to feed, so they are very good at telling us what is in that water," said Dr Owen Castell, who led the study. "What they are telling us is that the inner harbour has a lot of fibres in it, and that those fibres come mostly from land, not from the sea."

## Where the fibres come from

More than two-thirds of the particles were synthetic textile fibres, the kind shed by clothes in washing machines. The team traced the highest concentrations to the area around two storm overflows, which release a mix of rainwater and untreated waste water into the harbour during heavy rain.

The study did not look at whether eating mussels containing microplastics has any effect on human health, a question Dr Castell said remained genuinely unresolved. "I eat mussels, and I will keep eating them," he said. "But I would buy them from the outer bay."

Bridget Doyle, who runs one of the three mussel farms off Harrow Point, said she was relieved by the findings for farmed shellfish but worried about how they would be reported. "Every time there's a story like this, sales drop for a month," she said. "Our mussels are some of the cleanest you can buy. The harbour ones were never meant for eating."

The city's water company said it was spending $12 million over five years to reduce spills from the two overflows named in the report.`,
  },

  // ---------------------------------------------------------------- culture
  {
    slug: "saltmarsh-night-market-decade",
    section: "culture",
    headline: "Ten years of the Saltmarsh Night Market, told by the people who feed it",
    standfirst:
      "What began as twelve stalls in a fish market car park is now the city's busiest Friday night, and a first step for dozens of new food businesses.",
    authors: ["ruth-abernathy"],
    tags: ["food", "jobs"],
    hoursAgo: 195,
    featured: true,
    heroCaption: "Strings of lanterns over the stalls at the Saltmarsh Night Market on a Friday evening.",
    heroAlt: "Crowded rows of food stalls under paper lanterns, with steam rising from grills.",
    body: `At a quarter to six on a Friday evening, the car park behind the Saltmarsh fish market is still just a car park: puddles, a few gulls, the smell of the morning's catch. By half past, it has become something else entirely. Generators hum. Paper lanterns go up on strings between lampposts. Kemal Aydin lights his charcoal grill, and the first customers are already waiting for his mackerel sandwiches.

The Saltmarsh Night Market is ten years old this month. It started with 12 stalls and, by its founder's own count, "about 200 people, most of whom were related to the stallholders". It now has 64 traders and draws around 9,000 visitors on a typical summer Friday, making it one of the busiest regular events in Calder Bay.

## How it started

Mei-Lin Harcourt, who founded the market, was working as a caterer when she noticed how many of her friends were cooking remarkable food at home with no way of selling it.

"Opening a restaurant costs a fortune, and a food truck isn't much cheaper," she said. "I thought: what if you just needed a table, a gas ring and one night a week? The fish market said we could use the car park if we cleaned it afterwards. We have cleaned it every week for ten years."

The first season nearly ended the project. It rained on nine of the first fourteen Fridays, and two early traders pulled out. Harcourt borrowed money from her brother to buy a set of second-hand gazebos. "People who came in the rain came back when it was dry," she said. "That's when I knew it might work."

## The people behind the stalls

Walk the rows today and you can eat your way around the world in a few hundred metres: Abena Sarpong's smoky jollof rice, the Pereira sisters' custard tarts, hand-pulled noodles, dumplings, flatbreads baked on an upturned drum. Jonah Teague sells mussels smoked over oak chips on a rig he built from an old filing cabinet.

For many traders, the market has been a first step. By Harcourt's count, at least 17 businesses that began here now have permanent premises, including two restaurants on Quay Street and a bakery in the city centre.

> I had a stall here for four years before I could afford a shop. Without this car park, I would still be cooking in my kitchen and selling to my neighbours. Now I employ nine people.

That was Lucia Pereira, who opened the sisters' bakery on Chandlers Row two years ago but still returns to the market every Friday. "This is where our customers met us," she said. "We're not going to stop coming."

## Growing pains

Success has brought problems. Some residents of the streets around the fish market complain about noise and litter, and the council's licensing committee has twice asked the market to finish earlier. It now closes at 11pm, an hour earlier than in its first years. Pitch fees have risen from $20 a night in the first season to $65, which some newer traders say is steep.

Harcourt says the increase pays for security, toilets, waste collection and insurance, costs that barely existed when the market was small. She has introduced a reduced fee for first-year traders and set aside four pitches each season for people who have never sold food before.

"The point was always that anybody with a good idea could try," she said. "If it becomes a place only established businesses can afford, we've lost the thing that made it special."

## What comes next

The market's future site is not guaranteed. The fish market's owners are considering plans to redevelop part of the car park, and the council has suggested a move to the North Quay, close to the festival grounds. Harcourt is wary. "Saltmarsh made this market," she said. "I'd like it to stay here."

For the anniversary, the market will run every night for a week at the end of the month, with a free programme of music and a stall selling dishes from traders who have since moved on. Details are on the [market's website](https://example.org/saltmarsh-night-market/ten-years).

Back at his grill, Aydin has a queue fifteen people long. He has been here since the second week. "My wife said I was mad," he said, turning a row of fish with his fingers. "Ten years later, she still says I'm mad. But now she works the till."`,
  },

  // ---------------------------------------------------------------- climate
  {
    slug: "driest-spring-calder-valley-reservoirs",
    section: "climate",
    headline: "Calder Valley counts the cost of the driest spring in four decades",
    standfirst:
      "Just 41mm of rain fell between March and May, leaving farmers short of grass and hay and the city's main reservoir far below its usual level.",
    authors: ["hollis-mbeki", "elliot-ferreira"],
    tags: ["agriculture", "weather"],
    hoursAgo: 218,
    heroCaption: "Cracked mud at the edge of Glenmoor Reservoir, which is at 61% of capacity.",
    heroAlt: "A reservoir shoreline of dry, cracked mud with the water line far below its usual mark.",
    body: `The Calder Valley has had its driest spring since records at the Glenmoor weather station began in 1984, with just 41mm of rain falling between the start of March and the end of May, less than a quarter of the long-term average for the season.

The dry weather has left the city's main water supply, Glenmoor Reservoir, at 61% of capacity, compared with about 88% at this point in a typical year. Farmers in the valley say grass has stopped growing on many fields, forcing them to feed cattle with hay meant for next winter.

The Ledger analysed four decades of rainfall and reservoir records published by the regional environment agency to understand how unusual this spring has been.

## How dry it has been

The figures for the three months, compared with the average for 1991 to 2020:

- **March:** 18mm of rain, against an average of 68mm
- **April:** 9mm, against an average of 57mm
- **May:** 14mm, against an average of 62mm
- **Total:** 41mm, or 22% of the average of 187mm

The previous driest spring on record, in 1996, had 58mm. Only two springs in the 42-year record, including this one, have had less than half the usual rainfall.

Dr Beatriz Lome, a hydrologist at Calder Bay University, said one dry spring did not prove anything on its own, but that the pattern fitted what climate models projected for the region. "We expect wetter winters and more variable springs and summers," she said. "What worries me is not the average. It is the run of dry months in a row, because that is what empties reservoirs and dries out soils."

## On the farms

Tom Ashdown, who milks 180 cows on a farm at the top of the valley, said his first cut of silage had been about 40% smaller than normal. He has already started feeding hay that he would usually keep until November.

> You can't make it rain, and you can't make grass grow without it. Every bale I use now is one I'll have to buy back in the winter, and everybody else in the valley will be trying to buy it too.

Ashdown said hay that cost $95 a tonne last autumn was already being offered at $140. The regional farmers' union estimates that about 300 farms in the valley will face extra feed costs averaging $18,000 each if the dry weather continues into July.

Arable farmers are also suffering. Spring-sown barley has struggled to establish on lighter soils, and several growers told The Ledger they expected yields to fall by a fifth or more.

## Water supply

Calder Water, which supplies the city, said there was no immediate risk to drinking water but urged households to use less. A typical resident uses about 140 litres a day. The company said a cut of 10 litres each would save the equivalent of two days of supply every month.

A ban on hosepipes has not been ruled out. "If the reservoir falls below 55% by the end of June, we will have to consider restrictions," said Naveen Choudhury, the company's head of water resources. "We would rather people made small changes now than big ones later."

The company has been criticised for leakage. Its own figures show that about 21% of the water it puts into the network is lost before it reaches a tap, a rate that has barely changed in five years. It says it is replacing 40km of mains a year.

## What comes next

The Coastal Forecast Centre's longer-range outlook gives a slightly better than even chance of near-normal rainfall in June, but warns that high pressure could return later in the summer. Dr Lome said even an average June would not make up the shortfall. "The soils are so dry now that the first rain will mostly soak in. It will take weeks of normal weather before rivers and reservoirs recover."

The full data used in this analysis is available on The Ledger's [data page](https://example.org/the-ledger/data/calder-valley-rainfall).`,
  },

  // ---------------------------------------------------------------- sport
  {
    slug: "tadesse-marathon-course-record",
    section: "sport",
    headline: "Tadesse breaks the Calder Bay Marathon course record on a cold, clear morning",
    standfirst:
      "Selam Tadesse ran 2:11:48 to take more than a minute off the course best, while Orla Keane won the women's race on her marathon debut.",
    authors: ["kwame-osei"],
    tags: ["athletics", "health"],
    hoursAgo: 241,
    heroCaption: "Selam Tadesse passes Harrow Point lighthouse at the 30km mark.",
    heroAlt: "A lone runner on a coastal road with a lighthouse behind him and spectators at the barrier.",
    body: `Selam Tadesse broke the Calder Bay Marathon course record by 74 seconds, running 2 hours 11 minutes and 48 seconds on a still, cold morning that runners and organisers agreed was close to perfect for fast times.

Tadesse, 27, broke away from a group of four at the Harrow Point lighthouse, just after 30km, and ran the long coastal stretch back towards the city alone. The previous record of 2:13:02 had stood for nine years.

"At the lighthouse I felt the others breathing harder than me," he said. "So I thought: this is the moment. Then I was alone with the sea for ten kilometres, which is beautiful but also very lonely."

The women's race was won by Orla Keane, 24, a former 10,000m track runner running her first marathon, in 2:29:05. She overtook the pre-race favourite, Hana Lindqvist-Ode, in the final two kilometres along the promenade.

## Results

- **Men:** 1. Selam Tadesse 2:11:48 (course record); 2. Jorge Almeida 2:13:20; 3. Paul Kiprono 2:14:03
- **Women:** 1. Orla Keane 2:29:05; 2. Hana Lindqvist-Ode 2:29:51; 3. Bethan Rowe 2:33:17
- **Wheelchair:** Marco Testa 1:34:22; Lena Brightwater 1:49:10

A record 11,240 people finished the race, about 900 more than last year. Organisers said 62 runners were treated by medical teams, mostly for cramp and blisters, and four were taken to St Brendan's Hospital as a precaution. All were discharged the same day.

Race director Yvonne Carrick said the event had raised an estimated $1.3 million for local charities. "The elite runners get the headlines," she said, "but the people who run it in five hours in a pineapple costume are the ones who make this city proud."`,
  },

  // ---------------------------------------------------------------- opinion
  {
    slug: "letters-ferries-heat-pumps-stadium",
    section: "opinion",
    headline: "Letters to the editor: late ferries, heat pumps and the price of a stadium",
    standfirst:
      "Readers respond to our coverage of the Harrow Point ferry, the Housing Trust's heat pump pilot, the Marlow Park plans and the future of branch libraries.",
    authors: ["nadia-haddad"],
    tags: ["letters", "transport", "housing"],
    hoursAgo: 264,
    body: `### The last boat home

Nadia Haddad is right that the loss of the late ferry has cut Harrow Point off in the evenings ("Bring back the late ferry to Harrow Point"). I work shifts at St Brendan's Hospital and used to take the 10.40pm boat home. Now I take two buses and get in after midnight. The ferry company says the late sailings were poorly used. They were poorly used because nobody could rely on them running. Advertise a timetable and keep to it, and people will come back.

*Sunita Rao, Harrow Point*

### Warm, and cheaper too

As a tenant on the Ashgrove estate, I was one of the doubters about the new heat pumps. I had read that they didn't work in old buildings and would leave us cold. I was wrong. My flat has been warmer this winter than at any time in the 19 years I have lived here, and my bills are down. My only complaint is that the control panel seems to have been designed by someone who has never met a pensioner. A simple on and off switch would be welcome.

*Doreen Pike, Ashgrove*

### Pitches before stands

Kwame Osei made the case well ("Before Marlow Park gets new stands, the city's grass pitches need fixing"). My grandson's under-11 team has had nine matches cancelled this season because the council pitches at Marsh End were waterlogged. If the city can find $30 million to lend a professional club, it can find a fraction of that to drain the fields where the next generation of players learn the game.

*Frank Delaney, Marsh End*

### A different view on the stadium

With respect to your columnist, the two things are not in competition. The council's loan to the club will be repaid with interest, and a bigger ground brings visitors and money to the whole of the east side. I have held a season ticket for 31 years and have watched Marlow Park crumble. Let's not talk ourselves out of investing in the one venue in this city that fills up every other Saturday.

*Colin Maguire, Marlow*

### Libraries are not a luxury

Thank you for Nadia Haddad's column on the Saltmarsh branch library. I was a librarian there for 22 years. On the days it is now closed, the people who suffer most are the ones who have nowhere else to go: older people who want a warm room and a conversation, children whose homes are too crowded to do homework in, job seekers who need a computer. The savings are small. The losses are not.

*Margaret Oduya, Saltmarsh*

Letters may be edited for length and clarity. Write to us using the [letters form](https://example.org/the-ledger/letters), including your full name and district.`,
  },

  // ---------------------------------------------------------------- science
  {
    slug: "harrow-point-seagrass-carbon",
    section: "science",
    headline: "Seagrass meadows off Harrow Point store twice as much carbon as expected",
    standfirst:
      "Sediment cores from the bay suggest its underwater meadows lock away carbon faster than many forests on land, strengthening the case for protecting them.",
    authors: ["ines-carvalho"],
    tags: ["oceans", "wildlife"],
    hoursAgo: 287,
    heroCaption: "A diver surveys seagrass in shallow water off Harrow Point.",
    heroAlt: "A diver hovering above a green meadow of long, ribbon-like seagrass in clear water.",
    body: `The seagrass meadows in the shallow water off Harrow Point hold about twice as much carbon in their sediments as scientists had estimated, according to new research from Calder Bay University.

A team led by marine ecologist Professor Adaeze Nwosu took 48 sediment cores, each up to a metre long, from across the 310-hectare meadow. They found an average of 142 tonnes of carbon stored per hectare, compared with the 70 tonnes assumed in the region's current coastal carbon estimates.

"Seagrass is easy to overlook," Professor Nwosu said. "From the surface it looks like weed. But the roots trap sediment and organic material year after year, and because the mud is low in oxygen, that carbon can stay buried for centuries."

The cores showed that some of the carbon had been there for more than 1,500 years, and that the meadow was still adding to its store at a rate of roughly one tonne per hectare each year. That is comparable with, and in some cases faster than, a growing woodland on land.

## Fragile ground

The same study found that about a fifth of the meadow has been lost since aerial photographs were first taken of the bay in the 1950s. The biggest losses were in areas where small boats anchor in summer, as anchors and chains tear up the plants and disturb the sediment.

When seagrass is destroyed, some of the buried carbon can be released back into the water and atmosphere. "It is a bank account that has been paying interest for a very long time," Professor Nwosu said. "It would be foolish to keep making withdrawals."

The researchers recommend installing eco-moorings, which hold boats in place without dragging on the seabed, in the three most heavily used anchorages. The harbour authority said it would consider the proposal and that a trial of 20 such moorings could begin next summer.

Seagrass also provides nursery grounds for young fish, including the bass and pollack that support the bay's small-boat fishery. Local fishers have been among the loudest supporters of protecting the meadows.`,
  },

  // ---------------------------------------------------------------- culture
  {
    slug: "symphony-names-vermeer-conductor",
    section: "culture",
    headline: "Calder Bay Symphony names Anouk Vermeer, 34, as its youngest principal conductor",
    standfirst:
      "The orchestra's new music director promises shorter concerts, more new music and free rehearsals for schools as she takes over from a predecessor who served nineteen years.",
    authors: ["ruth-abernathy"],
    tags: ["music", "education"],
    hoursAgo: 310,
    heroCaption: "Anouk Vermeer rehearses with the Calder Bay Symphony Orchestra at the Harbour Hall.",
    heroAlt: "A conductor with raised arms facing an orchestra of string players in a wood-panelled hall.",
    body: `The Calder Bay Symphony Orchestra has appointed Anouk Vermeer as its principal conductor and music director, making the 34-year-old the youngest person to lead the orchestra in its 88-year history.

Vermeer, who has spent the past four years as assistant conductor of the Lindenhaven Philharmonic, will take up the post at the start of next season. She succeeds Gregor Halloran, who steps down after 19 years and will become the orchestra's conductor laureate.

"When I first conducted this orchestra as a guest two years ago, I remember thinking: these people play as if they have something to prove," Vermeer said at a press conference at the Harbour Hall. "I want to help them prove it to the whole city, not just to the people who already come."

## A different kind of season

Vermeer's first season, announced alongside her appointment, suggests she intends to move quickly. The programme includes:

- a new piano concerto by Calder Bay composer Isidore Kaye, written for the pianist Ona Reyes
- a series of six early-evening concerts, each about an hour long with no interval, starting at 6pm
- free open rehearsals for school groups before every main-stage concert
- a summer concert on the North Quay during the Harbour Lights festival
- a complete cycle of the symphonies of a single composer, spread over three seasons, with pre-concert talks

She also plans to take a chamber group from the orchestra into community halls in Saltmarsh, Marsh End and Harrow Point, where she says many residents have never set foot in the Harbour Hall.

> Nobody should need to own a suit, or know when to clap, to hear a great orchestra. If people won't come to us, we will go to them. And when they do come to us, I want them to feel that the hall belongs to them.

## Filling the hall

The appointment comes at a difficult time. The orchestra's annual report shows that audiences averaged 68% of capacity last season, down from 79% before the pandemic, and it ended the year with a deficit of about $400,000 on a budget of $11.2 million. Subscriptions, once the backbone of its income, have fallen by a third over a decade.

Helena Stroud, who chairs the orchestra's board, said the appointment was "a deliberate bet on the future". She acknowledged that some long-standing subscribers had been nervous about the shorter concerts and the amount of new music in the programme.

"Our loyal audience is not going anywhere, and we will keep playing the great works they love," she said. "But if the average age of our audience keeps rising by a year every year, there is only one way that story ends."

## The outgoing maestro

Halloran, 71, who led the orchestra through two recordings that were widely praised and a near-closure in 2011, said he had championed Vermeer's appointment. "She has more energy than I had at her age, and I had a great deal," he said. "The players adore her, which is the only thing that really matters."

His final concert as music director, a programme of pieces chosen by the players themselves, sold out within a day of tickets going on sale. The orchestra has added a second performance.

## Reaction from the players

Musicians spoken to by The Ledger were mostly enthusiastic. Principal cellist Rafael Okonkwo, who has played with the orchestra for 23 years, said rehearsals under Vermeer as a guest had been "exhausting and exhilarating in about equal measure".

"She knows exactly what she wants and she doesn't waste a minute," he said. "But she also listens. When she asks the orchestra a question, she actually wants the answer."

Tickets for the new season go on sale next month. Students and anyone under 26 will be able to buy seats for $10 at every concert, a scheme paid for by a three-year grant from the Calder Bay Arts Foundation. The full programme is on the [orchestra's website](https://example.org/calder-bay-symphony/season).`,
  },

  // ---------------------------------------------------------------- climate
  {
    slug: "heat-pump-pilot-ashgrove-estate",
    section: "climate",
    headline: "Heat pumps cut winter bills on the Ashgrove estate by almost a third",
    standfirst:
      "A pilot that replaced gas boilers in 120 council flats kept homes warmer and cheaper to heat, tenants say, though installation problems delayed the work.",
    authors: ["hollis-mbeki"],
    tags: ["energy", "housing"],
    hoursAgo: 333,
    heroCaption: "Heat pump units on the back wall of a block on the Ashgrove estate.",
    heroAlt: "Rows of grey outdoor heat pump units mounted on the brick wall of a low-rise block of flats.",
    body: `Tenants in 120 council flats on the Ashgrove estate paid on average 31% less to heat their homes this winter after their gas boilers were replaced with electric heat pumps, according to the first results of a pilot run by the Calder Bay Housing Trust.

The trust fitted the air-source heat pumps last summer, along with new loft and cavity wall insulation and larger radiators in some rooms. The average heating bill for a two-bedroom flat fell from about $1,240 over the previous winter to $855, based on meter readings from 104 households that agreed to share their data.

"People were sceptical, and I understand why," said Kofi Mensah, the trust's director of housing. "They had heard stories about heat pumps that don't work in older buildings. What we found is that they work very well, as long as you insulate the building first and take the time to set the system up properly."

## Warmer homes

Indoor temperatures recorded by sensors in 40 of the flats were on average 1.8C higher than the previous winter. Tenants reported fewer problems with damp and mould, though the trust said it would need another year of data before drawing firm conclusions about health.

Doreen Pike, 78, who has lived on the estate for 19 years, said she had been "dead against it" at first. "Now I wouldn't go back," she said. "The flat is warm all the time, not just when the boiler is roaring. I only wish the controls were simpler."

## Not without problems

The installation took almost five months longer than planned. A shortage of qualified engineers meant that some tenants were left with temporary heaters for several weeks in the autumn, and 14 units needed repairs within the first three months.

The pilot cost $2.9 million, or about $24,000 per flat, of which a national decarbonisation grant paid 60%. The trust, which owns about 9,000 homes across the city, says it wants to extend the scheme to another 1,500 flats over five years, but only if similar grant funding is available.`,
  },

  // ---------------------------------------------------------------- opinion
  {
    slug: "marlow-park-money-grass-pitches",
    section: "opinion",
    headline: "Before Marlow Park gets new stands, the city's grass pitches need fixing",
    standfirst:
      "Calder Bay FC deserves a better ground, but the city's young players deserve pitches that are not underwater every other weekend from October to March.",
    authors: ["kwame-osei"],
    tags: ["football", "budget", "city-council"],
    hoursAgo: 356,
    body: `I love Marlow Park. I have sat in its leaking stands through more wet Tuesday nights than I care to count, and I have written about some of the best afternoons of my working life from its cramped press box. The ground needs work, and the club's plan to rebuild the East Stand and add a rail stop is a good one.

But as councillors prepare to debate whether to lend Calder Bay FC $30 million towards the project, I would ask them to drive fifteen minutes in any direction and look at the grass pitches the city already owns.

At Marsh End, the three junior pitches have been unplayable on 23 weekends since the start of the season. The drainage there was laid in the 1970s and has not been touched since. At Saltmarsh Recreation Ground, the changing rooms have been closed for two years because of a leaking roof, so children change in their parents' cars. Across the city, the council's own audit found that fewer than half of its 41 grass pitches meet the basic standard for regular matches.

## Where players come from

Every player who will ever pull on a Calder Bay shirt at Marlow Park starts somewhere like Marsh End. So do the far larger number who will never play professionally but who learn from football how to win, lose, turn up on time and look after each other. When their matches are cancelled week after week, some of them drift away from the game and do not come back.

The council's parks budget for pitch maintenance this year is $640,000, about what the club expects to spend on a single new scoreboard. Draining and resurfacing the Marsh End pitches would cost around $1.1 million. That is not a small sum for a city under pressure, but it is a rounding error next to the stadium loan.

## Both, not either

This is not an argument against the stadium. It is an argument about order and balance. If the council approves the loan, it should at the same time commit to a funded, ten-year plan for its own pitches, starting with the worst. The club, which will benefit enormously from public support, could contribute too: a share of the naming rights money for the new stand would go a long way.

A city that builds a shiny new stand while its children play in puddles has its priorities the wrong way round.`,
  },

  // ---------------------------------------------------------------- opinion
  {
    slug: "saltmarsh-branch-library-three-days",
    section: "opinion",
    headline: "I learned to read properly in the Saltmarsh branch library. Now it opens three days a week",
    standfirst:
      "Cutting library hours saves the council a small sum and costs the city something far harder to measure, and far harder to get back once it is gone.",
    authors: ["nadia-haddad"],
    tags: ["books", "education", "budget"],
    hoursAgo: 379,
    heroCaption: "The reading room of the Saltmarsh branch library on Ferry Lane.",
    heroAlt: "A small library reading room with wooden shelves, tall windows and a few people at tables.",
    body: `I was nine when I first walked into the Saltmarsh branch library on Ferry Lane, holding my older brother's hand and his borrowed library card. We had arrived in Calder Bay the winter before. My English was good enough for the playground and not much else. The librarian, a tall woman with reading glasses on a chain, asked me what I liked. I said I didn't know. She gave me three books and told me to come back on Saturday and tell her which one was the worst.

I came back on Saturday. I came back most Saturdays for the next nine years.

This month, as part of a package of savings agreed in the council's budget, the Saltmarsh branch has cut its opening hours from six days a week to three: Tuesday, Thursday and Saturday. Two other branches, in Marsh End and Harrow Point, have done the same. The council says the change will save about $410,000 a year across all three.

## What the savings buy, and what they cost

I want to be fair to the council. Its budget is under real strain. Demand for adult social care is rising fast, and it has a legal duty to pay for that care, whereas its duty to run libraries is vaguely worded. Somebody had to lose something, and councillors did not make these decisions lightly.

But I have spent the past fortnight visiting the Saltmarsh library on the days it is open, and standing outside on the days it is not, and I am convinced that the council has measured the wrong thing.

On a Tuesday afternoon, I counted 64 people through the door in two hours. Here is who they were:

- schoolchildren doing homework, several of whom told me they had no desk or quiet room at home
- older people reading newspapers, and, more importantly, talking to one another
- job seekers using the public computers to fill in applications that are now only accepted online
- parents with toddlers at the weekly rhyme session, which has now lost half its slots
- a man filling in a housing benefit form with help from a member of staff who, strictly speaking, is not paid to do that

On the Wednesday, when the library was closed, I met a woman called Lorraine sitting on the bench outside with her bus pass and a paperback. She said she had forgotten. Then she said she hadn't forgotten, exactly, but she had nowhere else to go.

## The part you can't put in a spreadsheet

A library is a strange public service. It is one of the very few indoor places in any city where you can spend an entire day without buying anything and without anybody asking you to leave. That is precisely why it is so hard to value. Its benefits are spread thinly over thousands of people and show up years later, in a child who reads well, an older person who is less lonely, an adult who finally finds work.

> The cost of a library is always in this year's budget. The value of a library is in somebody else's life, twenty years from now.

I wrote that sentence in a notebook at the age of about seventeen, sitting at the big table under the window on Ferry Lane. I did not know then that I would grow up to write columns for a living, and I am fairly sure that I would not have done so without that room.

## What could be done

There are alternatives to closing the doors. Other cities have kept branch libraries open longer by sharing buildings with health visitors, advice services and council offices, splitting the cost of heating and staff. Some have used volunteers to extend opening hours, alongside paid librarians rather than instead of them. The council could also look again at the $1.6 million it plans to spend refurbishing the central library's cafe and entrance hall.

The council will review the new hours next spring. When it does, I hope councillors will visit the branches on a Wednesday, when the doors are locked, and see who is sitting on the bench outside.

The librarian with the glasses on a chain retired long ago. I never found out which of those first three books she thought was the worst. I loved all of them.`,
  },

  // ---------------------------------------------------------------- science
  {
    slug: "saltmarsh-dig-uncovers-tannery",
    section: "science",
    headline: "Builders in Saltmarsh uncover a 17th-century tannery, and a puzzle about the old shoreline",
    standfirst:
      "More than forty leather-working pits and the timber posts of a forgotten quay have halted construction on Tanner's Row while archaeologists race to record them.",
    authors: ["ines-carvalho"],
    tags: ["history", "flooding"],
    hoursAgo: 402,
    heroCaption: "Archaeologists record clay-lined tanning pits on the Tanner's Row site.",
    heroAlt: "People in hard hats kneeling in a muddy excavation trench beside rows of square pits.",
    body: `Construction workers preparing the foundations for a block of flats on Tanner's Row, in the Saltmarsh district, have uncovered the remains of a 17th-century tannery, including more than forty clay-lined pits, scraps of leather and what archaeologists believe is part of a timber quay that once stood at the water's edge.

Work on the site has been halted for at least eight weeks while a team from the Calder Bay Archaeological Trust records the find. The developer, Fenwright Homes, said it had expected "the usual Victorian brick and broken crockery" and was surprised by the scale of what lay underneath.

"We went down two metres and the ground turned black and started to smell," said Craig Holloway, the site manager. "One of the lads said it was like digging into an old boot. He wasn't far wrong."

## A working waterfront

The street name has long hinted at the district's past, but historians had only scattered references in parish records and a single map from 1684 showing "tan yards" near the shore. The excavation suggests the industry was larger, and older, than those documents implied.

Dr Felix Ambrose, who is leading the dig, said the team had counted 43 pits so far, arranged in neat rows. Tanning was a slow and smelly business. Hides were soaked in lime to loosen the hair, scraped clean, and then left for months in pits of water and crushed oak bark. The work needed plenty of water and somewhere to dispose of waste, which is why tanneries were usually pushed to the edges of towns, often beside rivers or the sea.

> What we have here is an industrial estate from the 1600s. It tells us that Saltmarsh was not simply a fishing village that happened to grow. People were making things here, for markets well beyond the bay.

Among the objects found so far:

- fragments of shoe soles and straps, some with stitching holes still visible
- a scraping knife with a bone handle
- cattle horn cores, which tanners often sold on to horn workers
- a small lead token stamped with the initials J.W. and what appears to be the date 1661

## The puzzle of the shoreline

The most surprising discovery lies at the eastern edge of the site, where the team found a line of oak posts driven deep into the clay. Dr Ambrose believes they formed part of a small landing stage, which would put the 17th-century shoreline about 140 metres inland from the present sea wall.

That fits with what geologists have long suspected about Saltmarsh, much of which stands on land reclaimed from the sea during the 18th and 19th centuries. But it also raises questions. Tree-ring dating of two of the posts, carried out by a laboratory at Calder Bay University, suggests the timber was felled around 1640, decades earlier than any written record of a landing place on this stretch of coast.

"Either somebody built a quay that nobody bothered to write down, or the records we have are incomplete," Dr Ambrose said. "I suspect both."

## A link to the flood debate

The excavation has attracted interest from an unexpected direction. Engineers working on the city's plan to raise the sea wall have asked for the team's data, because the buried layers record how the shoreline changed over four centuries. Sediment between the tannery floors includes at least three bands of sand and broken shell that the archaeologists believe were laid down by major storm floods.

"The ground here is a record of every time the sea came in," said Dr Leah Corrigan, a coastal geologist at the university who has visited the site. "Reading it helps us understand how often big surges happened before anybody had a tide gauge, and that helps us design defences for the next century."

## What happens next

The trust plans to open the site to the public on two weekends before it is filled in again. Fenwright Homes has agreed to install an information panel in the finished building and to pay for the conservation of the smaller objects, which will go to the Calder Bay Museum. The timber posts will be lifted, recorded and kept in water tanks while the museum decides whether it can afford to display them.

Residents of Tanner's Row seem mostly delighted. "We've been complaining about the noise from the building site for months," said Maureen Iles, 74, who has lived on the street for half a century. "Now I want them to keep digging."`,
  },

  // ---------------------------------------------------------------- culture
  {
    slug: "review-tallow-low-water-harrow",
    section: "culture",
    headline: "Review: Agnes Tallow's Low Water at Harrow is a quiet novel with a strong undertow",
    standfirst:
      "The Calder Bay writer's third novel follows a lighthouse keeper's daughter through one long winter, and it is her most assured and moving book yet.",
    authors: ["ruth-abernathy"],
    tags: ["books", "history"],
    hoursAgo: 425,
    heroCaption: "Agnes Tallow at the launch of her third novel at the Quayside Bookshop.",
    heroAlt: "A grey-haired woman reading aloud from a book to a seated audience in a bookshop.",
    body: `Very little happens in *Low Water at Harrow*, and almost all of it matters. Agnes Tallow's third novel, published this month by Quayside Press, takes place over a single winter in the 1950s at a lighthouse that any reader from Calder Bay will recognise, even though Tallow never quite names it.

Its narrator, sixteen-year-old Edie Marr, lives at the light with her father, the principal keeper, and her younger brother. Her mother has recently left for the city and has not written. A relief keeper arrives in November, a young man with a wireless set and an opinion about everything. The sea gets up. The supply boat cannot land. That is more or less the plot.

What Tallow does with it is remarkable. Her sentences are plain and exact, and she has a rare ability to make the ordinary business of a life, trimming wicks, mending a coat, counting tins in a storeroom, feel as tense as any thriller. Edie watches everything and understands more than the adults around her assume.

> She had learned that the sea kept its own hours, and that the only sensible thing was to keep them too: to sleep when it slept, which was never, and to wake when it woke, which was always.

The relationship between Edie and her father is the heart of the book. He is a decent, silent man who loves his children and cannot say so, and Tallow lets us see his tenderness only in what he does: the extra blanket left folded on a chair, the dinner kept warm on the stove. When the central crisis comes, in the book's final third, it arrives quietly and is all the more devastating for it.

There are flaws. The relief keeper is a little too obviously a device for bringing the outside world into the story, and a subplot involving a shipwreck feels rushed. Readers who like their novels to move briskly may find the middle section slow.

But these are small complaints about a book of real quality. Tallow, who worked for thirty years as a schoolteacher in Saltmarsh before publishing her first novel at the age of 58, has written something that feels both completely local and entirely universal.

*Low Water at Harrow* by Agnes Tallow is published by Quayside Press at $24. The author will read from it at the Central Library later this month.`,
  },

  // ---------------------------------------------------------------- climate
  {
    slug: "oystercatchers-return-saltmarsh-reserve",
    section: "climate",
    headline: "Oystercatchers return to breed on restored marshes at the Saltmarsh reserve",
    standfirst:
      "Five years after a sea wall was breached on purpose to let the tide back in, the reserve has recorded its first breeding oystercatchers in three decades.",
    authors: ["hollis-mbeki"],
    tags: ["wildlife", "oceans", "flooding"],
    hoursAgo: 448,
    body: `Oystercatchers are breeding on the Saltmarsh Nature Reserve for the first time in more than thirty years, a sign, conservationists say, that the decision to let the sea back onto former farmland is paying off.

Rangers counted seven pairs of the black-and-white wading birds nesting on shingle banks in the reserve's eastern lagoons this spring, and at least eleven chicks have hatched. The last confirmed breeding record on the site was in 1991.

"You hear them before you see them, that loud piping call," said Imogen Fairley, who manages the reserve for the regional wildlife trust. "For years we had them feeding here in winter and then leaving in spring. This year they stayed."

Five years ago, engineers deliberately made a 60-metre breach in an old earth bank that had kept the tide off 85 hectares of grazing land since the 19th century. The land has since turned back into tidal mudflat and salt marsh, with creeks, lagoons and shingle ridges that shift with every big tide.

## Nature and flood defence

The project was designed to protect the city as well as wildlife. Salt marshes absorb wave energy and store floodwater during storms, reducing the pressure on the sea wall further along the coast. The council's sea wall plan relies on the reserve being allowed to flood, with a new embankment built further inland.

Fairley said the oystercatchers were only the most visible change. Numbers of wintering wading birds on the reserve have roughly tripled since the breach, and rangers have recorded young bass and flounder feeding in the new creeks.

The trust has closed a section of footpath beside the eastern lagoons until the chicks can fly, probably in early July, and asked visitors to keep dogs on leads. A viewing screen near the car park offers a clear view of the nesting area.`,
  },

  // ---------------------------------------------------------------- sport
  {
    slug: "calder-bay-women-promotion-boateng",
    section: "sport",
    headline: "Calder Bay FC Women clinch promotion with two games to spare",
    standfirst:
      "A 4-0 win over Westmoor Ladies secures a place in the second tier for the first time, capped by a hat-trick from captain Ama Boateng.",
    authors: ["kwame-osei"],
    tags: ["football", "jobs"],
    hoursAgo: 471,
    heroCaption: "Ama Boateng lifts her captain's armband to the crowd after the final whistle.",
    heroAlt: "Women footballers in navy shirts celebrating together on a grass pitch in front of a small stand.",
    body: `Calder Bay FC Women will play in the second tier of the national league next season for the first time in their history, after a 4-0 win over Westmoor Ladies at the Quayside Community Stadium secured promotion with two matches still to play.

Captain Ama Boateng scored a hat-trick, including a free-kick from 25 yards that dipped under the crossbar, and midfielder Niamh Callaghan added the fourth late on. A crowd of 2,140, a record for the team, stayed on the pitch long after the final whistle.

"I've been at this club for nine years, since we were training on a car park with floodlights that worked about half the time," said Boateng, 27. "To do this in front of these people is the best day I've had in football."

The team has won 17 of its 20 league games this season and conceded just nine goals. Manager Jill Sorensen, in her second season, has built the side around a core of players from the club's own youth teams, supplemented by a handful of signings from clubs higher up the pyramid.

Sorensen said the step up would be significant. Most teams in the second tier have full-time or part-time professional squads, while the majority of her players still combine football with jobs or studies. Boateng works as a physiotherapist at St Brendan's Hospital; goalkeeper Zara Lindgren is training to be a teacher.

"We'll need investment," Sorensen said. "The club has been brilliant with us, but the board knows that the league above is a different world."

The club's chief executive, Deborah Quist, said the women's team would be "at the heart" of plans for the redeveloped Marlow Park and that talks about playing some home games at the main stadium next season were under way.`,
  },

  // ---------------------------------------------------------------- sport
  {
    slug: "marlow-park-redevelopment-seats",
    section: "sport",
    headline: "Marlow Park plan would add 7,500 seats and a railway halt at a cost of $96 million",
    standfirst:
      "Calder Bay FC wants to rebuild the East Stand and expand the ground to 28,500 seats, and it is asking the city council for a $30 million loan to help.",
    authors: ["kwame-osei"],
    tags: ["football", "city-council", "budget", "transport"],
    hoursAgo: 494,
    heroCaption: "An architect's drawing of the proposed new East Stand at Marlow Park.",
    heroAlt: "An illustration of a modern football stadium stand with a curved roof beside a railway line.",
    body: `Calder Bay FC has unveiled plans to rebuild the East Stand at Marlow Park and expand the stadium's capacity from 21,000 to 28,500, in a $96 million redevelopment that would also include a new railway halt on the coast line beside the ground.

The club has submitted a planning application to the city council and is asking the council for a loan of $30 million towards the cost, to be repaid over 25 years. It says the project would create about 400 construction jobs and 120 permanent posts, and help the club compete if it wins promotion.

"Marlow Park is a wonderful old ground and a difficult place to watch football," said Deborah Quist, the club's chief executive. "Our fans put up with pillars, leaking roofs and queues for the toilets that last longer than half-time. This plan fixes that without losing what makes the place special."

## What is proposed

The East Stand, built in 1958, would be demolished and replaced with a two-tier stand holding 11,200 people, compared with 4,800 now. Corners at either end would be filled in, and the remaining stands would be refurbished.

The club's application describes the work in four phases:

1. Demolition of the East Stand and construction of the new lower tier, during which capacity would fall to about 16,000 for one season.
2. Completion of the upper tier, new roof and the corner sections, bringing capacity to 28,500.
3. Construction of the Marlow Park railway halt on the coast line, with a footbridge to the stadium concourse.
4. Refurbishment of the North, South and West stands, including new seating, accessible viewing platforms and upgraded facilities.

The club hopes to start work in the summer after next and complete the first two phases within 30 months. The railway halt, which needs approval from the regional rail authority, could take longer.

## How it would be paid for

According to the financial summary published with the application, the $96 million cost would be met from:

- $52 million from the club and its owners, including the sale of naming rights for the new stand
- $30 million in a loan from the city council
- $14 million from the regional sports and transport fund, mainly for the railway halt

The club says the loan would be secured against the stadium and repaid with interest. Councillors will need to approve the loan separately from the planning application, and officers are preparing a report on the risks.

Ian Petrakis, the councillor for the Marlow ward, said he supported the plan in principle but wanted guarantees. "If the club gets relegated, or the owners sell up, where does that leave the council's money?" he said. "Those questions need answers before anybody votes."

## Neighbours and traffic

The stadium sits in the middle of a residential area, and match days already bring parking problems to the surrounding streets. The club says the railway halt would carry up to 4,000 fans per match and that it will fund a residents' parking scheme covering 14 streets.

Not all neighbours are persuaded. Eileen Spragg, who has lived on Marlow Road for 40 years, said a bigger ground would mean "more noise, more litter and more people using my front wall as a toilet".

> I don't mind football. I grew up with football. But every time they promise us the trains will solve the parking, the trains don't come, and the cars do.

Quist said the club would hold drop-in sessions for residents before the council's planning committee considers the application, likely in about three months. The plans, including the drawings and traffic assessment, can be viewed on the council's [planning portal](https://example.org/calder-bay/planning/marlow-park).

## Does it make sense?

Average attendance at Marlow Park this season is about 15,600, or 74% of capacity, but the club has sold out every derby and cup tie for three years. Quist said the club was confident it could fill a bigger ground if it reached a higher division, and pointed to a waiting list of 2,300 for season tickets.

Supporters' groups have broadly welcomed the plan. The Calder Bay Supporters' Trust said it wanted the club to guarantee that a fixed share of the new seats would be sold at reduced prices for under-18s and pensioners, and that the standing section behind the South goal would be kept.

The club has also pledged that the women's team will play at least four home matches a season at Marlow Park once the work is complete.`,
  },

  // ---------------------------------------------------------------- science
  {
    slug: "newborn-hearing-test-st-brendans",
    section: "science",
    headline: "A quicker hearing test for newborns is being trialled at St Brendan's Hospital",
    standfirst:
      "Doctors are testing a handheld device that checks a baby's hearing in under two minutes, which could let more families leave hospital with an answer.",
    authors: ["ines-carvalho"],
    tags: ["health", "education"],
    hoursAgo: 517,
    heroCaption: "A nurse tests a sleeping newborn's hearing on the maternity ward at St Brendan's.",
    heroAlt: "A nurse gently holding a small probe near the ear of a sleeping baby wrapped in a blanket.",
    body: `Doctors at St Brendan's Hospital are trialling a handheld hearing test for newborn babies that takes less than two minutes and can be carried out on the maternity ward, rather than at a follow-up appointment weeks later.

About one or two babies in every thousand are born with significant hearing loss. Identifying it early makes a large difference: children who are fitted with hearing aids or other support in the first months of life are far more likely to develop language at the same pace as their peers.

All newborns in the region are already offered a hearing screen. But the current test can give unclear results if a baby is restless or has fluid in the ear after birth, and about one in ten families is asked to come back for a second test. Many do not attend.

"Every family that has to come back is a family that might not," said Dr Samira Qureshi, the paediatric audiologist leading the trial. "If we can give a clear result before they go home, we lose fewer babies from the system."

## How the trial works

The new device combines two existing methods in a single probe and uses software to filter out background noise. The trial, which is funded by the [Calder Bay Health Research Fund](https://example.org/calder-bay/health-research/newborn-hearing), will run for 18 months and aims to include 4,000 babies.

Parents who agree to take part will have their baby tested with both the standard screen and the new device. Researchers will then compare:

- how long each test takes
- how many babies are referred for a second test
- how many cases of hearing loss each test correctly identifies
- what parents think of the experience

Early results from the first 600 babies suggest the new device gives a clear result first time in about 97% of cases, compared with 90% for the standard test. Dr Qureshi stressed that it was too early to draw firm conclusions.

Jade Whitford, whose daughter was one of the first babies tested, said the experience was reassuring. "She slept through the whole thing," she said. "It was done before I'd finished my cup of tea."`,
  },

  // ---------------------------------------------------------------- culture
  {
    slug: "eight-oars-documentary-premiere-palace",
    section: "culture",
    headline: "Eight Oars, a film about the rowing club's oldest crew, premieres at the Palace",
    standfirst:
      "Lucia Ferrand's documentary follows eight rowers with an average age of 74 through a year of early mornings, injuries and one unlikely medal.",
    authors: ["ruth-abernathy"],
    tags: ["film", "rowing"],
    hoursAgo: 540,
    heroCaption: "The crew of Eight Oars arrive at the Palace Picturehouse for the premiere.",
    heroAlt: "A group of smiling older men and women in rowing club blazers outside an old cinema.",
    body: `The veterans' eight of the Calder Bay Rowing Club have spent years getting up before dawn to row on the harbour. On Saturday night they walked a red carpet instead, for the premiere of *Eight Oars*, a documentary about their crew, at the Palace Picturehouse on Quay Street.

The film, directed by Calder Bay filmmaker Lucia Ferrand, follows the crew, whose average age is 74, through a single season. It was shot over 14 months on a budget of about $85,000, raised partly through a crowdfunding appeal that drew donations from more than 900 people.

Ferrand said she first noticed the crew while walking her dog on the North Quay at 6am. "Eight people in their seventies and eighties, rowing in the dark, in February, shouting at each other with enormous affection," she said. "I thought: there is a film in that."

The documentary does not shy away from the hard parts. One rower, a retired dockworker called Bill Hennessy, has a hip replacement during filming and spends months fighting to get back into the boat. Another, former nurse Patricia Oyelaran, talks frankly about losing her husband and how the club kept her going.

The film's climax comes at a veterans' regatta along the coast, where the crew, to their own apparent astonishment, win a bronze medal. The Palace audience of 340 people gave the crew a standing ovation when the lights came up.

"I haven't been clapped like that since my wedding," said Hennessy, 81. "And that was a smaller crowd."

*Eight Oars* will screen at the Palace for two weeks before a run at community venues across the region. Ferrand is in talks with a distributor about a wider release.`,
  },

  // ---------------------------------------------------------------- climate
  {
    slug: "sea-wall-plan-bayfront-defence",
    section: "climate",
    headline: "City's $214m plan to raise the sea wall would protect 6,800 homes, but not all of them",
    standfirst:
      "The Bayfront Defence Plan would raise the main wall by up to 1.4 metres and rebuild the North Quay gates, yet leaves 431 addresses outside its protection.",
    authors: ["hollis-mbeki", "elliot-ferreira"],
    tags: ["flooding", "city-council", "budget", "housing"],
    hoursAgo: 563,
    heroCaption: "The Saltmarsh sea wall, which would be raised by up to 1.4 metres under the plan.",
    heroAlt: "A long concrete sea wall curving along a shoreline, with terraced houses close behind it.",
    body: `Calder Bay's long-awaited plan to strengthen its sea defences would raise the main sea wall by up to 1.4 metres, replace the North Quay flood gates and protect about 6,800 homes from the kind of storm surge expected roughly once a century, according to documents published by the city council.

But the Bayfront Defence Plan, which is estimated to cost $214 million over twelve years, would leave around 430 homes at the far end of the Saltmarsh district outside the new line of defence, a decision that has already drawn sharp criticism from residents and their councillor.

## What the plan proposes

The 186-page report, prepared by the city engineer's office with two outside consultancies, compares four options. The council's preferred option would:

1. Raise the 3.2km main sea wall, from the Harrow Point causeway to the ferry terminal, by between 0.8 and 1.4 metres, with glass panels on the promenade section to preserve views of the bay.
2. Replace the 1970s North Quay flood gates with steel gates that can be closed in under 20 minutes, compared with about 90 minutes now.
3. Build a new earth embankment behind the Saltmarsh Nature Reserve, allowing the reserve itself to flood.
4. Install six new pumping stations to clear rainwater from the streets behind the wall.

Alun Prys, the city engineer, said the design assumed that sea levels in the bay would rise by about 50cm by 2080, a mid-range projection. "We can't build for the very worst case without spending money the city doesn't have," he said. "What we have done is design the wall so it can be raised again later without being torn down and rebuilt."

## Who is left out

The Ledger's analysis of the flood maps published with the plan found that 431 addresses, on Eel Lane, Cockle Street and the Marsh End estate, would sit seaward of the new embankment. The report says extending the defences to cover them would add about $38 million, a cost it describes as "disproportionate to the number of properties protected".

Gloria Achebe has lived on Cockle Street for 22 years. She found out that her home was outside the new line from a neighbour who had read the report.

> They have drawn a line on a map and my house is on the wrong side of it. Nobody has knocked on my door to explain why. Nobody has told me what I am supposed to do now.

The report proposes that homes outside the line would be offered grants for flood doors, raised electrical sockets and other property-level measures, and that the council would "keep their long-term future under review". It does not say how much money would be available.

Rosa Delgado, the councillor for Saltmarsh, said the proposal was "unacceptable as it stands". She said she would support the wider plan only if the council committed to a separate, funded solution for the excluded streets.

## Paying for it

The report sets out how the $214 million would be raised:

- $96 million from the national coastal resilience fund, which the city has applied to but has not yet been awarded
- $64 million in council borrowing, repaid over 30 years
- $31 million from a levy on commercial properties inside the protected zone
- $23 million from the harbour authority, towards the North Quay gates

By The Ledger's calculation, the borrowing would add about $41 a year to a typical household's council tax bill for three decades. If the national grant is not awarded, the report says the scheme would have to be scaled back or delayed.

The first estimate for raising the wall, drawn up in 2016, was $131 million. Officers say the increase reflects higher construction costs and a more cautious assumption about future sea levels.

## What happens next

A public consultation will run for three weeks, with drop-in sessions at the Saltmarsh Community Hall and the North Quay ferry terminal. Councillors are expected to vote on the plan next month. The full report and maps are on [the council's consultation site](https://example.org/calder-bay/bayfront-defence).

Prys said the cost of doing nothing would be far higher. The report estimates that a once-in-a-century surge hitting the current defences would cause about $620 million of damage to homes, businesses and infrastructure in the city.`,
  },

  // ---------------------------------------------------------------- sport
  {
    slug: "theo-mbatha-youth-sprint-record",
    section: "sport",
    headline: "Sixteen-year-old Theo Mbatha runs 10.41 to set a regional youth 100m record",
    standfirst:
      "The Harrow Point Academy pupil broke a record that had stood since 1998 at the schools championships, and coaches say he has barely started proper training.",
    authors: ["kwame-osei"],
    tags: ["athletics", "education"],
    hoursAgo: 586,
    body: `Theo Mbatha, a 16-year-old pupil at Harrow Point Academy, ran 10.41 seconds in the 100 metres at the regional schools championships at the Marlow Park athletics track, breaking a youth record that had stood for 26 years.

The time, set in the final with a legal following wind of 1.2 metres per second, took 0.08 seconds off the previous best. Mbatha won the race by almost three metres and then, twenty minutes later, won the 200 metres in 21.19 seconds.

"I knew I was running well, but I didn't look at the clock until everyone started screaming," Mbatha said. "Then I had to ask someone what it said."

What makes the performance more striking is how little formal training Mbatha has done. He played football until 18 months ago, when his PE teacher, Rachel Dunmore, persuaded him to try sprinting at a school sports day. He now trains three evenings a week with the Calder Bay Harriers.

"He has natural speed that you simply can't coach," said Dunmore. "Everything else, the starts, the technique, the strength, is still raw. That's what's exciting. He's nowhere near his ceiling."

His club coach, Everton Phiri, said the priority was to protect Mbatha from too much too soon. "We've all seen young sprinters burn out or get injured because everybody wanted a piece of them at 16," he said. "He's going to sit his exams, enjoy his summer and keep improving steadily. There's no hurry."

Mbatha has been selected for the national youth championships next month. He said his main ambition for now was more modest. "I'd like to beat my brother at something," he said. "He's still faster than me over 400."`,
  },

  // ---------------------------------------------------------------- opinion
  {
    slug: "bring-back-late-ferry-harrow",
    section: "opinion",
    headline: "Bring back the late ferry to Harrow Point",
    standfirst:
      "Cutting the evening sailings saved the operator a modest sum and has left a whole community stranded after dark. The city should step in.",
    authors: ["nadia-haddad"],
    tags: ["transport", "harbour"],
    hoursAgo: 609,
    body: `For most of the past forty years, the last ferry from the North Quay to Harrow Point left at 11.15pm. It carried nurses coming off late shifts, restaurant staff, students, people who had been to the cinema or the theatre, and the occasional cheerful group who had stayed a little too long at the Anchor and Lamp. It was never full. It was always there.

Since the spring, it has not been. The operator, Bayline Ferries, cut its three evening sailings, saying they carried an average of 31 passengers each and lost money. The last boat now leaves at 7.40pm.

The alternative is two buses and a 25-minute walk, or a taxi that costs about $38. For people who live on the Point and work evenings in the city, that is the difference between a job that pays and one that does not.

I spoke to a chef who has moved out of Harrow Point because she could no longer get home after service. I spoke to a pensioner who has stopped going to evening concerts. I spoke to a teenager who told me, with the weary patience of the young, that there was "literally nothing" to do on the Point after dark and now no way of leaving it.

## Public transport is a public service

The operator's arithmetic is not wrong. But it is the wrong arithmetic. We do not judge the city's late-night buses or the last tram by whether each journey makes a profit. We run them because a city needs to work for people at all hours, and because an isolated community soon becomes a poorer one.

The city council already subsidises the ferry's winter daytime sailings. Bayline says restoring the evening service would cost about $290,000 a year. That is real money, but it is about what the council spends on hanging baskets along the promenade.

Councillors should put the late ferry back on the water, advertise it properly, and give it two years to rebuild its passengers. If it still stands empty after that, we can have a different conversation. I suspect we will not need to.`,
  },

  // ---------------------------------------------------------------- science
  {
    slug: "meteor-shower-guide-dunmore-ridge",
    section: "science",
    headline: "How to watch this weekend's meteor shower from Calder Bay",
    standfirst:
      "Clear skies are forecast for the peak of the annual late-summer shower, and astronomers say you need nothing more than patience and a warm coat.",
    authors: ["ines-carvalho"],
    tags: ["space", "weather"],
    hoursAgo: 632,
    body: `The annual late-summer meteor shower reaches its peak this weekend, and for once the weather looks likely to cooperate. The Coastal Forecast Centre expects clear skies over Calder Bay on both Saturday and Sunday night, with only a little cloud near the coast after midnight.

At its peak, observers under a truly dark sky can see up to 50 meteors an hour, though from the edge of a city the number is more likely to be between 10 and 20. The meteors are specks of dust shed by a comet, burning up as they hit the atmosphere at tens of kilometres per second.

"It really is the easiest astronomy there is," said Hannah Lisle, the outreach officer at the Calder Bay Observatory. "You don't need a telescope. In fact, a telescope is useless, because you need to see as much of the sky as possible at once."

## Five steps to a good night

1. Get away from streetlights. The best nearby site is the car park at Dunmore Ridge, 12km north of the city, but any dark field or beach will do better than a garden.
2. Go after midnight if you can. Meteor rates usually climb in the early hours, when your side of the Earth is facing into the stream of dust.
3. Give your eyes at least 20 minutes to adjust to the dark, and do not look at your phone. Even a quick glance resets your night vision.
4. Lie back on a reclining chair or a blanket and look at a wide area of sky, about halfway up from the horizon. Meteors can appear anywhere.
5. Dress for winter. Even in late summer, a clear night on an exposed hill can be surprisingly cold.

The observatory will open its grounds from 10pm until 2am on Saturday for a free meteor-watching evening, with hot drinks and staff on hand to point out planets and constellations. No booking is needed, but visitors are asked to bring a torch with a red light and to park at the bottom of the hill.

Lisle said the most common mistake was giving up too early. "People wait ten minutes, see nothing, and go home," she said. "Meteors come in clumps. Give it an hour, and you'll be rewarded."`,
  },

  // ---------------------------------------------------------------- climate
  {
    slug: "tram-line-2-emissions-corridor",
    section: "climate",
    headline: "Two years after Line 2 opened, pollution on the Quay Road corridor is down 18%",
    standfirst:
      "A Ledger analysis of air-quality and traffic data shows fewer cars and cleaner air along the tram route, but a worrying increase on neighbouring streets.",
    authors: ["elliot-ferreira", "hollis-mbeki"],
    tags: ["transport", "energy", "health"],
    hoursAgo: 655,
    heroCaption: "A Line 2 tram passes along Quay Road near Chandlers Cross.",
    heroAlt: "A green and white tram on a city street lined with shops, with cyclists in a separate lane.",
    body: `Levels of nitrogen dioxide, a traffic pollutant linked to asthma and other lung conditions, have fallen by 18% along the Quay Road corridor in the two years since the city's second tram line opened, according to a Ledger analysis of council monitoring data.

The number of cars using Quay Road has dropped by about a fifth over the same period, while trips on Line 2 and bicycle journeys on the new protected cycle lane alongside it have both grown faster than the council predicted.

But the data also shows that some traffic has simply moved. On Hollins Road, which runs parallel to Quay Road about 400 metres inland, nitrogen dioxide levels have risen by 6% and car numbers by 11%.

## What the numbers show

The Ledger compared readings from the council's air-quality monitors and automatic traffic counters in the year before Line 2 opened with the most recent twelve months of data. The main findings:

- **Nitrogen dioxide on Quay Road:** down 18%, from an annual average of 38 micrograms per cubic metre to 31
- **Cars on Quay Road:** down 21%, from about 31,400 a day to 24,900
- **Line 2 passengers:** 6.1 million trips in its second year, against a forecast of 5.2 million
- **Cycle journeys on the Quay Road lane:** up 42%, to an average of 3,800 a day
- **Nitrogen dioxide on Hollins Road:** up 6%, from 33 to 35 micrograms per cubic metre

Some of the improvement on Quay Road reflects cleaner vehicles across the city as older cars are replaced. Monitors away from both routes showed a background fall of about 5% over the period, suggesting that most, but not all, of the change on Quay Road is down to the tram and the changes that came with it.

## Trams, bikes and buses

Gareth Lund, the council's head of transport planning, said the results showed that the city's bet on the tram had paid off. "People said nobody would get out of their cars," he said. "Six million trips a year says otherwise. And the air on one of the city's busiest roads is measurably cleaner."

Dr Naomi Fitch, an air-quality scientist at Calder Bay University who reviewed The Ledger's analysis, said the fall on Quay Road was "significant and real", but urged caution about attributing all of it to the tram.

> Two years is a short time in air-quality data, and one unusually windy winter can shift the averages. What I find convincing is that the change lines up so neatly with the traffic counts. Fewer cars, cleaner air. That part is not a coincidence.

## The Hollins Road problem

The rise on Hollins Road is a concern for the people who live there. The street has two primary schools, a care home and several hundred homes, many of them terraced houses that open directly onto the pavement.

"We were told the tram would make the whole area better," said Priya Anand, whose children attend Hollins Road Primary. "For us, it has made things worse. The traffic that used to go down Quay Road now comes past the school gate."

Lund acknowledged the problem and said the council was considering changes, including a school street scheme that would close the road outside the two schools at drop-off and pick-up times, and new traffic lights that would make Hollins Road less attractive as a short cut.

Nitrogen dioxide on Hollins Road remains below the legal annual limit of 40 micrograms per cubic metre, but above the much lower level recommended by health guidelines. Dr Fitch said the aim should be to cut pollution everywhere, not to move it from one street to another.

## Electric buses next

The next phase of the city's transport plan would replace 90 diesel buses on the routes that feed Line 2 with battery-electric vehicles, at a cost of about $48 million over four years. Electricity for the trams already comes from the regional grid, and the council has promised that the new bus depot at Chandlers Cross will have solar panels on its roof.

Lund said the bus project, which is awaiting a decision on national funding, would make a bigger difference on streets like Hollins Road than anything else the council could do. "A diesel bus stopping and starting past a school all day is exactly the kind of pollution we need to get rid of," he said.

## How we did this

The Ledger used hourly readings from seven council air-quality monitors and 12 automatic traffic counters, published on the city's [open data portal](https://example.org/calder-bay/open-data/air-quality). We compared annual averages for the twelve months before Line 2 opened with the most recent twelve months, and excluded days when monitors were out of service. The analysis was reviewed by Dr Fitch before publication.`,
  },

  // ---------------------------------------------------------------- culture
  {
    slug: "lighthouse-logbooks-return-library",
    section: "culture",
    headline: "Lighthouse keepers' logbooks, missing since 1962, return to the Central Library",
    standfirst:
      "Eleven handwritten volumes recording a century of life at Harrow Point were found in an attic and handed back by the great-grandson of a keeper.",
    authors: ["ruth-abernathy"],
    tags: ["books", "history"],
    hoursAgo: 690,
    heroCaption: "Librarian Philippa Crane turns the pages of one of the recovered Harrow Point logbooks.",
    heroAlt: "Gloved hands turning the yellowed pages of an old handwritten ledger on a library table.",
    body: `Eleven logbooks kept by the keepers of Harrow Point lighthouse, which disappeared from the Calder Bay Central Library more than sixty years ago, have been returned after they were discovered in an attic.

The handwritten volumes cover the years from 1861 to 1958 and record the daily life of the light: the weather at every watch, ships sighted, supplies delivered, and the occasional drama, from shipwrecks to a keeper's wedding. They were lent to a local historian in 1962 for a book he never finished, and were never seen again.

Last month, Martin Greer, a retired engineer, was clearing his late mother's house in Port Ellery when he found the books in a tea chest under the eaves. His great-grandfather, Samuel Greer, had been principal keeper at Harrow Point in the 1890s, and his handwriting fills most of one volume.

"I knew straight away what they were," Greer said. "I also knew they weren't ours to keep. They belong to the city."

Philippa Crane, the library's head of special collections, said the logbooks were among the most requested items in the library's records, even though they had been missing for decades. "Researchers, family historians and, lately, climate scientists have all asked for them," she said. "Every entry has the wind, the sea state and the weather. That's almost a century of daily observations from one spot on the coast."

The library plans to digitise all eleven volumes and make them free to view online by the end of the year. A selection of pages will go on display in the Central Library's main hall next month, alongside a photograph of Samuel Greer and his family at the lighthouse.

Greer said one entry in particular had stayed with him. On a December night in 1894, his great-grandfather recorded a storm so fierce that the lamp room windows cracked, and then added, in smaller writing: "Light kept burning all night. Children asleep."`,
  },
];
