-- Een moeder die school wantrouwt door haar eigen schoolverleden
-- Thema: moeilijk bereikbare ouders. Erkennen, beginnen bij de sterke kanten
-- van het kind, "samen" blijven op de Roos van Leary, geen jargon.

scenario {
  id = "wantrouwen",
  version = 1,
  title = "Laat maar horen wat hij nu weer gedaan heeft",
  language = "nl",
  tags = { "moeilijk bereikbare ouders", "wantrouwen", "Roos van Leary", "jargon vermijden", "groep 6" },
  level = 3,
  minutes = 15,
  summary = "De moeder van Jesse wantrouwt school sinds haar eigen schooltijd. Ze komt op de uitnodiging af, met de armen over elkaar.",
  briefing = [[
Je bent leerkracht van groep 6 van basisschool De Wereldboom in Zaandam.

Jesse Mulder (9) is een vrolijke, handige jongen. Bij techniek is hij de beste van de klas, hij heeft gevoel voor humor en helpt klasgenoten graag met bouwen. Maar bij lezen en taal kan hij moeilijk stilzitten: hij loopt rond, tikt met zijn pen en maakt zijn werk vaak niet af. Met de intern begeleider heb je afgesproken dat je eerst met moeder gaat praten, voordat er iets wordt besloten.

Zijn moeder, Sandra Mulder (36), heeft een eigen kapsalon en voedt Jesse alleen op. Ze komt zelden op school. Op de uitnodiging in de app ("Graag spreek ik u over de ontwikkeling van Jesse") reageerde ze na een week met één woord: "Oké."

Van een collega hoor je dat Sandra zelf op deze school heeft gezeten. Ze stond vaak op de gang, en in groep 6 is ze naar het speciaal onderwijs gegaan. "Ze heeft het niet zo op school," zegt je collega.

Wat je weet: Jesse is een kind met duidelijke sterke kanten, en je wilt met moeder kijken wat hem in de klas helpt. Er ligt geen plan klaar en niemand denkt aan een andere school.
Wat je niet weet: wat moeder van Jesse thuis ziet, en hoe zij naar dit gesprek kijkt.

Gedrag roept gedrag op (Roos van Leary). Een wantrouwende ouder kan je verleiden om boven-tegen te gaan (preken, je verdedigen) of onder-samen (sussen, toegeven). Blijf samen: gelijkwaardig, open, zonder vakjargon.

Jouw doel: haar wantrouwen erkennen, beginnen bij wat Jesse goed kan, haar als deskundige over haar zoon behandelen, zonder jargon, en één concrete vervolgafspraak maken.]],
  goals = {
    "Je erkent het wantrouwen van moeder zonder je te verdedigen.",
    "Je begint bij de sterke kanten van Jesse, met een concreet voorbeeld.",
    "Je blijft 'samen' op de Roos van Leary: niet preken, niet sussen.",
    "Je spreekt zonder vakjargon en zonder diagnoses.",
    "Je maakt één concrete vervolgafspraak waarin moeder (en Jesse) een stem heeft.",
  },
  vars = { kind = "Jesse", groep = 6 },
  start = "gang",
  grading = { pass = 0.55, good = 0.80 },
}

character "moeder" {
  name = "Sandra Mulder",
  role = "moeder van Jesse",
  portrait = { skin = 1, hair = "knot", hair_color = "#c9a25e", age = "middel", shirt = "#222222" },
}

meter "wantrouwen" { label = "Wantrouwen", min = 0, max = 10, start = 8, visible = true }
meter "openheid"   { label = "Openheid", min = 0, max = 10, start = 2, visible = false }
-- Niet gehoord: hoe vaak ze zich niet gehoord of klein gemaakt voelde
-- (preken, sussen, jargon, 'maar'). Deze meter daalt niet.
meter "niet_gehoord" { label = "Voelt zich niet gehoord", min = 0, max = 3, start = 0, visible = false }

competency "lsd"           { label = "Luisteren, samenvatten, doorvragen", weight = 2 }
competency "sterke_kanten" { label = "Beginnen bij de sterke kanten van het kind", weight = 2 }
competency "samen"         { label = "Samen blijven op de Roos van Leary", weight = 2 }
competency "zonder_jargon" { label = "Helder en zonder jargon", weight = 1 }
competency "afspraken"     { label = "Concrete afspraken maken", weight = 1 }

-- Hoe moeder erbij zit: wantrouwen maakt haar afwijzend of boos,
-- openheid maakt haar zacht.
local function stemming(s)
  if s.wantrouwen >= 8 then return "boos" end
  if s.wantrouwen >= 6 then return "afwijzend" end
  if s.openheid >= 6 then return "blij" end
  return "neutraal"
end

local function welk_einde(s)
  if s.flags.afspraak and s.flags.sterk_gedeeld
     and s.wantrouwen <= 3 and s.openheid >= 7 and s.niet_gehoord <= 1 then
    return "samen_voor_jesse"
  elseif s.wantrouwen <= 6 then
    return "voorzichtig_begin"
  end
  return "vastgelopen"
end

---------------------------------------------------------------------------
-- Binnenkomst
---------------------------------------------------------------------------

node "gang" {
  mood = "afwijzend",
  text = "Donderdag, kwart over drie. Mevrouw Mulder is tien minuten te vroeg. Ze staat in de gang voor de tekeningen van groep 6, haar tas stevig onder haar arm. Ze kijkt naar een tekening van een hijskraan met heel veel kabeltjes. Die is van {kind}.",
  next = "tekening",
}

