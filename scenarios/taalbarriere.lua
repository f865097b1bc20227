-- Een moeder die nog weinig Nederlands spreekt
-- Thema: moeilijk bereikbare ouders. Korte zinnen, begrip controleren met een
-- taakvraag, een tolk voor het belangrijke gesprek, het kind niet als tolk.
-- Alle teksten staan in het Nederlands (nl) en het Engels (en).

scenario {
  id = "taalbarriere",
  version = 2,
  title = { nl = "Omar hoort niet alles", en = "Omar doesn't hear everything" },
  language = "nl",
  tags = { "moeilijk bereikbare ouders", "taalbarrière", "tolk", "begrip controleren", "groep 3" },
  level = 2,
  minutes = 12,
  summary = {
    nl = "De moeder van Omar spreekt nog weinig Nederlands. Een brief van de jeugdarts over Omars gehoor bleef liggen. Aan de klasdeur heb je tien minuten.",
    en = "Omar's mother speaks little Dutch yet. A letter from the school doctor about Omar's hearing was left unanswered. At the classroom door you have ten minutes.",
  },
  briefing = {
    nl = [[
Je bent leerkracht van groep 3 van basisschool Het Palet in Arnhem. Het is dinsdag, kwart over drie.

Omar Darwish (6) kwam twee jaar geleden met zijn moeder en zus uit Syrië. Hij praat al aardig Nederlands en leert snel lezen. Maar je ziet dat hij vaak niet reageert als je hem van achteren aanspreekt. Hij zegt veel "hè?" en kijkt in de kring naar je mond.

Na overleg met de intern begeleider heeft de jeugdarts van de GGD twee weken geleden een brief gestuurd: Omar is welkom voor een gehoortest, en moeder moet bellen voor een afspraak. De GGD laat weten dat er nog niet gebeld is.

Moeder, Hiba Darwish, spreekt Arabisch en leert Nederlands bij haar inburgeringscursus. Ze begrijpt korte, eenvoudige zinnen. Ze haalt Omar elke dag op, meestal met zijn zus Lina (10, groep 6), die vloeiend Nederlands spreekt.

Afspraak op school: voor belangrijke gesprekken regelt de intern begeleider een tolk (aan de telefoon of op school). De school betaalt. Volgende week wil de intern begeleider met moeder praten over de uitslag van de test en over hulp in de klas. Vandaag is er geen tolk: je spreekt haar kort bij de klasdeur.

Wat je niet weet: of moeder de brief heeft kunnen lezen, en wat ze ervan begrepen heeft.

Jouw doel: een vriendelijk, kort contact in eenvoudig Nederlands. Eén boodschap: bel de GGD voor een afspraak. Je controleert of ze het begrijpt met een vraag naar wat ze gaat doen, niet met "Begrijpt u het?". Je vraagt Lina niet als tolk. En voor het gesprek van volgende week regel je een echte tolk.]],
    en = [[
You teach year 3 (groep 3, age 6-7) at Het Palet primary school in Arnhem. It is Tuesday, a quarter past three.

Omar Darwish (6) came from Syria two years ago with his mother and sister. He already speaks Dutch quite well and is learning to read quickly. But you notice he often doesn't respond when you speak to him from behind. He says "huh?" a lot and watches your mouth during circle time.

After talking with the special needs coordinator (intern begeleider), the school doctor of the public health service (GGD) sent a letter two weeks ago: Omar is welcome for a hearing test, and his mother has to call for an appointment. The GGD says nobody has called yet.

His mother, Hiba Darwish, speaks Arabic and is learning Dutch in her integration course. She understands short, simple sentences. She picks Omar up every day, usually with his sister Lina (10, year 6), who speaks fluent Dutch.

School policy: for important conversations the special needs coordinator arranges an interpreter (by phone or in person). The school pays. Next week the coordinator wants to talk with the mother about the test result and about support in class. Today there is no interpreter: you speak with her briefly at the classroom door.

What you don't know: whether the mother could read the letter, and what she understood of it.

Your goal: a friendly, short contact in simple Dutch. One message: call the GGD for an appointment. You check understanding with a question about what she will do, not with "Do you understand?". You do not ask Lina to interpret. And for next week's conversation you arrange a real interpreter.]],
  },
  goals = {
    { nl = "Je spreekt in korte zinnen, zonder jargon, en gebruikt gebaren en tekeningen.",
      en = "You speak in short sentences, without jargon, and use gestures and drawings." },
    { nl = "Je controleert begrip met een taakvraag (\"Wanneer belt u?\"), en geeft haar de tijd om te antwoorden.",
      en = "You check understanding with a task question (\"When will you call?\"), and give her time to answer." },
    { nl = "Je gebruikt Lina niet als tolk.",
      en = "You do not use Lina as an interpreter." },
    { nl = "Je stelt een tolk voor het belangrijke gesprek voor en maakt een concrete afspraak.",
      en = "You propose an interpreter for the important conversation and make a concrete appointment." },
  },
  vars = { kind = "Omar", zus = "Lina", groep = 3 },
  start = "deur",
  grading = { pass = 0.55, good = 0.80 },
}

character "moeder" {
  name = "Hiba Darwish",
  role = { nl = "moeder van Omar", en = "Omar's mother" },
  portrait = { skin = 3, hair = "hoofddoek", hair_color = "#4f6d8f", age = "middel", shirt = "#8c5a7a" },
}

character "lina" {
  name = "Lina",
  role = { nl = "zus van Omar, groep 6", en = "Omar's sister, year 6" },
  portrait = { skin = 3, hair = "lang", hair_color = "#24170f", age = "jong", shirt = "#f2b134" },
}

character "omar" {
  name = "Omar",
  role = { nl = "leerling groep 3", en = "pupil in year 3" },
  portrait = { skin = 3, hair = "krullen", hair_color = "#24170f", age = "jong", shirt = "#3a8fb7" },
}

-- Tempo: zo snel verandert moeder.
-- * Vertrouwen stijgt hooguit 1 per beurt, en alleen op een paar momenten:
--   samen trots zijn op Omar, een misverstand dat rustig wordt rechtgezet, de
--   zorg over geld die verdwijnt. Op het beste pad gaat het van 5 naar 8.
-- * Ongerustheid schiet snel omhoog (2 of 3) bij vage of medische woorden,
--   bij een stilte op haar vraag "ziek?" en bij een kind dat vertaalt. Ze zakt
--   hooguit 2 per beurt; met 2 alleen bij een kort, direct antwoord op haar
--   vraag ("Nee. Niet ziek."), anders met hooguit 1.
-- * Begrip groeit met hooguit 2 per heldere boodschap (kort, met gebaar of
--   tekening) en zakt bij jargon en lange zinnen.
meter "begrip"     { label = { nl = "Begrip", en = "Understanding" }, min = 0, max = 10, start = 2, visible = true }
meter "vertrouwen" { label = { nl = "Vertrouwen", en = "Trust" }, min = 0, max = 10, start = 5, visible = true }
meter "ongerust"   { label = { nl = "Ongerustheid", en = "Worry" }, min = 0, max = 10, start = 3, visible = false }

-- Het maximum ligt vast op wat het beste pad haalt (plan beste_pad). Omwegen
-- langs herstelmomenten komen langs meer knopen en kunnen daar deelpunten
-- sparen; zonder vast maximum zouden ze de lat voor iedereen verhogen.
competency "eenvoudige_taal" { label = { nl = "Eenvoudige taal: korte zinnen, geen jargon", en = "Plain language: short sentences, no jargon" }, weight = 2, max = 9 }
competency "begrip_checken"  { label = { nl = "Begrip controleren", en = "Checking understanding" }, weight = 2, max = 6 }
competency "tolk"            { label = { nl = "Tolk inzetten, kind niet als tolk", en = "Using an interpreter, not the child" }, weight = 2, max = 4 }
competency "aansluiten"      { label = { nl = "Aansluiten bij de ouder", en = "Connecting with the parent" }, weight = 1, max = 5 }
competency "afspraken"       { label = { nl = "Concrete afspraken maken", en = "Making concrete agreements" }, weight = 1, max = 3 }

-- Hoe moeder erbij staat: ongerustheid en begrip bepalen haar gezicht.
local function stemming(s)
  if s.ongerust >= 7 then return "verdrietig" end
  if s.ongerust >= 5 then return "gespannen" end
  if s.begrip <= 2 then return "verward" end
  if s.vertrouwen >= 7 then return "blij" end
  return "neutraal"
end

-- Welk einde? "Ja is geen begrip": wie nergens controleerde wat ze gaat doen,
-- eindigt in geen_afspraak, hoe vriendelijk het verder ook ging.
local function welk_einde(s)
  if s.flags.lina_tolk then return "lina_als_tolk" end
  if not s.flags.gecheckt then return "geen_afspraak" end
  if s.flags.tolk and s.flags.dag and s.flags.helder and not s.flags.lina_gebruikt
     and s.begrip >= 8 and s.vertrouwen >= 7 and s.ongerust <= 3 then
    return "goed_begrepen"
  end
  return "half_begrepen"
end

---------------------------------------------------------------------------
-- Begroeting
---------------------------------------------------------------------------

node "deur" {
  mood = "neutraal",
  text = {
    nl = "De bel is gegaan. Mevrouw Darwish staat bij de klasdeur, met Lina naast zich. Omar zoekt zijn jas. In de tas van mevrouw Darwish zie je een opgevouwen brief met het logo van de GGD.",
    en = "The bell has gone. Mrs Darwish stands at the classroom door, with Lina beside her. Omar is looking for his coat. In Mrs Darwish's bag you see a folded letter with the GGD logo.",
  },
  next = "groet",
}

node "groet" {
  speaker = "moeder",
  mood = "neutraal",
  text = {
    nl = "Ze glimlacht een beetje onzeker. \"Goedemiddag. Omar... goed?\"",
    en = "She smiles, a little unsure. \"Good afternoon. Omar... good?\"",
  },
  choices = {
    {
      id = "lang_en_snel",
      text = {
        nl = "Goedemiddag! Fijn dat u er bent, ik wilde u namelijk graag even spreken over hoe het met Omar gaat, want er zijn eigenlijk een paar dingen die ik met u wil bespreken.",
        en = "Good afternoon! Good that you're here, because I'd really like to talk to you for a moment about how Omar is doing, as there are actually a few things I want to discuss with you.",
      },
      tags = { "te-snel" },
      effects = { begrip = -1, ongerust = 2 },
      score = { eenvoudige_taal = -2 },
      feedback = {
        nl = "Eén lange zin met bijzinnen ('want', 'eigenlijk', 'namelijk'). Voor iemand die Nederlands leert, is dat niet te volgen. Wat ze wel opvangt: 'een paar dingen bespreken'. En dat klinkt als een probleem. Spreek in korte zinnen van vijf tot acht woorden, met één boodschap per zin.",
        en = "One long sentence with subordinate clauses ('because', 'actually', 'as'). For someone learning Dutch it is impossible to follow. What she does catch: 'a few things to discuss'. And that sounds like a problem. Speak in short sentences of five to eight words, one message per sentence.",
      },
      next = "te_snel",
    },
    {
      id = "kort_warm",
      text = {
        nl = "Goedemiddag, mevrouw Darwish. Ja! Omar gaat goed. Hij leest al goed.",
        en = "Good afternoon, Mrs Darwish. Yes! Omar is doing well. He already reads well.",
      },
      tags = { "eenvoudige-taal", "positief-contact" },
      effects = { begrip = 2, ongerust = -1 },
      score = { eenvoudige_taal = 2, aansluiten = 1 },
      feedback = {
        nl = "Mooi. Korte zinnen, haar woorden herhaald ('Omar... goed?' wordt 'Omar gaat goed'), en meteen iets positiefs. Zo weet ze: er is niets ergs. Een rustig tempo en een glimlach doen de rest.",
        en = "Nice. Short sentences, her own words echoed ('Omar... good?' becomes 'Omar is doing well'), and something positive straight away. Now she knows nothing bad has happened. A calm pace and a smile do the rest.",
      },
      next = "omar",
    },
    {
      id = "engels",
      text = {
        nl = "Hello! Do you speak English? That's easier for me.",
        en = "Hello! Do you speak English? That's easier for me.",
      },
      tags = { "aanname" },
      score = { aansluiten = -1 },
      feedback = {
        nl = "Je gaat ervan uit dat Engels makkelijker is. Voor jou misschien wel, maar voor haar niet per se. Veel nieuwkomers spreken beter Nederlands dan Engels, omdat ze hier Nederlands leren. Vraag het liever niet meteen, maar begin in eenvoudig Nederlands.",
        en = "You assume English will be easier. For you, perhaps, but not necessarily for her. Many newcomers speak better Dutch than English, because they are learning Dutch here. Rather than asking straight away, start in simple Dutch.",
      },
      next = "engels",
    },
    {
      id = "even_tijd",
      text = {
        nl = "Goedemiddag! Omar gaat goed, hoor. Heeft u even tijd?",
        en = "Good afternoon! Omar's doing fine. Have you got a moment?",
      },
      tags = { "eenvoudige-taal" },
      effects = { begrip = 1 },
      score = { eenvoudige_taal = 1 },
      feedback = {
        nl = "Kort en vriendelijk, en je beantwoordt haar vraag. Maar 'hoor' en 'even tijd hebben' zijn spreektaal die een taalleerder niet altijd kent. Haar eigen woorden herhalen ('Omar gaat goed') en één concreet, positief feit maken het duidelijker.",
        en = "Short and friendly, and you answer her question. But 'doing fine' and 'have you got a moment' are everyday phrases a language learner doesn't always know. Echoing her own words ('Omar is doing well') and one concrete, positive fact make it clearer.",
      },
      next = "omar",
    },
  },
}

node "te_snel" {
  speaker = "moeder",
  mood = "verward",
  text = {
    nl = "Ze kijkt je aan en daarna naar Lina. \"Sorry... langzaam, alstublieft?\"",
    en = "She looks at you and then at Lina. \"Sorry... slowly, please?\"",
  },
  choices = {
    {
      id = "wil_praten",
      text = {
        nl = "Sorry! Ik wil praten. Over Omar.",
        en = "Sorry! I want to talk. About Omar.",
      },
      tags = { "eenvoudige-taal" },
      effects = { begrip = 1, ongerust = 1 },
      score = { eenvoudige_taal = 1 },
      feedback = {
        nl = "Goed: korter en langzamer, zoals ze vroeg. Maar de inhoud blijft 'ik wil over Omar praten', en dat klinkt voor een ouder als een probleem. Begin met iets geruststellends: 'Omar gaat goed.'",
        en = "Good: shorter and slower, as she asked. But the content is still 'I want to talk about Omar', and to a parent that sounds like a problem. Start with something reassuring: 'Omar is doing well.'",
      },
      next = "omar",
    },
    {
      id = "harder",
      text = {
        nl = "(Iets harder) Ik wilde u graag even spreken over Omar, want er zijn een paar dingen!",
        en = "(A bit louder) I'd like to talk to you about Omar, because there are a few things!",
      },
      tags = { "te-snel" },
      effects = { begrip = -1, ongerust = 1 },
      score = { eenvoudige_taal = -1 },
      feedback = {
        nl = "Harder praten maakt een zin niet eenvoudiger, en het kan boos klinken. Ze vroeg om 'langzaam': korter en trager, met pauzes.",
        en = "Speaking louder does not make a sentence simpler, and it can sound angry. She asked for 'slowly': shorter and slower, with pauses.",
      },
      next = "omar",
    },
    {
      id = "opnieuw_kort",
      text = {
        nl = "Sorry. Ik praat langzaam. Omar gaat goed. Hij leest goed.",
        en = "Sorry. I'll speak slowly. Omar is doing well. He reads well.",
      },
      tags = { "eenvoudige-taal", "herstel" },
      effects = { begrip = 2, ongerust = -1 },
      score = { eenvoudige_taal = 1, aansluiten = 1 },
      feedback = {
        nl = "Goed hersteld: je neemt haar verzoek serieus en begint opnieuw, kort en positief. Vanaf nu: één boodschap per zin.",
        en = "Well recovered: you take her request seriously and start again, short and positive. From now on: one message per sentence.",
      },
      next = "omar",
    },
  },
}

node "engels" {
  speaker = "moeder",
  mood = "verward",
  text = {
    nl = "\"English... little. Nederlands... ik leer. Beetje.\"",
    en = "\"English... little. Dutch... I learn. A bit.\"",
  },
  choices = {
    {
      id = "terug_naar_nederlands",
      text = {
        nl = "Goed. Dan praat ik Nederlands. Langzaam. Omar gaat goed!",
        en = "Good. Then I'll speak Dutch. Slowly. Omar is doing well!",
      },
      tags = { "eenvoudige-taal", "herstel" },
      effects = { begrip = 2 },
      score = { eenvoudige_taal = 1, aansluiten = 1 },
      feedback = {
        nl = "Goed: je volgt haar aanwijzing ('Nederlands... ik leer') en je gaat verder in kort, langzaam Nederlands. Zo erken je ook haar inzet om de taal te leren.",
        en = "Good: you follow her cue ('Dutch... I learn') and continue in short, slow Dutch. This also acknowledges her effort to learn the language.",
      },
      next = "omar",
    },
    {
      id = "toch_engels",
      text = {
        nl = "Oh, that's fine, I'll just speak English then, it's about Omar and his school progress and some other things.",
        en = "Oh, that's fine, I'll just speak English then, it's about Omar and his school progress and some other things.",
      },
      tags = { "te-snel" },
      effects = { begrip = -1, ongerust = 1 },
      score = { eenvoudige_taal = -1, aansluiten = -1 },
      feedback = {
        nl = "Ze zei net dat haar Engels beperkt is, en jij gaat door in snel Engels. Zo sluit je aan bij je eigen gemak, niet bij het hare. Kies de taal waarin zíj het best kan volgen, en spreek die eenvoudig.",
        en = "She just told you her English is limited, and you carry on in fast English. This suits your comfort, not hers. Choose the language she can follow best, and speak it simply.",
      },
      next = "omar",
    },
    {
      id = "dan_nederlands",
      text = {
        nl = "Oké. Dan praten we gewoon Nederlands.",
        en = "Okay. Then we'll just speak Dutch.",
      },
      tags = { "eenvoudige-taal" },
      effects = { begrip = 1 },
      score = { eenvoudige_taal = 1 },
      feedback = {
        nl = "Goed: je volgt haar aanwijzing en gaat over op Nederlands. 'Gewoon Nederlands' kan wel klinken als: in mijn gewone tempo. Zeg erbij dat je langzaam praat, en begin met iets positiefs over Omar.",
        en = "Good: you follow her cue and switch to Dutch. 'Just Dutch' can sound like: at my normal speed. Add that you'll speak slowly, and start with something positive about Omar.",
      },
      next = "omar",
    },
  },
}

node "omar" {
  speaker = "omar",
  mood = "blij",
  text = {
    nl = "Omar komt aanrennen met een leesboekje. \"Mama! Kijk! Ik kan dit lezen!\" Hij houdt het boekje omhoog, naar zijn moeder.",
    en = "Omar comes running with a reading book. \"Mum! Look! I can read this!\" He holds the book up to his mother.",
  },
  choices = {
    {
      id = "knap_omar",
      text = {
        nl = "Goed zo, Omar! Knap hoor.",
        en = "Well done, Omar! Clever boy.",
      },
      tags = { "positief-contact" },
      score = { aansluiten = 1 },
      feedback = {
        nl = "Een warm compliment voor Omar, en dat ziet zijn moeder ook. Maar je praat tegen Omar, niet met haar. Wijs samen met haar naar het boekje en zeg het in woorden die zij kan volgen: 'Kijk. Omar leest dit. Alleen!'",
        en = "A warm compliment for Omar, and his mother sees it too. But you are talking to Omar, not with her. Point at the book together with her and say it in words she can follow: 'Look. Omar reads this. On his own!'",
      },
      next = "lina_biedt",
    },
    {
      id = "jargon_lezen",
      text = {
        nl = "Hij zit al op kern 6 van Veilig leren lezen, dat is boven het groepsgemiddelde. Zijn technisch lezen gaat heel goed.",
        en = "He's already at level 6 of the reading method, which is above the class average. His technical reading is going very well.",
      },
      tags = { "jargon" },
      effects = { begrip = -1 },
      score = { eenvoudige_taal = -2 },
      feedback = {
        nl = "Vakjargon ('kern 6', 'groepsgemiddelde', 'technisch lezen') zegt ook veel Nederlandse ouders weinig. Voor haar is het ruis. Zeg wat ze met eigen ogen ziet: hij leest dit boekje, en dat is heel goed.",
        en = "Jargon ('level 6 of the method', 'class average', 'technical reading') means little even to many Dutch parents. For her it is noise. Say what she can see for herself: he reads this book, and that is very good.",
      },
      next = "lina_biedt",
    },
    {
      id = "samen_kijken",
      text = {
        nl = "(Je wijst naar het boekje.) Kijk. Omar leest dit. Alleen! Heel goed.",
        en = "(You point at the book.) Look. Omar reads this. On his own! Very good.",
      },
      tags = { "eenvoudige-taal", "positief-contact" },
      effects = { begrip = 1, vertrouwen = 1, ongerust = -1 },
      score = { eenvoudige_taal = 1, aansluiten = 2 },
      feedback = {
        nl = "Heel goed: je gebruikt wat er op dat moment gebeurt (het boekje), wijst aan en zegt drie korte zinnen. Trots is in elke taal te begrijpen. Zo bouw je vertrouwen voordat je de lastigere boodschap brengt.",
        en = "Very good: you use what is happening right now (the book), point, and say three short sentences. Pride is understood in every language. This builds trust before you bring the harder message.",
      },
      next = "lina_biedt",
    },
    {
      id = "later_omar",
      text = {
        nl = "Leuk, Omar. Ga je jas maar pakken, ik praat even met mama.",
        en = "Nice, Omar. Go and get your coat, I'm just talking to Mum.",
      },
      tags = { "gemiste-kans" },
      score = { aansluiten = -1 },
      feedback = {
        nl = "Begrijpelijk, je hebt weinig tijd. Maar dit was een cadeautje: een positief moment dat geen vertaling nodig heeft. Even samen naar het boekje kijken had het gesprek warmer gemaakt.",
        en = "Understandable, you have little time. But this was a gift: a positive moment that needs no translation. Looking at the book together for a moment would have made the conversation warmer.",
      },
      next = "lina_biedt",
    },
  },
}

---------------------------------------------------------------------------
-- Lina biedt aan te tolken
---------------------------------------------------------------------------

node "lina_biedt" {
  speaker = "lina",
  mood = "blij",
  text = {
    nl = "Lina stapt naar voren. \"Ik kan wel vertalen! Dat doe ik altijd. Ook bij de dokter en bij de gemeente.\"",
    en = "Lina steps forward. \"I can translate! I always do. At the doctor's and at the council too.\"",
  },
  -- Zwijgen is hier ja zeggen: Lina blijft staan en begint te vertalen. Dat kost.
  timeout = {
    seconds = 10,
    next = "lina_blijft",
    score = { tolk = -1 },
    tags = { "stilte" },
    feedback = {
      nl = "Je zei niets, en voor een kind dat gewend is te tolken is dat een ja. Lina blijft staan en begint bij het eerste moeilijke woord te vertalen. Hier had je meteen iets moeten zeggen: vriendelijk bedanken en Lina een andere taak geven. Stilte geeft ruimte, maar niet als iemand wacht op een besluit dat jij moet nemen.",
      en = "You said nothing, and to a child used to interpreting that means yes. Lina stays and starts translating at the first difficult word. Here you needed to say something straight away: thank her kindly and give Lina another task. Silence gives room, but not when someone is waiting for a decision you have to make.",
    },
  },
  choices = {
    {
      id = "lina_alles",
      text = {
        nl = "Fijn, Lina! Zeg maar tegen mama dat Omar misschien niet goed hoort en dat ze de GGD moet bellen.",
        en = "Great, Lina! Tell Mum that Omar may not hear well and that she has to call the GGD.",
      },
      tags = { "kind-als-tolk" },
      effects = { ongerust = 2 },
      score = { tolk = -2 },
      set = { lina_gebruikt = true },
      feedback = {
        nl = "Handig op het moment zelf, maar je legt zorgen over haar broertje op de schouders van een kind van tien. Lina kan schrikken, kan dingen weglaten of verzachten, en komt in een rol tussen haar moeder en school die niet bij haar hoort. Kinderen zijn geen tolk, zeker niet bij gezondheid of zorgen.",
        en = "Convenient in the moment, but you put worries about her little brother on the shoulders of a ten-year-old. Lina may get scared, may leave things out or soften them, and ends up in a role between her mother and the school that isn't hers. Children are not interpreters, certainly not for health matters or worries.",
      },
      next = "lina_vertaalt",
    },
    {
      id = "lina_mama",
      text = {
        nl = "Dat is lief, Lina. Maar dit is iets voor mama en mij.",
        en = "That's kind, Lina. But this is something for Mum and me.",
      },
      tags = { "geen-kind-als-tolk" },
      score = { tolk = 1 },
      feedback = {
        nl = "Goed: je houdt Lina vriendelijk buiten de tolkrol. Ze blijft wel naast haar moeder staan, zonder iets te doen, en bij het eerste moeilijke woord is de verleiding groot. Geef haar een taak die bij een kind past, zoals even bij Omar blijven.",
        en = "Good: you kindly keep Lina out of the interpreter role. But she stays next to her mother with nothing to do, and at the first difficult word the temptation is strong. Give her a task that suits a child, such as staying with Omar for a moment.",
      },
      next = "kern",
    },
    {
      id = "lina_soms",
      text = {
        nl = "Blijf jij er even bij, Lina? Als mama een woord niet snapt, mag je helpen.",
        en = "Will you stay with us, Lina? If Mum doesn't understand a word, you can help.",
      },
      tags = { "kind-als-tolk" },
      score = { tolk = -1 },
      feedback = {
        nl = "Een tussenweg die in de praktijk zelden een tussenweg blijft. Bij het eerste moeilijke woord gaat Lina vertalen, en dan vertaalt ze ook de zorg over Omar. Beter: Lina met een andere taak even weg, en jij zelf in eenvoudige taal.",
        en = "A middle way that rarely stays a middle way in practice. At the first difficult word Lina starts translating, and then she also translates the worry about Omar. Better: give Lina another task for a moment, and speak in simple language yourself.",
      },
      next = "lina_helpt",
    },
    {
      id = "lina_bedankt",
      text = {
        nl = "Dank je, Lina, wat lief. Vandaag praat ik zelf met mama. Wil jij even bij Omar blijven?",
        en = "Thank you, Lina, that's kind. Today I'll talk to Mum myself. Would you stay with Omar for a moment?",
      },
      tags = { "geen-kind-als-tolk" },
      score = { tolk = 2 },
      feedback = {
        nl = "Precies goed. Je waardeert Lina's aanbod, maar houdt haar buiten het gesprek, met een taak die wél bij een kind past. Zo blijft Lina kind, en praat je rechtstreeks met de ouder.",
        en = "Exactly right. You appreciate Lina's offer but keep her out of the conversation, with a task that does suit a child. Lina stays a child, and you talk directly with the parent.",
      },
      next = "kern",
    },
  },
}

node "lina_blijft" {
  speaker = "lina",
  mood = "blij",
  text = {
    nl = "Je zegt niets. Lina blijft naast haar moeder staan, klaar om te helpen.",
    en = "You say nothing. Lina stays next to her mother, ready to help.",
  },
  next = "lina_helpt",
}

node "lina_helpt" {
  speaker = "lina",
  mood = "neutraal",
  text = {
    nl = "Je begint. Bij het woord 'oor' kijkt mevrouw Darwish naar Lina, en Lina begint al in het Arabisch te praten. \"Mama vraagt wat er met zijn oren is.\"",
    en = "You begin. At the word 'ear' Mrs Darwish looks at Lina, and Lina is already speaking Arabic. \"Mum is asking what's wrong with his ears.\"",
  },
  choices = {
    {
      id = "zelf_verder",
      text = {
        nl = "Dank je, Lina. Ik probeer het zelf, met handen en voeten. Ga jij maar even bij Omar kijken.",
        en = "Thank you, Lina. I'll try myself, with hands and feet. Go and see how Omar is doing.",
      },
      tags = { "geen-kind-als-tolk", "herstel" },
      score = { tolk = 1 },
      feedback = {
        nl = "Goed bijgestuurd. Je merkt dat Lina de tolkrol overneemt en je haalt haar er vriendelijk uit. 'Met handen en voeten' is precies wat nu nodig is: gebaren, aanwijzen, tekenen.",
        en = "Well adjusted. You notice Lina taking over the interpreter role and you kindly take her out of it. 'With hands and feet' is exactly what's needed now: gestures, pointing, drawing.",
      },
      next = "kern",
    },
    {
      id = "lina_laten",
      text = {
        nl = "Zeg maar dat de dokter zijn oren wil testen.",
        en = "Tell her the doctor wants to test his ears.",
      },
      tags = { "kind-als-tolk" },
      score = { tolk = -1 },
      set = { lina_gebruikt = true },
      feedback = {
        nl = "Nu is Lina toch de tolk geworden, over de gezondheid van haar broertje. Je weet niet wat ze precies zegt, en zij draagt een zorg die niet van haar is.",
        en = "Now Lina has become the interpreter after all, about her little brother's health. You don't know what exactly she is saying, and she is carrying a worry that isn't hers.",
      },
      next = "lina_vertaalt",
    },
  },
}

node "lina_vertaalt" {
  speaker = "lina",
  mood = "gespannen",
  text = {
    nl = "Lina praat snel in het Arabisch. Halverwege stopt ze en kijkt je aan. \"Is Omar ziek? Wordt hij doof?\" Mevrouw Darwish kijkt geschrokken van Lina naar jou.",
    en = "Lina speaks quickly in Arabic. Halfway through she stops and looks at you. \"Is Omar ill? Is he going deaf?\" Mrs Darwish looks from Lina to you, alarmed.",
  },
  effects = { ongerust = 2 },
  choices = {
    {
      id = "via_lina_door",
      text = {
        nl = "Nee hoor, waarschijnlijk niet. Zeg maar tegen mama dat ze niet ongerust hoeft te zijn, maar dat ze wel de GGD moet bellen voor een gehoortest bij de jeugdarts.",
        en = "No, probably not. Tell Mum she doesn't need to worry, but she does have to call the GGD for a hearing test with the school doctor.",
      },
      tags = { "kind-als-tolk", "jargon" },
      effects = { ongerust = 2 },
      score = { tolk = -2, eenvoudige_taal = -1 },
      feedback = {
        nl = "Je laat een bang kind een medische boodschap vertalen, met woorden als 'GGD', 'gehoortest' en 'jeugdarts'. Wat er bij moeder aankomt, weet niemand. Stop hier en neem het gesprek zelf over, in eenvoudige taal.",
        en = "You let a frightened child translate a medical message, with words like 'GGD', 'hearing test' and 'school doctor'. Nobody knows what reaches the mother. Stop here and take over the conversation yourself, in simple language.",
      },
      next = "lina_als_tolk",
    },
    {
      id = "stoppen_overnemen",
      text = {
        nl = "Nee, Lina. Omar is niet ziek. Dank je wel. Ik praat nu zelf met mama. Ga jij maar even bij Omar.",
        en = "No, Lina. Omar is not ill. Thank you. I'll talk to Mum myself now. Go and stay with Omar for a bit.",
      },
      tags = { "herstel", "geen-kind-als-tolk" },
      effects = { ongerust = -2 },
      score = { tolk = 1 },
      feedback = {
        nl = "Goed: je stelt Lina gerust, bedankt haar en haalt haar uit de tolkrol. Daarna praat je zelf met moeder. Je hebt gezien wat er gebeurt als een kind moet vertalen. Dat is een les voor volgende keer.",
        en = "Good: you reassure Lina, thank her and take her out of the interpreter role. Then you talk to the mother yourself. You've seen what happens when a child has to translate. That is a lesson for next time.",
      },
      next = "kern",
    },
  },
}

---------------------------------------------------------------------------
-- De boodschap
---------------------------------------------------------------------------

node "kern" {
  mood = stemming,
  text = function(s)
    if s.flags.lina_gebruikt then
      return {
        nl = "Lina loopt terug naar Omar bij de kapstok. Mevrouw Darwish kijkt je onzeker aan. Je probeert het nu zelf: Omar moet getest worden, en zij moet de GGD bellen.",
        en = "Lina walks back to Omar at the coat rack. Mrs Darwish looks at you, unsure. Now you try it yourself: Omar needs to be tested, and she has to call the GGD.",
      }
    end
    if s.ongerust >= 5 then
      return {
        nl = "Lina loopt naar Omar bij de kapstok. Mevrouw Darwish kijkt je gespannen aan. Nu komt de boodschap: Omar moet getest worden, en zij moet de GGD bellen.",
        en = "Lina walks over to Omar at the coat rack. Mrs Darwish looks at you, tense. Now comes the message: Omar needs to be tested, and she has to call the GGD.",
      }
    end
    return {
      nl = "Lina loopt naar Omar bij de kapstok. Mevrouw Darwish kijkt je afwachtend aan. Nu komt de boodschap: Omar moet getest worden, en zij moet de GGD bellen.",
      en = "Lina walks over to Omar at the coat rack. Mrs Darwish looks at you, waiting. Now comes the message: Omar needs to be tested, and she has to call the GGD.",
    }
  end,
  choices = {
    {
      id = "jargon_gehoor",
      text = {
        nl = "Ik heb het vermoeden dat er bij Omar sprake is van gehoorverlies. De jeugdarts van de GGD wil graag een gehooronderzoek doen.",
        en = "I suspect that Omar may have some hearing loss. The school doctor from the GGD would like to do a hearing examination.",
      },
      tags = { "jargon" },
      effects = { begrip = -2, ongerust = 1 },
      score = { eenvoudige_taal = -2 },
      feedback = {
        nl = "Correct, maar onbegrijpelijk voor een taalleerder: 'vermoeden', 'sprake van', 'gehoorverlies', 'jeugdarts', 'gehooronderzoek'. Vervang elk moeilijk woord door een eenvoudig woord of een gebaar: 'oor', 'horen', 'dokter', 'testen'.",
        en = "Correct, but incomprehensible for a language learner: 'suspect', 'may have', 'hearing loss', 'school doctor', 'hearing examination'. Replace each difficult word with a simple word or a gesture: 'ear', 'hear', 'doctor', 'test'.",
      },
      next = "jargon",
    },
    {
      id = "kort_met_gebaar",
      text = {
        nl = "(Je wijst naar je oor.) Omar hoort soms niet goed. De dokter wil zijn oren testen. Dat doet geen pijn.",
        en = "(You point at your ear.) Omar sometimes doesn't hear well. The doctor wants to test his ears. It doesn't hurt.",
      },
      tags = { "eenvoudige-taal", "gebaar" },
      effects = { begrip = 2, ongerust = 1 },
      score = { eenvoudige_taal = 2 },
      feedback = {
        nl = "Sterk: drie korte zinnen, eenvoudige woorden (horen, oor, dokter, testen), een gebaar dat het belangrijkste woord ondersteunt, en meteen een geruststelling. Zo brengt een taalleerder de boodschap in één keer thuis.",
        en = "Strong: three short sentences, simple words (hear, ear, doctor, test), a gesture supporting the key word, and immediate reassurance. This way a language learner gets the message in one go.",
      },
      next = "oor_vraag",
    },
    {
      id = "vaag",
      text = {
        nl = "Er is iets met Omar. Maar dat moet u met de dokter bespreken.",
        en = "There's something with Omar. But you need to discuss that with the doctor.",
      },
      tags = { "vaag" },
      effects = { ongerust = 3 },
      score = { eenvoudige_taal = -1, aansluiten = -1 },
      feedback = {
        nl = "Kort, maar vaag. 'Er is iets met Omar' is het engste wat een ouder kan horen, zeker als ze niet kan doorvragen in haar eigen taal. Eenvoudig betekent niet vaag: zeg kort en concreet wat er is.",
        en = "Short, but vague. 'There's something with Omar' is the scariest thing a parent can hear, especially when she can't ask follow-up questions in her own language. Simple does not mean vague: say briefly and concretely what it is.",
      },
      next = "ongerust",
    },
    {
      id = "hoort_niet_goed",
      text = {
        nl = "(Je wijst naar je oor.) Omar hoort niet goed.",
        en = "(You point at your ear.) Omar doesn't hear well.",
      },
      tags = { "eenvoudige-taal" },
      effects = { begrip = 1, ongerust = 2 },
      score = { eenvoudige_taal = 1 },
      feedback = {
        nl = "Kort, eenvoudig en met een gebaar: dat komt aan. Maar alleen het probleem, en dan ook nog stelliger dan het is ('niet goed' in plaats van 'soms niet goed'). Zeg er meteen bij wat er gaat gebeuren (de dokter test zijn oren) en dat het geen pijn doet.",
        en = "Short, simple and with a gesture: that gets through. But it's only the problem, and put more strongly than it is ('doesn't hear well' instead of 'sometimes doesn't hear well'). Add straight away what will happen (the doctor tests his ears) and that it doesn't hurt.",
      },
      next = "oor_vraag",
    },
  },
}

node "jargon" {
  speaker = "moeder",
  mood = "verward",
  text = {
    nl = "\"Gehoor... onder... zoek?\" Ze schudt haar hoofd. \"Sorry. Ik niet begrijp.\"",
    en = "\"Hearing... exam... ination?\" She shakes her head. \"Sorry. I not understand.\"",
  },
  choices = {
    {
      id = "nog_meer_uitleg",
      text = {
        nl = "Een gehooronderzoek, dat is een onderzoek naar het gehoor. Met een koptelefoon worden piepjes afgespeeld, en dan kijkt de audiometrist of hij die hoort.",
        en = "A hearing examination, that's an examination of the hearing. Beeps are played through headphones, and then the audiometrist checks whether he hears them.",
      },
      tags = { "jargon", "te-veel" },
      effects = { begrip = -1, ongerust = 2 },
      score = { eenvoudige_taal = -1 },
      feedback = {
        nl = "Je legt een moeilijk woord uit met nog meer moeilijke woorden en een lange zin. Haar verwarring groeit, en daarmee haar zorg. Ga terug naar de kern: oor, horen, dokter, testen.",
        en = "You explain a difficult word with more difficult words and a long sentence. Her confusion grows, and with it her worry. Go back to the core: ear, hear, doctor, test.",
      },
      next = "ongerust",
    },
    {
      id = "eenvoudig_opnieuw",
      text = {
        nl = "Sorry. Ik zeg het makkelijk. (Je wijst naar je oor.) Omar hoort soms niet goed. De dokter wil testen.",
        en = "Sorry. I'll say it simply. (You point at your ear.) Omar sometimes doesn't hear well. The doctor wants to test.",
      },
      tags = { "eenvoudige-taal", "herstel" },
      effects = { begrip = 2 },
      score = { eenvoudige_taal = 1, aansluiten = 1 },
      feedback = {
        nl = "Goed hersteld: je neemt de schuld van het onbegrip op je ('ik zeg het makkelijk') en vervangt het jargon door korte zinnen en een gebaar.",
        en = "Well recovered: you take responsibility for the misunderstanding ('I'll say it simply') and replace the jargon with short sentences and a gesture.",
      },
      next = "oor_vraag",
    },
    {
      id = "woord_uitleggen",
      text = {
        nl = "Gehoor. Dat is: horen. (Je wijst naar je oor.)",
        en = "Hearing. That means: to hear. (You point at your ear.)",
      },
      tags = { "eenvoudige-taal" },
      effects = { begrip = 1 },
      score = { eenvoudige_taal = 1 },
      feedback = {
        nl = "Goed: je legt het moeilijke woord uit met een eenvoudig woord en een gebaar. Maar alleen het woord: de boodschap zelf (de dokter wil Omar testen, het doet geen pijn) zeg je niet opnieuw. Zeg het hele bericht nog eens, kort en eenvoudig.",
        en = "Good: you explain the difficult word with a simple word and a gesture. But only the word: you don't repeat the message itself (the doctor wants to test Omar, it doesn't hurt). Say the whole message again, short and simple.",
      },
      next = "oor_vraag",
    },
  },
}

node "ongerust" {
  speaker = "moeder",
  mood = stemming,
  text = function(s)
    if s.ongerust >= 7 then
      return {
        nl = "Haar stem trilt. \"Omar... ziek? Erg ziek?\" Ze pakt de mouw van je vest vast.",
        en = "Her voice trembles. \"Omar... ill? Very ill?\" She grabs the sleeve of your cardigan.",
      }
    end
    return {
      nl = "\"Omar... ziek? Wat is?\" Ze kijkt bezorgd naar Omar bij de kapstok.",
      en = "\"Omar... ill? What is?\" She looks worriedly at Omar by the coat rack.",
    }
  end,
  choices = {
    {
      id = "lang_geruststellen",
      text = {
        nl = "Nee, niet ziek hoor. Omar hoort soms niet zo goed, en daarom wil de dokter zijn oren even testen. Dat is heel normaal.",
        en = "No, he's not ill. Omar sometimes doesn't hear all that well, so the doctor would like to test his ears. That's quite normal.",
      },
      tags = { "herstel" },
      effects = { ongerust = -1, begrip = 1 },
      score = { aansluiten = 1 },
      feedback = {
        nl = "De inhoud klopt: eerst 'niet ziek', dan wat er gaat gebeuren. Maar het is één lange zin met 'en daarom' en 'heel normaal', en wie ongerust is, hoort daar maar een deel van. Drie korte zinnen met een gebaar komen beter aan.",
        en = "The content is right: first 'not ill', then what will happen. But it's one long sentence with 'so' and 'quite normal', and someone who is worried catches only part of it. Three short sentences with a gesture get through better.",
      },
      next = "brief",
    },
    {
      id = "lina_roepen",
      text = {
        nl = "Lina, kom even! Leg jij het even uit aan mama?",
        en = "Lina, come here a moment! Can you explain it to Mum?",
      },
      when = function(s) return not s.flags.lina_gebruikt end,
      tags = { "kind-als-tolk" },
      score = { tolk = -2 },
      set = { lina_gebruikt = true },
      feedback = {
        nl = "Als het moeilijk wordt, roep je het kind erbij. Maar juist bij zorg over een broertje is een kind de slechtste tolk: het schrikt, en het draagt mee. Herstel het zelf: kort, eenvoudig, geruststellend.",
        en = "When it gets difficult, you call the child over. But when it comes to worry about a brother, a child is the worst interpreter: she gets scared, and she carries it. Repair it yourself: short, simple, reassuring.",
      },
      next = "lina_vertaalt",
    },
    {
      id = "geruststellen_kort",
      text = {
        nl = "Nee. Omar is niet ziek. (Je wijst naar je oor.) Hij hoort soms niet goed. De dokter gaat testen. Dat is alles.",
        en = "No. Omar is not ill. (You point at your ear.) He sometimes doesn't hear well. The doctor will test. That's all.",
      },
      tags = { "eenvoudige-taal", "herstel" },
      effects = { ongerust = -2, begrip = 2 },
      score = { eenvoudige_taal = 1, aansluiten = 1 },
      feedback = {
        nl = "Goed: eerst het belangrijkste antwoord op haar vraag ('niet ziek'), dan de boodschap in korte zinnen met een gebaar. Haar zorg zakt, en nu kan ze luisteren.",
        en = "Good: first the most important answer to her question ('not ill'), then the message in short sentences with a gesture. Her worry drops, and now she can listen.",
      },
      next = "brief",
    },
  },
}

node "oor_vraag" {
  speaker = "moeder",
  mood = stemming,
  text = {
    nl = "Ze raakt haar eigen oor aan. \"Oor. Omar... ziek?\"",
    en = "She touches her own ear. \"Ear. Omar... ill?\"",
  },
  -- Zwijgen op deze vraag maakt haar banger: ze leest het antwoord van je gezicht af.
  timeout = {
    seconds = 10,
    next = "stil_oor",
    score = { aansluiten = -1 },
    effects = { ongerust = 2 },
    tags = { "stilte" },
    feedback = {
      nl = "Hier kostte de stilte. Ze stelde een korte, angstige vraag: is hij ziek? Wie in een nieuwe taal geen antwoord krijgt, leest het van je gezicht af, en een aarzeling ziet eruit als slecht nieuws. Antwoord meteen, in haar eigen woorden: 'Nee. Niet ziek.'",
      en = "Here the silence cost something. She asked a short, anxious question: is he ill? Someone who gets no answer in a new language reads it from your face, and hesitation looks like bad news. Answer straight away, in her own words: 'No. Not ill.'",
    },
  },
  choices = {
    {
      id = "geen_zorgen",
      text = {
        nl = "Maakt u zich maar geen zorgen!",
        en = "Don't you worry!",
      },
      tags = { "geruststellen" },
      score = { aansluiten = 1 },
      feedback = {
        nl = "Warm bedoeld, en ze hoort aan je toon dat het meevalt. Maar het is geen antwoord op haar vraag, en 'zich zorgen maken' is een lastige uitdrukking. Ze vroeg: is hij ziek? Geef daar kort antwoord op: 'Nee. Niet ziek.'",
        en = "Warmly meant, and she can tell from your tone that it isn't serious. But it's no answer to her question, and 'don't you worry' is an idiom that is hard to follow. She asked: is he ill? Answer that briefly: 'No. Not ill.'",
      },
      next = "brief",
    },
    {
      id = "niet_ziek",
      text = {
        nl = "Nee. Niet ziek. Omar is gezond. Alleen testen.",
        en = "No. Not ill. Omar is healthy. Just a test.",
      },
      tags = { "eenvoudige-taal" },
      effects = { ongerust = -2, begrip = 1 },
      score = { eenvoudige_taal = 1, aansluiten = 1 },
      feedback = {
        nl = "Precies. Je antwoordt op haar vraag met haar eigen woorden ('ziek'), kort en duidelijk. Vier woorden geruststelling zijn hier meer waard dan een uitleg.",
        en = "Exactly. You answer her question using her own word ('ill'), briefly and clearly. Four words of reassurance are worth more here than an explanation.",
      },
      next = "brief",
    },
    {
      id = "mogelijkheden",
      text = {
        nl = "Dat weten we nog niet. Het kan vocht achter het trommelvlies zijn, of een verkoudheid, of misschien iets blijvends, dat moet de arts bekijken.",
        en = "We don't know yet. It could be fluid behind the eardrum, or a cold, or maybe something permanent, the doctor has to look at that.",
      },
      tags = { "te-veel", "jargon" },
      effects = { ongerust = 3, begrip = -1 },
      score = { eenvoudige_taal = -2 },
      feedback = {
        nl = "Eerlijk bedoeld, maar je somt mogelijke diagnoses op die je niet kunt stellen. Wat ze opvangt is 'iets blijvends'. Dat maakt haar bang. Medische uitleg hoort bij de arts, met een tolk. Jouw taak: geruststellen en de volgende stap.",
        en = "Honestly meant, but you list possible diagnoses you cannot make. What she catches is 'something permanent'. That frightens her. Medical explanations belong with the doctor, with an interpreter. Your task: reassure and give the next step.",
      },
      next = "ongerust",
    },
  },
}

node "stil_oor" {
  speaker = "moeder",
  mood = "gespannen",
  text = {
    nl = "Je zoekt naar woorden. Ze kijkt naar je gezicht, en haar gezicht betrekt.",
    en = "You search for words. She watches your face, and her own face falls.",
  },
  next = "ongerust",
}

---------------------------------------------------------------------------
-- De brief
---------------------------------------------------------------------------

node "brief" {
  speaker = "moeder",
  mood = stemming,
  text = {
    nl = "Ze haalt de opgevouwen brief uit haar tas. \"Deze brief. Ik heb. Niet begrijp. Veel woorden.\"",
    en = "She takes the folded letter out of her bag. \"This letter. I have. Not understand. Many words.\"",
  },
  choices = {
    {
      id = "hele_brief",
      text = {
        nl = "O, die brief! Ja, daarin staat dat de jeugdarts Omar uitnodigt voor een gehoortest, dat u moet bellen tussen negen en twaalf, dat u zijn groeiboekje mee moet nemen en dat het ongeveer een half uur duurt.",
        en = "Oh, that letter! Yes, it says the school doctor invites Omar for a hearing test, that you need to call between nine and twelve, that you need to bring his health booklet and that it takes about half an hour.",
      },
      tags = { "te-veel" },
      effects = { begrip = -1 },
      score = { eenvoudige_taal = -1 },
      feedback = {
        nl = "Je vat de hele brief samen in één adem: vier boodschappen tegelijk. Kies de ene die nu telt (bellen), en laat de rest voor later of voor het gesprek met de tolk.",
        en = "You summarise the whole letter in one breath: four messages at once. Choose the one that matters now (calling), and leave the rest for later or for the conversation with the interpreter.",
      },
      next = "te_veel",
    },
    {
      id = "belangrijkste_bellen",
      text = {
        nl = "Het belangrijkste: u moet bellen. Voor een afspraak.",
        en = "The main thing: you have to call. For an appointment.",
      },
      tags = { "eenvoudige-taal" },
      effects = { begrip = 1 },
      score = { eenvoudige_taal = 1 },
      feedback = {
        nl = "Goed: je haalt de ene handeling uit de brief, in korte zinnen. Maar bellen, wie? Ze heeft de brief in haar hand: wijs het nummer aan, omcirkel het, teken er een telefoontje bij. Dan kan ze het thuis terugvinden.",
        en = "Good: you pick out the one action from the letter, in short sentences. But call whom? She has the letter in her hand: point at the number, circle it, draw a little phone next to it. Then she can find it again at home.",
      },
      next = "check",
    },
    {
      id = "vertaalapp",
      text = {
        nl = "Die kunt u thuis vertalen met Google Translate. Dat werkt best goed.",
        en = "You can translate it at home with Google Translate. That works quite well.",
      },
      tags = { "doorschuiven" },
      effects = { ongerust = 1 },
      score = { aansluiten = -1, eenvoudige_taal = -1 },
      feedback = {
        nl = "Je schuift het probleem door naar later en naar een app. Een vertaalapp kan helpen, maar bij een officiële brief met medische woorden gaat er veel mis. En ze staat nu vóór je, met de brief in haar hand. Gebruik dat moment.",
        en = "You push the problem to later and to an app. A translation app can help, but with an official letter full of medical words a lot goes wrong. And she is standing in front of you right now, letter in hand. Use that moment.",
      },
      next = "vertaalapp",
    },
    {
      id = "omcirkelen",
      text = {
        nl = "(Je omcirkelt het telefoonnummer en tekent er een telefoontje bij.) Kijk. Dit nummer. U belt. Voor een afspraak.",
        en = "(You circle the phone number and draw a little phone next to it.) Look. This number. You call. For an appointment.",
      },
      tags = { "eenvoudige-taal", "beeld" },
      effects = { begrip = 2 },
      score = { eenvoudige_taal = 2, afspraken = 1 },
      set = { omcirkeld = true },
      feedback = {
        nl = "Uitstekend: je maakt van een lange brief één handeling. Het omcirkelde nummer en het tekeningetje blijven ook thuis begrijpelijk. Beeld en tekst samen werken beter dan woorden alleen.",
        en = "Excellent: you turn a long letter into one action. The circled number and the little drawing stay clear at home too. Picture and text together work better than words alone.",
      },
      next = "check",
    },
  },
}

node "te_veel" {
  speaker = "moeder",
  mood = "verward",
  text = {
    nl = "Ze knippert met haar ogen. \"Sorry. Te veel. Wat... ik doen?\"",
    en = "She blinks. \"Sorry. Too much. What... I do?\"",
  },
  choices = {
    {
      id = "een_ding",
      text = {
        nl = "Eén ding. (Je omcirkelt het nummer.) Dit nummer bellen. Voor een afspraak.",
        en = "One thing. (You circle the number.) Call this number. For an appointment.",
      },
      tags = { "eenvoudige-taal", "herstel" },
      effects = { begrip = 2 },
      score = { eenvoudige_taal = 1, afspraken = 1 },
      set = { omcirkeld = true },
      feedback = {
        nl = "Goed: haar vraag 'wat ik doen?' is een prima hulpmiddel. Je antwoordt met één handeling en een omcirkeld nummer.",
        en = "Good: her question 'what I do?' is a useful cue. You answer with one action and a circled number.",
      },
      next = "check",
    },
    {
      id = "staat_in_brief",
      text = {
        nl = "Het staat allemaal in de brief.",
        en = "It's all in the letter.",
      },
      tags = { "doorschuiven" },
      effects = { ongerust = 1 },
      score = { eenvoudige_taal = -1 },
      feedback = {
        nl = "Ze zei net dat ze de brief niet begrijpt. Verwijzen naar de brief laat haar met lege handen staan.",
        en = "She just told you she doesn't understand the letter. Pointing back to it leaves her empty-handed.",
      },
      next = "check",
    },
    {
      id = "een_ding_zonder",
      text = {
        nl = "Sorry. Te veel. Eén ding: bellen.",
        en = "Sorry. Too much. One thing: call.",
      },
      tags = { "eenvoudige-taal", "herstel" },
      effects = { begrip = 1 },
      score = { eenvoudige_taal = 1 },
      feedback = {
        nl = "Goed: je neemt de schuld van het 'te veel' op je en brengt het terug tot één handeling. Maar welk nummer? Ze heeft de brief in haar hand: omcirkel het nummer, dan vindt ze het thuis terug.",
        en = "Good: you take the blame for 'too much' and bring it back to one action. But which number? She has the letter in her hand: circle the number, so she can find it again at home.",
      },
      next = "check",
    },
  },
}

node "vertaalapp" {
  speaker = "moeder",
  mood = "gespannen",
  text = {
    nl = "\"Google... ja. Soms. Maar dokter-woorden... moeilijk.\" Ze houdt de brief nog steeds vast.",
    en = "\"Google... yes. Sometimes. But doctor words... difficult.\" She is still holding the letter.",
  },
  choices = {
    {
      id = "lukt_vast",
      text = {
        nl = "Het lukt vast wel!",
        en = "I'm sure you'll manage!",
      },
      tags = { "doorschuiven" },
      score = { aansluiten = -1 },
      feedback = {
        nl = "Aanmoedigend bedoeld, maar je hoort niet wat ze zegt: 'dokter-woorden moeilijk'. Neem haar signaal serieus en help haar nu.",
        en = "Meant as encouragement, but you don't hear what she says: 'doctor words difficult'. Take her signal seriously and help her now.",
      },
      next = "check",
    },
    {
      id = "nu_samen",
      text = {
        nl = "U heeft gelijk. Ik doe het nu. (Je omcirkelt het nummer.) Dit nummer. U belt. Voor een afspraak.",
        en = "You're right. I'll do it now. (You circle the number.) This number. You call. For an appointment.",
      },
      tags = { "eenvoudige-taal", "herstel" },
      effects = { begrip = 2 },
      score = { eenvoudige_taal = 1, afspraken = 1 },
      set = { omcirkeld = true },
      feedback = {
        nl = "Goed bijgestuurd: je geeft haar gelijk en maakt van de brief alsnog één heldere handeling.",
        en = "Well adjusted: you agree with her and still turn the letter into one clear action.",
      },
      next = "check",
    },
    {
      id = "dan_uitleggen",
      text = {
        nl = "Oké. Dan zeg ik het. U moet bellen, voor een afspraak.",
        en = "Okay. Then I'll tell you. You have to call, for an appointment.",
      },
      tags = { "eenvoudige-taal" },
      effects = { begrip = 1 },
      score = { eenvoudige_taal = 1 },
      feedback = {
        nl = "Goed dat je haar signaal oppakt en het zelf zegt, kort en eenvoudig. De brief blijft wel een brief vol woorden: omcirkel het nummer en teken er een telefoontje bij, dan kan ze het thuis terugvinden.",
        en = "Good that you pick up her signal and say it yourself, short and simple. But the letter stays a letter full of words: circle the number and draw a little phone next to it, so she can find it again at home.",
      },
      next = "check",
    },
  },
}

---------------------------------------------------------------------------
-- Begrip controleren
---------------------------------------------------------------------------

node "check" {
  speaker = "moeder",
  mood = stemming,
  text = function(s)
    if s.flags.omcirkeld then
      return {
        nl = "Ze knikt en kijkt naar het omcirkelde nummer. \"Ja. Ja. Goed.\"",
        en = "She nods and looks at the circled number. \"Yes. Yes. Good.\"",
      }
    elseif s.begrip >= 5 then
      return {
        nl = "Ze knikt en kijkt naar de brief in haar hand. \"Ja. Ja. Goed.\"",
        en = "She nods and looks at the letter in her hand. \"Yes. Yes. Good.\"",
      }
    end
    return {
      nl = "Ze knikt beleefd. \"Ja... ja.\"",
      en = "She nods politely. \"Yes... yes.\"",
    }
  end,
  choices = {
    {
      id = "klaar",
      text = {
        nl = "Fijn! Dan is dat geregeld.",
        en = "Great! Then that's settled.",
      },
      tags = { "niet-gecheckt" },
      score = { begrip_checken = -1 },
      feedback = {
        nl = "Een knik en 'ja' betekenen bij een taalleerder vaak: 'ik heb u gehoord' of 'ik wil beleefd zijn', niet 'ik begrijp het'. Je weet nu niet of de boodschap is aangekomen.",
        en = "A nod and 'yes' from a language learner often mean 'I heard you' or 'I want to be polite', not 'I understand'. You now don't know whether the message got through.",
      },
      next = "tolk_voorstel",
    },
    {
      id = "taakvraag",
      text = {
        nl = "Wat gaat u doen? Wanneer belt u?",
        en = "What will you do? When will you call?",
      },
      tags = { "taakvraag", "begrip-checken" },
      score = { begrip_checken = 2 },
      set = { gecheckt = true },
      feedback = {
        nl = "Precies: een taakvraag. Ze moet in eigen woorden zeggen wat ze gaat doen. Dan hoor je of de boodschap is aangekomen, en zo niet, wat er mis ging. Geef haar daarna de tijd om te antwoorden.",
        en = "Exactly: a task question. She has to say in her own words what she will do. Then you hear whether the message got through, and if not, what went wrong. After that, give her time to answer.",
      },
      next = "taakvraag",
    },
    {
      id = "begrijpt_u",
      text = {
        nl = "Begrijpt u het?",
        en = "Do you understand?",
      },
      tags = { "gesloten-vraag" },
      score = { begrip_checken = -2 },
      feedback = {
        nl = "De bekendste valkuil. Op 'Begrijpt u het?' zegt bijna iedereen 'ja', uit beleefdheid of schaamte. Het antwoord zegt niets. Vraag liever wat ze gáát doen: 'Wanneer belt u?'",
        en = "The best-known trap. To 'Do you understand?' almost everyone says 'yes', out of politeness or embarrassment. The answer tells you nothing. Ask instead what she will do: 'When will you call?'",
      },
      next = "schijn_ja",
    },
    {
      id = "herhalen",
      text = {
        nl = "Kunt u het even herhalen?",
        en = "Could you say it back to me?",
      },
      tags = { "begrip-checken" },
      score = { begrip_checken = 1 },
      set = { gecheckt = true },
      feedback = {
        nl = "Beter dan 'Begrijpt u het?': ze moet zelf iets zeggen. Maar herhalen is nog geen begrijpen: ze kan jouw woorden teruggeven zonder te weten wat ze daarna doet. Een taakvraag ('Wanneer belt u? Waar gaat u heen?') laat horen wat ze denkt.",
        en = "Better than 'Do you understand?': she has to say something herself. But repeating is not yet understanding: she can give your words back without knowing what to do next. A task question ('When will you call? Where will you go?') lets you hear what she thinks.",
      },
      next = "herhaald",
    },
  },
}

node "schijn_ja" {
  speaker = "moeder",
  mood = "neutraal",
  text = {
    nl = "\"Ja.\" Ze glimlacht beleefd en stopt de brief weer in haar tas. Je weet nu niet meer dan daarvoor.",
    en = "\"Yes.\" She smiles politely and puts the letter back in her bag. You know no more than before.",
  },
  next = "tolk_voorstel",
}

node "herhaald" {
  speaker = "moeder",
  mood = "neutraal",
  text = function(s)
    if s.flags.omcirkeld then
      return {
        nl = "Ze tikt op het omcirkelde nummer. \"Bellen. Dit nummer. Afspraak.\" Ze knikt en stopt de brief in haar tas.",
        en = "She taps the circled number. \"Call. This number. Appointment.\" She nods and puts the letter in her bag.",
      }
    end
    return {
      nl = "\"Bellen. Afspraak.\" Ze knikt en stopt de brief in haar tas.",
      en = "\"Call. Appointment.\" She nods and puts the letter in her bag.",
    }
  end,
  next = "tolk_voorstel",
}

node "taakvraag" {
  speaker = "moeder",
  mood = "verward",
  text = {
    nl = "Ze kijkt naar de brief en zoekt naar woorden. \"Ik... bel... eh...\"",
    en = "She looks at the letter and searches for words. \"I... call... uh...\"",
  },
  -- Wachten is hier de kern van begrip controleren: de taakvraag werkt pas als zij de
  -- tijd krijgt om te antwoorden (leerdoel 2). Telt als de taakvraag zelf.
  timeout = {
    seconds = 12,
    next = "na_stilte",
    score = { begrip_checken = 2 },
    tags = { "stilte" },
    feedback = {
      nl = "Precies goed: je gaf haar de tijd. Wie een nieuwe taal leert, moet een zin eerst bouwen. Een stilte van een paar seconden voelt voor jou lang, maar voor haar is het denktijd. Door niet in te vullen en geen keuzevraag te stellen, bleef je taakvraag een echte controle: ze zegt in eigen woorden wat ze gaat doen, en dan hoor je ook wat nog niet klopt. Luister nu naar het hele antwoord.",
      en = "Exactly right: you gave her time. People learning a new language have to build a sentence first. A silence of a few seconds feels long to you, but for her it is thinking time. Because you didn't fill in the answer or ask a choice question, your task question stayed a real check: she says in her own words what she will do, and then you also hear what isn't right yet. Now listen to the whole answer.",
    },
  },
  choices = {
    {
      id = "invullen",
      text = {
        nl = "Morgen om negen uur, toch?",
        en = "Tomorrow at nine, right?",
      },
      tags = { "invullen" },
      score = { begrip_checken = -1 },
      feedback = {
        nl = "Je vult het antwoord voor haar in, en daarmee verdwijnt je controle. Ze zegt 'ja', en je weet weer niet wat ze begrepen heeft. Wie een taal leert, heeft tijd nodig om een zin te bouwen. Geef die tijd.",
        en = "You fill in the answer for her, and with that your check disappears. She says 'yes', and once again you don't know what she understood. People learning a language need time to build a sentence. Give them that time.",
      },
      next = "ingevuld",
    },
    {
      id = "keuzevraag",
      text = {
        nl = "Morgen? Of vrijdag?",
        en = "Tomorrow? Or Friday?",
      },
      tags = { "keuzevraag" },
      score = { begrip_checken = 1 },
      feedback = {
        nl = "Een keuzevraag is een goede hulp voor taalleerders: ze hoeft alleen te kiezen. Maar hier komt hij te vroeg: ze was haar eigen zin aan het bouwen. Nu kiest ze een dag, maar wat ze verder denkt, hoor je niet. Wachten had meer opgeleverd.",
        en = "A choice question is a good aid for language learners: she only has to choose. But here it comes too early: she was building her own sentence. Now she picks a day, but you don't hear what else she thinks. Waiting would have given you more.",
      },
      next = "ingevuld",
    },
  },
}

node "ingevuld" {
  speaker = "moeder",
  mood = "neutraal",
  text = {
    nl = "\"Ja. Morgen.\" Ze knikt en stopt de brief in haar tas.",
    en = "\"Yes. Tomorrow.\" She nods and puts the letter in her bag.",
  },
  next = "tolk_voorstel",
}

node "na_stilte" {
  speaker = "moeder",
  mood = "verward",
  text = function(s)
    if s.flags.omcirkeld then
      return {
        nl = "Je wacht rustig. Dan zegt ze: \"Morgen... ik bel. Dit nummer.\" Ze tikt op het omcirkelde nummer. \"En dan... dokter komt hier? Naar school?\"",
        en = "You wait calmly. Then she says: \"Tomorrow... I call. This number.\" She taps the circled number. \"And then... doctor comes here? To school?\"",
      }
    end
    return {
      nl = "Je wacht rustig. Dan zegt ze: \"Morgen... ik bel.\" Ze zoekt even in de brief, met haar vinger langs de regels. \"En dan... dokter komt hier? Naar school?\"",
      en = "You wait calmly. Then she says: \"Tomorrow... I call.\" She searches the letter for a moment, running her finger along the lines. \"And then... doctor comes here? To school?\"",
    }
  end,
  choices = {
    {
      id = "ja_precies",
      text = {
        nl = "Ja, precies!",
        en = "Yes, exactly!",
      },
      tags = { "niet-geluisterd" },
      score = { begrip_checken = -1 },
      feedback = {
        nl = "Je taakvraag werkte: ze liet precies zien wat ze nog niet goed had. Maar jij hoorde alleen het eerste deel. De afspraak is niet op school, maar bij de GGD. Luister naar het hele antwoord. Daar dient de taakvraag voor.",
        en = "Your task question worked: she showed exactly what she hadn't got yet. But you only heard the first part. The appointment is not at school but at the GGD. Listen to the whole answer. That's what the task question is for.",
      },
      next = "tolk_voorstel",
    },
    {
      id = "niet_hier",
      text = {
        nl = "Nee, niet hier. Bij de GGD.",
        en = "No, not here. At the GGD.",
      },
      tags = { "begrip-checken" },
      effects = { begrip = 1 },
      score = { begrip_checken = 1 },
      set = { helder = true },
      feedback = {
        nl = "Goed gehoord: je verbetert het misverstand meteen. Maar 'de GGD' is voor haar een afkorting, geen plek. Bevestig eerst wat goed was (morgen bellen), wijs het juiste nummer en het adres aan, en teken desnoods een huisje: dan weet ze waar ze heen moet.",
        en = "Well listened: you correct the misunderstanding straight away. But 'the GGD' is an abbreviation to her, not a place. First confirm what was right (calling tomorrow), point at the right number and the address, and draw a little house if need be: then she knows where to go.",
      },
      next = "tolk_voorstel",
    },
    {
      id = "misverstand_oplossen",
      text = {
        nl = "Morgen bellen: goed! Maar de dokter is niet hier. (Je wijst het adres aan en tekent een huisje.) U gaat met Omar naar dit huis. De GGD.",
        en = "Call tomorrow: good! But the doctor is not here. (You point at the address and draw a little house.) You go with Omar to this house. The GGD.",
      },
      tags = { "begrip-checken", "beeld" },
      effects = { begrip = 2, vertrouwen = 1 },
      score = { begrip_checken = 2, eenvoudige_taal = 1 },
      set = { helder = true },
      feedback = {
        nl = "Dit is waarom je een taakvraag stelt en daarna wacht: er kwam een misverstand boven dat met 'Begrijpt u het?' verborgen was gebleven. Je bevestigt wat goed is, verbetert wat niet klopt, en gebruikt een tekening. Zo hoort het.",
        en = "This is why you ask a task question and then wait: a misunderstanding surfaced that 'Do you understand?' would have kept hidden. You confirm what's right, correct what isn't, and use a drawing. That's how it's done.",
      },
      next = "tolk_voorstel",
    },
  },
}

---------------------------------------------------------------------------
-- Het gesprek van volgende week: een tolk
---------------------------------------------------------------------------

node "tolk_voorstel" {
  mood = stemming,
  text = {
    nl = "Nog één ding. Volgende week wil de intern begeleider met mevrouw Darwish praten over de uitslag van de test en over hulp in de klas. Dat is een belangrijk gesprek.",
    en = "One more thing. Next week the special needs coordinator wants to talk with Mrs Darwish about the test result and about support in class. That is an important conversation.",
  },
  choices = {
    {
      id = "tolk_voorstellen",
      text = {
        nl = "Volgende week praten wij samen. Met een tolk. In het Arabisch. Goed?",
        en = "Next week we'll talk together. With an interpreter. In Arabic. All right?",
      },
      tags = { "tolk" },
      effects = { ongerust = -1 },
      score = { tolk = 2 },
      set = { tolk = true },
      feedback = {
        nl = "Precies goed. Voor een belangrijk gesprek, over uitslagen, zorgen en keuzes, regel je een professionele tolk. Je zegt het in korte zinnen en vraagt haar instemming. Zo kan ze volgende week volwaardig meepraten.",
        en = "Exactly right. For an important conversation, about results, worries and choices, you arrange a professional interpreter. You say it in short sentences and ask for her agreement. That way she can take a full part next week.",
      },
      next = "tolk_kosten",
    },
    {
      id = "in_het_nederlands",
      text = {
        nl = "Volgende week praten we verder. In het Nederlands, dan oefent u meteen!",
        en = "Next week we'll talk more. In Dutch, so you get some practice!",
      },
      tags = { "geen-tolk" },
      effects = { ongerust = 1 },
      score = { tolk = -1 },
      feedback = {
        nl = "Goedbedoeld, en oefenen is waardevol, maar niet in een gesprek over de gezondheid en de hulp voor haar kind. Daar moet ze alles begrijpen, vragen kunnen stellen en kunnen meebeslissen. Dat vraagt een tolk.",
        en = "Well meant, and practice is valuable, but not in a conversation about her child's health and support. There she needs to understand everything, be able to ask questions and take part in decisions. That requires an interpreter.",
      },
      next = "geen_tolk",
    },
    {
      id = "wilt_u_tolk",
      text = {
        nl = "Volgende week praten we verder. Wilt u een tolk?",
        en = "Next week we'll talk more. Would you like an interpreter?",
      },
      tags = { "tolk" },
      score = { tolk = 1 },
      set = { tolk = true },
      feedback = {
        nl = "Goed dat je een tolk aanbiedt. Maar als vraag legt het de keuze bij haar, en uit beleefdheid, of uit zorg over de kosten, zeggen veel ouders 'nee, hoeft niet'. Voor een belangrijk gesprek regelt de school een tolk: zeg dat gewoon, en vraag of ze het goed vindt.",
        en = "Good that you offer an interpreter. But as a question it puts the choice on her, and out of politeness, or worry about the cost, many parents say 'no, no need'. For an important conversation the school arranges an interpreter: just say so, and ask whether that's all right with her.",
      },
      next = "tolk_kosten",
    },
    {
      id = "lina_volgende_week",
      text = {
        nl = "Volgende week neemt u Lina weer mee, die vertaalt zo goed.",
        en = "Next week you bring Lina along again, she translates so well.",
      },
      tags = { "kind-als-tolk" },
      score = { tolk = -2 },
      set = { lina_tolk = true },
      feedback = {
        nl = "Je plant het kind in als tolk voor een gesprek over de gezondheid en de hulp voor haar broertje. Lina zou dan school missen, moeilijke woorden moeten vertalen en zorgen dragen die niet van haar zijn. De school heeft hier tolken voor.",
        en = "You schedule the child as interpreter for a conversation about her brother's health and support. Lina would miss school, have to translate difficult words and carry worries that aren't hers. The school has interpreters for this.",
      },
      next = "lina_later",
    },
  },
}

node "geen_tolk" {
  speaker = "moeder",
  mood = "gespannen",
  text = {
    nl = "Ze aarzelt. \"Nederlands... moeilijk. Belangrijk gesprek. Ik... bang ik begrijp niet.\"",
    en = "She hesitates. \"Dutch... difficult. Important talk. I... afraid I not understand.\"",
  },
  choices = {
    {
      id = "u_kunt_het",
      text = {
        nl = "Ach, u spreekt al goed Nederlands! Het komt wel goed.",
        en = "Oh, you already speak good Dutch! It'll be fine.",
      },
      tags = { "geen-tolk" },
      effects = { ongerust = 1 },
      score = { tolk = -1 },
      feedback = {
        nl = "Een compliment dat haar zorg wegwuift. Ze zegt zelf dat ze bang is het niet te begrijpen. Neem dat serieus en regel een tolk.",
        en = "A compliment that brushes her worry aside. She says herself that she is afraid she won't understand. Take that seriously and arrange an interpreter.",
      },
      next = "dag",
    },
    {
      id = "alsnog_tolk",
      text = {
        nl = "U heeft gelijk. Ik vraag een tolk. Arabisch.",
        en = "You're right. I'll ask for an interpreter. Arabic.",
      },
      tags = { "tolk", "herstel" },
      effects = { ongerust = -1 },
      score = { tolk = 1 },
      set = { tolk = true },
      feedback = {
        nl = "Goed: je luistert naar haar zorg en past je plan aan. Zij weet het best hoeveel ze kan volgen.",
        en = "Good: you listen to her concern and adjust your plan. She knows best how much she can follow.",
      },
      next = "tolk_kosten",
    },
  },
}

node "lina_later" {
  speaker = "moeder",
  mood = "blij",
  text = {
    nl = "Ze lacht opgelucht. \"Ja! Lina goed Nederlands. Lina helpt altijd.\"",
    en = "She laughs, relieved. \"Yes! Lina good Dutch. Lina always helps.\"",
  },
  choices = {
    {
      id = "prima_lina",
      text = {
        nl = "Prima, dan zie ik u en Lina volgende week.",
        en = "Fine, then I'll see you and Lina next week.",
      },
      tags = { "kind-als-tolk" },
      score = { tolk = -1 },
      feedback = {
        nl = "Nu staat het vast: een kind van tien tolkt in een gesprek over de gezondheid van haar broertje. Dat kan nog worden teruggedraaid. Bespreek het met je intern begeleider en bel moeder met een tolk.",
        en = "Now it's fixed: a ten-year-old will interpret in a conversation about her brother's health. This can still be undone. Discuss it with your special needs coordinator and call the mother with an interpreter.",
      },
      next = "dag",
    },
    {
      id = "toch_tolk",
      text = {
        nl = "Lina is heel knap. Maar dit gesprek is voor grote mensen. Ik vraag een tolk. De school betaalt. Goed?",
        en = "Lina is very clever. But this talk is for grown-ups. I'll ask for an interpreter. The school pays. All right?",
      },
      tags = { "tolk", "herstel" },
      score = { tolk = 1 },
      set = { lina_tolk = false, tolk = true, kosten_gezegd = true },
      feedback = {
        nl = "Goed teruggekomen op je voorstel. Je waardeert Lina, legt in gewone woorden uit waarom zij niet hoeft te tolken, en neemt de zorg over kosten meteen weg. Ze knikt, maar haar opluchting is weg: Lina was voor haar de makkelijkste oplossing.",
        en = "Good that you came back on your suggestion. You appreciate Lina, explain in plain words why she doesn't need to interpret, and take away the worry about costs straight away. She nods, but her relief is gone: Lina was the easiest solution for her.",
      },
      next = "dag",
    },
  },
}

node "tolk_kosten" {
  speaker = "moeder",
  mood = "gespannen",
  text = {
    nl = "\"Tolk...\" Ze wrijft met duim en wijsvinger over elkaar. \"Geld? Ik betalen?\"",
    en = "\"Interpreter...\" She rubs her thumb and forefinger together. \"Money? I pay?\"",
  },
  choices = {
    {
      id = "weet_niet",
      text = {
        nl = "Dat weet ik eigenlijk niet precies. Dat moet ik navragen.",
        en = "I don't actually know exactly. I'll have to check.",
      },
      tags = { "onzeker" },
      effects = { ongerust = 1 },
      feedback = {
        nl = "Eerlijk, dat is beter dan iets beloven wat niet klopt. Maar op jouw school is het geregeld: de school betaalt. Zorg dat je dat soort praktische dingen weet voordat je een tolk voorstelt. Zorg om geld kan een reden zijn om af te zeggen.",
        en = "Honest, which is better than promising something that isn't true. But at your school it's arranged: the school pays. Make sure you know such practical things before you propose an interpreter. Worry about money can be a reason to cancel.",
      },
      next = "dag",
    },
    {
      id = "beetje",
      text = {
        nl = "Misschien een klein beetje, maar dat valt wel mee.",
        en = "Maybe a little, but it's not much.",
      },
      tags = { "onjuist" },
      effects = { vertrouwen = -1, ongerust = 2 },
      score = { aansluiten = -1 },
      feedback = {
        nl = "Dit klopt niet: de school betaalt de tolk. Met een gok over kosten kan ze besluiten dat een tolk te duur is. Zeg wat je zeker weet, of zoek het uit.",
        en = "That's not correct: the school pays for the interpreter. With a guess about costs she may decide an interpreter is too expensive. Say what you know for sure, or find out.",
      },
      next = "dag",
    },
    {
      id = "school_betaalt",
      text = {
        nl = "Nee. De school betaalt. U betaalt niets.",
        en = "No. The school pays. You pay nothing.",
      },
      tags = { "eenvoudige-taal" },
      effects = { vertrouwen = 1, ongerust = -1 },
      score = { aansluiten = 1 },
      set = { kosten_gezegd = true },
      feedback = {
        nl = "Kort, duidelijk en waar. Je neemt een begrijpelijke zorg meteen weg, zodat niets haar tegenhoudt om te komen.",
        en = "Short, clear and true. You take away an understandable worry straight away, so nothing stops her from coming.",
      },
      next = "dag",
    },
  },
}

node "dag" {
  speaker = "moeder",
  mood = stemming,
  text = {
    nl = "\"Goed. Welke dag?\"",
    en = "\"Good. Which day?\"",
  },
  choices = {
    {
      id = "wanneer_kunt_u",
      text = {
        nl = "Wanneer kunt u?",
        en = "When can you?",
      },
      tags = { "afspraken" },
      score = { afspraken = 1 },
      set = { dag = true },
      feedback = {
        nl = "Goed dat je haar laat kiezen. Ze zegt 'dinsdag, na school'. Schrijf de afspraak daarna ook even groot op, met een klok erbij. Dan kan ze het thuis terugvinden.",
        en = "Good that you let her choose. She says 'Tuesday, after school'. Then write the appointment down in large letters too, with a clock. That way she can find it again at home.",
      },
      next = "afscheid",
    },
    {
      id = "in_de_app",
      text = {
        nl = "Dat stuur ik u nog in de ouderapp, met alle informatie erbij.",
        en = "I'll send you that in the parent app, with all the information.",
      },
      tags = { "schriftelijk" },
      score = { afspraken = -1 },
      feedback = {
        nl = "Na een gesprek vol handen en voeten verwijs je naar een geschreven bericht met 'alle informatie'. Maak de afspraak nu, nu ze voor je staat.",
        en = "After a conversation full of gestures you refer her to a written message with 'all the information'. Make the appointment now, while she's standing in front of you.",
      },
      next = "afscheid",
    },
    {
      id = "dag_tekenen",
      text = {
        nl = "(Je schrijft groot op een papiertje: DI 15.30, en tekent een klok.) Dinsdag. Half vier. Hier, in de klas.",
        en = "(You write in large letters on a piece of paper: TUE 15.30, and draw a clock.) Tuesday. Half past three. Here, in the classroom.",
      },
      tags = { "afspraken", "beeld" },
      effects = { begrip = 1 },
      score = { afspraken = 2 },
      set = { dag = true },
      feedback = {
        nl = "Concreet: dag, tijd en plaats, gezegd én groot opgeschreven, met een klok. Zo'n papiertje met weinig woorden is thuis goed terug te lezen, ook voor iemand die Nederlands leert.",
        en = "Concrete: day, time and place, said and written in large letters, with a clock. A piece of paper like that, with few words, is easy to read back at home, even for someone learning Dutch.",
      },
      next = "papiertje",
    },
  },
}

node "papiertje" {
  speaker = "moeder",
  mood = stemming,
  text = {
    nl = "Ze bekijkt het papiertje, wijst op de klok en knikt. \"Dinsdag. Half vier.\" Ze stopt het zorgvuldig bij de brief.",
    en = "She looks at the piece of paper, points at the clock and nods. \"Tuesday. Half past three.\" She tucks it carefully in with the letter.",
  },
  next = "afscheid",
}

node "afscheid" {
  speaker = "moeder",
  mood = stemming,
  text = function(s)
    if s.vertrouwen >= 7 then
      return {
        nl = "Ze geeft je een hand. \"Dank u. Dank u wel.\" Omar trekt aan haar hand.",
        en = "She shakes your hand. \"Thank you. Thank you very much.\" Omar pulls at her hand.",
      }
    end
    return {
      nl = "\"Ja. Dag.\" Omar trekt aan haar hand.",
      en = "\"Yes. Bye.\" Omar pulls at her hand.",
    }
  end,
  -- Heb je nog niet gecontroleerd of ze het begrepen heeft? Dan krijg je
  -- hier een laatste kans. Anders gaat het gesprek vanzelf verder (next).
  choices = {
    {
      id = "tot_dinsdag",
      text = {
        nl = "Tot volgende week! Dag Omar!",
        en = "See you next week! Bye, Omar!",
      },
      when = function(s) return not s.flags.gecheckt end,
      tags = { "niet-gecheckt" },
      score = { begrip_checken = -1 },
      feedback = {
        nl = "Een vriendelijk afscheid, maar je hebt nergens gecontroleerd of de belangrijkste boodschap (bellen) is aangekomen. Een laatste taakvraag had nog gekund: 'Wat doet u morgen?'",
        en = "A friendly goodbye, but you never checked whether the main message (calling) got through. A last task question was still possible: 'What will you do tomorrow?'",
      },
      next = "slot",
    },
    {
      id = "laatste_taakvraag",
      text = {
        nl = "Nog één vraag. Wat doet u morgen?",
        en = "One more question. What will you do tomorrow?",
      },
      when = function(s) return not s.flags.gecheckt end,
      tags = { "taakvraag", "begrip-checken" },
      score = { begrip_checken = 1 },
      set = { gecheckt = true },
      feedback = {
        nl = "Goed dat je het alsnog controleert, met een taakvraag in plaats van 'Begrijpt u het?'. Liever doe je dat direct na de boodschap, zodat je kunt bijsturen terwijl de brief nog op tafel ligt.",
        en = "Good that you still check, with a task question instead of 'Do you understand?'. Preferably you do it right after the message, so you can adjust while the letter is still on the table.",
      },
      next = "laatste_check",
    },
  },
  next = "slot",
}

node "laatste_check" {
  speaker = "moeder",
  mood = "neutraal",
  text = function(s)
    if s.flags.omcirkeld then
      return {
        nl = "Ze haalt de brief weer tevoorschijn en tikt op het omcirkelde nummer. \"Morgen... ik bel. Dit nummer.\"",
        en = "She takes the letter out again and taps the circled number. \"Tomorrow... I call. This number.\"",
      }
    end
    return {
      nl = "Ze haalt de brief weer tevoorschijn en kijkt er lang naar. \"Morgen... ik bel.\" Ze wijst aarzelend een nummer aan.",
      en = "She takes the letter out again and looks at it for a long time. \"Tomorrow... I call.\" She hesitantly points at a number.",
    }
  end,
  effects = { begrip = 1 },
  next = "slot",
}

node "slot" {
  mood = stemming,
  text = {
    nl = "Mevrouw Darwish loopt met Omar en Lina het schoolplein over. Omar zwaait met zijn leesboekje.",
    en = "Mrs Darwish walks across the playground with Omar and Lina. Omar waves his reading book.",
  },
  next = welk_einde,
}

---------------------------------------------------------------------------
-- Eindes
---------------------------------------------------------------------------

ending "goed_begrepen" {
  title = { nl = "Begrepen en geregeld", en = "Understood and arranged" },
  outcome = "good",
  text = function(s)
    local nl = "De volgende ochtend belt mevrouw Darwish de GGD. Ze weet dat ze met Omar naar de GGD moet en niet naar school. Dat misverstand kwam boven doordat je een taakvraag stelde en haar de tijd gaf. Lina hoeft niet voor haar broertje te tolken: volgende week zit er een tolk aan tafel, zodat moeder volwaardig kan meepraten over de uitslag en de hulp voor Omar."
    local en = "The next morning Mrs Darwish calls the GGD. She knows she has to go with Omar to the GGD and not to school. That misunderstanding surfaced because you asked a task question and gave her time. Lina doesn't have to interpret for her brother: next week an interpreter will be at the table, so the mother can take a full part in the conversation about the result and the support for Omar."
    if not s.flags.kosten_gezegd then
      nl = nl .. " Vertel haar nog wel dat de tolk niets kost."
      en = en .. " Do still tell her that the interpreter costs her nothing."
    end
    return { nl = nl, en = en }
  end,
}

ending "half_begrepen" {
  title = { nl = "Half begrepen", en = "Half understood" },
  outcome = "mixed",
  text = function(s)
    local nl, en
    if not s.flags.helder then
      nl = "Mevrouw Darwish belt de GGD, maar op de dag van de afspraak wacht ze met Omar op school op de dokter. Ze had gedacht dat die naar school kwam. Een taakvraag, gevolgd door rustig wachten op haar hele antwoord, had dat misverstand boven water gebracht."
      en = "Mrs Darwish calls the GGD, but on the day of the appointment she waits at school with Omar for the doctor. She had thought the doctor would come to school. A task question, followed by calmly waiting for her full answer, would have brought that misunderstanding to the surface."
    elseif s.flags.lina_gebruikt then
      nl = "De afspraak bij de GGD komt er. Maar Lina heeft een deel van het gesprek moeten tolken en was erg geschrokken. Thuis vroeg ze haar moeder of Omar doof wordt. Houd kinderen buiten de tolkrol, zeker bij zorgen over gezondheid."
      en = "The appointment at the GGD gets made. But Lina had to interpret part of the conversation and was very frightened. At home she asked her mother whether Omar is going deaf. Keep children out of the interpreter role, certainly when it comes to health worries."
    elseif not s.flags.tolk then
      nl = "De afspraak bij de GGD komt er. Maar voor het belangrijke gesprek van volgende week is geen tolk geregeld. Moeder zal veel niet begrijpen van de uitslag en van de plannen voor Omar, en kan dus niet echt meebeslissen."
      en = "The appointment at the GGD gets made. But no interpreter has been arranged for next week's important conversation. The mother will not understand much of the result and the plans for Omar, and so cannot really take part in decisions."
    else
      nl = "De afspraak bij de GGD komt er en er is een tolk voor volgende week. Maar het gesprek ging met horten en stoten: de datum is niet concreet vastgelegd, of er was veel onrust en onbegrip onderweg. Kijk terug waar je zinnen te lang of te moeilijk werden."
      en = "The appointment at the GGD gets made and there is an interpreter for next week. But the conversation was bumpy: the date was not fixed concretely, or there was a lot of worry and confusion along the way. Look back at where your sentences became too long or too difficult."
    end
    return { nl = nl, en = en }
  end,
}

ending "geen_afspraak" {
  -- De kernfout van dit scenario: een 'ja' aannemen als begrip. Wat er verder ook
  -- goed ging, hooguit onvoldoende.
  grade_cap = "onvoldoende",
  title = { nl = "Ja is geen begrip", en = "Yes is not understanding" },
  outcome = "bad",
  text = {
    nl = "Twee weken later belt de GGD: er is nog steeds geen afspraak gemaakt. Mevrouw Darwish had 'ja' gezegd, maar niet begrepen wat ze moest doen. Je hebt dat nergens gecontroleerd. Bij een taalbarrière is een knik geen bewijs van begrip. Vraag wat iemand gaat doen ('Wanneer belt u?'), en geef haar de tijd om te antwoorden.",
    en = "Two weeks later the GGD calls: still no appointment has been made. Mrs Darwish had said 'yes', but had not understood what she had to do. You never checked. With a language barrier, a nod is no proof of understanding. Ask what someone is going to do ('When will you call?'), and give them time to answer.",
  },
}

ending "lina_als_tolk" {
  -- Een ernstige professionele fout: een kind als tolk in een gesprek over de
  -- gezondheid van haar broertje. Wat er ook gescoord is, hooguit onvoldoende.
  grade_cap = "onvoldoende",
  title = { nl = "Lina als tolk", en = "Lina as interpreter" },
  outcome = "bad",
  text = {
    nl = "Lina is de tolk geworden, vandaag of voor volgende week, in een gesprek over de gezondheid van haar broertje. Ze schrok, vertaalde wat ze kon en liet weg wat ze eng vond. Wat haar moeder precies weet, weet niemand. Kinderen horen geen tolk te zijn: ze raken belast, de rollen in het gezin verschuiven, en de boodschap komt onbetrouwbaar over. Gebruik eenvoudige taal voor het korte contact, en een professionele tolk voor het belangrijke gesprek.",
    en = "Lina has become the interpreter, today or for next week, in a conversation about her brother's health. She got scared, translated what she could and left out what she found frightening. Nobody knows exactly what her mother knows. Children should not be interpreters: they are burdened, roles in the family shift, and the message comes across unreliably. Use simple language for the short contact, and a professional interpreter for the important conversation.",
  },
}

---------------------------------------------------------------------------
-- Testplannen
---------------------------------------------------------------------------

plan "beste_pad" {
  -- kort en warm, samen naar het leesboekje kijken, Lina bedanken, boodschap met gebaar,
  -- 'niet ziek', nummer omcirkelen, taakvraag, wachten (t), misverstand oplossen,
  -- tolk voorstellen, 'de school betaalt', dag en tijd groot opschrijven.
  -- Vertrouwen gaat van 5 naar 8.
  choices = "2,3,4,2,2,4,2,t,3,1,3,3",
  ending = "goed_begrepen",
  outcome = "good",
  grade = "goed",
  overall = 1,
}

plan "ja_is_geen_begrip" {
  -- alles vriendelijk en eenvoudig, maar 'Begrijpt u het?' en geen laatste taakvraag:
  -- de kernfout; het einde begrenst het oordeel (grade_cap = "onvoldoende")
  choices = "2,3,4,2,2,4,3,1,3,3,1",
  ending = "geen_afspraak",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0.722,
}

plan "niets_omcirkeld" {
  -- het pad uit het issue: 'er is iets met Omar', geruststellen, 'Google Translate',
  -- 'het lukt vast wel': er is niets omcirkeld, dus ze kijkt naar de brief (niet naar
  -- een omcirkeld nummer) en zoekt na de taakvraag in de brief naar het nummer
  choices = "2,3,4,3,3,3,1,2,t,3,1,3,3",
  ending = "goed_begrepen",
  outcome = "good",
  grade = "voldoende",
  overall = 0.717,
}

plan "middenpad" {
  -- goed begin en een tolk, maar 'maakt u zich geen zorgen', de hele brief in één adem,
  -- en bij de taakvraag een keuzevraag in plaats van wachten: het misverstand blijft
  choices = "2,3,4,2,1,1,1,2,2,1,3,1",
  ending = "half_begrepen",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.722,
}

plan "alleen_halve_antwoorden" {
  -- steeds het vriendelijke halve antwoord: 'heeft u even tijd?', 'knap hoor, Omar',
  -- Lina zonder taak wegsturen, 'Omar hoort niet goed', 'geen zorgen', 'u moet bellen',
  -- 'kunt u het herhalen?' (ze herhaalt zonder te weten waar ze heen moet),
  -- 'wilt u een tolk?', 'dat weet ik niet', 'wanneer kunt u?'
  choices = "4,1,2,4,1,2,4,3,1,1",
  ending = "half_begrepen",
  outcome = "mixed",
  grade = "onvoldoende",
  overall = 0.342,
}

plan "herhalen_is_geen_begrijpen" {
  -- als het beste pad, maar 'Kunt u het even herhalen?' in plaats van een taakvraag:
  -- ze herhaalt het omcirkelde nummer, het misverstand over de plek blijft verborgen
  choices = "2,3,4,2,2,4,4,1,3,3",
  ending = "half_begrepen",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.764,
}

plan "laatste_kans" {
  -- 'het belangrijkste: u moet bellen' (niets omcirkeld), 'dan is dat geregeld', en pas
  -- bij het afscheid een taakvraag: ze zoekt het nummer in de brief
  choices = "2,3,4,2,2,2,1,1,3,3,2",
  ending = "half_begrepen",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.653,
}

plan "stilte_bij_lina" {
  -- zwijgen als Lina aanbiedt te vertalen (t): ze blijft en begint te tolken; daarna
  -- haal je haar eruit en gaat het goed
  choices = "2,3,t,1,2,2,4,2,t,3,1,3,3",
  ending = "goed_begrepen",
  outcome = "good",
  grade = "goed",
  overall = 0.875,
}

plan "stilte_bij_ziek" {
  -- zwijgen op 'Omar... ziek?' (t): ze leest het van je gezicht en schrikt; daarna
  -- eerst 'niet ziek' en verder als het beste pad
  choices = "2,3,4,2,t,3,4,2,t,3,1,3,3",
  ending = "goed_begrepen",
  outcome = "good",
  grade = "goed",
  overall = 0.975,
}

plan "slechtste_pad" {
  -- lange zinnen, harder praten, jargon, Lina laten vertalen en daarna doorgaan via Lina
  choices = "1,2,2,1,1",
  ending = "lina_als_tolk",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0,
}

plan "lina_pad" {
  -- een verder sterk gesprek (taakvraag, wachten, misverstand opgelost), maar Lina wordt
  -- de tolk voor volgende week: het einde begrenst het oordeel (grade_cap = "onvoldoende")
  choices = "2,3,4,2,2,4,2,t,3,4,1,3",
  ending = "lina_als_tolk",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0.725,
}

plan "lina_teruggedraaid" {
  -- Lina voor volgende week voorgesteld, en meteen teruggenomen: een tolk, de school betaalt
  choices = "2,3,4,2,2,4,2,t,3,4,2,3",
  ending = "goed_begrepen",
  outcome = "good",
  grade = "voldoende",
  overall = 0.788,
}
