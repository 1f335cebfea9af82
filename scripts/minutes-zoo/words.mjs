// Words of the minutes zoo: invented places and people, and what English and Welsh councils print, as data.
// Every place name is invented (none is a body of the corpus); items carry what a meeting decides on them.

export const PLACES = ['Ashcombe Regis', 'Brackenfold', 'Cold Ashwell', 'Dunmere', 'Elsworthy', 'Fennick Parva', 'Gorsey Bank',
  'Hallowmere', 'Inchbrook', 'Kestrel Bridge', 'Longmarsh', 'Marlowe Green', 'Netherwick', 'Ovenden Magna', 'Pellingford',
  'Quarrington Hill', 'Rushwick St Mary', 'Saltmarsh Ferry', 'Thistleford', 'Upper Fennick', 'Wealdhurst', 'Yarnbury'];
export const WELSH_PLACES = ['Cwmderwen', 'Aberhesg', 'Pen-y-Waun Isaf', 'Llanhelyg', 'Bryn Celyn', 'Rhosgoch Fach'];

export const FIRST = ['Alison', 'Barry', 'Carol', 'Derek', 'Elaine', 'Frank', 'Gillian', 'Harold', 'Imogen', 'Jeremy', 'Karen', 'Leonard',
  'Margaret', 'Neil', 'Olivia', 'Peter', 'Rachel', 'Simon', 'Tessa', 'Vincent', 'Wendy', 'Yasmin', 'Graham', 'Helen'];
export const SURNAMES = ['Ashworth', 'Bramley', 'Catterall', 'Dobson', 'Ellery', 'Fairbrother', 'Gillespie', 'Hartley', 'Ingram',
  'Jessop', 'Kershaw', 'Lockwood', 'Mottram', 'Newbold', 'Ormerod', 'Pickering', 'Quayle', 'Ramsden', 'Sutcliffe', 'Tolley',
  'Underwood', 'Varley', 'Whitworth', 'Yardley'];
export const WELSH_FIRST = ['Aled', 'Bethan', 'Carys', 'Dyfed', 'Eleri', 'Gwilym', 'Heledd', 'Iolo', 'Lowri', 'Meirion', 'Nerys', 'Owain',
  'Rhian', 'Sioned', 'Tudur', 'Hywel'];
export const WELSH_SURNAMES = ['Bowen', 'Cadwaladr', 'Gruffydd', 'Humphreys', 'Llywelyn', 'Meredith', 'Parry', 'Powell', 'Prosser',
  'Rowlands', 'Tudor', 'Vaughan', 'Watkin', 'Pugh', 'Lloyd', 'Jenkins'];

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];
export const CY_MONTHS = ['Ionawr', 'Chwefror', 'Mawrth', 'Ebrill', 'Mai', 'Mehefin', 'Gorffennaf', 'Awst', 'Medi', 'Hydref', 'Tachwedd', 'Rhagfyr'];
/** "nos Lun" (Monday evening): the weekday mutated after "nos". */
export const CY_EVENINGS = [null, 'nos Lun', 'nos Fawrth', 'nos Fercher', 'nos Iau', 'nos Wener', null];

export const VENUES = ['the Village Hall', 'the Memorial Hall, Church Lane', 'the Council Chamber, Town Hall', 'the Pavilion, Recreation Ground',
  'Committee Room 2, Civic Offices', 'the Methodist Church Hall', 'the Jubilee Room, Community Centre'];
export const CY_VENUES = ['Neuadd y Pentref', 'Ystafell y Cyngor', 'Festri Capel Bethel', 'Neuadd Goffa'];
export const STREETS = ['Church Street', 'Mill Lane', 'Station Road', 'The Green', 'Back Lane', 'Orchard Close', 'High Street', 'Pound Lane'];
export const FIRMS = ['Greenway Grounds Ltd', 'Playsafe Surfacing', 'A & J Fencing', 'Hillcrest Tree Care', 'Brightlight Electrical'];
export const GROUPS = ['Youth Club', 'Royal British Legion branch', 'Over-60s Lunch Club', 'Scout Group', 'Community Choir', 'Food Bank'];

/**
 * The items a meeting takes after the opening ones. Each gives a title, what is said, decisions (`do`: what
 * was decided as a verb phrase, so that every resolved form can print it), and what must not be taken as a
 * decision (`not`: an undertaking of one person, another body's decision, a note). `$` fields are filled per
 * document (street, firm, sum, person).
 */