node "tekening" {
  speaker = "moeder",
  mood = "afwijzend",
  text = "Ze ziet je aankomen en draait zich om. \"Ik ben er.\"",
  choices = {
    {
      id = "kom_maar_mee",
      text = "Goedemiddag. Komt u maar mee, we zitten in het lokaal.",
      feedback = "Correct en vriendelijk, maar je laat een kans liggen. Ze stond net voor de tekening van haar zoon. Daar had je meteen samen naar kunnen kijken.",
      next = "binnenkomst",
    },
    {
      id = "hijskraan",
      text = "Goedemiddag, mevrouw Mulder. Mooi, hè, die hijskraan van {kind}?",
      tags = { "sterke-kanten" },
      effects = { wantrouwen = -1, openheid = 1 },
      score = { sterke_kanten = 1, samen = 1 },
      feedback = "Mooi. Je sluit aan bij waar zij op dat moment is, en je begint meteen met iets wat {kind} goed kan. Zo is het eerste wat ze van je hoort geen probleem, maar trots.",
      next = "binnenkomst",
    },
  },
}

node "binnenkomst" {
  speaker = "moeder",
  mood = stemming,
  text = "In het lokaal gaat ze niet zitten. Ze slaat haar armen over elkaar. \"Nou. Laat maar horen wat hij nu weer gedaan heeft. Ik ken dit soort gesprekken.\"",
  choices = {
    {
      id = "uitleg_structuur",
      text = "Gaat u eerst even zitten. Dan leg ik uit hoe het gesprek gaat: eerst mijn observaties, dan de visie van de intern begeleider, en dan kijken we samen naar een plan.",
      tags = { "boven", "jargon" },
      effects = { wantrouwen = 2, niet_gehoord = 1 },
      score = { samen = -1, zonder_jargon = -1 },
      feedback = "Je neemt de leiding (boven) en gebruikt woorden als 'observaties', 'visie' en 'plan'. Voor een ouder met slechte ervaringen klinkt dat als een dossier dat al klaarligt. Structuur is goed, maar begin bij haar en bij {kind}, niet bij de procedure.",
      next = "plan_alarm",
    },
    {
      id = "sussen",
      text = "O nee hoor, het is echt niks ernstigs! Gewoon een klein gesprekje, helemaal niks om u zorgen over te maken.",
      tags = { "onder", "sussen" },
      effects = { wantrouwen = 1, niet_gehoord = 1 },
      score = { samen = -1 },
      feedback = "Sussen is onder-samen op de Roos van Leary. Het voelt vriendelijk, maar ze gelooft je niet: waarom zou ze anders uitgenodigd zijn? Wie wantrouwt, heeft meer aan eerlijkheid dan aan geruststelling.",
      next = "te_zoet",
    },
    {
      id = "niets_gedaan",
      text = "Hij heeft niets gedaan. Fijn dat u er bent. Ik wil graag met u over {kind} praten, omdat u hem het beste kent.",
      tags = { "samen" },
      effects = { wantrouwen = -1, openheid = 1 },
      score = { samen = 2 },
      feedback = "Sterk. Je spreekt haar verwachting rustig tegen ('niets gedaan'), zonder in te gaan op haar toon. En je zet haar neer als deskundige over haar eigen kind. Dat is gelijkwaardig: samen op de Roos van Leary.",
      next = "sterk_begin",
    },
  },
}

node "te_zoet" {
  speaker = "moeder",
  mood = "afwijzend",
  text = "\"Niks? Waarom zit ik hier dan? Zeg het gewoon eerlijk.\"",
  choices = {
    {
      id = "gedrag",
      text = "Nou ja, het gaat een beetje over zijn gedrag in de klas, en over hoe hij met de regels omgaat, zeg maar.",
      tags = { "vaag" },
      effects = { wantrouwen = 2, niet_gehoord = 1 },
      score = { samen = -1, sterke_kanten = -1 },
      feedback = "Eerst was het 'niks', nu is het 'gedrag'. Dat bevestigt haar vermoeden dat school er omheen draait, en 'gedrag' is precies het woord dat zij vroeger hoorde. Wees concreet en begin bij wat goed gaat.",
      next = "plan_alarm",
    },
    {
      id = "eerlijk",
      text = "U heeft gelijk. Eerlijk: stilzitten in de klas is lastig voor hem. Ik wil met u kijken wat helpt.",
      tags = { "samen", "herstel" },
      effects = { wantrouwen = -1, openheid = 1 },
      score = { samen = 1 },
      feedback = "Goed hersteld. Je geeft haar gelijk, zegt eerlijk en in gewone woorden waar het over gaat, en maakt er een gezamenlijke zoektocht van. Een concreet voorbeeld van wat hij goed kan, maakt het straks nog sterker.",
      next = "eerlijk",
    },
  },
}

node "eerlijk" {
  speaker = "moeder",
  mood = "afwijzend",
  text = "Ze trekt een stoel naar achteren en gaat op het randje zitten. \"Oké. Dat is tenminste eerlijk. Ga door.\"",
  next = "sterk_begin",
}

node "plan_alarm" {
  speaker = "moeder",
  mood = "boos",
  text = "\"Een plan. Zie je wel. Bij mij begon het ook zo. Eerst een plan, dan op de gang, en in groep 6 zat ik ineens op een andere school.\"",
  choices = {
    {
      id = "rustig_maar",
      text = "Rustig maar, er is nog helemaal geen plan.",
      tags = { "boven" },
      effects = { wantrouwen = 1, niet_gehoord = 1 },
      score = { samen = -1, lsd = -1 },
      feedback = "'Rustig maar' zet jou boven haar: jij bepaalt hoe ze zich hoort te voelen. Ze vertelt iets wat haar echt is overkomen. Daar ga je aan voorbij.",
      next = "strijd",
    },
    {
      id = "nu_anders",
      text = "Dat is nu echt anders. Tegenwoordig werken scholen heel anders dan vroeger, met veel meer aandacht voor ieder kind.",
      tags = { "verdedigen", "oma" },
      effects = { wantrouwen = 2, niet_gehoord = 1 },
      score = { samen = -1, lsd = -1 },
      feedback = "Je verdedigt de school (tegen) en zet haar ervaring opzij met een mening. Of school nu anders is, moet ze zelf merken. Dat kun je niet beweren. Erken eerst wat ze vertelt.",
      next = "strijd",
    },
    {
      id = "lsd_eigen_ervaring",
      text = "U heeft zelf meegemaakt dat er over u beslist werd. En u bent bang dat dat met {kind} ook gebeurt.",
      tags = { "lsd", "samen" },
      effects = { wantrouwen = -2, openheid = 2 },
      score = { lsd = 2, samen = 1 },
      feedback = "Precies goed. Je vat samen wat ze zegt en benoemt de angst eronder, zonder te verdedigen of te sussen. Daarmee erken je haar ervaring. Erkenning is bij wantrouwen de eerste stap.",
      next = "verhaal",
    },
  },
}

