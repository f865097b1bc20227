-- A small scenario for the app's tests: two characters, a visible and a
-- hidden meter, narration, a timeout, translations, and every outcome.
scenario {
  id = "app-test",
  title = { nl = "Even praten met de vader van Sanne", en = "A word with Sanne's father" },
  language = "nl",
  tags = { "testthema", "groep 4" },
  level = 1,
  minutes = 5,
  summary = { nl = "Een kort gesprek om de app mee te testen.", en = "A short conversation to test the app with." },
  briefing = { nl = "Je bent leerkracht van groep 4. De vader van Sanne komt na schooltijd langs.",
               en = "You teach year 4. Sanne's father drops by after school." },
  goals = { { nl = "Je luistert eerst.", en = "You listen first." }, "Je maakt een afspraak." },
  start = "begin",
}

character "vader" {
  name = "Karim Haddad",
  role = { nl = "vader van Sanne", en = "Sanne's father" },
  portrait = { skin = 4, hair = "kort", hair_color = "#2a1d14", beard = true, glasses = true, shirt = "#3d6b5a" },
}
character "oma" {
  name = "Els de Vries",
  role = "oma van Sanne",
  portrait = { skin = 1, hair = "knot", hair_color = "#d8d8d8", age = "oud", shirt = "#7b5ea7" },
}

meter "vertrouwen" { label = { nl = "Vertrouwen", en = "Trust" }, min = 0, max = 10, start = 5 }
meter "onrust" { label = "Onrust", min = 0, max = 10, start = 3, visible = false }

competency "luisteren" { label = { nl = "Luisteren", en = "Listening" }, weight = 2 }
competency "afspraken" { label = { nl = "Afspraken maken", en = "Making agreements" } }

node "begin" {
  speaker = "vader", mood = "gespannen",
  text = { nl = "Goedemiddag. Heeft u even?", en = "Good afternoon. Do you have a moment?" },
  choices = {
    { text = { nl = "Natuurlijk, kom binnen.", en = "Of course, come in." }, effects = { vertrouwen = 2 },
      score = { luisteren = 2 }, feedback = { nl = "Goed: je maakt tijd.", en = "Good: you make time." }, next = "zorg" },
    { text = "Ik heb nu geen tijd.", effects = { vertrouwen = -3, onrust = 3 }, score = { luisteren = -1 },
      feedback = "Je sluit de deur.", next = "boos_weg" },
  },
}

node "zorg" {
  speaker = "vader", mood = "verdrietig",
  text = "Sanne slaapt slecht. Ze is bang voor de toets – ook voor die van € 2,50 bij de kassa-les.",
  choices = {
    { text = "U maakt zich zorgen om Sanne.", score = { luisteren = 2 }, effects = { vertrouwen = 1 }, feedback = "Je vat samen.", next = "vraag" },
    { text = "Dat valt vast mee.", score = { luisteren = -1 }, effects = { vertrouwen = -2 }, feedback = "Je wuift de zorg weg.", next = "vraag" },
  },
}

node "vraag" {
  speaker = "vader", mood = "verward",
  text = "Wat kunnen we doen?",
  timeout = { seconds = 15, next = "stil" },
  choices = {
    { text = "Zullen we volgende week samen kijken hoe het gaat?", score = { afspraken = 2 }, feedback = "Concreet.", next = "oma_komt" },
    { text = "Ik weet het ook niet.", score = { afspraken = -1 }, next = "oma_komt" },
  },
}

node "stil" { text = "Het blijft even stil. Vader kijkt naar de grond.", mood = "verdrietig", next = "oma_komt" }

node "oma_komt" {
  speaker = "oma", mood = "blij",
  text = "Ik kom Sanne ophalen!",
  next = function(s) if s.vertrouwen >= 6 then return "samen" end return "half" end,
}

ending "samen" { title = { nl = "Samen verder", en = "Moving on together" }, outcome = "good", text = "Jullie spreken af." }
ending "half" { title = "Half tevreden", outcome = "mixed", text = "Vader gaat twijfelend weg." }
ending "boos_weg" { title = "Boos weg", outcome = "bad", text = "Vader loopt weg." }

plan "beste" { choices = "1,1,1", ending = "samen", outcome = "good", grade = "goed" }
plan "stilte" { choices = "1,1,t", ending = "samen", outcome = "good" }
plan "slecht" { choices = "2", ending = "boos_weg", outcome = "bad" }
plan "midden" { choices = "1,2,2", ending = "half", outcome = "mixed" }
