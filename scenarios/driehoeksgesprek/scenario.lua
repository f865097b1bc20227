-- Driehoeksgesprek: "Yara praat mee"
-- Een gesprek mét het kind: Yara (groep 7), haar vader en de intern
-- begeleider. Kern: het kind een echte stem geven (niet over haar hoofd heen
-- praten), de zorg van de ouder serieus nemen, niet over andere kinderen
-- praten, en afspraken maken waarin iedereen aan tafel een rol heeft.
--
-- Dit bestand bevat het eerste deel: kennismaken met het probleem en
-- ontdekken wat Yara tegenhoudt. Het tweede deel (de afspraken en de einden)
-- staat in deel2.lua en wordt onderaan met include binnengehaald.
--
-- Versie 2: bij bijna elke beurt zijn er twee of meer antwoorden die een
-- student echt zou geven, met halve punten voor wat half goed is (goed
-- bedoeld maar over Yara's hoofd heen, de goede inhoud maar zonder haar). Het
-- beste antwoord is niet het langste. Stilte kan op vier momenten: als Yara
-- 'weet ik niet' zegt en als Mirjam haar net een vraag stelde, is wachten
-- goed; als de vader boos vraagt wat de school doet, of vraagt wat hij thuis
-- moet doen, kost zwijgen.

scenario {
  id = "driehoeksgesprek-yara",
  version = 2,
  title = "Yara praat mee",
  language = "nl",
  tags = { "driehoeksgesprek", "kind centraal", "afspraken", "intern begeleider", "groep 7" },
  level = 2,
  minutes = 20,
  summary = "Driehoeksgesprek met Yara (groep 7), haar vader en de intern begeleider over rekenen. Geef Yara een echte stem en maak afspraken waarin iedereen aan tafel een rol heeft.",
  briefing = [[
Het is november. Je bent leraar (in opleiding) van groep {groep} van {school}. Op jullie school praat je over een kind zoveel mogelijk mét het kind: in een driehoeksgesprek.

Aan tafel zitten {kind} Haddad (10 jaar), haar vader {vader} en {ib}, de intern begeleider (IB'er).

Wat je weet: sinds de herfstvakantie gaat rekenen minder goed. {kind}’s weektaak rekenen is drie weken op rij niet af, en voor de toets breuken had ze een 4,5. Twee keer had ze tijdens de rekenles hoofdpijn. Haar vader mailde vorige week: ‘Ze zit thuis alleen maar op haar tablet. De school moet strenger zijn.’ Meneer Haddad werkt in ploegendienst; ’s avonds past {kind}’s broer {broer} (16) op. Mirjam heeft vorige week een rekenles geobserveerd.

{kind} heeft thuis een voorbereidingsformulier ingevuld. Bij ‘Wat gaat goed?’ staat: ‘tekenen, mijn spreekbeurt’. Bij ‘Wat wil ik vragen?’ staat niets.

Wat je niet weet: waarom {kind} vastloopt.

Je doel: geef {kind} een echte stem (praat mét haar, niet over haar), neem de zorg van haar vader serieus, en maak samen afspraken waarin {kind}, haar vader, jij en Mirjam elk een rol hebben. Zwijgen kan ook een antwoord zijn.]],
  goals = {
    "Je spreekt {kind} rechtstreeks aan en laat haar eigen woorden het gesprek sturen.",
    "Je neemt de zorg van de vader serieus zonder over {kind}’s hoofd heen te praten.",
    "Je ontdekt wat {kind} tegenhoudt, en je praat niet over andere kinderen.",
    "Je maakt concrete afspraken (wie, wat, wanneer) voor {kind}, haar vader, jezelf en de IB'er, en checkt ze bij {kind}.",
  },
  vars = { kind = "Yara", groep = 7, broer = "Aziz", school = "basisschool Het Palet" },
  start = "binnenkomst",
  grading = { pass = 0.55, good = 0.80 },
}

character "yara" {
  name = "Yara Haddad",
  role = "leerling van groep 7",
  portrait = { skin = 4, hair = "krullen", hair_color = "#2b1a10", age = "jong", shirt = "#e07a5f" },
}

character "vader" {
  name = "Samir Haddad",
  role = "vader van Yara",
  portrait = { skin = 4, hair = "kort", hair_color = "#1f1a17", beard = true, age = "middel", shirt = "#3d5a80" },
}

character "ib" {
  name = "Mirjam Veenstra",
  role = "intern begeleider",
  portrait = { skin = 1, hair = "knot", hair_color = "#b8b8b8", glasses = true, age = "oud", shirt = "#81b29a" },
}

-- Tempo van de gevoelens. Yara begint gespannen (veiligheid 3). Haar
-- veiligheid stijgt hooguit 1 per stap en komt in dit ene gesprek niet boven
-- 8: een kind dat net vertelde dat het werd uitgelachen, is aan het eind
-- opgelucht, niet zorgeloos. Over haar hoofd heen praten, oordelen en
-- aandringen kosten sneller (tot 3). Het vertrouwen van de vader begint op 4
-- (moe, boos gemaild) en stijgt hooguit 1 per beurt, tot hooguit 7; hem
-- terechtwijzen of zijn zorg wegwuiven kost 2 tot 3.
-- Excuses herstellen niet alles: een excuus aan Yara geeft hooguit 1 terug
-- van wat een ontkenning kostte (3), en wie een ander kind bij naam noemde,
-- maakt dat met een excuus niet ongedaan (het einde blijft begrensd).
meter "veiligheid" { label = "Hoe veilig Yara zich voelt", min = 0, max = 10, start = 3, visible = true }
meter "vertrouwen" { label = "Vertrouwen van vader", min = 0, max = 10, start = 4, visible = true }
-- Hoe vaak Yara merkte dat er over haar hoofd heen werd gepraat of voor haar
-- werd beslist. Verborgen voor studenten; bij 2 of meer voelt ze zich geen
-- eigenaar meer van de afspraken.
meter "gepasseerd" { label = "Yara voelt zich gepasseerd", min = 0, max = 3, start = 0, visible = false }

competency "kind_centraal" { label = "Het kind een stem geven", weight = 2 }
competency "lsd"           { label = "Luisteren, samenvatten, doorvragen (LSD)", weight = 1 }
competency "aansluiten"    { label = "Aansluiten bij de ouder", weight = 1 }
competency "afspraken"     { label = "Concrete afspraken met iedereen aan tafel", weight = 2 }
competency "professioneel" { label = "Professioneel samenwerken (IB'er, privacy)", weight = 1 }

-- Elke keuze waarbij de volwassenen over Yara praten of voor haar beslissen,
-- draagt het label "over_hoofd" en verhoogt de verborgen meter "gepasseerd".

-- Veiligheid en vertrouwen stijgen met 1, tot hooguit 8 en 7 (zie boven).
local function veiliger(s)
  if s.veiligheid < 8 then s.veiligheid = s.veiligheid + 1 end
end

local function warmer(s)
  if s.vertrouwen < 7 then s.vertrouwen = s.vertrouwen + 1 end
end


-- Vlaggen die alleen één tekst verderop kleuren, worden gewist zodra dat
-- stuk van het gesprek voorbij is, zodat de analyse klein blijft.
local function vergeet(...)
  local namen = { ... }
  return function(s)
    for _, n in ipairs(namen) do s.flags[n] = nil end
  end
end

local function yara_stemming(s)
  if s.veiligheid <= 2 then return "afwijzend" end
  if s.veiligheid <= 4 then return "verdrietig" end
  if s.veiligheid >= 7 then return "blij" end
  return "neutraal"
end

local function vader_stemming(s)
  if s.vertrouwen <= 2 then return "boos" end
  if s.vertrouwen <= 5 then return "gespannen" end
  return "neutraal"
end

---------------------------------------------------------------------------
-- Begin
---------------------------------------------------------------------------

node "binnenkomst" {
  text = "Woensdagmiddag, kwart over twee. De kinderen zijn naar huis. Aan de ronde tafel achter in het lokaal zit {kind} in het midden, haar vader links van haar en Mirjam rechts. {kind} heeft haar jas aangehouden en draait haar voorbereidingsformulier rond in haar handen. Meneer Haddad heeft zijn werkjas nog aan; om vier uur begint zijn dienst.",
  next = "vader_opent",
}

node "vader_opent" {
  speaker = "vader",
  mood = "gespannen",
  text = "Goedemiddag. (Hij kijkt opzij.) Nou, vertel het maar, {kind}. Waarom is je rekenwerk steeds niet af? (Tegen jou:) Of zal ik het zeggen? Ze zit thuis de hele avond op die tablet. Dát is het probleem.",
  choices = {
    {
      text = "Meneer Haddad, ik begrijp uw zorg. We zien inderdaad dat {kind}’s resultaten bij rekenen sinds de herfstvakantie achteruitgaan. Haar weektaak is drie weken niet af.",
      tags = { "over_hoofd" },
      effects = { veiligheid = -1, gepasseerd = 1 },
      effect = warmer,
      score = { kind_centraal = -2 },
      feedback = "Je sluit aan bij de vader, maar je praat over {kind} in de derde persoon terwijl ze naast je zit. Voor een kind van tien voelt dat als een gesprek óver haar, niet mét haar. En je begint met wat er mis is: zo bevestig je het beeld van de vader voordat {kind} iets heeft kunnen zeggen.",
      next = "over_het_hoofd",
    },
    {
      text = "Meneer Haddad, de tablet komt zeker aan bod. Maar eerst {kind}. {kind}, dit gesprek gaat over jou, dus we praten mét jou. Is dat goed?",
      tags = { "kind_centraal" },
      effect = function(s) veiliger(s); warmer(s) end,
      score = { kind_centraal = 2, aansluiten = 1 },
      feedback = "Sterk begin. Je erkent de zorg van de vader in één zin, zodat hij zich gehoord voelt, en je maakt meteen duidelijk wat {kind}’s rol is: zij is deelnemer, geen onderwerp. Dat is de basis van een driehoeksgesprek: het kind weet waarom het aan tafel zit en dat zijn stem telt.",
      next = "yara_eerste",
    },
    {
      text = "Zullen we beginnen met wat Mirjam heeft gezien? Mirjam, wil jij vertellen wat je bij de observatie zag?",
      tags = { "volwassenen_eerst" },
      effects = { veiligheid = -1 },
      score = { kind_centraal = -1 },
      feedback = "Begrijpelijk, want de observatie is concrete informatie. Maar zo praten eerst de volwassenen, en weet {kind} nog niet wat haar rol is. In een driehoeksgesprek krijgt het kind als eerste een plek; de observatie kan daarna, als aanvulling.",
      next = "ib_eerst",
    },
    {
      text = "{kind}, wat fijn dat je erbij bent. Hoe is het voor jou om hier te zitten?",
      tags = { "kind_centraal" },
      effect = veiliger,
      score = { kind_centraal = 1 },
      feedback = "Je richt je meteen tot {kind}, en dat is de kern van een driehoeksgesprek. Maar de vader stelde net een vraag en noemde zijn zorg; die laat je onbeantwoord. Eén zin naar hem (‘de tablet komt aan bod’) had hem ook een plek gegeven.",
      next = "yara_eerste",
    },
  },
}

node "over_het_hoofd" {
  speaker = "yara",
  mood = "verdrietig",
  text = "({kind} kijkt naar haar schoenen en trekt haar mouwen over haar handen. Haar vader knikt: ‘Precies.’ Mirjam kijkt even jouw kant op.)",
  choices = {
    {
      text = "{kind}, sorry, ik praat over je alsof je er niet bent. Jij zit hier niet voor niets. Hoe is rekenen op dit moment voor jou?",
      tags = { "kind_centraal", "herstel" },
      effect = veiliger,
      score = { kind_centraal = 2 },
      feedback = "Goed hersteld: je benoemt je eigen misser en richt je tot {kind} zelf. Omdat ze eerst hoorde dat het ‘slecht gaat’, zal ze wel wat voorzichtiger zijn. Het kost tijd om dat terug te winnen.",
      next = "yara_eerste",
    },
    {
      text = "Meneer Haddad, wat merkt u er thuis van?",
      tags = { "over_hoofd" },
      effects = { veiligheid = -1, gepasseerd = 1 },
      score = { kind_centraal = -1 },
      feedback = "Je blijft met de vader praten. Interesse in de thuissituatie is goed, maar {kind} verdwijnt nu helemaal uit beeld: ze is toeschouwer bij een gesprek over haarzelf. Mirjam gaf je met haar blik een seintje.",
      next = "vader_tablet",
    },
    {
      text = "{kind}, wat vind jij ervan?",
      tags = { "kind_centraal" },
      score = { kind_centraal = 1 },
      feedback = "Goed dat je je tot {kind} richt. Maar ‘ervan’ is wat de volwassenen net over haar zeiden: een vraag naar wat ze vindt van een beschuldiging is moeilijk te beantwoorden. Een vraag over hoe rekenen voor háár is, opent meer.",
      next = "yara_eerste",
    },
  },
}

node "ib_eerst" {
  speaker = "ib",
  mood = "neutraal",
  text = "Ik heb vorige week dinsdag een rekenles geobserveerd. Wat me opviel: {kind} luistert goed bij de instructie. Maar als ze zelfstandig moet werken, begint ze laat, gumt ze veel uit en kijkt ze vaak rond. Om hulp vragen zag ik haar niet. ({kind} schuift iets lager op haar stoel.)",
  choices = {
    {
      text = "Dank je, Mirjam. Dat zijn belangrijke observaties. {kind}, je hebt het gehoord. Wat vind je ervan?",
      tags = { "kind_centraal" },
      score = { kind_centraal = 1 },
      feedback = "Je geeft het woord aan {kind}, goed. Maar ‘wat vind je ervan’ na een rij observaties voelt voor een kind als een verhoor. Een concrete vraag (‘herken je dat?’) is makkelijker te beantwoorden.",
      next = "yara_herkent",
    },
    {
      text = "Dat zie ik in de klas ook. Ze is snel afgeleid en haar werk is vaak niet af.",
      tags = { "over_hoofd" },
      effects = { veiligheid = -2, gepasseerd = 1 },
      score = { kind_centraal = -2 },
      feedback = "Nu stapelen twee volwassenen ‘bewijs’ op tegenover {kind}. Zo voelt een kind zich beschuldigd, en het klapt dicht. Observaties zijn waardevol, maar leg ze voor aan het kind in plaats van ze te bevestigen.",
      next = "yara_dicht",
    },
    {
      text = "Dank je, Mirjam. {kind}, herken je dat, wat Mirjam zag?",
      tags = { "kind_centraal" },
      effect = veiliger,
      score = { kind_centraal = 2 },
      feedback = "Goed: je legt de observatie voor aan {kind} in plaats van haar als feit te nemen. Zo wordt zij de deskundige over haar eigen gedrag. En het is goede samenwerking met de IB'er: zij brengt informatie in, jij geeft die terug aan het kind.",
      next = "yara_herkent",
    },
    {
      text = "Dank je. Meneer Haddad, herkent u dat van thuis?",
      tags = { "over_hoofd" },
      effects = { gepasseerd = 1 },
      score = { kind_centraal = -1 },
      feedback = "Het is goed om de vader te betrekken, maar de observatie gaat over {kind}, en zij zit hier. Vraag eerst aan haar of ze het herkent; daarna kan de vader aanvullen.",
      next = "vader_tablet",
    },
  },
}

node "yara_herkent" {
  speaker = "yara",
  mood = yara_stemming,
  text = "Een beetje. (Stil.) Ik gum veel uit. Want het moet goed.",
  choices = {
    {
      text = "Je wilt het graag goed doen. Dat is knap, hoor.",
      tags = { "kind_centraal" },
      score = { kind_centraal = 1 },
      feedback = "Een vriendelijke samenvatting die haar inzet waardeert. Maar ‘het moet goed’ klinkt eerder als druk dan als ijver, en met een compliment sluit je dat af. Vraag door op wat zij bedoelt.",
      next = "yara_moeilijk",
    },
    {
      text = "Gummen hoeft helemaal niet, hoor. Fouten maken mag bij ons in de klas!",
      tags = { "oma" },
      effects = { veiligheid = -1 },
      score = { lsd = -1 },
      feedback = "Een geruststelling met een advies erin (OMA). Goedbedoeld, maar je praat eroverheen: ‘het moet goed’ is een belangrijke aanwijzing voor wat {kind} voelt. Door meteen te zeggen dat het niet hoeft, hoor je niet meer waaróm zij denkt dat het wel moet.",
      next = "yara_dicht",
    },
    {
      text = "‘Het moet goed’... Hoe bedoel je?",
      tags = { "lsd", "kind_centraal" },
      effect = veiliger,
      score = { lsd = 1, kind_centraal = 1 },
      feedback = "Mooi: je herhaalt haar eigen woorden (echoën) en vraagt open door. Kinderen vertellen meer als ze merken dat hun woorden ertoe doen.",
      next = "yara_moeilijk",
    },
  },
}

---------------------------------------------------------------------------
-- Yara aan het woord
---------------------------------------------------------------------------

node "yara_eerste" {
  speaker = "yara",
  mood = yara_stemming,
  text = "(Ze haalt haar schouders op.) Weet ik niet.",
  -- Wachten is hier goed: ‘weet ik niet’ betekent bij kinderen vaak dat ze
  -- nog zoeken of niet weten of het veilig is.
  timeout = {
    seconds = 15,
    next = "yara_stilte",
    score = { kind_centraal = 1 },
    tags = { "stilte" },
    feedback = "Goed: je liet de stilte bestaan en keek {kind} vriendelijk aan. ‘Weet ik niet’ betekent bij kinderen vaak: ‘ik weet niet of het veilig is om het te zeggen’ of ‘ik weet niet hoe ik moet beginnen’. Wie dan wacht, zonder aan te dringen, geeft het kind de tijd.",
  },
  choices = {
    {
      text = "Dat is niet erg, hoor. Veel kinderen vinden het spannend om hier te zitten, met al die grote mensen. Zal ik eerst iets vertellen over wat ik in de klas zie?",
      tags = { "over_hoofd" },
      effects = { gepasseerd = 1 },
      score = { kind_centraal = -1 },
      feedback = "Vriendelijk, en je benoemt terecht dat het spannend is. Maar daarna neem je het woord over: {kind} hoeft nu niets meer te zeggen, en wat volgt is jouw beeld van haar. Geef haar eerst tijd, of maak de vraag makkelijker.",
      next = "vader_tablet",
    },
    {
      text = "Kom op, {kind}, je weet het vast wel. Je kunt het gewoon zeggen, hoor.",
      tags = { "druk" },
      effects = { veiligheid = -2 },
      score = { kind_centraal = -1 },
      feedback = "Aandringen voelt voor een kind als druk, zeker met drie volwassenen aan tafel. ‘Weet ik niet’ betekent bij kinderen vaak: ‘ik weet niet of het veilig is om het te zeggen’ of ‘ik weet niet hoe ik het moet zeggen’. Wachten, of de vraag makkelijker maken, werkt beter.",
      next = "yara_dicht",
    },
    {
      text = "Dan maak ik het makkelijker. Als je rekenen een cijfer geeft van 1 tot 10, hoe leuk vind je het nu?",
      tags = { "kind_centraal", "schaalvraag" },
      effect = veiliger,
      score = { kind_centraal = 1 },
      feedback = "Een schaalvraag: concreet en makkelijk te beantwoorden voor een kind dat niet weet hoe het moet beginnen. Goed. Iets langer wachten was ook een mooie keuze geweest; soms heeft een kind alleen wat tijd nodig.",
      next = "schaalvraag",
    },
    {
      text = "Geeft niks. Meneer Haddad, wat merkt u er thuis van?",
      tags = { "over_hoofd" },
      effects = { veiligheid = -1, gepasseerd = 1 },
      score = { kind_centraal = -2 },
      feedback = "Na één ‘weet ik niet’ ga je al naar de vader. Zo leert {kind}: als ik niks zeg, praten de grote mensen wel. Geef een kind meer tijd, of een makkelijkere vraag.",
      next = "vader_tablet",
    },
  },
}

node "yara_stilte" {
  speaker = "yara",
  mood = "verdrietig",
  text = "(Je zegt niets en kijkt {kind} vriendelijk aan. Haar vader wil iets zeggen, maar Mirjam legt even haar hand op tafel: wacht. {kind} plukt aan haar mouw. Dan, zacht:) Rekenen is gewoon stom. Ik snap het niet meer.",
  choices = {
    {
      text = "Ach, dat valt vast mee. Je bent hartstikke slim, dat weet ik zeker.",
      tags = { "oma" },
      effects = { veiligheid = -1 },
      score = { kind_centraal = -1 },
      feedback = "Geruststellen (OMA) voelt aardig, maar {kind} hoort: ‘wat jij voelt, klopt niet’. Ze had net de moed gevonden om iets te zeggen. Neem haar woorden serieus en vraag door.",
      next = "yara_dicht",
    },
    {
      text = "Je snapt het niet meer...",
      tags = { "lsd", "kind_centraal", "stilte" },
      effect = veiliger,
      score = { kind_centraal = 2, lsd = 1 },
      feedback = "Mooi. Je liet de stilte bestaan, waardoor {kind} zelf begon te praten, en nu herhaal je haar woorden zonder er iets aan toe te voegen. ‘Niet meer’ is belangrijk: vroeger snapte ze het dus wel.",
      next = "yara_moeilijk",
    },
    {
      text = "Wat snap je niet meer? Breuken?",
      tags = { "inhoud" },
      score = { kind_centraal = 1 },
      feedback = "Je vraagt door, en dat is goed, maar meteen inhoudelijk en gesloten. Zo maak je er een rekenprobleem van, terwijl er misschien meer speelt. Haar woorden herhalen (‘je snapt het niet meer...’) laat meer ruimte.",
      next = "inhoud",
    },
  },
}

node "schaalvraag" {
  speaker = "yara",
  mood = yara_stemming,
  text = "Een... vier. (Ze kijkt snel naar haar vader.)",
  choices = {
    {
      text = "Een vier, dat is wel laag! Hoe komt dat?",
      tags = { "oordeel" },
      effects = { veiligheid = -1 },
      score = { lsd = -1 },
      feedback = "‘Dat is laag’ is een oordeel, en ‘hoe komt dat?’ klinkt voor een kind al snel als ‘wat doe je verkeerd?’. Ze keek net naar haar vader: ze is bang voor afkeuring. Vraag liever naar wat er wél goed gaat.",
      next = "yara_moeilijk",
    },
    {
      text = "Een vier. En wat maakt dat het een vier is, en geen twee?",
      tags = { "lsd", "kind_centraal" },
      effect = veiliger,
      score = { kind_centraal = 1, lsd = 1 },
      feedback = "Een oplossingsgerichte doorvraag: je zoekt naar wat er wél werkt. Zo blijft het gesprek veilig voor {kind}, en je hoort wat haar nu al helpt.",
      next = "yara_moeilijk",
    },
    {
      text = "Meneer Haddad, had u dat verwacht?",
      tags = { "over_hoofd" },
      effects = { veiligheid = -1, gepasseerd = 1 },
      score = { kind_centraal = -1 },
      feedback = "{kind} kijkt naar haar vader, en jij gaat met hém verder. Zo wordt haar antwoord iets waar de volwassenen over praten. Blijf bij {kind}; de vader kan straks aanvullen.",
      next = "vader_tablet",
    },
    {
      text = "Een vier. Je keek net naar je vader. Je mag hier gewoon zeggen wat je echt vindt, hoor.",
      tags = { "kind_centraal" },
      score = { kind_centraal = 1 },
      feedback = "Goed gezien dat ze naar haar vader keek, en je geeft haar toestemming om eerlijk te zijn. Maar door die blik hardop te benoemen, met haar vader ernaast, maak je het ook spannender. Een doorvraag over de vier zelf was veiliger geweest.",
      next = "yara_moeilijk",
    },
  },
}

node "inhoud" {
  speaker = "yara",
  set = { breuken_genoemd = true },
  mood = yara_stemming,
  text = "Breuken. Met die streep. (Ze zucht.) Iedereen snapt het, behalve ik.",
  choices = {
    {
      text = "Breuken, ja. Wat doe je als je zo’n som niet snapt?",
      tags = { "lsd" },
      score = { lsd = 1 },
      feedback = "Een open vraag naar wat ze doet: goed, zo kom je bij wat er in de les gebeurt. Maar je stapt over het gevoel heen dat ze net uitsprak: ‘iedereen, behalve ik’.",
      next = "uitzondering",
    },
    {
      text = "‘Iedereen snapt het, behalve ik’... Hoe is dat voor je?",
      tags = { "lsd", "kind_centraal" },
      effect = veiliger,
      score = { kind_centraal = 1, lsd = 1 },
      feedback = "Goed: je pakt de zin met het gevoel erin op, en niet de breuken. Zo kom je bij wat {kind} bezighoudt.",
      next = "uitzondering",
    },
    {
      text = "Breuken zijn ook lastig. Ik leg ze na schooltijd nog een keer aan je uit, goed?",
      tags = { "oma", "over_hoofd" },
      effects = { gepasseerd = 1 },
      score = { kind_centraal = -1 },
      feedback = "Een vriendelijk aanbod, maar je lost het op voordat je weet wat er speelt, en je beslist voor {kind}. Ze zei net ‘iedereen snapt het, behalve ik’: daar zit het gevoel waar je op kunt doorvragen.",
      next = "vader_tablet",
    },
  },
}

node "yara_moeilijk" {
  speaker = "yara",
  mood = yara_stemming,
  text = function(s)
    if s.veiligheid >= 5 then
      return "Als het aan de instructietafel wordt uitgelegd, snap ik het. Echt. Maar als ik het daarna zelf moet doen, weet ik het ineens niet meer. En dan durf ik het niet te vragen."
    end
    return "(Ze haalt haar schouders op.) Gewoon. Ik snap het niet."
  end,
  choices = {
    {
      text = "Je durft het niet te vragen...",
      when = function(s) return s.veiligheid >= 5 end,
      tags = { "lsd", "kind_centraal" },
      effect = veiliger,
      score = { kind_centraal = 1, lsd = 2 },
      feedback = "Precies het goede stukje: je echoot de zin met de meeste lading. Met één korte zin nodig je {kind} uit om door te gaan, zonder haar een richting op te duwen.",
      next = "durf_niet",
    },
    {
      text = "Oké. Dan ga ik de breuken na schooltijd nog een keer met je doornemen.",
      tags = { "oma", "over_hoofd" },
      effects = { gepasseerd = 1 },
      score = { kind_centraal = -1, lsd = -2 },
      feedback = "Een aanbod met goede bedoelingen, maar je lost het op voordat je weet wat er aan de hand is, en je beslist voor {kind}. Vraag eerst door: waaróm loopt ze vast?",
      next = "vader_tablet",
    },
    {
      text = "Dat herken ik van meer kinderen: de uitleg snappen en dan zelf vastlopen. Waarom durf je het dan niet te vragen?",
      when = function(s) return s.veiligheid >= 5 end,
      tags = { "lsd" },
      score = { lsd = 1 },
      feedback = "Je pakt het belangrijke stuk op: ze durft het niet te vragen. Maar ‘dat herken ik van meer kinderen’ maakt haar verhaal algemeen, en een waarom-vraag voelt voor een kind al snel als een verwijt. Haar woorden herhalen is veiliger.",
      next = "durf_niet",
    },
    {
      text = "Oké. Zijn er ook momenten dat je het wél een beetje snapt?",
      when = function(s) return s.veiligheid < 5 end,
      tags = { "lsd", "kind_centraal" },
      effect = veiliger,
      score = { kind_centraal = 1, lsd = 1 },
      feedback = "Een uitzonderingsvraag: je zoekt naar de momenten waarop het wél lukt. Voor een kind dat weinig zegt is dat makkelijker te beantwoorden dan ‘waarom niet?’, en het levert vaak het belangrijkste op.",
      next = "uitzondering",
    },
  },
}

node "uitzondering" {
  speaker = "yara",
  mood = yara_stemming,
  text = function(s)
    if s.flags.breuken_genoemd then
      return "Stom. Als ik vastzit, ga ik maar gummen. Vragen durf ik niet."
    end
    return "Aan de instructietafel. Als het daar nog een keer wordt uitgelegd. Maar daar mag je alleen heen als je je vinger opsteekt. En dat durf ik niet."
  end,
  choices = {
    {
      text = "Je mag altijd je vinger opsteken, hoor! Daar is niks mis mee.",
      tags = { "oma" },
      effects = { veiligheid = -1 },
      score = { kind_centraal = -1 },
      feedback = "Je geeft een advies (OMA) en slaat over wat ze net zei: ze dúrft het niet. Dat ze het mag, weet ze allang. De vraag is wat haar tegenhoudt.",
      next = "yara_dicht",
    },
    {
      text = "Dat durf je niet...",
      tags = { "lsd", "kind_centraal" },
      effect = veiliger,
      score = { lsd = 1, kind_centraal = 1 },
      feedback = "Goed: echoën. Je laat {kind} zelf kiezen of ze verder vertelt, en je laat merken dat je het belangrijke woord hebt gehoord.",
      next = "durf_niet",
    },
    {
      text = "Wat houdt je tegen?",
      tags = { "lsd" },
      score = { lsd = 1 },
      feedback = "Een open vraag op het goede punt. Alleen is ‘wat houdt je tegen?’ voor een kind van tien soms moeilijk te beantwoorden; haar eigen woorden herhalen geeft haar meer ruimte om zelf verder te vertellen.",
      next = "durf_niet",
    },
  },
}

node "durf_niet" {
  speaker = "yara",
  mood = "verdrietig",
  -- Vertellen alleen maakt haar nog niet veiliger: dat hangt af van hoe de
  -- volwassenen nu reageren.
  effect = vergeet("breuken_genoemd"),
  text = function(s)
    local t = "Een keer heb ik het gevraagd. Toen zei iemand aan mijn tafel: ‘Dat snapt toch iedereen.’ En toen moest de hele tafel lachen. (Ze kijkt naar haar handen.) Sindsdien vraag ik het niet meer."
    if s.flags.briefje_geschreven then t = "(Zachtjes.) " .. t end
    return t
  end,
  next = "vader_schrikt",
}

node "vader_schrikt" {
  speaker = "vader",
  effect = vergeet("briefje_geschreven"),
  mood = "boos",
  text = "Wát? Wie was dat? Ik wil die naam weten. En waarom hoor ik dit nu pas? Wat doet de school eraan?",
  -- Zwijgen kost hier: de vader vraagt boos wat de school doet, en {kind}
  -- kijkt naar jou.
  timeout = {
    seconds = 15,
    next = "escalatie",
    score = { aansluiten = -1 },
    effects = { vertrouwen = -1 },
    set = { geen_antwoord = true },
    tags = { "stilte" },
    feedback = "Je zweeg, terwijl de vader boos vroeg wat de school doet. Zijn boosheid is schrik; stilte klinkt voor hem als ‘niets’. En {kind} ziet dat haar verhaal een volwassene met zijn mond vol tanden laat staan. Een korte erkenning en wat jíj gaat doen, was hier nodig.",
  },
  choices = {
    {
      text = "Ik snap dat u schrikt. Ik pak het op in de klas, en ik laat u binnen twee weken weten wat ik heb gedaan.",
      tags = { "aansluiten" },
      effect = warmer,
      score = { aansluiten = 1, professioneel = 1 },
      feedback = "Je erkent de schrik en zegt wat jij gaat doen, met een termijn: sterk. Maar {kind}, die net haar moeilijkste verhaal vertelde, komt er niet aan te pas. Een woord naar haar (‘knap dat je het vertelt’) had haar laten merken dat eerlijk zijn geen ruzie oplevert.",
      next = "yara_opgelucht",
    },
    {
      text = "Dat was vast Bram, die zit naast haar. Ik zal hem morgen aanspreken.",
      tags = { "privacy" },
      effect = warmer,
      score = { professioneel = -3 },
      feedback = "Je noemt de naam van een ander kind, en dat nog op basis van een vermoeden. Dat mag niet: ook andere kinderen hebben recht op privacy, en je zet de vader ertoe aan het zelf te gaan oplossen. Praat in een oudergesprek nooit over een ander kind; vertel wat jíj gaat doen.",
      next = "naam_genoemd",
    },
    {
      text = "Rustig aan, meneer Haddad. Zo komen we niet verder.",
      tags = { "tegen" },
      effects = { vertrouwen = -2 },
      score = { aansluiten = -2 },
      feedback = "Je zet jezelf ‘boven’ de vader en gaat ‘tegen’ hem in (Roos van Leary). Boosheid op zo’n moment is vaak schrik en zorg. Wie zo’n ouder corrigeert, maakt hem bozer, en {kind} ziet dat haar verhaal ruzie oplevert.",
      next = "escalatie",
    },
    {
      text = "Ik snap dat u schrikt; ik schrik er ook van. Over andere kinderen zeg ik niets, maar ik pak dit op in de klas. (Tegen {kind}:) Knap dat je dit vertelt.",
      tags = { "kind_centraal", "ik-boodschap" },
      effect = function(s) warmer(s); veiliger(s) end,
      score = { aansluiten = 2, professioneel = 2, kind_centraal = 1 },
      feedback = "Sterk. Je erkent de schrik van de vader met een ik-boodschap (‘ik schrik er ook van’), je bent helder over de grens (geen andere kinderen), je zegt wat je zelf gaat doen, en je geeft {kind} erkenning. Zo blijf je ‘samen’ op de Roos van Leary.",
      next = "yara_opgelucht",
    },
    {
      text = "Dat kan ik me eigenlijk niet voorstellen. In mijn klas lachen we elkaar niet uit.",
      tags = { "verdedigen", "over_hoofd" },
      effects = { veiligheid = -3, vertrouwen = -2, gepasseerd = 1 },
      score = { kind_centraal = -2, aansluiten = -1 },
      feedback = "Je verdedigt je klas, maar zegt daarmee tegen {kind}: ‘wat jij vertelt, klopt niet’. Ze had net haar moeilijkste verhaal verteld. Een kind dat zo’n reactie krijgt, vertelt de volgende keer niets meer.",
      next = "yara_dicht",
    },
  },
}

node "naam_genoemd" {
  speaker = "ib",
  mood = "gespannen",
  text = "(Ze kijkt je kort aan.) Over andere kinderen praten we in dit gesprek niet. Dat geldt voor alle kinderen, ook voor {kind} als er elders over haar gepraat wordt. (Meneer Haddad pakt zijn telefoon: ‘Dan bel ik vanavond die ouders zelf wel.’)",
  choices = {
    {
      text = "Nee, dat moet u echt niet doen. Dat maakt het alleen maar erger.",
      tags = { "grens" },
      effects = { vertrouwen = -1 },
      score = { professioneel = 1 },
      feedback = "Je houdt de vader terecht tegen: als ouders elkaar bellen over een ruzie tussen kinderen, loopt het vaak uit de hand. Maar je zegt het als een verbod, zonder je eigen fout te erkennen en zonder te zeggen wat de school dan wél doet.",
      next = "escalatie",
    },
    {
      text = "Mirjam heeft gelijk; die naam had ik niet mogen noemen. Wilt u het aan ons laten? Ik pak het op en laat u binnen twee weken weten hoe het gaat.",
      tags = { "herstel" },
      effect = warmer,
      score = { professioneel = 1, aansluiten = 1 },
      feedback = "Goed hersteld: je erkent je fout, bent helder over wie wat doet en belooft een terugkoppeling binnen twee weken. Zo voorkom je dat de vader het zelf gaat oplossen, wat het voor {kind} vaak erger maakt. De naam is wel genoemd; dat maak je niet meer ongedaan.",
      next = "yara_opgelucht",
    },
    {
      text = "Dat is natuurlijk uw goed recht.",
      tags = { "passief" },
      effects = { vertrouwen = -1 },
      set = { ouders_bellen = true },
      score = { professioneel = -1 },
      feedback = "Je laat de vader een weg inslaan die het voor {kind} waarschijnlijk erger maakt: als ouders elkaar bellen over een conflict tussen kinderen, loopt het vaak uit de hand. Dit is bij uitstek iets wat de school oppakt.",
      next = "escalatie",
    },
  },
}

node "escalatie" {
  speaker = "vader",
  mood = "boos",
  text = function(s)
    if s.visits.escalatie > 1 then
      return "Zie je wel. Het is hier altijd hetzelfde. (Hij schuift zijn stoel naar achteren.)"
    end
    local begin = ""
    if s.flags.geen_antwoord then begin = "(Hij wacht op een antwoord, maar dat komt niet.) " end
    return begin .. "Ik word hier niet rustig van! Ik doe alles alleen. Ik werk tot elf uur ’s avonds, {broer} moet op haar letten, en dan hoor ik hier dat ze wordt uitgelachen, en dat het aan die tablet ligt. Alsof het mijn schuld is."
  end,
  choices = {
    {
      text = "Ik begrijp dat het zwaar is, maar we zijn hier voor {kind}. Laten we rustig kijken wat we samen kunnen afspreken, dan bent u ook op tijd op uw werk.",
      tags = { "tegen" },
      effects = { vertrouwen = -1 },
      score = { aansluiten = -1 },
      feedback = "Je probeert de-escaleren door naar de taak te gaan, maar ‘maar we zijn hier voor {kind}’ zegt tegen de vader dat zijn gevoel er niet bij hoort. Hij zei net dat het voelt alsof het zijn schuld is: dat verdient eerst erkenning.",
      next = function(s)
        if s.visits.durf_niet > 0 then return "yara_opgelucht" end
        return "yara_tablet"
      end,
    },
    {
      text = "U doet heel veel alleen. En dan voelt het alsof u er ook nog de schuld van krijgt.",
      tags = { "lsd", "gordon" },
      effect = warmer,
      score = { aansluiten = 2 },
      feedback = "Actief luisteren volgens Gordon: je benoemt het gevoel achter de boosheid, zonder je te verdedigen. Dat haalt vaak meteen de spanning weg. Het is geen instemming, wel erkenning.",
      next = "vader_zakt",
    },
    {
      text = "Niemand zegt dat het uw schuld is, meneer Haddad. Echt niet.",
      tags = { "geruststellen" },
      score = { aansluiten = 1 },
      feedback = "Geruststellend, en het is waar. Maar je spreekt zijn gevoel tegen in plaats van het te erkennen. ‘Het voelt alsof u de schuld krijgt’ laat hem merken dat je hem hoort; ‘niemand zegt dat’ laat hem alleen met dat gevoel.",
      next = "vader_zakt",
    },
    {
      text = "Als u zo blijft praten, moeten we het gesprek stoppen.",
      tags = { "tegen" },
      effects = { vertrouwen = -3 },
      score = { aansluiten = -2 },
      feedback = "Een grens stellen mag bij echte agressie, maar deze vader is vooral bang en moe. Met een dreigement ga je ‘boven-tegen’ zitten. Het gesprek strandt, en {kind} gaat naar huis met het gevoel dat het haar schuld is.",
      next = "einde_afgebroken",
    },
  },
}

node "vader_zakt" {
  effect = vergeet("geen_antwoord"),
  speaker = "vader",
  mood = "verdrietig",
  text = "(Hij zucht en wrijft over zijn gezicht.) Sorry. Ik wil gewoon dat het goed gaat met haar. Ik sta er alleen voor, weet u. (Hij legt zijn hand op {kind}’s schouder.)",
  next = function(s)
    if s.visits.durf_niet > 0 then return "yara_opgelucht" end
    return "yara_tablet"
  end,
}

node "vader_tablet" {
  speaker = "vader",
  mood = vader_stemming,
  text = "Thuis zit ze de hele avond op die tablet. Ik werk tot elf uur, dus ik zie het pas als ik thuiskom. Dan ligt haar rekenschrift nog dicht. De school moet strenger zijn met dat huiswerk.",
  choices = {
    {
      text = "Daar heeft u gelijk in. Schermtijd beperken zou echt helpen: na het eten de tablet weg, en pas terug als het huiswerk af is. Dat werkt bij veel kinderen goed.",
      tags = { "oma", "over_hoofd" },
      effects = { veiligheid = -2, gepasseerd = 1 },
      effect = warmer,
      score = { kind_centraal = -2 },
      feedback = "Je kiest de kant van de vader en geeft een advies over {kind}’s hoofd heen. Ze hoort twee volwassenen bepalen wat er met haar tablet gebeurt, zonder dat iemand haar vraagt waarom ze erop zit.",
      next = "yara_dicht",
    },
    {
      text = "{kind}, klopt dat, van die tablet?",
      tags = { "kind_centraal" },
      effects = { vertrouwen = -1 },
      score = { kind_centraal = 1 },
      feedback = "Goed dat je het bij {kind} neerlegt. Maar je slaat de zorg van de vader over, en ‘klopt dat?’ vraagt haar om haar vader tegen te spreken. Eerst zijn zorg kort samenvatten, dan een open vraag aan haar, werkt beter.",
      next = "yara_tablet",
    },
    {
      text = "U maakt zich zorgen, en u wilt dat het goed gaat met haar. (Tegen {kind}:) {kind}, je vader noemt de tablet. Hoe zie jij dat?",
      tags = { "lsd", "kind_centraal" },
      effect = function(s) warmer(s); veiliger(s) end,
      score = { lsd = 2, kind_centraal = 1 },
      feedback = "Goed. Je vat de zorg achter de klacht samen (niet de klacht zelf) en je legt het onderwerp bij {kind} neer. Zo voelt de vader zich gehoord en krijgt {kind} haar stem terug.",
      next = "yara_tablet",
    },
    {
      text = "Strenger worden helpt meestal niet. Ze moet rekenen juist weer leuk gaan vinden.",
      tags = { "oordeel", "tegen" },
      effects = { vertrouwen = -2 },
      score = { aansluiten = -2 },
      feedback = "Misschien waar, maar zo geef je de vader ongelijk (een oordeel, de O van OMA). Hij voelt zich terechtgewezen, en {kind} ziet haar vader en haar leraar tegenover elkaar staan.",
      next = "escalatie",
    },
  },
}

node "yara_tablet" {
  effect = vergeet("geen_antwoord"),
  speaker = "yara",
  mood = yara_stemming,
  text = "Op de tablet doe ik ook Rekentuin, hoor. (Ze kijkt naar haar vader.) Maar het huiswerk snap ik niet, en {broer} kan het ook niet uitleggen. En op school durf ik het niet te vragen.",
  choices = {
    {
      text = "Rekentuin, goed zeg. En het huiswerk snap je niet. Wat doe je dan?",
      tags = { "lsd" },
      score = { lsd = 1 },
      feedback = "Je vat het eerste deel samen en vraagt open door: goed. Maar het belangrijkste zinnetje, bijna terloops aan het eind, laat je liggen: ‘op school durf ik het niet te vragen’.",
      next = "overgang",
    },
    {
      text = "Op school durf je het niet te vragen?",
      tags = { "lsd", "kind_centraal" },
      effect = veiliger,
      score = { kind_centraal = 1, lsd = 1 },
      feedback = "Goed gehoord. Van alles wat {kind} zegt, pak je precies het zinnetje op dat ze er als laatste, bijna terloops, aan toevoegt. Vaak zit daar de kern.",
      next = "durf_niet",
    },
    {
      text = "Dus de tablet is niet het probleem, maar het huiswerk. Dan geef ik je voortaan minder rekenhuiswerk mee.",
      tags = { "oma" },
      score = { kind_centraal = -1 },
      feedback = "Je vat de helft samen en springt dan naar een oplossing (OMA). Het belangrijkste zinnetje laat je liggen: ‘op school durf ik het niet te vragen’.",
      next = "overgang",
    },
  },
}

node "yara_dicht" {
  speaker = "yara",
  mood = "afwijzend",
  effect = function(s) s.flags.dicht_keer = math.min(2, (s.flags.dicht_keer or 0) + 1) end,
  text = function(s)
    if s.flags.dicht_keer > 1 then
      return "({kind} zegt niets meer. Ze staart naar het tafelblad.)"
    end
    return "({kind} haalt haar schouders op en trekt de capuchon van haar jas half over haar hoofd. Ze zegt niets meer. Mirjam kijkt je even aan.)"
  end,
  choices = {
    {
      text = "Nou, dan gaan we maar kijken welke afspraken we kunnen maken.",
      tags = { "over_hoofd" },
      effects = { gepasseerd = 1 },
      score = { kind_centraal = -1 },
      feedback = "Je gaat door zonder {kind}. De afspraken die nu volgen, worden afspraken óver haar. De kans is groot dat ze zich er niet aan gebonden voelt.",
      next = "overgang",
    },
    {
      text = "{kind}, ik merk dat het lastig is om hier te praten, met zoveel grote mensen om je heen. Wil je het misschien opschrijven? Dan lees ik het.",
      when = function(s) return not s.flags.briefje_geschreven and s.visits.durf_niet == 0 end,
      tags = { "kind_centraal", "herstel" },
      effect = veiliger,
      score = { kind_centraal = 1 },
      feedback = "Een mooie andere route: je benoemt wat je ziet, zonder verwijt, en je biedt een andere manier om iets te zeggen. Voor sommige kinderen is schrijven veel veiliger dan praten, zeker met drie volwassenen aan tafel.",
      next = "briefje",
    },
    {
      text = "{kind}, sorry. Dat was niet eerlijk van mij. Ik geloof je.",
      when = function(s) return s.visits.durf_niet > 0 end,
      tags = { "kind_centraal", "herstel" },
      effect = veiliger,
      score = { kind_centraal = 2 },
      feedback = "Goed dat je het terugneemt, kort en duidelijk. Een kind dat zich niet geloofd voelt, heeft een volwassene nodig die zijn fout erkent. Het vertrouwen is nog niet terug, maar de deur staat weer op een kier.",
      next = "yara_opgelucht",
    },
    {
      text = "{kind}, je hoeft niks te zeggen als je dat niet wilt, hoor.",
      tags = { "kind_centraal" },
      score = { kind_centraal = 1 },
      feedback = "Vriendelijk: je haalt de druk weg. Maar je biedt geen andere weg om toch iets te zeggen, en het gesprek gaat verder zonder haar. Een briefje, een tekening of een keuze uit een paar antwoorden had haar een stem gegeven.",
      next = "overgang",
    },
  },
}

node "briefje" {
  set = { briefje_geschreven = true },
  text = "{kind} pakt haar voorbereidingsformulier en schrijft iets bij ‘Wat wil ik vragen?’. Ze schuift het naar je toe. In haar ronde letters staat: ‘Ik snap het als het wordt uitgelegd. Daarna niet meer. En ik durf het niet te vragen want dan lachen ze.’",
  choices = {
    {
      text = "(Je leest het en knikt.) Dank je wel, {kind}. Wil je vertellen wat er gebeurde toen je het vroeg?",
      tags = { "lsd", "kind_centraal" },
      score = { lsd = 1 },
      feedback = "Goed: je bedankt haar, leest het voor jezelf en nodigt haar uit om zelf verder te vertellen. Ze weet alleen nog niet wat er met haar briefje gebeurt; dat had je haar kunnen vragen.",
      next = "durf_niet",
    },
    {
      text = "(Je leest het hardop voor aan haar vader en Mirjam.)",
      tags = { "over_hoofd" },
      effects = { veiligheid = -2, gepasseerd = 1 },
      score = { kind_centraal = -2 },
      feedback = "{kind} schreef het juist op omdat hardop zeggen te spannend was, en nu lees jij het voor alsof het een mededeling is. Vraag altijd eerst aan het kind wat er met haar briefje mag gebeuren.",
      next = "durf_niet",
    },
    {
      text = "Dank je wel, {kind}. Mag ik dit aan je vader en Mirjam laten lezen, of wil je het zelf vertellen?",
      tags = { "kind_centraal" },
      effect = veiliger,
      score = { kind_centraal = 1, lsd = 1 },
      feedback = "Precies goed: je vraagt {kind} wat er met haar briefje mag gebeuren. Zij houdt de regie over haar eigen verhaal, en daardoor durft ze het daarna vaak zelf te vertellen.",
      next = "durf_niet",
    },
  },
}

node "yara_opgelucht" {
  effect = vergeet("geen_antwoord"),
  speaker = "yara",
  mood = yara_stemming,
  text = function(s)
    if s.veiligheid >= 6 then
      return "(Ze kijkt op.) Ik dacht dat ik op mijn kop zou krijgen. (Een klein lachje.) Het is wel fijn dat het eruit is."
    end
    return "(Ze haalt haar schouders op.) Gaat wel."
  end,
  next = "overgang",
}

node "overgang" {
  effect = vergeet("dicht_keer", "breuken_genoemd", "briefje_geschreven", "geen_antwoord"),
  text = "Mirjam kijkt op de klok: nog een kwartier. Tijd om samen te vatten en naar afspraken toe te werken. Wat zeg je?",
  choices = {
    {
      text = "Meneer Haddad, even samengevat wat we hebben gehoord: {kind} snapt de uitleg wel, maar bij het zelfstandig werken loopt ze vast, en sinds dat voorval in de klas durft ze geen hulp meer te vragen.",
      when = function(s) return s.visits.durf_niet > 0 end,
      tags = { "over_hoofd", "samenvatten" },
      effects = { gepasseerd = 1 },
      score = { lsd = 1, kind_centraal = -1 },
      feedback = "Inhoudelijk een goede samenvatting, maar je vertelt het aan de vader, in de derde persoon, terwijl {kind} ernaast zit. Vat samen tegen {kind} zelf; dan kan zij zeggen of het klopt.",
      next = "afspraken_start",
    },
    {
      text = "{kind}, klopt dit? Je snapt het als het wordt uitgelegd. Maar als je zelf aan de slag gaat, loop je vast. En sinds ze lachten, durf je niets meer te vragen.",
      when = function(s) return s.visits.durf_niet > 0 end,
      tags = { "samenvatten", "kind_centraal" },
      effect = function(s) veiliger(s); warmer(s) end,
      score = { kind_centraal = 2, lsd = 2 },
      feedback = "Een sterke samenvatting, in {kind}’s eigen woorden en tegen haar gericht, met een checkvraag. Zo hoort ook de vader wat er speelt, zonder dat er over {kind} heen gepraat wordt.",
      next = "afspraken_start",
    },
    {
      text = "{kind}, je hebt veel verteld. Dank je wel dat je zo eerlijk was.",
      when = function(s) return s.visits.durf_niet > 0 end,
      tags = { "kind_centraal" },
      score = { kind_centraal = 1 },
      feedback = "Een warme erkenning voor {kind}, en die verdient ze. Maar je vat niet samen wat ze vertelde: niemand aan tafel weet nu of jullie hetzelfde hebben gehoord, en zij hoort niet terug dat ze begrepen is.",
      next = "afspraken_start",
    },
    {
      text = "{kind}, klopt het als ik zeg: rekenen is op dit moment moeilijk, en thuis lukt het huiswerk ook niet goed?",
      when = function(s) return s.visits.durf_niet == 0 end,
      tags = { "samenvatten", "kind_centraal" },
      score = { kind_centraal = 1, lsd = 1 },
      feedback = "Je vat samen bij {kind} zelf, goed. Maar je hebt nog niet gehoord wat haar echt tegenhoudt, dus de afspraken blijven waarschijnlijk aan de oppervlakte.",
      next = "afspraken_start",
    },
    {
      text = "Laten we meteen afspraken maken, dan zijn we op tijd klaar.",
      tags = { "haast" },
      score = { lsd = -1 },
      feedback = "Je slaat de samenvatting over. Daardoor weet niemand aan tafel of jullie hetzelfde beeld hebben, en mist {kind} het moment waarop ze hoort dat ze begrepen is.",
      next = "afspraken_start",
    },
  },
}

include "deel2.lua"

---------------------------------------------------------------------------
-- Testplannen (keuzes genummerd zoals de student ze ziet; Verder telt niet)
---------------------------------------------------------------------------

-- Beste pad: eerst Yara, de stilte laten staan (t), echoën, de vader
-- erkennen zonder een ander kind te noemen, samenvatten tegen Yara, haar
-- eigen idee uitwerken, de vader laten meedenken, een datum met de IB'er,
-- samenvatten, en Yara haar kaartje laten tekenen.
plan "beste_pad" {
  choices = "2,t,2,1,4,2,3,2,3,2,2,3,3,3",
  ending = "einde_samen_sterk",
  outcome = "good",
  grade = "goed",
  overall = 0.98,
  scores = { kind_centraal = 18, lsd = 7, aansluiten = 6, afspraken = 9, professioneel = 3 },
}

-- Twee stiltes die kosten: de boze vader krijgt geen antwoord (hij zegt er
-- iets van) en de vraag wat hij thuis moet doen blijft hangen, zodat hij
-- zelf de tablet afpakt (de tekst weet waarom).
plan "stiltes_bij_de_vader" {
  choices = "2,t,2,1,t,2,2,3,2,3,t,3,2,3,3,3",
  ending = "einde_samen_sterk",
  grade = "voldoende",
  overall = 0.787,
}

-- Yara klapt dicht na 'bewijs' van twee volwassenen, schrijft het op, en
-- mag zelf kiezen wat er met haar briefje gebeurt.
plan "briefje" {
  choices = "3,2,2,3,4,2,3,2,3,2,2,3,3,3",
  ending = "einde_samen_sterk",
  grade = "goed",
  overall = 0.807,
}

-- Middenpad: begint met de IB'er, komt via de observatie toch bij Yara,
-- maar geeft de vader geen rol en de IB'er geen datum.
plan "middenpad" {
  choices = "3,3,3,2,2,1,2,3,2,3,2,3,1,3,2",
  ending = "einde_bijna",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.712,
}

-- Een ander kind bij naam genoemd en daarna hersteld: het einde blijft
-- begrensd op voldoende, hoe goed de rest ook ging.
plan "naam_genoemd" {
  choices = "2,t,2,1,2,2,2,3,2,3,2,2,3,3,3",
  ending = "einde_naam_genoemd",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.8,
}

-- Dezelfde naam, en de vader mag de ouders zelf bellen: het einde vertelt
-- wat daarvan komt.
plan "naam_genoemd_ouders_bellen" {
  choices = "2,t,2,1,2,3,2,2,3,2,3,2,2,3,3,3",
  ending = "einde_naam_genoemd",
  grade = "voldoende",
}

-- Over Yara, zonder Yara: alles gaat via de vader, Yara klapt dicht en de
-- leraar dicteert de afspraken.
plan "over_yara" {
  choices = "1,2,1,1,2,1,2,1",
  ending = "einde_zonder_yara",
  outcome = "mixed",
  grade = "onvoldoende",
}

-- Yara krijgt wel een stem, maar de vader wordt gepasseerd: de leraar
-- ontkent dat er in de klas wordt gelachen en praat daarna vooral met Yara.
plan "vader_gepasseerd" {
  choices = "3,3,3,2,2,5,2,1,2,t,3,1,3,1,4,1",
  ending = "einde_wantrouwen",
  outcome = "bad",
  grade = "onvoldoende",
}

-- Slechtste pad: over haar hoofd praten, de vader terechtwijzen, en het
-- gesprek afbreken.
plan "slechtste_pad" {
  choices = "1,2,4,4",
  ending = "einde_afgebroken",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0,
}
