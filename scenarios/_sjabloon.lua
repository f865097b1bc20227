-- =====================================================================
-- SJABLOON voor een nieuw scenario
-- =====================================================================
-- Zo gebruik je dit bestand:
--   1. Kopieer het naar een nieuwe naam ZONDER _ vooraan, bijvoorbeeld
--      scenarios/rapportgesprek-sara.lua
--      (bestanden die met _ beginnen, slaat de bibliotheek over; dit
--      sjabloon zelf verschijnt dus niet in de app).
--   2. Vervang alles wat tussen << >> in het commentaar staat beschreven.
--   3. Controleer:  gesprekslab check scenarios/rapportgesprek-sara.lua
--      Testen:      gesprekslab test  scenarios/rapportgesprek-sara.lua
--
-- Namen (id's) van knopen, einden, meters enz.: alleen kleine letters a-z,
-- cijfers, _ en -. Teksten mogen alles bevatten (é, ë, €, emoji).
-- De handleiding met alle mogelijkheden: scenarios/README.md

scenario {
  id = "sjabloon",                     -- << unieke naam, bv. "rapportgesprek-sara" >>
  version = 1,                         -- << verhoog bij elke inhoudelijke wijziging >>
  title = "Titel van het gesprek",     -- << wat de student in de bibliotheek ziet >>
  language = "nl",
  tags = { "oudergesprek" },           -- << trefwoorden, bv. "LSD", "groep 6" >>
  level = 1,                           -- 1 = starter, 2, 3 = gevorderd
  minutes = 10,                        -- << verwachte duur >>
  summary = "Eén zin over dit gesprek.",
  briefing = [[Wat de student vooraf moet weten: wie, waar, wanneer, en wat het doel is.

Over {kind} uit groep {groep}.]],
  goals = {
    "Je luistert, vat samen en vraagt door.",
    "Je maakt een concrete afspraak.",
  },
  vars = { kind = "Sara", groep = 6 }, -- << gebruik ze in teksten als {kind} en {groep} >>
  start = "begin",                     -- de naam van de eerste knoop
  grading = { pass = 0.55, good = 0.80 },
}

-- Personages: de id ("ouder") gebruik je bij speaker = "ouder" en als {ouder}.
character "ouder" {
  name = "Naam van de ouder",
  role = "moeder van Sara",
  portrait = { skin = 2, hair = "lang", hair_color = "#5a3a22", glasses = false, age = "middel", shirt = "#3a6ea5" },
}

-- Meters: hoe de ouder zich voelt. Ze veranderen door effects.
meter "vertrouwen" { label = "Vertrouwen", min = 0, max = 10, start = 5, visible = true }

-- Competenties: waarop de student punten krijgt (score = { ... }).
competency "luisteren" { label = "Luisteren, samenvatten, doorvragen", weight = 2 }
competency "afspraken" { label = "Concrete afspraken maken", weight = 1 }

-- ---------------------------------------------------------------------
-- Knopen
-- ---------------------------------------------------------------------
node "begin" {
  speaker = "ouder",
  mood = "gespannen",                  -- neutraal, blij, gespannen, boos, verdrietig, verward, afwijzend
  text = "Wat de ouder als eerste zegt over {kind}.",
  choices = {
    {
      text = "Een goede reactie van de leraar.",
      effects = { vertrouwen = 1 },
      score = { luisteren = 1 },
      feedback = "Waarom dit goed is.",
      next = "midden",
    },
    {
      text = "Een minder goede reactie.",
      effects = { vertrouwen = -2 },
      score = { luisteren = -1 },
      feedback = "Waarom dit minder goed is, en wat beter kan.",
      next = "midden",
    },
  },
}

node "midden" {
  speaker = "ouder",
  -- De stemming en de tekst mogen ook afhangen van de meters:
  mood = function(s)
    if s.vertrouwen >= 5 then return "neutraal" end
    return "afwijzend"
  end,
  text = "De ouder reageert. Wat spreken we af?",
  choices = {
    {
      text = "Een concrete afspraak: wie doet wat, en wanneer.",
      score = { afspraken = 1 },
      feedback = "Concreet: iedereen weet wat er gaat gebeuren.",
      next = "afsluiting",
    },
    {
      text = "Een vage afsluiting.",
      feedback = "Vriendelijk, maar niemand weet wat er nu gebeurt.",
      next = "afsluiting",
    },
  },
}

-- Een knoop zonder keuzes: de student drukt op Verder.
-- Hier kiest een functie het einde.
node "afsluiting" {
  text = "Het gesprek loopt ten einde.",
  next = function(s)
    if s.vertrouwen >= 6 and s.score.afspraken >= 1 then return "goed_einde" end
    if s.vertrouwen <= 3 then return "slecht_einde" end
    return "half_einde"
  end,
}

-- ---------------------------------------------------------------------
-- Einden (outcome: good, mixed of bad)
-- ---------------------------------------------------------------------
ending "goed_einde" {
  title = "Samen verder",
  outcome = "good",
  text = "Wat er na een goed gesprek gebeurt.",
}

ending "half_einde" {
  title = "Half geslaagd",
  outcome = "mixed",
  text = "Wat er na een half geslaagd gesprek gebeurt.",
}

ending "slecht_einde" {
  title = "Vastgelopen",
  outcome = "bad",
  text = "Wat er na een mislukt gesprek gebeurt.",
}

-- ---------------------------------------------------------------------
-- Testplannen: pas ze aan als je het gesprek verandert, en draai
-- gesprekslab test. Elk scenario heeft er minstens drie: beste, slechtste
-- en een middenpad.
-- ---------------------------------------------------------------------
plan "beste_pad" {
  choices = "1,1",
  ending = "goed_einde",
  outcome = "good",
  grade = "goed",
  overall = 1,
}

plan "slechtste_pad" {
  choices = "2,2",
  ending = "slecht_einde",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0,
}

plan "middenpad" {
  choices = "1,2",
  ending = "half_einde",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.667,
}