---------------------------------------------------------------------------
-- Beginnen bij wat goed gaat
---------------------------------------------------------------------------

node "sterk_begin" {
  speaker = "moeder",
  mood = stemming,
  text = "Ze zit nu, de armen nog over elkaar. \"Nou. Zeg het maar.\"",
  choices = {
    {
      id = "probleem_eerst",
      text = "{kind} is vaak onrustig. Hij loopt door de klas, tikt met zijn pen, praat door de instructie heen en maakt zijn werk niet af. Dat valt de andere kinderen ook op.",
      tags = { "probleem-eerst" },
      effects = { wantrouwen = 2, niet_gehoord = 1 },
      score = { sterke_kanten = -2, samen = -1 },
      feedback = "Drie problemen als opening. Voor een moeder die school kent als plek waar je op je fouten wordt gewezen, is dit het bekende verhaal. Begin bij wat {kind} goed kan, en breng de zorg daarna, als vraag.",
      next = "verdediging",
    },
    {
      id = "hoe_vindt_hij",
      text = "Hoe vindt {kind} het zelf op school, denkt u?",
      tags = { "doorvragen" },
      feedback = "Een goede open vraag, maar op dit moment te vroeg. Ze wacht op jouw verhaal en wantrouwt een vraag die als 'uithoren' kan voelen. Geef eerst zelf iets: een concreet, positief voorbeeld.",
      next = "terugkaats",
    },
    {
      id = "brug_verhaal",
      text = "Eerst iets wat ik echt over {kind} wil zeggen. Vorige week bouwde hij bij techniek een brug van rietjes die een heel etui kon dragen. De hele klas kwam kijken.",
      tags = { "sterke-kanten" },
      effects = { wantrouwen = -1, openheid = 2 },
      score = { sterke_kanten = 2 },
      set = { sterk_gedeeld = true },
      feedback = "Precies goed. Een concreet, waar voorbeeld van iets waar {kind} uitblinkt. Zo laat je zien dat je haar kind ziet, niet alleen zijn gedrag. Vanuit sterke kanten kun je daarna samen naar de moeilijke momenten kijken.",
      next = "brug",
    },
  },
}

node "terugkaats" {
  speaker = "moeder",
  mood = "afwijzend",
  text = "\"Dat moet u mij vertellen. U ziet hem elke dag.\"",
  choices = {
    {
      id = "alsnog_brug",
      text = "Dat is waar. Ik zie een bouwer. Vorige week maakte hij bij techniek een brug van rietjes die een heel etui kon dragen.",
      tags = { "sterke-kanten", "herstel" },
      effects = { wantrouwen = -1, openheid = 1 },
      score = { sterke_kanten = 1 },
      set = { sterk_gedeeld = true },
      feedback = "Goed: je geeft haar gelijk en komt met een concreet, positief voorbeeld. Zo geef je eerst iets, voordat je iets vraagt.",
      next = "brug",
    },
    {
      id = "vooral_onrustig",
      text = "Ik zie vooral dat hij onrustig is.",
      tags = { "probleem-eerst" },
      effects = { wantrouwen = 2, niet_gehoord = 1 },
      score = { sterke_kanten = -1, samen = -1 },
      feedback = "'Vooral onrustig': zo klinkt het alsof dat het enige is wat je ziet. Dat is niet waar, en het bevestigt haar angst.",
      next = "verdediging",
    },
  },
}

node "brug" {
  speaker = "moeder",
  mood = stemming,
  text = "Iets in haar gezicht verandert. \"Een brug van rietjes.\" Ze snuift, bijna een lach. \"Dat doet hij thuis ook. Met alles wat hij vindt. Mijn keukenla is leeg.\"",
  choices = {
    {
      id = "maar",
      text = "Ja, leuk hè, dat is echt zijn ding. Maar in de klas, bij lezen en taal, gaat het helaas een stuk minder goed.",
      tags = { "ja-maar" },
      effects = { wantrouwen = 2, openheid = -1, niet_gehoord = 1 },
      score = { sterke_kanten = -1, lsd = -1 },
      feedback = "Het woord 'maar' veegt alles wat ervoor kwam weg. Ze hoort: het compliment was een opstapje naar het echte verhaal. Blijf bij haar opening: ze vertelt over thuis. Vraag door.",
      next = "maar",
    },
    {
      id = "wat_bouwt_hij",
      text = "Dus thuis is hij ook zo'n bouwer. Wat maakt hij dan zoal?",
      tags = { "lsd", "doorvragen" },
      effects = { wantrouwen = -1, openheid = 2 },
      score = { lsd = 2 },
      feedback = "Mooi: je vat kort samen en vraagt open door op wat zij inbrengt. Ze gaat vertellen over haar zoon. Zo wordt ze de deskundige, en zo hoor je wat hem helpt.",
      next = "thuis_bouwer",
    },
  },
}

