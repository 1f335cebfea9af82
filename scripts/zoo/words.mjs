// Words and number formats of the zoo's tables: what council and panel packs print, as data.

export const thousands = (n) => Math.round(n).toLocaleString('en-GB');
/** 1.2 -> "1.2", -1.2 -> "(1.2)": how finance reports print a negative. */
export const bracketed = (n, dp = 1) => (n < 0 ? `(${Math.abs(n).toFixed(dp)})` : n.toFixed(dp));
export const signed = (n) => (n < 0 ? `-${thousands(-n)}` : thousands(n));
export const pct = (n) => `${n.toFixed(1)}%`;
export const minsSecs = (s) => `${Math.floor(s / 60)} mins ${s % 60} secs`;

export const MONTHS = ['April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December', 'January', 'February', 'March'];
export const SHORT_MONTHS = MONTHS.map((m) => m.slice(0, 3));

export const POLICE_LINES = ['Police officer pay', 'Police staff pay', 'PCSO pay', 'Overtime', 'Police pensions', 'Premises costs',
  'Transport costs', 'Supplies and services', 'Agency and contracted services', 'Capital financing', 'Collaboration contributions',
  'Office of the Commissioner', 'Community safety grants', 'Victims services'];
export const COUNCIL_LINES = ["Adult social care", "Children's services", 'Highways and transport', 'Waste and recycling', 'Housing and homelessness',
  'Libraries and culture', 'Planning and regeneration', 'Public health', 'Corporate services', 'Leisure and open spaces',
  'Environmental health', 'Council tax collection', 'Democratic services', 'Property and facilities'];

export const OWNERS = ['Chief Executive', 'Chief Finance Officer', 'Head of Policy', 'Scrutiny Officer', 'Head of Commissioning',
  'Monitoring Officer', 'Deputy Chief Constable', 'Head of Estates', 'Democratic Services Manager', 'Head of Performance'];
export const SUBJECTS = ['the rural crime strategy', 'the victims services contract', 'the estates rationalisation programme',
  'the police and crime plan refresh', 'the precept consultation', 'the out of court disposals scheme',
  'the domestic abuse perpetrator programme', 'the violence reduction unit', 'the fleet electrification plan',
  'the custody improvement plan', 'the youth diversion scheme', 'the 101 non-emergency service'];
export const ASKS = ['circulate a written briefing on', 'provide the panel with an update on', 'report back with costed options for',
  'share the latest performance data for', 'arrange an informal session for members on', 'confirm the timetable for the review of'];
export const DETAILS = ['including the numbers of referrals received in each quarter and the outcomes achieved',
  'setting out the savings assumed in the medium term financial plan and the risks to their delivery',
  'with a breakdown by local policing area so that members can compare the districts',
  'and explain how the views of residents and partners have been taken into account',
  'together with the findings of the most recent inspection and the action plan agreed in response',
  'so that the panel can consider it before the budget is set in February',
  'and include the equality impact assessment that was requested at the last meeting'];
export const UPDATES = ['A briefing note was circulated to members by email and a further update will follow once the data has been validated.',
  'The report has been drafted and is with the Commissioner for approval; it will be brought to the next scheduled meeting.',
  'Officers met the provider in the autumn and agreed revised performance measures, which take effect from the new quarter.',
  'The session has been arranged and members will receive a calendar invitation with the papers a week in advance.',
  'Data for the first two quarters is attached at the appendix; the third quarter will be published after the audit.',
  'The review has been delayed by the recruitment of the new lead officer and is now expected to report in the spring.',
  'Completed at the meeting of the working group, and the minutes of that meeting are available on request.'];
export const STATUSES = ['Complete', 'Open', 'In progress', 'Ongoing', 'Closed'];

export const longDate = (r, year) => `${r.int(1, 28)} ${r.pick(MONTHS)} ${year}`;

export const AGENDA = ['Apologies for absence', 'Declarations of interest', 'Minutes of the previous meeting', 'Public questions',
  'Chair\u2019s announcements', 'Police and crime plan performance report', 'Medium term financial plan and proposed precept',
  'Complaints against the Commissioner', 'Confirmation hearing: Chief Finance Officer', 'Annual report of the Commissioner',
  'Treasury management mid-year review', 'Work programme', 'Dates of future meetings', 'Exclusion of the press and public'];
export const LEADS = ['Chair', 'Panel Secretary', 'Police and Crime Commissioner', 'Chief Finance Officer', 'Monitoring Officer',
  'Head of Performance', 'Scrutiny Officer', 'Chief Executive'];

export const ORGS = ['Community Trust', 'Youth Club', 'Neighbourhood Watch', 'Food Bank', 'Sports Association', 'Women\u2019s Aid',
  'Men\u2019s Shed', 'Credit Union', 'Scout Group', 'Residents\u2019 Association', 'Arts Collective', 'Mentoring Project'];
export const PLACES = ['Abbeyfield', 'Brookside', 'Castleton', 'Dunmore', 'Eastgate', 'Fairholme', 'Greenhill', 'Highbury', 'Ivybridge',
  'Kingsmead', 'Longford', 'Millbrook', 'Northfield', 'Oakwood', 'Riverside', 'Southend', 'Thornbury', 'Westwood'];
export const PURPOSES = ['Diversionary sport sessions', 'Safer streets lighting', 'Victim support volunteers', 'Knife crime education',
  'Holiday activity programme', 'CCTV upgrade', 'Anti-social behaviour outreach', 'Cyber safety workshops', 'Rural watch signage',
  'Mentoring for young people', 'Domestic abuse helpline', 'Community speedwatch kit'];

export const FIRST = ['A.', 'B.', 'C.', 'D.', 'E.', 'F.', 'G.', 'H.', 'J.', 'K.', 'L.', 'M.', 'P.', 'R.', 'S.', 'T.'];
export const SURNAMES = ['Ahmed', 'Bennett', 'Clarke', 'Davies', 'Evans', 'Fletcher', 'Griffiths', 'Hughes', 'Iqbal', 'Jones', 'Khan',
  'Lewis', 'Morgan', 'Nolan', 'Owen', 'Patel', 'Roberts', 'Shah', 'Thomas', 'Walsh'];
