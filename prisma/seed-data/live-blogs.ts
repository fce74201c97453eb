import type { DemoLiveBlog } from "./types";

// Demo live blogs: one whose coverage ended (a storm over Calder Bay, as it happened) and one still live (the
// city's budget night). Written for this project; all people, places and events are fictional. Entry bodies
// use the same small Markdown subset as the demo articles.
export const liveBlogs: DemoLiveBlog[] = [
  {
    slug: "storm-orla-calder-bay-live",
    section: "climate",
    headline: "Storm Orla over Calder Bay: as it happened",
    standfirst:
      "Gusts of 130km/h, a tidal surge over the North Quay and 19,000 homes without power: how a day and a night of the year's worst storm unfolded across the city.",
    authors: ["hollis-mbeki", "george-whitcombe"],
    tags: ["weather", "flooding", "public-safety"],
    hoursAgo: 150,
    endedHoursAgo: 125.9,
    heroCaption: "Spray bursts over the promenade railings at Harrow Point as Storm Orla's strongest gusts arrive.",
    heroAlt: "White spray from breaking waves rising higher than the railings of a seaside promenade under a dark sky.",
    summary: `- Storm Orla brought gusts of up to 131km/h to Harrow Point, the strongest recorded in the city since 2009.
- The sea came over the North Quay wall at the evening high tide; about 140 properties in Saltmarsh and on Tanner's Row were flooded.
- At the peak, 19,400 homes and businesses were without power. Grid Coastal says all but 300 were reconnected by Saturday evening.
- No one was seriously hurt. Two people were treated for minor injuries after a shop sign fell on Mercer Place.
- The council has opened a recovery fund and says skips for flood-damaged belongings will be on Saltmarsh streets from Monday.`,
    entries: [
      { minutesAfter: 0, title: "Good morning", keyEvent: false, authors: ["hollis-mbeki"], body: `Good morning. The Coastal Forecast Centre has upgraded its warning for Storm Orla to **red** for the Calder Bay coast from midday until 4am tomorrow. We will be following the storm here all day and through the night: the wind, the tide, the power, the roads and what it means for you.` },
      { minutesAfter: 12, body: `The centre says gusts could reach 120 to 130km/h on exposed parts of the coast, with Harrow Point and the outer harbour worst placed. High water tonight is at 9.52pm, and it is a spring tide.` },
      { minutesAfter: 25, title: "Schools close at lunchtime", body: `The city's education department says all schools south of the canal will close at 12.30pm so that pupils are home before the strongest winds arrive. Schools north of the canal stay open for a normal day, but after-school clubs are cancelled everywhere.` },
      { minutesAfter: 41, body: `Calder Bay Ferries has cancelled every sailing to the islands after the 8.15 departure. The company says it will decide on tomorrow's timetable at 6am.` },
      { minutesAfter: 58, authors: ["george-whitcombe"], body: `George Whitcombe here, on the North Quay. Council crews have been laying sandbags along Tanner's Row since first light, and the flood gates at the foot of Quay Street are due to close at 2pm. A harbour worker told me the last time he saw the gates shut in daylight was "before my children were born".` },
      { minutesAfter: 80, title: "Rest centres open", keyEvent: true, body: `The emergency management office has opened three rest centres, staffed until at least 8am tomorrow:

- Saltmarsh Community Hall, Ferry Lane
- Harrow Point Academy sports hall (pets welcome in a separate area)
- St Brannoc's church hall, Upper Mercer Street

Anyone on a ground floor in Saltmarsh is asked to find somewhere dry to spend the night, with friends or family if they can.` },
      { minutesAfter: 104, body: `The Metro says it will run a normal service for as long as it safely can, but the overground section between Harrow Point and Seagate will close at 3pm because of the risk of debris on the line.` },
      { minutesAfter: 131, body: `Readers have been sending pictures of the sea at Harrow Point, where waves are already breaking over the causeway three hours before the strongest winds are forecast. Please do not go to the sea front to take photographs. The coastguard says it has already had to warn people off the causeway twice this morning.` },
      { minutesAfter: 160, title: "Harrow Point causeway closed", body: `Police have closed the Harrow Point causeway to all traffic and pedestrians until further notice. Residents of the point can get in and out by the Lighthouse Road, which is open but slow.` },
      { minutesAfter: 185, body: `The first gust over 100km/h of the day was recorded at the Harrow Point weather station at 1.05pm: 104km/h. The centre says that is "at the lower end of what we expect this afternoon".` },
      { minutesAfter: 203, authors: ["george-whitcombe"], body: `The flood gates at the foot of Quay Street have closed, on time. From here, the only way onto the North Quay is on foot through the pedestrian gate by the harbour office, which will be locked at 6pm.` },
      { minutesAfter: 236, title: "Power cuts begin", keyEvent: true, body: `Grid Coastal says about 2,800 homes are without power, mostly in Harrow Point and the Lighthouse Road area, after a line came down near the golf course. Engineers are on standby but will not climb poles while gusts are above 90km/h.` },
      { minutesAfter: 262, body: `A reader in Seagate tells us a tree has fallen across Orchard Lane near the junction with Holm Road, blocking it in both directions. The council says a crew is on its way.` },
      { minutesAfter: 290, body: `The Metro has now suspended all services on the overground section and says the underground section will close at 6pm, earlier than planned. Replacement buses will not run tonight.` },
      { minutesAfter: 318, title: "A sign falls on Mercer Place", body: `Two people have been treated by paramedics after a shop sign fell on Mercer Place. The ambulance service says neither was seriously hurt and both have gone home. The street is closed between Lantern Lane and the market while the building is checked.` },
      { minutesAfter: 344, body: `The number of homes without power has passed 9,000, Grid Coastal says. Its outage map is struggling under the number of people checking it; the company is posting updates on its phone line, 0800 555 0177, every half hour.` },
      { minutesAfter: 371, authors: ["george-whitcombe"], body: `It is getting hard to stand up on the harbour wall. The wind is coming straight in from the south-west, and the spray is reaching the windows of the harbour office, about 30 metres back from the edge. The harbour master has ordered the last of his staff inside.` },
      { minutesAfter: 402, body: `Calder Bay City Football Club has postponed tomorrow's home match against Port Lenning. The club says the stadium's roof will be inspected before it lets anyone back in.` },
      { minutesAfter: 436, title: "Highest gust so far", keyEvent: true, body: `A gust of **131km/h** was recorded at Harrow Point at 7.16pm. The Coastal Forecast Centre says that is the strongest gust measured in the city since the storm of February 2009, which reached 137km/h.` },
      { minutesAfter: 455, body: `About 150 people have now registered at the three rest centres, the emergency management office says, and about 40 dogs and a parrot at Harrow Point Academy.` },
      { minutesAfter: 482, body: `High water is still more than an hour away, but the sea is already at the top of the wall on the North Quay in places, according to the harbour office's tide gauge, which reads 0.9 metres above the predicted level.` },
      { minutesAfter: 511, title: "Water over the North Quay", keyEvent: true, authors: ["george-whitcombe"], body: `The sea is coming over the North Quay wall. Water is running down Tanner's Row between the sandbags and has reached the doorsteps of the first houses. Firefighters have brought two high-volume pumps to the bottom of the street.` },
      { minutesAfter: 528, body: `The fire service says it has taken 61 calls in the last hour, most of them about water getting into homes in Saltmarsh and on Tanner's Row. It is asking people not to call 999 about flooding unless someone is in danger, and to use the flood line, 0800 555 0190, instead.` },
      { minutesAfter: 547, body: `The harbour office's gauge peaked at 1.34 metres above the predicted tide at 9.49pm, three minutes before high water. That is the highest reading since the gauge was installed in 1998.` },
      { minutesAfter: 566, body: `Grid Coastal's count of homes without power has reached **19,400**, the highest of the day. Most of the Saltmarsh district is dark, along with parts of Seagate and the whole of Harrow Point.` },
      { minutesAfter: 590, authors: ["george-whitcombe"], body: `The water is going back. On Tanner's Row it is now below the doorsteps again, though the street is still covered and the pumps are running. A woman at number 14 told me the water came "about a hand's width" over her kitchen floor. "We had everything upstairs by six," she said. "We've done this before."` },
      { minutesAfter: 622, title: "The worst may be over", keyEvent: true, body: `The Coastal Forecast Centre says the strongest winds have now passed the bay and are moving north. Gusts of 90 to 100km/h are still likely until about 3am. The red warning stays in force until 4am.` },
      { minutesAfter: 660, body: `The fire service says it has rescued a family of four from a ground-floor flat on Ferry Lane after water came in faster than they could move their things. Everyone is safe and has gone to the Saltmarsh Community Hall.` },
      { minutesAfter: 720, body: `We are going to slow down our updates overnight, but will post anything important. If you are in a rest centre, the emergency management office says breakfast will be served from 7am.` },
      { minutesAfter: 845, body: `The red warning was lifted at 4am. Gusts at Harrow Point are now around 70km/h and easing.` },
      { minutesAfter: 905, title: "Good morning, and the clean-up", authors: ["hollis-mbeki"], body: `Good morning. Calder Bay is waking up to fallen trees, broken glass and a great deal of mud in Saltmarsh. We will be following the clean-up here today. The key points from overnight are at the top of this page.` },
      { minutesAfter: 921, body: `Grid Coastal says 7,100 homes are still without power. It has 40 crews out, including 12 from neighbouring regions, and expects to have most customers reconnected by the end of the day.` },
      { minutesAfter: 938, title: "How many homes were flooded", keyEvent: true, body: `The council's first estimate is that about **140 properties** took on water, most of them in Saltmarsh and on Tanner's Row, and nine businesses on the North Quay. Council staff will knock on every door in the affected streets this morning.` },
      { minutesAfter: 960, body: `The Metro's underground section has reopened. The overground between Harrow Point and Seagate stays closed while engineers clear two trees from the line near Holm Road.` },
      { minutesAfter: 977, authors: ["george-whitcombe"], body: `On Tanner's Row, neighbours are carrying soaked carpets out to the kerb. The street smells of seaweed and diesel. Volunteers from the rowing club have turned up with brooms and a van and are going door to door.` },
      { minutesAfter: 1003, body: `Calder Bay Ferries says sailings to the islands will restart at 11am, with an extra departure at 4pm for anyone whose journey was cancelled yesterday.` },
      { minutesAfter: 1030, title: "A recovery fund", keyEvent: true, body: `The council leader, Amara Quist, has announced a recovery fund for households and small businesses whose homes or premises were flooded: up to $1,500 per household, paid within a fortnight, with no need to wait for insurers. Applications open on Monday at the city's website and at the Saltmarsh Community Hall.` },
      { minutesAfter: 1048, body: `Skips for flood-damaged belongings will be placed on affected streets in Saltmarsh from Monday, the council says. Until then it asks people to leave damaged items by their front door rather than on the road.` },
      { minutesAfter: 1071, body: `The harbour master says the North Quay will stay closed to the public today while divers inspect the foot of the wall, where the surge appears to have scoured away part of the rock armour.` },
      { minutesAfter: 1112, body: `A reader writes from Harrow Point: "The power came back at 10.40. First thing my daughter did was charge the phone so she could tell her grandmother we were fine." Thank you for all your messages.` },
      { minutesAfter: 1160, body: `Grid Coastal says 1,900 homes are still without power, most of them in small pockets where individual lines were brought down by trees.` },
      { minutesAfter: 1215, title: "Questions about the sea wall", authors: ["hollis-mbeki"], body: `Last night's surge is likely to sharpen the argument over the city's sea wall plan. Councillor Imogen Tate, who chairs the infrastructure committee, said the water had come over "exactly where the plan says it will, and exactly where the money has not yet been spent". The plan's first phase, on the North Quay, is not due to start until 2028.` },
      { minutesAfter: 1290, body: `All rest centres have now closed except the Saltmarsh Community Hall, which will stay open tonight for about 30 people whose homes are not yet dry enough to sleep in.` },
      { minutesAfter: 1380, title: "Power almost fully restored", body: `Grid Coastal says all but about 300 homes have their power back, and it expects to reconnect the rest by tomorrow morning.` },
      { minutesAfter: 1440, title: "We are ending our live coverage", authors: ["hollis-mbeki", "george-whitcombe"], body: `That is where we will leave our live coverage of Storm Orla. Thank you for following, and for the pictures and messages you sent. We will keep reporting on the clean-up, the recovery fund and the sea wall in the coming days.` },
    ],
  },
  {
    slug: "budget-night-council-live",
    section: "politics",
    headline: "Budget night at city hall: live from the council chamber",
    standfirst:
      "Councillors vote tonight on a budget that raises the city's property tax by 3.9 per cent, funds 40 more bus drivers and starts the sea wall works early.",
    authors: ["tomas-lindqvist"],
    tags: ["city-council", "budget", "transport"],
    hoursAgo: 2.5,
    summary: `- The council leader, Amara Quist, is proposing a property tax rise of 3.9 per cent, below the 4.9 per cent cap.
- The budget adds 40 bus drivers, reopens two library branches on Sundays and brings the first phase of the sea wall works forward to next year.
- The opposition wants the rise held at 2.9 per cent and the library money spent on road repairs instead.
- A vote is expected before 10pm. The governing group has 27 of the 51 seats.`,
    entries: [
      { minutesAfter: 0, title: "Good evening from city hall", body: `Good evening. Tomas Lindqvist here in the press gallery of the council chamber, where councillors are taking their seats for the budget meeting. The key points of what is being proposed are at the top of this page; we will follow the debate and the vote here.` },
      { minutesAfter: 9, body: `The public gallery is full. Most of the people up here seem to be from the Saltmarsh residents' association, several with placards reading "Walls before words".` },
      { minutesAfter: 17, title: "Quist opens the debate", keyEvent: true, body: `The council leader, Amara Quist, has opened the debate. "This budget asks every household for a little more," she said, "and in return it gives the city buses that turn up, libraries that open on the day people are free, and a sea wall that is built before the next storm rather than after it."` },
      { minutesAfter: 31, body: `Quist says bringing the sea wall's first phase forward will cost $14 million next year, paid for by borrowing rather than the tax rise. She said Storm Orla had "settled the argument about whether we can afford to wait".` },
      { minutesAfter: 44, title: "The opposition's amendment", keyEvent: true, body: `The opposition leader, Callum Reyes, has moved an amendment that would hold the rise at **2.9 per cent**, drop the Sunday library openings and put the $1.1 million saved into road repairs. "People cannot eat a library on a Sunday," he said, to some laughter and a few boos from the gallery.` },
      { minutesAfter: 56, body: `Reyes's amendment also keeps the extra bus drivers and the sea wall money. So the argument tonight is narrower than the speeches suggest: about a percentage point of tax and what to do with about a million dollars.` },
      { minutesAfter: 68, body: `Councillor Imogen Tate, who chairs the infrastructure committee, has spoken for the budget. She said the surge during Storm Orla came over the North Quay "exactly where the plan said it would" and that the works "should have started years ago".` },
      { minutesAfter: 79, body: `The chair has asked the public gallery to be quiet after applause for Tate. A reminder that the meeting is being streamed on the council's website.` },
      { minutesAfter: 93, title: "An independent's price", body: `The independent councillor Wendell Okoro says he will vote for the budget if the leader agrees to publish a timetable for the sea wall's second phase, along the Saltmarsh front, by March. Quist has just said, from her seat, "Agreed." That may matter: Okoro is one of three independents whose votes could decide the amendment.` },
      { minutesAfter: 108, body: `We are told the vote on the opposition's amendment will come first, followed by the vote on the budget as a whole. Councillors are now on the final speeches.` },
      { minutesAfter: 121, title: "Amendment defeated", keyEvent: true, pinned: true, body: `The opposition's amendment has been **defeated by 29 votes to 22**. All three independents voted with the governing group. The vote on the budget itself comes next.` },
      { minutesAfter: 134, body: `While the chamber waits: if you are wondering what a 3.9 per cent rise means for you, the council's own figures put it at about $5.80 a month for a typical two-bedroom home in the city's middle band.` },
    ],
  },
];