node "maar" {
  speaker = "moeder",
  mood = "afwijzend",
  text = "Het lachje verdwijnt. \"Daar heb je het. Er komt altijd een 'maar'.\"",
  choices = {
    {
      id = "maar_herstel",
      text = "U heeft gelijk, dat 'maar' had ik weg moeten laten. Die brug was echt knap. Wat bouwt hij thuis?",
      tags = { "herstel", "lsd" },
      effects = { wantrouwen = -1, openheid = 1 },
      score = { lsd = 1 },
      feedback = "Goed hersteld. Je erkent je eigen woordkeus zonder lang uit te leggen, en gaat alsnog door op wat zij vertelde.",
      next = "thuis_bouwer",
    },
    {
      id = "maar_doorgaan",
      text = "Ik moet het toch even zeggen: in de klas loopt hij vaak rond, hij stoort anderen en hij maakt zijn werk niet af.",
      tags = { "probleem-eerst" },
      effects = { wantrouwen = 2, niet_gehoord = 1 },
      score = { sterke_kanten = -1, lsd = -1, samen = -1 },
      feedback = "Je gaat door met je lijstje terwijl zij net liet merken dat ze afhaakt. Wie niet hoort wat de ander zegt, verliest het gesprek.",
      next = "verdediging",
    },
  },
}

node "verdediging" {
  speaker = "moeder",
  mood = "boos",
  text = "\"Hij verveelt zich gewoon. Misschien moet u uw lessen wat leuker maken.\"",
  choices = {
    {
      id = "lessen_prima",
      text = "Mijn lessen zijn prima, hoor. Ik bereid ze goed voor, en de andere kinderen in de groep hebben er ook geen last van.",
      tags = { "verdedigen", "tegen" },
      effects = { wantrouwen = 2, niet_gehoord = 1 },
      score = { samen = -2 },
      feedback = "Tegen roept tegen op (Roos van Leary). Je verdedigt jezelf en vergelijkt {kind} met de rest. Nu gaat het gesprek over wie gelijk heeft, niet over {kind}.",
      next = "strijd",
    },
    {
      id = "meenemen",
      text = "Dat zal ik zeker meenemen.",
      tags = { "onder" },
      effects = { niet_gehoord = 1 },
      score = { samen = -1 },
      feedback = "Een onder-reactie: je buigt mee zonder echt te reageren. Ze merkt dat je haar afpoeiert. Je had haar opmerking serieus kunnen nemen met een vraag.",
      next = "zorg_benoemd",
    },
    {
      id = "wanneer_verveelt",
      text = "Dat kan zomaar. Wanneer verveelt hij zich, denkt u? En wanneer juist niet?",
      tags = { "lsd", "samen" },
      effects = { wantrouwen = -1, openheid = 2 },
      score = { lsd = 2, samen = 1 },
      feedback = "Knap. Je trapt niet in de uitnodiging om je te verdedigen, maar neemt haar opmerking serieus en vraagt door. Zo maak je van een aanval een gezamenlijke vraag. Dat is samen blijven op de Roos van Leary.",
      next = "thuis_bouwer",
    },
  },
}

node "thuis_bouwer" {
  speaker = "moeder",
  mood = stemming,
  text = "\"Als hij iets met zijn handen doet. Een knikkerbaan door de hele gang, van wc-rolletjes. Daar kan hij uren mee bezig zijn, dan hoor je hem niet. Maar een boek? Na twee bladzijden staat hij weer op.\"",
  choices = {
    {
      id = "hyperfocus",
      text = "Dat herken ik. Dat heet hyperfocus: als iets hem boeit, gaat hij er helemaal in op. Dat zie je vaak bij kinderen met ADHD.",
      tags = { "jargon", "diagnose" },
      effects = { wantrouwen = 3, openheid = -2, niet_gehoord = 1 },
      score = { zonder_jargon = -2, samen = -2 },
      feedback = "Je plakt een label op haar kind, en dat is ook nog een diagnose die je als leerkracht niet mag stellen. Voor deze moeder is dit precies de nachtmerrie: een etiket, en dan volgt de rest. Beschrijf wat je ziet, en laat diagnoses aan anderen.",
      next = "label",
    },
    {
      id = "koppelen",
      text = "Uren, met zijn handen. En in de klas valt stilzitten bij lezen hem juist zwaar.",
      tags = { "lsd", "samenvatten" },
      effects = { wantrouwen = -1, openheid = 1 },
      score = { lsd = 1, zonder_jargon = 1 },
      set = { zorg_gedeeld = true },
      feedback = "Goed: je vat samen wat zij ziet en koppelt daar je eigen waarneming aan, in gewone woorden. De zorg komt nu als iets wat jullie allebei zien, niet als een oordeel van school.",
      next = "zorg_benoemd",
    },
  },
}

node "label" {
  speaker = "moeder",
  mood = "boos",
  text = "\"ADHD. Daar gaan we. Dat zeiden ze bij mij ook. En toen moest ik pillen slikken en naar een andere school.\"",
  choices = {
    {
      id = "diagnose_helpt",
      text = "Maar een diagnose kan juist helpen. Dan weet iedereen waar hij staat, en krijgt hij de begeleiding die bij hem past.",
      tags = { "oma", "boven" },
      effects = { wantrouwen = 2, niet_gehoord = 1 },
      score = { samen = -1, lsd = -1 },
      feedback = "Je gaat door op een diagnose die je niet kunt stellen, en je verkoopt die als oplossing. Dat is een advies vanuit boven, terwijl ze net vertelde wat een label haar heeft gekost.",
      next = "strijd",
    },
    {
      id = "label_terug",
      text = "Sorry, dat had ik niet moeten zeggen. Ik ben geen dokter. Ik wil weten wat {kind} helpt.",
      tags = { "herstel", "samen" },
      effects = { wantrouwen = -1, openheid = 1 },
      score = { samen = 1 },
      feedback = "Goed hersteld. Je neemt het label terug, zegt eerlijk wat je rol is, en brengt het gesprek terug naar {kind}.",
      next = "verhaal",
    },
  },
}

