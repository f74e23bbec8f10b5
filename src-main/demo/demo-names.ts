/**
 * Surnames and given names that faker's English locales lack or get wrong
 * (its English surnames are mostly invented: "Gulgowski", "Cummerata").
 */
export const US_SURNAMES = [
  'Smith', 'Johnson', 'Williams', 'Brown', 'Jones', 'Garcia', 'Miller', 'Davis', 'Rodriguez', 'Martinez', 'Wilson', 'Anderson',
  'Taylor', 'Thomas', 'Moore', 'Jackson', 'Martin', 'Lee', 'Thompson', 'White', 'Harris', 'Clark', 'Lewis', 'Robinson', 'Walker',
  'Young', 'Allen', 'King', 'Wright', 'Scott', 'Hill', 'Green', 'Adams', 'Baker', 'Nelson', 'Carter', 'Mitchell', 'Roberts',
  'Turner', 'Phillips', 'Campbell', 'Parker', 'Evans', 'Edwards', 'Collins', 'Stewart', 'Morris', 'Murphy', 'Cook', 'Rogers',
  'Morgan', 'Peterson', 'Cooper', 'Reed', 'Bailey', 'Bell', 'Kelly', 'Howard', 'Ward', 'Cox', 'Richardson', 'Wood', 'Watson',
  'Brooks', 'Bennett', 'Gray', 'Hughes', 'Price', 'Sanders', 'Patel', 'Kim', 'Chen', 'Park', 'Shah', "O'Brien", "O'Neill",
  'McCarthy', 'Sullivan', 'Larsen', 'Novak', 'Kowalski', 'Schmidt', 'Fischer', 'Rossi', 'Russo', 'Cohen', 'Goldberg', 'Levy',
  'Okafor', 'Mensah', 'Haddad', 'Khan', 'Ali', 'Hernández', 'López', 'Bergström', 'Dubois', 'Nakamura', 'Tanaka', 'Yamamoto',
] as const

export const GB_SURNAMES = [
  'Smith', 'Jones', 'Taylor', 'Brown', 'Williams', 'Wilson', 'Johnson', 'Davies', 'Robinson', 'Wright', 'Thompson', 'Evans',
  'Walker', 'White', 'Roberts', 'Green', 'Hall', 'Wood', 'Jackson', 'Clarke', 'Patel', 'Khan', 'Lewis', 'James', 'Phillips',
  'Mason', 'Mitchell', 'Rose', 'Davis', 'Hughes', 'Edwards', 'Hill', 'Moore', 'Harris', 'Ward', 'Turner', 'Cooper', 'Morris',
  'King', 'Baker', 'Harrison', 'Morgan', 'Allen', 'Lloyd', 'Price', 'Bennett', 'Griffiths', 'Owen', 'Hussain', 'Begum', 'Ahmed',
  "O'Brien", "O'Connor", 'McAllister', 'MacDonald', 'Fraser', 'Campbell', 'Stewart', 'Murray', 'Ffrench', 'Ap Rhys', 'Nowak',
] as const

export const IRISH_GIVEN_NAMES = {
  female: ['Aoife', 'Siobhán', 'Niamh', 'Saoirse', 'Caoimhe', 'Róisín', 'Orla', 'Ciara', 'Sinéad', 'Máire', 'Clodagh', 'Gráinne'],
  male: ['Seán', 'Ciarán', 'Oisín', 'Pádraig', 'Eoin', 'Cian', 'Darragh', 'Conor', 'Colm', 'Declan', 'Liam', 'Tadhg'],
} as const

export const IRISH_SURNAMES = [
  "O'Brien", 'Murphy', 'Kelly', "O'Sullivan", 'Walsh', 'Byrne', 'Ryan', "O'Connor", "O'Neill", "O'Reilly", 'Doyle', 'McCarthy',
  'Gallagher', 'Doherty', 'Kennedy', 'Lynch', 'Murray', 'Quinn', 'McLoughlin', 'Ó Briain', 'Fitzgerald', 'Ní Bhriain',
] as const

/** Given names with diacritics that English-speaking buyers also carry. */
export const ACCENTED_GIVEN_NAMES = {
  female: ['Zoë', 'Chloë', 'Renée', 'Inés', 'Mónica', 'Léa', 'Anaïs', 'Zoé', 'Siân', 'Ágnes', 'Björk', 'Noémie'],
  male: ['Noël', 'André', 'José', 'Søren', 'Björn', 'Joël', 'Raphaël', 'Jürgen', 'Łukasz', 'Tomás', 'Rubén', 'Héctor'],
} as const

export const WHOLESALE_BUYERS = [
  'Juniper Home Store', 'The Linen Cupboard', 'Harbour & Field', 'Maple Street Mercantile', 'Goods of Note', 'Little Green Door',
  'The Wren Shop', 'Saltbox General Store', 'Hearth & Hollow', 'Nordic Nest Interiors', 'Atelier Maison Claire', 'Copper Kettle Gifts',
  'Oak & Ivy Boutique', 'Field Notes Market', 'Tidewater Trading Co.', 'Kestrel Concept Store',
] as const