export const ITEMS = [
  { title: 'Planning Applications', say: ['The following applications were considered.', 'Members viewed the plans on the planning portal.'],
    do: ['raise no objection to application $ref for a single-storey rear extension at 4 $street',
      'object to application $ref for two detached dwellings on land north of $street, on the grounds of highway safety'],
    not: ['The District Council had resolved to refuse application $ref2 at its meeting last month.'] },
  { title: 'Highways and Footpaths', say: ['Residents had reported further damage to the verges in $street.', 'The footpath signs near the church remain missing.'],
    do: ['ask the County Council to install a second speed indicator device on $street', 'write to the Highway Authority requesting that the verge in $street be reinstated'],
    not: ['$person agreed to report the broken fingerpost on the bridleway.', 'The Clerk agreed to chase the Highway Authority about the blocked drain in $street.'] },
  { title: 'Play Area', say: ['The annual inspection report had identified wear under the swings.', 'Two quotations had been circulated before the meeting.'],
    do: ['accept the quotation of $sum from $firm for resurfacing beneath the swings', 'close the zip wire until the repairs to the platform are complete'],
    not: ['It was noted that the inspection had found no high risk items.'] },
  { title: 'Grants and Donations', say: ['A letter requesting support had been received from the $group.'],
    do: ['donate $sum to the $group towards the cost of its summer programme'],
    not: ['The County Council had agreed to match fund the community bus for a further year.'] },
  { title: 'Policies and Procedures', say: ['The revised documents had been circulated with the agenda.', 'The Clerk explained the changes made to the model.'],
    do: ['adopt the revised Standing Orders and Financial Regulations with immediate effect', 'review the Risk Assessment and Asset Register at the May meeting'],
    not: ['It was noted that the model documents had been updated nationally in 2024.'] },
  { title: 'Open Spaces and Trees', say: ['The tree survey of the recreation ground had been received.'],
    do: ['instruct $firm to carry out the works recommended in the tree survey at a cost of $sum'],
    not: ['$person agreed to walk the boundary hedge with the contractor.'] },
  { title: 'Community Events', say: ['Plans for the summer fete were discussed.', 'Volunteers would be sought through the newsletter.'],
    do: ['hire a marquee for the summer fete at a cost not exceeding $sum'],
    not: ['It was noted that the fete committee had already booked the band.'] },
  { title: 'Correspondence', say: ['Correspondence received since the last meeting had been circulated.'],
    do: [], not: ['It was noted that the bus operator would revise the timetable from September.', 'The Clerk agreed to forward the consultation to all members.'] },
];

/** Committee and trust items, for the bodies that are no parish. */
export const BODY_ITEMS = {
  planning: [
    { title: 'Application $ref, Land off $street', say: ['The Planning Officer presented the report.', 'A neighbour spoke against the proposal.'],
      do: ['grant planning permission subject to the conditions set out in the report'],
      not: ['It was noted that the Highway Authority had raised no objection.'] },
    { title: 'Appeals Update', say: ['The Committee received a schedule of appeals lodged and decided.'],
      do: [], not: ['The Planning Inspectorate had decided to dismiss the appeal at $street.'] },
  ],
  finance: [
    { title: 'Budget Monitoring (Quarter 3)', say: ['The Head of Finance presented the report.', 'The forecast underspend was mainly due to vacancies.'],
      do: ['note the forecast outturn and approve the virements set out in Appendix A'],
      not: ['It was noted that the audit fee would rise by 12 per cent.'] },
    { title: 'Treasury Management Strategy', say: ['Members asked about the counterparty limits.'],
      do: ['recommend the Treasury Management Strategy to Council for approval'],
      not: ['The Head of Finance agreed to circulate the list of approved counterparties.'] },
  ],
  trust: [
    { title: 'Hall Bookings', say: ['Bookings for the quarter were up on last year.'],
      do: ['increase the hourly hire charge for private bookings to $sum from 1 April'],
      not: ['$person agreed to update the booking calendar on the website.'] },
    { title: 'Maintenance', say: ['The roof over the kitchen is leaking again.'],
      do: ['obtain three quotations for repairs to the kitchen roof'],
      not: ['It was noted that the boiler service was due in October.'] },
  ],
};

/** Payments printed as the clauses of one resolution. */
export const PAYMENTS = [["Clerk's salary", 612.4], ['HMRC (PAYE)', 153.1], ['Village hall hire', 24], ['Grass cutting', 385],
  ['Internal audit fee', 175], ['Website hosting', 96], ['Streetlight energy', 61.32], ['Insurance renewal', 498.65]];

/** The Welsh meeting: items, decisions and notes in Welsh (a community council minuted in Welsh only). */
export const CY = {
  items: [
    { title: 'Cynllunio', say: ['Ystyriwyd y ceisiadau canlynol.'], do: ['cefnogi cais $ref ar gyfer estyniad unllawr yn $place'],
      not: ['Nodwyd bod yr Awdurdod Cynllunio wedi gwrthod cais $ref2.'] },
    { title: 'Maes chwarae', say: ['Adroddwyd bod dwy o’r siglenni wedi’u difrodi.'], do: ['derbyn dyfynbris $firm o $sum ar gyfer atgyweirio’r siglenni'],
      not: ['Cytunodd y Clerc i ysgrifennu at y cwmni yswiriant.'] },
    { title: 'Priffyrdd', say: ['Trafodwyd cyflwr y ffordd ger yr ysgol.'], do: ['gofyn i’r Cyngor Sir osod arwydd terfyn cyflymder newydd ger yr ysgol'],
      not: ['Cytunodd y Cynghorydd $person i adrodd am y twll yn y ffordd.'] },
    { title: 'Grantiau', say: ['Derbyniwyd llythyr gan bwyllgor yr eisteddfod leol.'], do: ['cyfrannu $sum at gostau’r eisteddfod leol'],
      not: ['Nodwyd bod y Cyngor Sir wedi cytuno i ariannu’r bws cymunedol am flwyddyn arall.'] },
    { title: 'Gohebiaeth', say: ['Cyflwynodd y Clerc yr ohebiaeth a dderbyniwyd.'], do: [],
      not: ['Nodwyd bod y diffibriliwr wedi’i archwilio.'] },
  ],
  titles: { apologies: 'Croeso ac ymddiheuriadau', interests: 'Datgan buddiant', minutes: 'Cofnodion y cyfarfod blaenorol',
    finance: 'Cyllid', next: 'Dyddiad y cyfarfod nesaf' },
  payments: [['Cyflog y Clerc', 245], ['Un Llais Cymru – tanysgrifiad', 96], ['Llogi’r neuadd', 20], ['Torri gwair', 310]],
};