node "zorg_benoemd" {
  speaker = "moeder",
  mood = stemming,
  text = "Haar kaak spant. \"En nu komt het. Zeg het maar gewoon: hij moet naar een andere school.\"",
  choices = {
    {
      id = "hangt_af",
      text = "Dat kan ik nu nog niet zeggen. Dat hangt af van wat er uit het onderzoek en de gesprekken met de intern begeleider komt.",
      tags = { "vaag", "jargon" },
      effects = { wantrouwen = 3, niet_gehoord = 1 },
      score = { samen = -1, zonder_jargon = -1 },
      feedback = "Je bevestigt haar grootste angst door hem open te laten, en 'onderzoek' klinkt als een dossier. Er ligt geen onderzoek en niemand denkt aan een andere school. Zeg dat dan ook, helder.",
      next = "strijd",
    },
    {
      id = "hoort_hier",
      text = "Nee. {kind} hoort hier. Ik wil kijken wat hém helpt om hier goed te leren.",
      tags = { "samen", "helder" },
      effects = { wantrouwen = -2, openheid = 1 },
      score = { samen = 2, zonder_jargon = 1 },
      feedback = "Helder en geruststellend, en het klopt ook. Je zegt het zonder omhaal. Juist bij een ouder die vroeger werd overvallen, is duidelijkheid over wat er níet gaat gebeuren veel waard.",
      next = "verhaal",
    },
    {
      id = "heftig",
      text = "U reageert wel erg heftig, mevrouw Mulder.",
      tags = { "boven", "tegen" },
      effects = { wantrouwen = 3, niet_gehoord = 1 },
      score = { samen = -2 },
      feedback = "Je geeft commentaar op haar reactie in plaats van op haar vraag. Dat is boven-tegen: jij beoordeelt, zij verdedigt. Ze stelde een heldere vraag. Geef een helder antwoord.",
      next = "strijd",
    },
  },
}

---------------------------------------------------------------------------
-- Haar verhaal
---------------------------------------------------------------------------

node "verhaal" {
  speaker = "moeder",
  mood = function(s) return s.wantrouwen >= 7 and "boos" or "verdrietig" end,
  text = function(s)
    if s.wantrouwen >= 7 then
      return "\"Bij mij zeiden ze ook dat ze 'wilden kijken wat hielp'. Ik stond meer op de gang dan in de klas. En niemand heeft ooit gevraagd wat ík ervan vond.\" Ze kijkt je strak aan."
    end
    return "Ze kijkt naar het raam. \"Bij mij zeiden ze ook dat ze 'wilden kijken wat hielp'. Ik stond meer op de gang dan in de klas. Ze praatten óver me, met woorden die ik niet snapte. En niemand heeft ooit gevraagd wat ík ervan vond.\" Ze slikt."
  end,
  -- Stilte na haar verhaal telt als de samenvatting hieronder: beide erkennen haar.
  -- De knoop "stilte" geeft al wantrouwen -2 en openheid +2.
  timeout = {
    seconds = 20,
    next = "stilte",
    score = { lsd = 2, samen = 1 },
    tags = { "stilte" },
    feedback = "Sterk: je liet haar woorden even staan. Ze vertelde wat haar als kind is overkomen: op de gang, besproken in woorden die ze niet snapte, nooit gevraagd wat zij ervan vond. Elk antwoord op dit moment, een vergelijking met toen of een 'maar', maakt haar verhaal kleiner. Door te zwijgen en te knikken deed je wat toen ontbrak: je luisterde. Stilte laten vallen is hier erkenning, en het houdt jullie samen op de Roos van Leary.",
  },
  choices = {
    {
      id = "toen_en_nu",
      text = "Dat was toen. Nu doen we dat echt anders: ouders worden tegenwoordig overal bij betrokken.",
      tags = { "oma", "verdedigen" },
      effects = { wantrouwen = 1, niet_gehoord = 1 },
      score = { lsd = -1 },
      feedback = "Je maakt van haar verhaal een vergelijking, en je zet er een mening tegenover. Zo voelt ze zich niet gehoord. Laat eerst merken dat je begrijpt wat het voor haar betekende.",
      next = "na_verhaal",
    },
    {
      id = "ja_maar_jesse",
      text = "Wat naar voor u. Maar {kind} is {kind}, dat is echt iets anders.",
      tags = { "ja-maar" },
      effects = { wantrouwen = 1, niet_gehoord = 1 },
      score = { lsd = -1 },
      feedback = "Een 'ja, maar': de erkenning wordt meteen ingeleverd. Ze hoort: mijn verhaal doet er niet toe. Blijf even bij haar, voordat je weer naar {kind} gaat.",
      next = "na_verhaal",
    },
    {
      id = "lsd_niemand_vroeg",
      text = "Niemand vroeg wat u ervan vond. Dat wilt u voor {kind} anders.",
      tags = { "lsd", "samenvatten" },
      effects = { wantrouwen = -2, openheid = 2 },
      score = { lsd = 2, samen = 1 },
      feedback = "Een samenvatting die raakt: je herhaalt haar kern ('niemand vroeg wat ik vond') en verwoordt wat ze wil. Daarmee doe je precies wat vroeger ontbrak: je luistert naar haar. Ook even stil blijven had hier goed gewerkt.",
      next = "na_verhaal",
    },
  },
}

node "stilte" {
  mood = "verdrietig",
  text = "Je zegt niets. Je knikt en laat haar woorden even staan. Ze ademt uit, en haar armen zakken van elkaar.",
  effects = { wantrouwen = -2, openheid = 2 },
  next = "na_verhaal",
}

node "na_verhaal" {
  speaker = "moeder",
  mood = stemming,
  text = function(s)
    if s.openheid >= 6 then
      return "Het blijft even stil. Dan zegt ze, zachter: \"Oké. Wat wilt u dan? Voor {kind}?\""
    end
    return "\"Dus. Wat wilt u dan?\""
  end,
  choices = {
    {
      id = "jargon_plan",
      text = "Ik wil de intern begeleider een observatie laten doen, en dan stellen we een handelingsplan op. Eventueel met een OPP.",
      tags = { "jargon" },
      effects = { wantrouwen = 3, openheid = -1, niet_gehoord = 1 },
      score = { zonder_jargon = -2 },
      feedback = "Drie vaktermen in twee zinnen: 'observatie', 'handelingsplan', 'OPP'. Ook voor ouders zonder nare ervaringen is dat een muur van woorden. Voor haar klinkt het als toen: er wordt óver haar kind gepraat in een taal die zij niet spreekt.",
      next = "jargon",
    },
    {
      id = "strenger_thuis",
      text = "Ik zou graag zien dat u thuis wat strenger bent met schermtijd en bedtijd. Kinderen die goed slapen en minder gamen, kunnen zich in de klas veel beter concentreren.",
      tags = { "oma", "boven" },
      effects = { wantrouwen = 3, niet_gehoord = 1 },
      score = { samen = -2 },
      feedback = "Een opvoedadvies waar niet om gevraagd is (de A van OMA), vanuit boven. Je weet niet hoe het thuis gaat, en je legt het probleem bij haar. Vraag liever wat thuis wél werkt.",
      next = "strijd",
    },
    {
      id = "twee_dingen",
      text = "Twee dingen. Ik wil in de klas een paar kleine dingen uitproberen, zoals een plek waar hij mag staan en korte stukjes werk. En ik wil van u horen wat thuis werkt.",
      tags = { "helder", "samen" },
      effects = { wantrouwen = -1, openheid = 1 },
      score = { zonder_jargon = 2, samen = 1 },
      feedback = "Helder, concreet en in gewone woorden. Je laat zien dat het om kleine, haalbare dingen gaat, niet om een traject. En je vraagt haar om haar kennis. Zo is ze partner, geen tegenpartij.",
      next = "wat_werkt_thuis",
    },
  },
}

node "jargon" {
  speaker = "moeder",
  mood = "boos",
  text = "\"Observatie. Handelingsplan. OPP. Dat soort woorden kreeg mijn moeder ook. Wat betekent dat nou eigenlijk?\"",
  choices = {
    {
      id = "gewoon_gezegd",
      text = "Sorry, dat is vakjargon. Gewoon gezegd: een collega kijkt een uurtje mee in de klas. Daarna bedenken we samen, met u erbij, wat {kind} helpt.",
      tags = { "herstel", "helder" },
      effects = { wantrouwen = -1 },
      score = { zonder_jargon = 1, samen = 1 },
      feedback = "Goed hersteld. Je noemt het jargon bij naam en vertaalt het naar wat er echt gebeurt, met haar erbij. Ze heeft recht op gewone woorden.",
      next = "wat_werkt_thuis",
    },
    {
      id = "meer_jargon",
      text = "Een OPP is een ontwikkelingsperspectiefplan. Daarin staan de verwachte uitstroombestemming, de onderbouwing van de extra ondersteuning en de evaluatiemomenten.",
      tags = { "jargon" },
      effects = { wantrouwen = 2, niet_gehoord = 1 },
      score = { zonder_jargon = -1 },
      feedback = "Je legt jargon uit met nog meer jargon: 'uitstroombestemming', 'onderbouwing', 'ondersteuning'. En je maakt het groter dan het is. Er is geen OPP nodig. Zeg in gewone woorden wat er gaat gebeuren.",
      next = "strijd",
    },
  },
}

node "strijd" {
  speaker = "moeder",
  mood = "boos",
  text = "Ze staat op. \"Weet je wat? Ik teken nergens voor. Als jullie {kind} weg willen hebben, zeg dat dan gewoon.\"",
  choices = {
    {
      id = "opnieuw_beginnen",
      text = "Ik pak het verkeerd aan. Ik wil {kind} helemaal niet weg hebben. Mag ik opnieuw beginnen?",
      when = function(s) return not s.flags.tweede_kans end,
      tags = { "herstel", "samen" },
      effects = { wantrouwen = -1 },
      set = { tweede_kans = true },
      feedback = "Moedig. Je stapt uit de strijd door je eigen aandeel te benoemen. Dat is geen onder-gedrag (toegeven), maar samen-gedrag: je zoekt de verbinding weer op. Zo'n ik-boodschap kan een vastgelopen gesprek openbreken.",
      next = "tweede_kans",
    },
    {
      id = "om_jesse",
      text = "Mevrouw Mulder, met alle respect: het gaat hier niet om u en om hoe het vroeger was. Het gaat om {kind}.",
      tags = { "boven", "tegen" },
      effects = { wantrouwen = 2, niet_gehoord = 1 },
      score = { samen = -2 },
      feedback = "Het klinkt principieel, maar je zet haar weg. Zij hoort: jouw verhaal telt niet. Bij deze moeder zijn haar ervaring en het belang van {kind} niet te scheiden. Wie dat ontkent, verliest haar.",
      next = "vastgelopen",
    },
    {
      id = "laten_zo",
      text = "Oké, laten we het dan maar zo laten. Sorry dat ik erover begon.",
      tags = { "onder", "toegeven" },
      effects = { niet_gehoord = 1 },
      score = { samen = -1, afspraken = -1 },
      feedback = "Toegeven is onder-samen: de lucht klaart op, maar {kind} wordt er niet beter van, en je bevestigt dat school het gesprek niet aandurft. Blijf vriendelijk én bij je punt.",
      next = "lieve_vrede",
    },
  },
}

node "tweede_kans" {
  speaker = "moeder",
  mood = "afwijzend",
  text = "Ze blijft staan, haar tas al over haar schouder. Dan gaat ze langzaam weer zitten. \"Eén kans.\"",
  choices = {
    {
      id = "alles_goed",
      text = "Eigenlijk gaat bijna alles goed met {kind}, hoor. Het is echt niet zo erg als het misschien klonk.",
      tags = { "onder", "sussen" },
      effects = { wantrouwen = 1, niet_gehoord = 1 },
      score = { samen = -1 },
      feedback = "Nu ga je sussen, en dat is niet waar. Ze merkt dat je het gesprek wilt redden door het probleem kleiner te maken. Een tweede kans vraagt eerlijkheid en een open vraag.",
      next = "lieve_vrede",
    },
    {
      id = "wat_helpt_thuis",
      text = "U kent {kind} het best. Wanneer lukt het hem thuis wél om lang ergens mee bezig te zijn?",
      tags = { "lsd", "samen" },
      effects = { wantrouwen = -1, openheid = 2 },
      score = { samen = 1 },
      feedback = "Goed: je maakt haar de deskundige en stelt een open vraag die op oplossingen gericht is. Zo begint het gesprek opnieuw, maar nu samen.",
      next = "wat_werkt_thuis",
    },
  },
}

---------------------------------------------------------------------------
-- Samen zoeken
---------------------------------------------------------------------------

node "wat_werkt_thuis" {
  speaker = "moeder",
  mood = stemming,
  text = function(s)
    if s.openheid >= 6 then
      return "Ze denkt na. \"Huiswerk doet hij aan de keukentafel, met mijn oude koptelefoon op. Zonder muziek, gewoon voor de stilte. En eerst mag hij een rondje fietsen. Anders wordt het niks.\" Ze kijkt je aan. \"Dat heb ik zelf uitgevogeld.\""
    end
    return "\"Thuis? Koptelefoon op, en eerst een rondje fietsen. Anders wordt het niks.\""
  end,
  choices = {
    {
      id = "in_het_plan",
      text = "Goed idee. Dat noteer ik voor in het plan.",
      tags = { "formeel" },
      effects = { niet_gehoord = 1 },
      score = { lsd = -1 },
      feedback = "Je neemt haar idee aan, maar 'voor in het plan' maakt er weer iets van school van. Ze vertelde iets waar ze trots op is. Vat het samen, waardeer het en vraag of je het mag gebruiken.",
      next = "ib_vraag",
    },
    {
      id = "kan_niet",
      text = "Een koptelefoon in de klas, dat gaat helaas niet. Dan wil iedereen er een, en ik moet ook kunnen zien of ze luisteren.",
      tags = { "tegen" },
      effects = { wantrouwen = 2, openheid = -1, niet_gehoord = 1 },
      score = { samen = -1 },
      feedback = "Je wijst haar idee meteen af met een algemene regel. Veel scholen gebruiken juist koptelefoons tegen geluid. Onderzoek eerst samen of het kan, in plaats van het af te schieten.",
      next = "ib_vraag",
    },
    {
      id = "overnemen",
      text = "Een koptelefoon voor de stilte, en eerst bewegen. Dat is slim van u. Mag ik dat in de klas ook proberen?",
      tags = { "lsd", "samen" },
      effects = { wantrouwen = -2, openheid = 2 },
      score = { lsd = 1, samen = 2 },
      set = { idee_moeder = true },
      feedback = "Uitstekend. Je vat haar aanpak samen, waardeert haar als deskundige en vraagt toestemming om haar idee te gebruiken. Zo wordt het plan voor {kind} óók haar plan.",
      next = "ib_vraag",
    },
  },
}

node "ib_vraag" {
  speaker = "moeder",
  mood = stemming,
  text = "\"En die intern begeleider? Komt die er ook bij? Zo'n mevrouw die mij niet kent?\"",
  choices = {
    {
      id = "als_u_wilt",
      text = "Alleen als u dat wilt. Dan stel ik haar eerst aan u voor, gewoon even kennismaken.",
      tags = { "samen" },
      effects = { wantrouwen = -1, openheid = 1 },
      score = { samen = 1 },
      feedback = "Goed: je geeft haar zeggenschap over wie er aan tafel zit, en je maakt de onbekende collega een bekend gezicht. Voor iemand die vroeger werd overvallen door 'mensen van school', maakt dat veel uit.",
      next = "afspraak",
    },
    {
      id = "standaard",
      text = "Ja, dat is standaard bij dit soort trajecten. Zij heeft daar veel ervaring mee en houdt het overzicht.",
      tags = { "jargon", "boven" },
      effects = { wantrouwen = 2, niet_gehoord = 1 },
      score = { zonder_jargon = -1, samen = -1 },
      feedback = "'Standaard' en 'traject' maken van {kind} een dossier en van haar een nummer. Ze vroeg eigenlijk: word ik overvallen? Geef haar invloed op hoe het gaat.",
      next = "afspraak",
    },
  },
}

node "afspraak" {
  speaker = "moeder",
  mood = stemming,
  text = "\"En dan?\"",
  choices = {
    {
      id = "ib_neemt_contact_op",
      text = "De intern begeleider neemt contact met u op voor het vervolg.",
      tags = { "vaag" },
      effects = { wantrouwen = 1, niet_gehoord = 1 },
      score = { afspraken = -1 },
      feedback = "Je draagt het vervolg over aan iemand die ze niet kent, zonder moment of inhoud. Dat is precies het gevoel van vroeger: er gebeurt iets, maar buiten haar om.",
      next = "slot",
    },
    {
      id = "via_app",
      text = "We houden u op de hoogte via de app.",
      tags = { "vaag" },
      effects = { niet_gehoord = 1 },
      score = { afspraken = -1 },
      feedback = "Vaag en eenzijdig: 'we' houden 'u' op de hoogte. Ze reageerde op de uitnodiging met één woord. De app is voor haar geen gesprek. Maak een concrete afspraak, met haar erbij.",
      next = "slot",
    },
    {
      id = "drie_weken_met_jesse",
      text = "Ik probeer het drie weken. Daarna praten we weer, hier, op donderdag om kwart over drie. En als u het goed vindt, vertelt {kind} er dan zelf bij wat hem helpt.",
      tags = { "afspraken", "driehoeksgesprek" },
      effects = { wantrouwen = -1, openheid = 1 },
      score = { afspraken = 2, samen = 1 },
      set = { afspraak = true },
      feedback = "Concreet (wat, hoe lang, wanneer, waar) en met een driehoeksgesprek: {kind} mag zelf vertellen wat hem helpt. Voor deze moeder is dat misschien het belangrijkste van het hele gesprek, want haar werd dat nooit gevraagd.",
      next = "driehoek",
    },
  },
}

node "driehoek" {
  speaker = "moeder",
  mood = function(s) return s.wantrouwen <= 4 and "verdrietig" or "neutraal" end,
  text = function(s)
    if s.wantrouwen <= 4 then
      return "Ze is even stil. \"{kind} zelf laten vertellen.\" Ze veegt snel langs haar oog. \"Dat had ik vroeger gewild.\""
    end
    return "\"{kind} zelf laten vertellen. Hm. Dat is nieuw.\""
  end,
  next = "slot",
}

node "slot" {
  speaker = "moeder",
  mood = stemming,
  text = function(s)
    local e = welk_einde(s)
    if e == "samen_voor_jesse" then
      return "Bij de deur blijft ze staan. \"Die hijskraan in de gang. Mag hij die mee naar huis als het schooljaar voorbij is?\""
    elseif e == "voorzichtig_begin" and s.wantrouwen <= 3 then
      return "Ze pakt haar tas en knikt. \"Goed.\" Bij de deur aarzelt ze even, maar ze zegt niets meer."
    elseif e == "voorzichtig_begin" then
      return "Ze pakt haar tas. \"Nou. We zien wel.\""
    end
    return "Ze loopt zonder groeten de gang in, langs de tekening van de hijskraan."
  end,
  next = welk_einde,
}

---------------------------------------------------------------------------
-- Eindes
---------------------------------------------------------------------------

ending "samen_voor_jesse" {
  title = "Samen voor Jesse",
  outcome = "good",
  text = function(s)
    local t = "Mevrouw Mulder kwam binnen met de armen over elkaar en ging weg als partner. Je begon bij wat {kind} goed kan, erkende wat haar zelf is overkomen en bleef samen: niet preken, niet sussen. Je sprak gewone taal."
    if s.flags.idee_moeder then
      t = t .. " Haar koptelefoon-idee wordt nu in de klas uitgeprobeerd. Het plan is ook haar plan."
    end
    if s.visits.stilte > 0 then
      t = t .. " Door even stil te blijven na haar verhaal, gaf je haar wat ze vroeger miste: iemand die luistert."
    end
    return t .. " Over drie weken praten jullie verder, met {kind} erbij."
  end,
}

ending "voorzichtig_begin" {
  title = "Een voorzichtig begin",
  outcome = "mixed",
  text = function(s)
    local t = "Het gesprek is niet ontspoord en het wantrouwen is gezakt. Maar mevrouw Mulder gaat weg met een afwachtende houding."
    if s.niet_gehoord >= 2 then
      t = t .. " Een paar keer voelde ze zich niet gehoord: toen je een mening gaf, sustte, 'maar' zei of in vaktaal sprak. Die momenten onthoudt iemand met haar geschiedenis langer dan de vriendelijke woorden eromheen."
    end
    if not s.flags.afspraak then
      t = t .. " Er is geen concrete vervolgafspraak met haar erbij. Daardoor kan het gevoel blijven dat er buiten haar om over {kind} wordt beslist."
    end
    if not s.flags.sterk_gedeeld then
      t = t .. " Je hebt nauwelijks gesproken over wat {kind} goed kan. Voor een ouder die zelf vooral tekortkomingen hoorde, is dat juist het begin van vertrouwen."
    end
    return t .. " Kijk terug op de Roos van Leary: waar schoot je naar boven (uitleggen, adviseren) of naar onder (sussen)?"
  end,
}

ending "lieve_vrede" {
  title = "Lieve vrede",
  outcome = "mixed",
  text = "De spanning zakt, en mevrouw Mulder gaat rustiger weg dan ze kwam. Maar je hebt het eigenlijke onderwerp laten vallen: {kind} krijgt niet de hulp die hij in de klas nodig heeft, en zij heeft gezien dat school terugkrabbelt als zij boos wordt. Toegeven is onder-samen op de Roos van Leary: prettig voor het moment, zonder resultaat. Volgende keer: blijf vriendelijk, erken haar boosheid, en blijf bij je punt.",
}

ending "vastgelopen" {
  title = "Vastgelopen",
  outcome = "bad",
  text = "Het gesprek is vastgelopen. Mevrouw Mulder voelde zich niet gehoord en ziet haar wantrouwen bevestigd: school praat óver haar kind, in woorden die ze niet kent, en duldt geen tegenspraak. De kans dat ze nog op een uitnodiging ingaat, is klein. Gedrag roept gedrag op: op haar boosheid reageerde je met boven-tegen (uitleggen, verdedigen, corrigeren). Erkennen, beginnen bij de sterke kanten van {kind} en gewone taal hadden het gesprek open kunnen houden.",
}

---------------------------------------------------------------------------
-- Testplannen
---------------------------------------------------------------------------

plan "beste_pad" {
  -- hijskraan, 'hij heeft niets gedaan', brug van rietjes, doorvragen, samen zien,
  -- 'Jesse hoort hier', stilte na haar verhaal (t), gewone taal, haar idee overnemen,
  -- zeggenschap over de intern begeleider, driehoeksgesprek over drie weken
  choices = "2,3,3,2,2,2,t,3,3,1,3",
  ending = "samen_voor_jesse",
  outcome = "good",
  grade = "goed",
  overall = 1,
}

plan "beste_pad_met_woorden" {
  -- als beste_pad, maar met een samenvatting in plaats van de stilte
  choices = "2,3,3,2,2,2,3,3,3,1,3",
  ending = "samen_voor_jesse",
  outcome = "good",
  grade = "goed",
  overall = 1,
}

plan "middenpad" {
  -- goed begin, maar 'Dat was toen, nu doen we het anders' en 'dat noteer ik voor in het plan'
  choices = "1,3,3,2,2,2,1,3,1,1,3",
  ending = "voorzichtig_begin",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.617,
}

plan "toegeven" {
  -- sussen, vaag over 'gedrag', 'rustig maar', en dan terugkrabbelen
  choices = "1,2,1,1,3",
  ending = "lieve_vrede",
  outcome = "mixed",
  grade = "onvoldoende",
  overall = 0,
}

plan "slechtste_pad" {
  -- procedure en vaktaal, school verdedigen, 'het gaat hier niet om u'
  choices = "1,1,2,2",
  ending = "vastgelopen",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0,
}
