-- Huisbezoek bij een moeder die school nooit bereikt
-- Thema: moeilijk bereikbare ouders. Eerste positief contact, huisbezoek,
-- plannen rond werktijden, geen verwijt.
--
-- Versie 2: bij bijna elke beurt zijn er twee of meer antwoorden die een
-- student echt zou geven, met halve punten voor wat half goed is (vriendelijk
-- maar vaag, de goede inhoud maar zonder het gevoel). Het beste antwoord is
-- niet het langste. Stilte kan op drie momenten: als ze iets persoonlijks
-- vertelt is zwijgen goed; aan de deur (‘is er iets?’) en bij het afscheid
-- (‘ik moet zo weg’) kost het.

scenario {
  id = "huisbezoek-nooit-bereikt",
  version = 2,
  title = "Op huisbezoek bij de moeder van Kenzo",
  language = "nl",
  tags = { "moeilijk bereikbare ouders", "huisbezoek", "positief contact", "werkende ouders", "groep 5" },
  level = 2,
  minutes = 15,
  summary = "De moeder van Kenzo kwam nooit op school en reageert niet op de ouderapp. Je gaat op huisbezoek voor een eerste, positief contact.",
  briefing = [[
Je bent groepsleerkracht van groep 5 van OBS De Zandloper in Almere.

Kenzo (8) zit sinds dit schooljaar bij jou in de klas. Hij is vrolijk, goed in rekenen, tekent prachtig en helpt klasgenoten uit zichzelf. Wel is hij op maandag vaak doodmoe en was hij twee keer zijn gymspullen vergeten.

Met zijn moeder, Dewi Pattiruhu, is er sinds de zomer geen contact geweest. Ze kwam niet naar het startgesprek in september en niet naar de ouderavond. Drie berichten in de ouderapp zijn ongelezen gebleven. Je collega van groep 4 zegt: "Vorig jaar hebben wij haar ook nooit gezien."

Vorige week heb je om kwart voor acht 's avonds gebeld. Mevrouw Pattiruhu nam op, klonk op haar hoede en stemde in met "een kwartiertje" op donderdag om kwart over vier, tussen haar twee werkplekken door.

Wat je weet: uit verhalen van Kenzo begrijp je dat zijn moeder veel werkt en er alleen voor staat.
Wat je niet weet: waarom ze nooit reageert, hoe ze over school denkt, en hoe het thuis gaat.

Afspraak op school: de ouderapp is het officiële kanaal. Bellen mag altijd; WhatsApp met ouders gebruiken leerkrachten niet.

Landelijk vindt ruim één op de vijf ouders dat de school te weinig doet om hen te betrekken (brief van de ouderorganisaties, 2025). Scholen zeggen zelf: "Als je een ouderavond organiseert, dan zijn juist de ouders die je erbij zou willen hebben, er niet bij." Op hun eigen plek praten ouders vaak vrijer.

Jouw doel: een eerste positief contact, zonder verwijt. Laat vooral de moeder aan het woord en maak één afspraak over contact die in haar week past.]],
  goals = {
    "Je opent met een positieve reden voor je bezoek, zonder verwijt over de ouderapp of de gemiste afspraken.",
    "Je luistert, vat samen en vraagt door (LSD) in plaats van te oordelen of te adviseren (OMA).",
    "Je laat een stilte bestaan als de moeder iets persoonlijks vertelt.",
    "Je maakt één concrete afspraak over contact die past bij haar werktijden.",
  },
  vars = { kind = "Kenzo", groep = 5, school = "OBS De Zandloper" },
  start = "deur",
  grading = { pass = 0.55, good = 0.80 },
}

character "moeder" {
  name = "Dewi Pattiruhu",
  role = "moeder van Kenzo",
  portrait = { skin = 3, hair = "staart", hair_color = "#1d1612", age = "middel", shirt = "#2f5d8a" },
}

character "jayden" {
  name = "Kenzo",
  role = "leerling groep 5",
  portrait = { skin = 3, hair = "krullen", hair_color = "#1d1612", age = "jong", shirt = "#d9822b" },
}

-- Tempo van de gevoelens. Mevrouw Pattiruhu wantrouwt school al jaren: haar
-- vertrouwen begint op 2, stijgt hooguit 1 per stap en komt bij dit eerste
-- bezoek niet boven 7. Op zijn best eindigt ze voorzichtig positief, nooit
-- overtuigd. Haar spanning (start 7) zakt hooguit 1 per stap en niet onder 3;
-- een verwijt of een oordeel doet haar 2 tot 3 stijgen.
-- Excuses herstellen niet alles: een excuus geeft hooguit 1 vertrouwen terug,
-- en of ze zich beoordeeld voelde (gekwetst) maakt geen excuus en geen
-- vriendelijkheid later ongedaan. Wie aan de deur 'eindelijk' zei, haalt het
-- goede einde niet meer, hoe mooi het excuus ook is.
meter "vertrouwen" { label = "Vertrouwen", min = 0, max = 10, start = 2, visible = true }
-- Spanning zakt bij dit eerste bezoek niet onder 3: ze blijft op haar hoede.
meter "spanning"   { label = "Spanning", min = 3, max = 10, start = 7, visible = false }
-- Gekwetst: hoe vaak ze zich beoordeeld voelde. Vriendelijke woorden later
-- maken dat niet ongedaan, daarom daalt deze meter niet.
meter "gekwetst"   { label = "Voelt zich beoordeeld", min = 0, max = 3, start = 0, visible = false }

competency "positief_contact" { label = "Positief contact leggen", weight = 2 }
competency "lsd"              { label = "Luisteren, samenvatten, doorvragen", weight = 2 }
competency "aansluiten"       { label = "Aansluiten bij de ouder, zonder verwijt", weight = 1 }
competency "afspraken"        { label = "Concrete afspraken maken", weight = 1 }

-- Vertrouwen stijgt met 1 per stap, maar niet boven 7 (zie het tempo bij de
-- meters).
local function warmer(s)
  if s.vertrouwen < 7 then s.vertrouwen = s.vertrouwen + 1 end
end


-- Hoe de moeder erbij zit, afgeleid van spanning en vertrouwen.
local function stemming(s)
  if s.spanning >= 8 then return "boos" end
  if s.spanning >= 6 then return "gespannen" end
  return "neutraal"
end

-- Na het gesprekje over moe zijn: was het positieve deel al geweest?
-- Zo niet (de zorg kwam te vroeg), dan gaat het gesprek daar alsnog verder.
-- Welk einde? Een goed einde vraagt vertrouwen, rust, een vervolgafspraak,
-- dat ze haar verhaal over vroeger kwijt kon, en dat ze zich hooguit één
-- keer beoordeeld voelde (een verwijt telt dubbel).
local function welk_einde(s)
  if s.vertrouwen >= 6 and s.spanning <= 3 and s.flags.vervolg
     and s.flags.verhaal_gedeeld and s.gekwetst <= 1 then
    return "deur_op_een_kier"
  elseif s.vertrouwen >= 4 then
    return "vriendelijk_maar_vaag"
  end
  return "deur_dicht"
end

local function naar_zorg(s)
  if s.flags.moe_vroeg then return "afspraak" end
  return "moe_onderwerp"
end

local function na_moe(s)
  if s.flags.moe_vroeg and not s.flags.positief_gehad then return "waarom" end
  return "afspraak"
end

---------------------------------------------------------------------------
-- Aan de deur
---------------------------------------------------------------------------

node "deur" {
  speaker = "moeder",
  mood = "gespannen",
  text = "De deur gaat op een kier open. Mevrouw Pattiruhu draagt nog haar werkjas. \"O. U bent het. Is er iets met {kind}? Heeft hij iets gedaan?\"",
  -- Zwijgen aan de deur kost: ze vroeg of er iets mis is, en stilte klinkt
  -- als ja.
  timeout = {
    seconds = 10,
    next = "deur_stil",
    score = { positief_contact = -1 },
    effects = { spanning = 1 },
    tags = { "stilte" },
    feedback = "Je zei niets, terwijl ze net vroeg of er iets met {kind} is. Aan de deur van een ouder die school alleen van slecht nieuws kent, klinkt stilte als ‘ja’. Zeg meteen dat er niets aan de hand is.",
  },
  choices = {
    {
      id = "positieve_reden",
      text = "Goedemiddag, mevrouw Pattiruhu. Nee hoor, er is niets aan de hand. Ik kom kennismaken, en ik wil u iets leuks over {kind} vertellen.",
      tags = { "positief-contact" },
      effects = { spanning = -1 },
      effect = warmer,
      score = { positief_contact = 2, aansluiten = 1 },
      feedback = "Sterk begin. Ze verwacht slecht nieuws: school belt bij veel ouders alleen als er iets mis is. Door meteen te zeggen dat er niets aan de hand is en een positieve reden te noemen, haal je de spanning eruit. Zo bouw je het vertrouwen op dat je later nodig hebt voor lastiger onderwerpen.",
      next = "binnen",
    },
    {
      id = "eindelijk",
      text = "Goedemiddag! Fijn dat het eindelijk lukt. We hebben u al een paar keer via de app geprobeerd.",
      tags = { "verwijt" },
      effects = { vertrouwen = -2, spanning = 2, gekwetst = 2 },
      score = { positief_contact = -1, aansluiten = -2 },
      feedback = "Je bedoelt het luchtig, maar 'eindelijk' en 'al een paar keer' klinken als een verwijt. Zij hoort: je hebt het weer niet goed gedaan. Op de Roos van Leary zet je jezelf boven en tegen haar, en dat roept verdediging op. Laat de gemiste berichten bij een eerste contact liever helemaal rusten.",
      next = "verwijt_deur",
    },
    {
      id = "dingetjes",
      text = "Goedemiddag. Nou, er zijn wel een paar dingetjes die ik met u wil bespreken. Mag ik binnenkomen?",
      effects = { spanning = 1 },
      score = { positief_contact = -1 },
      feedback = "Eerlijk, maar 'een paar dingetjes' bevestigt precies wat ze vreest: school komt alleen als er iets mis is. Ze laat je wel binnen, maar staat meteen in de verdediging. Een eerste contact opent sterker met iets positiefs over het kind.",
      next = "binnen_gespannen",
    },
    {
      id = "niets_ergs",
      text = "Goedemiddag, mevrouw Pattiruhu. Er is niets ergs, hoor. Heeft u een kwartiertje?",
      tags = { "positief-contact" },
      effects = { spanning = -1 },
      score = { positief_contact = 1 },
      feedback = "Goed dat je meteen zegt dat er niets ergs is: dat haalt de eerste schrik weg. Maar waarom je dan wél komt, zeg je niet, en dus blijft ze op haar hoede. Een positieve reden erbij (‘ik wil u iets leuks vertellen’) maakt het af.",
      next = "binnen",
    },
  },
}

node "verwijt_deur" {
  speaker = "moeder",
  mood = stemming,
  text = "\"Die app. Ja. Ik krijg de hele dag berichten over gymles, luizen en koekjes bakken. Ik sta om zes uur 's ochtends al in het distributiecentrum. Als u komt vertellen dat ik een slechte moeder ben, had dat ook door de telefoon gekund.\"",
  choices = {
    {
      id = "verdedigen",
      text = "Het is toch belangrijk dat ouders de berichten van school lezen. Bij andere ouders lukt dat ook.",
      tags = { "verdedigen", "oma" },
      effects = { vertrouwen = -2, spanning = 2, gekwetst = 1 },
      score = { aansluiten = -2, lsd = -1 },
      set = { deur_dicht_door = "verdedigen" },
      feedback = "Hier oordeel je (OMA) en vergelijk je haar met andere ouders. Dat is tegen-gedrag op de Roos van Leary: zij wordt nog bozer of trekt zich terug. Wie zich aangevallen voelt, hoort geen argumenten meer.",
      next = "deur_dicht",
    },
    {
      id = "herstel",
      text = "Dat bedoelde ik niet zo, en het spijt me dat het zo klonk. Ik kom juist omdat ik u wil leren kennen. {kind} vertelt vaak over u.",
      tags = { "herstel", "positief-contact" },
      effects = { spanning = -1 },
      effect = warmer,
      score = { positief_contact = 1, aansluiten = 1 },
      feedback = "Goed hersteld. Je erkent kort hoe je woorden aankwamen, zonder lang uit te leggen, en je noemt alsnog een positieve reden. Een excuus voor de toon is geen zwakte: je laat zien dat je samen wilt, niet tegen.",
      next = "binnen",
    },
    {
      id = "kort_sorry",
      text = "Sorry, zo bedoelde ik het niet.",
      tags = { "herstel" },
      effect = warmer,
      score = { aansluiten = 1 },
      feedback = "Een kort excuus is goed: je laat merken dat je hoort hoe het aankwam. Maar waarom je dan wél komt, blijft onuitgesproken. Ze laat je binnen, maar is nog niet gerustgesteld.",
      next = "binnen",
    },
    {
      id = "andere_keer",
      text = "Ik merk dat het nu niet goed uitkomt. Zal ik een andere keer terugkomen?",
      tags = { "vermijden" },
      effects = { vertrouwen = -1 },
      score = { aansluiten = -1 },
      set = { deur_dicht_door = "vermijden" },
      feedback = "Je wilt haar ruimte geven, maar je trekt je terug op het moment dat je iets kon herstellen. Zij concludeert: zie je wel, ze kwamen alleen om te controleren. Erken liever eerst hoe je opening overkwam en noem alsnog waarom je echt kwam.",
      next = "deur_dicht",
    },
  },
}

node "deur_stil" {
  speaker = "moeder",
  mood = "gespannen",
  text = "(Ze kijkt je ongerust aan.) \"Het is dus wél iets. Kom dan maar binnen.\"",
  next = "binnen_gespannen",
}

node "binnen_gespannen" {
  mood = "gespannen",
  text = "Ze laat je binnen, maar blijft bij de kamerdeur staan, armen over elkaar. Op tafel ligt een stapel ongeopende post. Aan de koelkast hangt een tekening van een draak met een rugzak.",
  next = "wat_is_er",
}

node "wat_is_er" {
  speaker = "moeder",
  mood = stemming,
  text = "\"Zeg het maar. Wat heeft hij gedaan?\"",
  choices = {
    {
      id = "lijstje",
      text = "Hij vergeet zijn gymspullen, hij is op maandag vaak moe, en u reageert niet op de app.",
      tags = { "verwijt", "probleem-eerst" },
      effects = { vertrouwen = -2, spanning = 3, gekwetst = 2 },
      score = { positief_contact = -2, aansluiten = -2, lsd = -2 },
      feedback = "Drie problemen achter elkaar, waarvan één over haarzelf. Ze hoort een aanklacht, geen gesprek. Zo bevestig je haar beeld van school als plek waar je op je fouten wordt gewezen. Zelfs als er zorgen zijn: begin een eerste contact met wat goed gaat.",
      next = "verdediging",
    },
    {
      id = "toch_positief",
      text = "Hij heeft niets gedaan. Ik begin juist met iets goeds: {kind} hielp deze week heel geduldig een klasgenoot met rekenen.",
      tags = { "herstel", "positief-contact" },
      effects = { spanning = -1 },
      effect = warmer,
      score = { positief_contact = 1, aansluiten = 1 },
      feedback = "Goed bijgestuurd. Je maakt duidelijk dat {kind} niets misdaan heeft en je geeft een concreet, positief voorbeeld. Dat werkt beter dan een algemeen 'hij is een leuke jongen'. Je opening bleef wel hangen: zij heeft nog even nodig om te ontspannen.",
      next = "excuus",
    },
    {
      id = "ik_schrok",
      text = "Hij heeft niets gedaan. Ik schrok zelf van hoe dat net klonk. Ik ben vooral benieuwd hoe het met {kind} gaat, hier thuis.",
      tags = { "herstel", "ik-boodschap" },
      effects = { spanning = -1 },
      effect = warmer,
      score = { aansluiten = 1 },
      feedback = "Een eerlijke ik-boodschap (Gordon): je benoemt je eigen woorden in plaats van haar reactie. Met de open vraag geef je haar de ruimte. Nog sterker wordt het als je er een concreet positief voorbeeld over {kind} aan toevoegt.",
      next = "excuus",
    },
  },
}

node "verdediging" {
  speaker = "moeder",
  mood = "boos",
  text = "\"Dus u komt hier vertellen wat ik allemaal fout doe. Ik sta om zes uur in het distributiecentrum en 's avonds maak ik kantoren schoon. Wanneer moet ik die app dan lezen?\"",
  choices = {
    {
      id = "lsd_druk",
      text = "U werkt van 's ochtends vroeg tot 's avonds laat, en dan komt er ook nog een lijstje van school bij. Dat is veel.",
      tags = { "lsd", "herstel" },
      effects = { spanning = -1 },
      effect = warmer,
      score = { lsd = 2, aansluiten = 1 },
      feedback = "Precies wat nodig is. Je vat haar situatie samen en benoemt wat ze voelt, zonder je te verdedigen. Actief luisteren haalt de angel eruit: wie zich gehoord voelt, hoeft niet meer te vechten. Zo kom je van tegen naar samen.",
      next = "excuus",
    },
    {
      id = "twee_banen",
      text = "Twee banen. Dan blijft er weinig tijd over.",
      tags = { "lsd" },
      score = { lsd = 1 },
      feedback = "Je vat de feiten samen, en dat is een begin van luisteren. Maar ze is boos omdat ze zich aangevallen voelt; dat gevoel benoem je niet. ‘Dat is veel’ of ‘en dan komt er ook nog een lijstje bij’ had haar laten merken dat je het snapt.",
      next = "excuus",
    },
    {
      id = "ik_zeg_alleen",
      text = "Ik zeg niet dat u iets fout doet. Ik zeg alleen wat ik zie.",
      tags = { "verdedigen" },
      effects = { vertrouwen = -1, spanning = 1, gekwetst = 1 },
      score = { lsd = -1, aansluiten = -1 },
      feedback = "Begrijpelijk, maar dit is een verdediging. Jij wilt gelijk krijgen over je bedoeling, en haar gevoel (aangevallen, overbelast) blijft liggen. Boos gedrag beantwoorden met een tegenargument houdt je allebei in 'tegen' op de Roos van Leary.",
      next = "afgekapt",
    },
    {
      id = "oppas_advies",
      text = "Kan iemand uit uw familie de app misschien voor u bijhouden?",
      tags = { "oma", "advies" },
      effects = { vertrouwen = -1, spanning = 1, gekwetst = 1 },
      score = { lsd = -1, aansluiten = -1 },
      feedback = "Een advies (de A van OMA) waar niet om gevraagd is, en dat ook nog laat merken dat jij vindt dat zij tekortschiet. Eerst luisteren en samenvatten, dan samen zoeken wat werkt.",
      next = "afgekapt",
    },
  },
}

node "afgekapt" {
  speaker = "moeder",
  mood = "afwijzend",
  text = "Ze kijkt op de klok boven de deur. \"Ik moet om half zes op mijn werk zijn. Was er verder nog iets?\"",
  choices = {
    {
      id = "via_app",
      text = "Nee, dat was het. De rest stuur ik wel via de app.",
      tags = { "vermijden" },
      effects = { vertrouwen = -1 },
      score = { afspraken = -1, aansluiten = -1 },
      set = { deur_dicht_door = "app" },
      feedback = "Pijnlijk: je verwijst naar precies het kanaal dat bij haar niet werkt. Zo eindigt het huisbezoek zoals het contact al maanden loopt: langs elkaar heen. Eindig liever met iets positiefs en één afspraak die bij haar past.",
      next = "deur_dicht",
    },
    {
      id = "alsnog_positief",
      text = "Eén ding nog: {kind} is een fijne jongen, dat wilde ik u echt zeggen. Mag ik u een keer bellen, op een tijd die u uitkomt?",
      tags = { "herstel", "positief-contact" },
      effects = { spanning = -1 },
      effect = warmer,
      score = { positief_contact = 1, afspraken = 1 },
      feedback = "Een goede reddingspoging. Je zegt alsnog iets positiefs en je laat haar het moment van bellen kiezen. Het gesprek is niet meer te redden, het contact nog wel.",
      next = "beleefd_afgehouden",
    },
    {
      id = "altijd_welkom",
      text = "Nee, verder niet. Ik wilde alleen zeggen dat u altijd welkom bent op school, ook als u het druk heeft. Misschien lukt het een keer op een ochtend?",
      tags = { "positief-contact" },
      score = { positief_contact = 1 },
      feedback = "Vriendelijk, en de deur blijft open. Maar ‘altijd welkom op school’ vraagt precies wat voor haar niet lukt: naar school komen, op een ochtend dat ze werkt. Een afspraak die in háár week past, had meer gedaan.",
      next = "beleefd_afgehouden",
    },
  },
}

---------------------------------------------------------------------------
-- Binnen
---------------------------------------------------------------------------

node "binnen" {
  mood = "neutraal",
  text = function(s)
    local t = "Ze laat je binnen. Een kleine woonkamer, een wasrek vol schoolkleren, op tafel een stapel ongeopende post. Aan de koelkast hangt een tekening van een draak met een rugzak."
    if s.vertrouwen <= 4 then
      return t .. " Ze schuift een stoel voor je aan, nog wat stug."
    end
    return t .. " Ze schuift een stoel voor je aan en gaat zelf op het randje van de bank zitten."
  end,
  next = "excuus",
}

node "excuus" {
  speaker = "moeder",
  mood = stemming,
  text = function(s)
    if s.spanning >= 6 then
      return "Ze zucht en gaat toch zitten. \"Sorry. Ik ben gewoon moe. En ik weet heus wel dat ik nooit op school kom. Dat is niet omdat het me niet kan schelen. Ik werk gewoon.\""
    end
    return "\"Sorry voor de rommel. En... ik weet dat ik nooit op school kom. Dat is niet omdat het me niet kan schelen, hoor. Ik werk gewoon.\""
  end,
  choices = {
    {
      id = "vrij_vragen",
      text = "Zou u misschien één avond vrij kunnen vragen voor de ouderavond? Die is maar één keer per jaar.",
      tags = { "oma", "advies" },
      effects = { vertrouwen = -1, spanning = 1, gekwetst = 1 },
      score = { lsd = -1, aansluiten = -1 },
      feedback = "Een goedbedoeld advies (OMA), maar je slaat over wat ze net zei: 'het kan me wél schelen'. En je weet nog niet hoe haar werk in elkaar zit. Vat eerst samen wat je hoort en vraag door, voordat je met oplossingen komt.",
      next = "werk_advies",
    },
    {
      id = "samenvatten_week",
      text = "U werkt hard, en het kan u wel degelijk schelen. Hoe ziet uw week eruit?",
      tags = { "lsd", "samenvatten", "doorvragen" },
      effects = { spanning = -1 },
      effect = warmer,
      score = { lsd = 2, aansluiten = 2 },
      feedback = "Mooi: je vat in één zin haar kern samen (ze is wel betrokken, ze werkt) en vraagt open door. Daarmee neem je haar uitleg serieus. En je krijgt informatie die je straks nodig hebt om een afspraak te maken die echt in haar week past.",
      next = "week",
    },
    {
      id = "werkt_u_veel",
      text = "Dat begrijp ik heel goed, hoor. Werkt u veel?",
      tags = { "doorvragen" },
      score = { lsd = 1 },
      feedback = "Je vraagt door, goed. Maar het is een gesloten vraag (het antwoord is ‘ja’), en wat ze net zei, dat het haar wél kan schelen, vat je niet samen. Dat was voor haar het belangrijkste.",
      next = "week",
    },
    {
      id = "geeft_niks",
      text = "Ach, dat geeft toch niks! Veel ouders werken. Zullen we het over {kind} hebben?",
      tags = { "geruststellen" },
      score = { lsd = -1 },
      feedback = "Vriendelijk bedoeld, maar je wuift weg wat voor haar belangrijk is. Ze probeert uit te leggen dat ze wél betrokken is. Door snel door te gaan mis je dat, en ook hoe haar week eruitziet. Geruststellen is geen luisteren.",
      next = "waarom",
    },
  },
}

node "werk_advies" {
  speaker = "moeder",
  mood = "gespannen",
  text = "\"Vrij vragen. Ik werk via een uitzendbureau. Als ik vrij vraag, word ik de week erna gewoon niet meer ingeroosterd.\"",
  choices = {
    {
      id = "herstel_week",
      text = "Dat wist ik niet. Dus vrij vragen kost u eigenlijk werk. Hoe ziet uw week er dan uit?",
      tags = { "lsd", "herstel" },
      effects = { spanning = -1 },
      effect = warmer,
      score = { lsd = 1, aansluiten = 1 },
      feedback = "Goed hersteld. Je geeft toe dat je dit niet wist, vat de consequentie samen en vraagt alsnog open door. Dat is luisteren na een advies dat niet paste.",
      next = "week",
    },
    {
      id = "een_avond",
      text = "Maar één avond per jaar moet toch kunnen? Het gaat wel om de schooltijd van uw zoon, en bij de andere ouders lukt het ook.",
      tags = { "verdedigen", "oma" },
      effects = { vertrouwen = -2, spanning = 2, gekwetst = 1 },
      score = { aansluiten = -2 },
      feedback = "Je houdt vast aan je eigen oplossing terwijl ze net uitlegde waarom die niet werkt. Dat voelt als een oordeel over haar keuzes. Bij ouders met onzekere diensten plan je rond hun werk, niet andersom.",
      next = "afgekapt",
    },
    {
      id = "wist_ik_niet",
      text = "O. Dat wist ik niet.",
      tags = { "herstel" },
      score = { aansluiten = 1 },
      feedback = "Eerlijk: je geeft toe dat je dit niet wist, en je houdt op met adviseren. Maar daarna laat je het stil vallen. Een samenvatting (‘vrij vragen kost u werk’) en een vraag naar haar week hadden het gesprek weer op gang gebracht.",
      next = "week",
    },
  },
}

node "week" {
  speaker = "moeder",
  mood = stemming,
  text = "\"Maandag tot vrijdag van zes tot half drie in het distributiecentrum. Dan snel naar huis, en om half zes begin ik met schoonmaken tot negen uur. Mijn moeder past dan op {kind}. In het weekend heb ik hem alleen.\"",
  effects = { spanning = -1 },
  choices = {
    {
      id = "moe_koppelen",
      text = "Dan snap ik wel waarom {kind} op maandag zo moe is. Dat zie ik namelijk ook echt in de klas.",
      tags = { "verwijt", "probleem-eerst" },
      effects = { vertrouwen = -2, spanning = 3, gekwetst = 2 },
      score = { aansluiten = -2, lsd = -1 },
      set = { moe_vroeg = true },
      feedback = "Auw. Je koppelt haar rooster aan een probleem van {kind}, en dat klinkt als een oordeel over haar moederschap. Het is ook nog niet waar: je weet niet waardoor hij moe is. Houd een zorg vast tot het vertrouwen er is, en breng hem dan als waarneming met een vraag.",
      next = "moe_verdedigen",
    },
    {
      id = "samenvatting_rooster",
      text = "Dus tussen drie en vijf bent u thuis. Een volle week, grotendeels alleen.",
      tags = { "lsd", "samenvatten" },
      effects = { spanning = -1 },
      score = { lsd = 2, aansluiten = 1 },
      set = { rooster_bekend = true },
      feedback = "Een zuivere samenvatting: je herhaalt de feiten (wanneer ze thuis is) en benoemt wat eronder zit (een volle week, alleen). Ze voelt zich gezien, en jij weet nu wanneer contact wél kan.",
      next = "waarom",
    },
    {
      id = "volhouden",
      text = "Hoe houdt u dat vol?",
      tags = { "doorvragen" },
      effect = warmer,
      score = { lsd = 1 },
      set = { rooster_bekend = true },
      feedback = "Een open, betrokken vraag. Goed. Een korte samenvatting van wat ze net vertelde (wanneer is ze thuis?) had haar nog meer laten merken dat je echt luisterde, en had jou de tijden opgeleverd voor een afspraak.",
      next = "volhouden",
    },
  },
}

node "volhouden" {
  speaker = "moeder",
  mood = "neutraal",
  text = "Ze haalt haar schouders op. \"Je moet wel. Mijn moeder helpt. En {kind} is eigenlijk een makkelijke jongen.\"",
  next = "waarom",
}

---------------------------------------------------------------------------
-- Het positieve verhaal
---------------------------------------------------------------------------

node "waarom" {
  speaker = "moeder",
  mood = stemming,
  effect = function(s) s.flags.positief_gehad = true end,
  text = function(s)
    return "\"Maar vertel. Waarom komt u eigenlijk? Normaal bellen ze alleen als er iets is.\""
  end,
  choices = {
    {
      id = "beleid",
      text = "Ik ga dit najaar langs bij alle ouders die ik nog niet gesproken heb. Dat is beleid van de school, zo ontmoet ik iedereen een keer persoonlijk.",
      tags = { "formeel" },
      effects = { vertrouwen = -1 },
      score = { positief_contact = -1, aansluiten = -1 },
      feedback = "Eerlijk, maar het klinkt als een verplichting: zij is een vinkje op een lijst. Ouders willen gezien worden als ouder van dít kind. Noem liever wat je over {kind} wilt vertellen.",
      next = "beleid",
    },
    {
      id = "leuke_jongen",
      text = "Om kennis te maken. {kind} is echt een leuke jongen.",
      tags = { "positief-contact" },
      effects = { spanning = -1 },
      score = { positief_contact = 1 },
      feedback = "Positief, dus goed. Maar 'een leuke jongen' is algemeen: dat zeggen leerkrachten over veel kinderen. Een concreet voorbeeld laat haar zien dat je haar kind echt ziet. Daar kan een ouder trots op zijn.",
      next = "trots",
    },
    {
      id = "pizzapunten",
      text = "Omdat ik wil vertellen wat ik zie. Vorige week legde {kind} een klasgenoot breuken uit, met een tekening van pizzapunten. Geduldiger dan ik.",
      tags = { "positief-contact" },
      effects = { spanning = -1 },
      effect = warmer,
      score = { positief_contact = 2 },
      set = { pizza = true },
      feedback = "Prachtig: een concreet, waar verhaal over iets waar {kind} goed in is. Dit is positief contact in de kern: de ouder hoort dat de school haar kind ziet en waardeert. Een ouder zei in het onderzoek van Verwey-Jonker: 'Iedere ouder hoort toch graag wat z'n kind allemaal kan en geleerd heeft?'",
      next = "trots",
    },
  },
}

node "beleid" {
  speaker = "moeder",
  mood = "afwijzend",
  text = "\"Beleid. Dus ik ben een vinkje op een lijstje.\"",
  choices = {
    {
      id = "niet_zo_zien",
      text = "Nee, zo moet u het niet zien. Het is juist goed bedoeld: de school wil alle ouders graag persoonlijk spreken.",
      tags = { "verdedigen" },
      effects = { vertrouwen = -1, spanning = 1, gekwetst = 1 },
      score = { aansluiten = -1 },
      feedback = "Je vertelt haar hoe ze het moet zien. Dat is een oordeel over haar beleving (OMA). Erken liever wat je opening bij haar opriep en laat dan zien waarom je er echt bent.",
      next = "na_trots",
    },
    {
      id = "herstel_pizza",
      text = "Zo klonk het, ja. Maar ik kom voor {kind}: hij legde vorige week een klasgenoot breuken uit met pizzapunten.",
      tags = { "herstel", "positief-contact" },
      effects = { spanning = -1 },
      effect = warmer,
      score = { positief_contact = 1, aansluiten = 1 },
      set = { pizza = true },
      feedback = "Goed hersteld. Je geeft haar gelijk in hoe het klonk en laat met een concreet verhaal zien dat je haar kind echt kent. Dat maakt van een vinkje weer een ontmoeting.",
      next = "trots",
    },
    {
      id = "sorry_vinkje",
      text = "Zo klonk het, sorry. Ik kom echt voor u en {kind}.",
      tags = { "herstel" },
      effect = warmer,
      score = { aansluiten = 1 },
      feedback = "Goed dat je erkent hoe het klonk. Maar ‘echt voor u’ blijft een bewering; een concreet verhaal over {kind} had het bewezen.",
      next = "trots",
    },
  },
}

node "trots" {
  speaker = "moeder",
  mood = function(s) return s.flags.pizza and "verdrietig" or "neutraal" end,
  text = function(s)
    if s.flags.pizza then
      return "Ze kijkt je even aan. \"Pizzapunten. Dat heeft hij van mij, zo leg ik het hem uit bij het koken.\" Haar stem hapert. \"Weet u... niemand van school heeft ooit gebeld om iets goeds te zeggen.\" Ze kijkt naar haar handen."
    end
    return "\"Leuk.\" Ze knikt langzaam. \"Dat hoor ik niet vaak. Niemand van school heeft ooit gebeld om iets goeds te zeggen.\" Ze kijkt naar haar handen."
  end,
  -- Stilte laten bestaan (leerdoel 3) telt als "Dat raakt u." hieronder: beide ruimte geven.
  -- De knoop "stilte" zelf geeft al vertrouwen +1 en spanning -1.
  timeout = {
    seconds = 20,
    next = "stilte",
    score = { lsd = 2 },
    tags = { "stilte" },
    feedback = "Precies goed: je liet de stilte bestaan. Ze vertelde iets wat haar raakt en keek naar haar handen. Op zo'n moment is elk woord van jou te veel: een belofte, uitleg of troost haalt haar terug naar de oppervlakte. Door te zwijgen en te knikken gaf je haar de ruimte om zelf te kiezen of ze verder wilde vertellen. Stilte laten vallen is hier luisteren in de zuiverste vorm.",
  },
  choices = {
    {
      id = "belofte",
      text = "Nou, dan wordt het tijd! Dat beloof ik u: vanaf nu hoort u alleen nog maar goede dingen van school.",
      tags = { "belofte", "stilte-vullen" },
      effects = { vertrouwen = -1 },
      score = { lsd = -1, aansluiten = -1 },
      feedback = "Je vult de stilte en je belooft iets wat je niet kunt waarmaken: er komen ook weer lastige berichten. Dan voelt ze zich later bedrogen. Hier was het sterker geweest om even niets te zeggen, of alleen te benoemen wat je ziet.",
      next = "na_belofte",
    },
    {
      id = "dat_raakt_u",
      text = "Dat raakt u.",
      tags = { "lsd", "gevoel-benoemen" },
      effects = { spanning = -1 },
      effect = warmer,
      score = { lsd = 2 },
      feedback = "Kort en raak. Je benoemt het gevoel dat je ziet (actief luisteren volgens Gordon) en laat haar daarna de ruimte. Soms is de beste interventie drie woorden lang. Ook gewoon stil blijven had hier goed gewerkt.",
      next = "stilte_trots",
    },
    {
      id = "iets_aan_doen",
      text = "Wat jammer. Daar wil ik dit jaar iets aan doen.",
      tags = { "positief-contact" },
      score = { aansluiten = 1 },
      feedback = "Warm bedoeld, en het klinkt als een voornemen, niet als een grote belofte. Maar ze vertelde net iets wat haar raakt, en jij gaat al naar wat jij gaat doen. Even bij haar blijven (‘dat raakt u’) of zwijgen gaf haar meer ruimte.",
      next = "na_trots",
    },
    {
      id = "afstand",
      text = "Ja, op school gaat het vaak over problemen. Daar kan ik als leerkracht niet zoveel aan doen.",
      tags = { "verdedigen" },
      effects = { vertrouwen = -1, gekwetst = 1 },
      score = { lsd = -1, positief_contact = -1 },
      feedback = "Ze deelt iets kwetsbaars en jij maakt er een verhaal over school en jezelf van. Daarmee neem je afstand van haar ervaring. Blijf bij haar: benoem wat je ziet, of zeg even niets.",
      next = "na_trots",
    },
  },
}

node "stilte" {
  mood = "verdrietig",
  text = "Je zegt niets. Je knikt en laat de stilte bestaan. Na een tijdje haalt mevrouw Pattiruhu diep adem en praat ze verder.",
  effects = { spanning = -1 },
  effect = warmer,
  next = "stilte_trots",
}

node "stilte_trots" {
  speaker = "moeder",
  mood = "verdrietig",
  effect = function(s) s.flags.verhaal_gedeeld = true end,
  text = "\"Ik was zelf geen makkelijk kind op school. School belde bij ons thuis alleen als het mis was, en mijn moeder werd er gek van. Ik dacht: dat wil ik bij {kind} niet. Dus ik... ik laat die app maar een beetje gaan. Als ik niet kijk, is er ook niks.\"",
  choices = {
    {
      id = "lsd_vroeger",
      text = "Dus als school contact zoekt, denkt u: er is iets mis, net als vroeger. En niet kijken houdt dat op afstand.",
      tags = { "lsd", "samenvatten" },
      effects = { spanning = -1 },
      effect = warmer,
      score = { lsd = 2, aansluiten = 1 },
      feedback = "Een sterke samenvatting op gevoelsniveau: je verwoordt wat ze bedoelt zonder het te beoordelen. Nu snapt ze dat je haar niet-reageren niet als onverschilligheid ziet. Dat is de sleutel om samen een andere manier van contact te vinden.",
      next = "jayden",
    },
    {
      id = "bescherming",
      text = "Niet kijken is dan een soort bescherming.",
      tags = { "lsd" },
      score = { lsd = 1 },
      feedback = "Een goede, korte reflectie van wat ze doet. Maar het ‘net als vroeger’, het gevoel waar het om draait, laat je nog liggen; daardoor blijft het wat afstandelijk.",
      next = "jayden",
    },
    {
      id = "nu_anders",
      text = "Maar school is nu echt anders dan vroeger, hoor. Wij bellen ook als het goed gaat.",
      tags = { "oma", "mening" },
      effects = { vertrouwen = -1, gekwetst = 1 },
      score = { lsd = -1, aansluiten = -1 },
      feedback = "Een mening (de M van OMA) die haar ervaring kleiner maakt. Dat school 'nu anders' is, moet ze zelf gaan merken. Dat kun je niet voor haar vaststellen. Vat eerst samen wat je hoort.",
      next = "jayden",
    },
    {
      id = "ja_maar_app",
      text = "Wat vervelend. Maar voor {kind} is het wel belangrijk dat u de app leest.",
      tags = { "ja-maar", "verwijt" },
      effects = { vertrouwen = -2, spanning = 2, gekwetst = 2 },
      score = { lsd = -1, aansluiten = -2 },
      feedback = "Een klassiek 'ja, maar': de eerste helft wordt weggevaagd door de tweede. Ze hoort vooral 'u doet het niet goed', precies wat ze van vroeger kent. Blijf nog even bij haar verhaal voordat je over de app begint.",
      next = "jayden",
    },
  },
}

node "na_belofte" {
  speaker = "moeder",
  mood = "afwijzend",
  text = "Ze glimlacht flauwtjes. \"Alleen goede dingen. Dat geloof ik pas als ik het zie.\"",
  next = "jayden",
}

node "na_trots" {
  speaker = "moeder",
  mood = "afwijzend",
  text = "\"Hm. Nou ja.\" Ze kijkt weer op de klok.",
  next = "jayden",
}

node "jayden" {
  speaker = "jayden",
  mood = "blij",
  text = "Er klinkt gestommel op de trap. {kind} steekt zijn hoofd om de hoek, een vel papier in zijn hand. \"Mam! O... hoi! Mag ik mijn nieuwe draak laten zien?\"",
  choices = {
    {
      id = "later",
      text = "Straks misschien, {kind}. We zijn even iets belangrijks aan het bespreken.",
      tags = { "formeel" },
      feedback = "Begrijpelijk dat je het gesprek wilt bewaken, maar je mist een kans. Zijn moeder ziet hoe jij met haar kind omgaat, en dat zegt haar meer dan je woorden. Dertig seconden aandacht voor de draak was een investering geweest.",
      next = "app_echt",
    },
    {
      id = "oordeel_tekening",
      text = "Wat knap! Jij wordt later vast kunstenaar. Maar eerst moet je je gymspullen niet meer vergeten, hè?",
      tags = { "verwijt" },
      effects = { vertrouwen = -1, spanning = 1, gekwetst = 2 },
      score = { positief_contact = -1, aansluiten = -1 },
      feedback = "Het compliment wordt meteen ingeleverd door de opmerking over de gymspullen, waar zijn moeder bij staat. Voor haar voelt dat als een verwijt via haar kind. Laat een positief moment helemaal positief.",
      next = "app_echt",
    },
    {
      id = "draak",
      text = "Laat maar zien! Heeft deze draak ook een rugzak?",
      tags = { "positief-contact" },
      effects = { spanning = -1 },
      effect = warmer,
      score = { positief_contact = 2 },
      set = { draak = true },
      feedback = "Leuk en doeltreffend. Je toont echte belangstelling voor {kind} en knoopt aan bij de tekening op de koelkast: je hebt goed gekeken. Zijn moeder ziet haar kind stralen bij zijn leerkracht. Zo'n moment werkt vaak meer dan tien berichten.",
      next = "app_echt",
    },
    {
      id = "straks_samen",
      text = "Hoi {kind}! Wat mooi. Zullen we hem zo samen bekijken, als ik met mama klaar ben?",
      tags = { "positief-contact" },
      score = { positief_contact = 1 },
      feedback = "Vriendelijk: {kind} hoort dat je zijn draak wilt zien, en het gesprek met zijn moeder gaat voor. Toch was dit een kans: zijn moeder ziet hoe jij met haar kind omgaat, en dat zegt haar meer dan je woorden.",
      next = "app_echt",
    },
  },
}

---------------------------------------------------------------------------
-- Hoe houden we contact?
---------------------------------------------------------------------------

node "app_echt" {
  speaker = "moeder",
  mood = stemming,
  text = function(s)
    local intro = "{kind} gaat weer naar boven. "
    if s.vertrouwen >= 5 then
      return intro .. "Ze glimlacht hem na en kijkt jou dan aan. \"Eerlijk? Ik open die app bijna nooit. Honderd berichten per week, alles door elkaar. Als ik om negen uur thuiskom, lees ik dat echt niet meer.\""
    end
    return intro .. "\"Over die app. Ik open hem bijna nooit. Honderd berichten per week. Als ik om negen uur thuiskom, lees ik dat niet meer.\""
  end,
  choices = {
    {
      id = "regels",
      text = "Het is wel de manier waarop de school met ouders communiceert. Daar kan ik voor u geen uitzondering op maken.",
      tags = { "regels", "verdedigen" },
      effects = { vertrouwen = -2, spanning = 2, gekwetst = 1 },
      score = { aansluiten = -2 },
      feedback = "Je verschuilt je achter de regel. Dat is boven en tegen op de Roos van Leary, en het lokt terugtrekken uit. De app is een middel, geen doel. Zoek samen wat wél werkt, binnen wat de school toestaat.",
      next = "regels",
    },
    {
      id = "wat_werkt",
      text = "Wat zou voor u wél werken, als ik u iets wil laten weten?",
      tags = { "doorvragen", "aansluiten" },
      effects = { spanning = -1 },
      effect = warmer,
      score = { aansluiten = 2, afspraken = 1 },
      feedback = "Precies goed: je legt de vraag bij haar en laat zien dat contact maatwerk is. Ouders die zelf mogen zeggen hoe ze bereikbaar zijn, houden zich daar ook eerder aan.",
      next = "wat_werkt",
    },
    {
      id = "honderd_is_veel",
      text = "Honderd berichten per week, dat is ook veel.",
      tags = { "lsd" },
      score = { aansluiten = 1 },
      feedback = "Je erkent dat het veel is: goed, ze voelt zich niet veroordeeld om die ongelezen berichten. Maar daar blijft het bij; wat er wél zou werken, vraag je (nog) niet.",
      next = "wat_werkt",
    },
    {
      id = "meldingen_uitleg",
      text = "Ik kan u uitleggen hoe u de meldingen per groep instelt. U gaat naar instellingen, dan naar meldingen, dan kiest u per kanaal wat u wilt zien, en dan...",
      tags = { "uitleg", "te-snel" },
      effects = { spanning = 1 },
      score = { aansluiten = -1 },
      feedback = "Behulpzaam bedoeld, maar je geeft een technische instructie, terwijl het probleem niet de instellingen zijn. Ze heeft geen tijd en geen zin in die berichtenstroom. Vraag eerst wat zij nodig heeft.",
      next = "app_uitleg",
    },
  },
}

node "app_uitleg" {
  speaker = "moeder",
  mood = "verward",
  text = "\"Instellingen... ja. Dat zal wel.\" Ze kijkt weer op de klok en pakt alvast haar sleutels.",
  choices = {
    {
      id = "sorry_te_snel",
      text = "Sorry, ik ga te snel. Wat zou voor u het makkelijkst zijn?",
      tags = { "herstel", "doorvragen" },
      effects = { spanning = -1 },
      effect = warmer,
      score = { aansluiten = 1 },
      feedback = "Goed dat je merkt dat je uitleg niet aankomt, en dat je het hardop zegt. Met de open vraag geef je haar het stuur terug.",
      next = "wat_werkt",
    },
    {
      id = "handleiding",
      text = "Dan stuur ik u de handleiding wel even via de app, daar staat het stap voor stap in.",
      tags = { "vermijden" },
      effects = { vertrouwen = -1 },
      score = { aansluiten = -1, afspraken = -1 },
      feedback = "Een handleiding via de app die ze niet opent. Je oplossing past bij de school, niet bij haar. Vraag liever wat voor haar werkt.",
      next = "afspraak",
    },
    {
      id = "laat_maar",
      text = "Laat maar, dat is niet het punt. Hoe zou u het liefst iets van mij horen?",
      tags = { "doorvragen" },
      score = { aansluiten = 1 },
      feedback = "Je stopt met uitleggen en vraagt wat voor haar werkt: goed. ‘Dat is niet het punt’ klinkt wel alsof zíj iets verkeerd begreep; het was jouw uitleg die niet paste.",
      next = "wat_werkt",
    },
  },
}

node "regels" {
  speaker = "moeder",
  mood = "afwijzend",
  text = "\"Nou. Dan weet ik ook niet wat u hier komt doen.\"",
  choices = {
    {
      id = "kennismaken_gedaan",
      text = "Ik kwam kennismaken, en dat hebben we nu gedaan. De rest loopt gewoon via de normale kanalen van de school.",
      tags = { "vermijden" },
      effects = { vertrouwen = -1 },
      score = { afspraken = -1 },
      feedback = "Je sluit af terwijl er net iets scheef is gegaan. Ze blijft achter met het gevoel dat er niets verandert. Een korte erkenning ('dat klonk star') had het gesprek weer open kunnen zetten.",
      next = "beleefd_afgehouden",
    },
    {
      id = "herstel_star",
      text = "U heeft gelijk, dat klonk star. De app is er voor u, niet andersom. Wat zou u helpen?",
      tags = { "herstel", "doorvragen" },
      effects = { spanning = -1 },
      effect = warmer,
      score = { aansluiten = 1 },
      feedback = "Sterk hersteld. Je geeft toe dat je star reageerde en zet het gesprek weer op samen: wat werkt voor haar?",
      next = "wat_werkt",
    },
    {
      id = "af_en_toe_bellen",
      text = "Misschien kan ik u af en toe bellen?",
      tags = { "afspraken" },
      score = { afspraken = 1 },
      feedback = "Een concreet alternatief, en bellen past beter bij haar dan de app. Maar je star klinkende zin van daarnet blijft staan, en je vraagt niet wat zíj zou helpen.",
      next = "wat_werkt",
    },
  },
}

node "wat_werkt" {
  speaker = "moeder",
  mood = stemming,
  text = "\"Gewoon een appje. Op WhatsApp, kort. Of bel me. Tussen drie en vijf ben ik thuis, en na negen uur ook nog wel.\"",
  choices = {
    {
      id = "whatsapp_belofte",
      text = "Prima! Dan app ik u voortaan gewoon op WhatsApp, wanneer u maar wilt, ook 's avonds.",
      tags = { "belofte" },
      effect = warmer,
      score = { afspraken = -1 },
      set = { whatsapp = true },
      feedback = "Je wilt haar tegemoetkomen, maar je belooft iets wat op deze school niet mag (geen WhatsApp met ouders). Je belooft ook bereikbaarheid op elk moment. Die belofte breek je straks, en dat schaadt het vertrouwen meer dan een eerlijk 'dat kan niet, maar wel...'.",
      next = naar_zorg,
    },
    {
      id = "ik_ga_kijken",
      text = "Goed, ik ga kijken wat er mogelijk is.",
      tags = { "vaag" },
      feedback = "Vaag. 'Kijken wat mogelijk is' is geen afspraak: zij weet niet wat er gaat gebeuren, en jij ook niet. Maak het concreet: wie doet wat, wanneer, via welk kanaal?",
      next = naar_zorg,
    },
    {
      id = "app_blijft",
      text = "Dat begrijp ik. Alleen gebruiken we op school de ouderapp, dus dat blijft het kanaal. Ik kan wel zorgen dat u minder berichten krijgt, dan is het overzichtelijker voor u.",
      tags = { "regels" },
      score = { aansluiten = -1 },
      feedback = "Je meent het goed: minder berichten is een echte verbetering. Maar je zegt nee tegen bellen, terwijl bellen wél mag. Zo blijft het contact lopen via het kanaal dat bij haar niet werkt.",
      next = naar_zorg,
    },
    {
      id = "eerlijk_alternatief",
      text = "WhatsApp mag ik van school niet gebruiken. Maar ik kan u bellen tussen drie en vijf, en u een sms sturen als er iets belangrijks in de app staat. Zou dat werken?",
      tags = { "afspraken", "grenzen" },
      effects = { spanning = -1 },
      effect = warmer,
      score = { afspraken = 2, aansluiten = 1 },
      set = { contactafspraak = true },
      feedback = "Uitstekend: eerlijk over wat niet kan, een vriendelijke grens, en meteen een alternatief dat in haar week past. Zij hoeft alleen nog te lezen wat echt voor haar is. En je checkt met een vraag of het werkt.",
      next = naar_zorg,
    },
  },
}

---------------------------------------------------------------------------
-- De kleine zorg
---------------------------------------------------------------------------

node "moe_onderwerp" {
  mood = "neutraal",
  text = "Het is kwart voor vijf. Op je lijstje staat nog één ding: {kind} is op maandag vaak doodmoe, en twee keer was hij zijn gymspullen vergeten.",
  choices = {
    {
      id = "advies_bed",
      text = "Nog één puntje: {kind} is op maandag erg moe. Misschien kan hij op zondag eerder naar bed?",
      tags = { "oma", "advies" },
      effects = { vertrouwen = -1, spanning = 2, gekwetst = 1 },
      score = { aansluiten = -1, lsd = -1 },
      feedback = "Een probleem en een opvoedadvies in één adem. Na een goed gesprek haalt dit veel onderuit: ze hoort weer 'u doet het niet goed'. Breng een zorg als waarneming (ik zie...) en vraag naar haar kijk erop.",
      next = "moe_verdedigen",
    },
    {
      id = "waarneming_vraag",
      text = "Mag ik nog één ding vragen? Ik zie dat {kind} op maandag vaak moe is. Ik vroeg me af hoe zijn weekend eruitziet.",
      tags = { "ik-boodschap", "doorvragen" },
      effect = warmer,
      score = { lsd = 1, aansluiten = 1 },
      feedback = "Netjes: je vraagt toestemming, brengt een neutrale waarneming zonder oordeel en stelt een open vraag. Zo blijft de zorg bespreekbaar zonder dat het positieve karakter van het bezoek verdwijnt.",
      next = "moe_antwoord",
    },
    {
      id = "herkent_u_dat",
      text = "Nog één ding: {kind} is op maandag vaak moe. Herkent u dat?",
      tags = { "doorvragen" },
      score = { lsd = 1 },
      feedback = "Een waarneming met een vraag: goed, zonder oordeel. Alleen ‘herkent u dat?’ is gesloten; naar haar kijk vragen (‘hoe ziet zijn weekend eruit?’) had meer ruimte gegeven. En toestemming vragen (‘mag ik nog iets vragen?’) maakt het zachter.",
      next = "moe_antwoord",
    },
    {
      id = "laten_rusten",
      text = "Verder niets hoor. Ik wil u niet langer ophouden.",
      tags = { "vermijden" },
      set = { moe_niet_besproken = true },
      feedback = "Begrijpelijk, want het bezoek draaide om positief contact. Maar je laat een kleine zorg liggen die zich nu in een rustige sfeer makkelijk had laten bespreken. Hij komt later terug, als het misschien minder goed loopt.",
      next = "afspraak",
    },
  },
}

node "moe_verdedigen" {
  speaker = "moeder",
  mood = "boos",
  text = "Haar gezicht betrekt. \"Ik weet heus wel hoe laat mijn kind naar bed moet.\"",
  choices = {
    {
      id = "ik_zeg_wat_ik_zie",
      text = "Ik zeg alleen wat ik in de klas zie. Dat is mijn werk, en daar mag u ook gewoon iets mee doen.",
      tags = { "verdedigen" },
      effects = { vertrouwen = -1, spanning = 1, gekwetst = 1 },
      score = { aansluiten = -1 },
      feedback = "Je verdedigt je boodschap in plaats van haar reactie te erkennen. Ze voelt zich beoordeeld als moeder. Eerst dat gevoel erkennen, dan pas je waarneming.",
      next = na_moe,
    },
    {
      id = "herstel_vraag",
      text = "Dat geloof ik meteen. Ik zie alleen dat hij op maandag moe is, en vroeg me af waardoor.",
      tags = { "herstel", "ik-boodschap" },
      effects = { spanning = -1 },
      effect = warmer,
      score = { lsd = 1, aansluiten = 1 },
      feedback = "Goed: je erkent haar deskundigheid als moeder en zet je zorg om in een ik-boodschap met een vraag. Zo wordt het weer samen zoeken in plaats van beschuldigen.",
      next = "moe_antwoord",
    },
    {
      id = "sorry_moe",
      text = "Sorry, zo bedoelde ik het niet.",
      tags = { "herstel" },
      effect = warmer,
      score = { aansluiten = 1 },
      feedback = "Je neemt de scherpte eraf. Maar wat je dan wél bedoelde, zeg je niet, en de vraag naar het waarom blijft liggen.",
      next = na_moe,
    },
  },
}

node "moe_antwoord" {
  speaker = "moeder",
  mood = stemming,
  text = "\"Op zondag gaat hij naar zijn vader in Lelystad. Die brengt hem pas om tien uur 's avonds terug. En zijn gymtas blijft daar dan soms liggen.\"",
  choices = {
    {
      id = "reserveset",
      text = "Zou een tweede setje gymspullen op school helpen? Dan ligt het er altijd.",
      tags = { "samenvatten", "afspraken" },
      effects = { spanning = -1 },
      effect = warmer,
      score = { afspraken = 2, lsd = 1 },
      set = { gymafspraak = true },
      feedback = "Mooi: een klein, haalbaar voorstel, gebracht als vraag. Het probleem wordt zo gewoon een praktisch ding dat jullie samen oplossen, zonder schuld.",
      next = na_moe,
    },
    {
      id = "vader_bellen",
      text = "Dan zou ik met zijn vader afspreken dat hij {kind} op zondag eerder terugbrengt, en dat de gymtas meteen mee moet.",
      tags = { "oma", "advies" },
      effects = { vertrouwen = -1, spanning = 1, gekwetst = 1 },
      score = { aansluiten = -1 },
      feedback = "Een advies over haar relatie met de vader van {kind}, en dat is niet aan jou. Je weet niet hoe die verhouding is. Zoek naar wat jíj vanuit school kunt doen.",
      next = na_moe,
    },
    {
      id = "hoe_voor_jayden",
      text = "Hoe is dat voor {kind}, die zondagen?",
      tags = { "doorvragen" },
      effect = warmer,
      score = { lsd = 1 },
      feedback = "Een warme, open vraag die laat zien dat het je om {kind} gaat. Ze vertelt dat hij het fijn vindt bij zijn vader, maar maandag 'nog half in Lelystad zit'. Je weet nu meer. Alleen eindigt het onderwerp zonder afspraak, en voor de gymtas was een klein, praktisch voorstel mogelijk geweest.",
      next = na_moe,
    },
  },
}

---------------------------------------------------------------------------
-- Afronden
---------------------------------------------------------------------------

node "afspraak" {
  speaker = "moeder",
  mood = stemming,
  text = function(s)
    if s.vertrouwen >= 6 and s.gekwetst <= 1 then
      return "Ze kijkt op de klok en lacht een beetje. \"Ik moet zo weg. Maar dit was eigenlijk... wel fijn.\""
    elseif s.vertrouwen >= 4 then
      return "\"Ik moet zo weg. Was dat het?\""
    end
    return "Ze staat al op. \"Ik moet echt weg.\""
  end,
  -- Zwijgen kost hier: ze vraagt of dit het was, en zonder antwoord gaat
  -- ze weg zonder afspraak.
  timeout = {
    seconds = 15,
    next = "slot",
    score = { afspraken = -1 },
    set = { geen_afspraak_stil = true },
    tags = { "stilte" },
    feedback = "Je zei niets toen ze aangaf dat ze weg moet. Voor haar betekent dat: dit was het. Het bezoek eindigt zonder afspraak, terwijl dit het moment was om één klein vervolg te maken dat in haar week past.",
  },
  choices = {
    {
      id = "ouderavond",
      text = "Komt u anders naar de ouderavond op 12 november? Die begint om half acht.",
      tags = { "plannen" },
      effects = { vertrouwen = -1 },
      score = { afspraken = -1, aansluiten = -1 },
      feedback = function(s)
        if s.flags.rooster_bekend then
          return "Ze heeft je net verteld dat ze tot negen uur 's avonds werkt. Dit voorstel laat merken dat je niet hebt geluisterd. Plan rond haar werktijden, niet rond de schoolagenda."
        end
        return "Om half acht 's avonds werkt ze, maar dat weet je niet, omdat je er niet naar hebt gevraagd. Vraag eerst wanneer het haar uitkomt voordat je een moment voorstelt."
      end,
      next = "slot",
    },
    {
      id = "woensdag_bellen",
      text = "Zullen we over drie weken even bellen, op woensdag om kwart over drie? Dan vertel ik hoe het met {kind} gaat, en u mij hoe het thuis gaat.",
      tags = { "afspraken" },
      when = function(s) return s.flags.rooster_bekend == true end,
      effects = { spanning = -1 },
      effect = warmer,
      score = { afspraken = 2, aansluiten = 1 },
      set = { vervolg = true },
      feedback = "Concreet (wie, wat, wanneer) en precies in het gat tussen haar twee diensten. Je maakt het wederkerig: jij vertelt over school, zij over thuis. Zo wordt de volgende stap klein en haalbaar.",
      next = "slot",
    },
    {
      id = "wanneer_bellen",
      text = "Wanneer kan ik u het best bellen, zodat we over een paar weken even bijpraten?",
      tags = { "doorvragen", "afspraken" },
      when = function(s) return not s.flags.rooster_bekend end,
      effect = warmer,
      score = { afspraken = 1, aansluiten = 1 },
      set = { vervolg = true },
      feedback = "Goed dat je naar haar beschikbaarheid vraagt in plaats van een tijd op te leggen. Het wordt nog sterker als je het meteen vastlegt: welke dag, hoe laat.",
      next = "slot",
    },
    {
      id = "belt_u_maar",
      text = "U mag me altijd bellen, hoor. Als er iets is.",
      tags = { "vaag" },
      score = { afspraken = -1 },
      feedback = "Aardig bedoeld, maar je legt het initiatief bij de ouder die al maanden niet reageert. 'Als er iets is' bevestigt bovendien dat contact alleen bij problemen hoort. Neem zelf het initiatief, met een concreet moment.",
      next = "slot",
    },
    {
      id = "berichtje_als_leuk",
      text = "Zal ik u af en toe een berichtje sturen als er iets leuks is? Dan hoeft u niet door die hele app, en hoort u toch hoe het met {kind} gaat.",
      tags = { "afspraken" },
      score = { afspraken = 1 },
      feedback = "Een positief, klein voorstel, en dat past bij haar: geen honderd berichten, wel goed nieuws. Maar ‘af en toe’ en ‘iets leuks’ zijn vaag, en je legt geen moment vast waarop jullie elkaar spreken.",
      next = "slot",
    },
  },
}

node "slot" {
  speaker = "moeder",
  mood = stemming,
  text = function(s)
    local e = welk_einde(s)
    if e == "deur_op_een_kier" then
      if s.flags.draak then
        return "Ze loopt met je mee naar de deur. \"Zeg maar tegen {kind} dat hij zijn draak mee mag nemen naar school. Hij heeft het de hele week al over u.\""
      end
      return "Ze loopt met je mee naar de deur. \"Nou. Tot het telefoontje dan. En... bedankt dat u gekomen bent.\""
    elseif e == "vriendelijk_maar_vaag" then
      if s.flags.geen_afspraak_stil then
        return "Ze wacht nog even en pakt dan haar sleutels. \"Nou. Dan ga ik maar.\""
      end
      return "Ze doet de deur voor je open. \"Nou. Bedankt voor het langskomen.\""
    end
    return "Ze houdt de deur al open. \"Dag.\""
  end,
  next = welk_einde,
}

---------------------------------------------------------------------------
-- Eindes
---------------------------------------------------------------------------

ending "deur_op_een_kier" {
  title = "De deur staat op een kier",
  outcome = "good",
  text = function(s)
    local t = "Je hebt een eerste positief contact gelegd met een moeder die school tot nu toe op afstand hield. Ze weet nu dat je {kind} echt ziet, en jij weet hoe haar week eruitziet en waarom ze de app liever niet opent."
    if s.flags.contactafspraak then
      t = t .. " Jullie hebben een manier van contact afgesproken die eerlijk is over wat de school toestaat en die in haar week past."
    end
    if s.flags.gymafspraak then
      t = t .. " Het gymtasprobleem is opgelost met een reservesetje op school."
    end
    if s.flags.whatsapp then
      t = t .. " Let op: je beloofde WhatsApp-contact, en dat mag op jouw school niet. Bespreek met je bouwcoördinator hoe je dat netjes rechtzet."
    end
    return t .. " Binnenkort bel je haar, zoals afgesproken. Zorg dat je dat ook echt doet: vertrouwen groeit door afspraken na te komen."
  end,
}

ending "vriendelijk_maar_vaag" {
  title = "Vriendelijk, maar vaag",
  outcome = "mixed",
  text = function(s)
    local t = "Het bezoek verliep zonder ruzie, en mevrouw Pattiruhu heeft je binnengelaten. Dat is winst."
    if not s.flags.vervolg then
      t = t .. " Maar er is geen concrete vervolgafspraak: de kans is groot dat het contact weer verwatert."
    elseif s.gekwetst >= 2 then
      t = t .. " Maar een paar keer voelde ze zich beoordeeld: door een advies, een mening of een verwijt. Dat blijft hangen, ook als de rest van het gesprek vriendelijk was."
    elseif not s.flags.verhaal_gedeeld then
      t = t .. " Maar waarom ze school op afstand houdt, heeft ze niet verteld: op het moment dat ze iets persoonlijks liet zien, ging jij praten."
    else
      t = t .. " Maar ze bleef op haar hoede: het vertrouwen is nog broos."
    end
    if s.flags.moe_niet_besproken then
      t = t .. " De vermoeidheid van {kind} op maandag heb je laten liggen."
    end
    if s.flags.geen_afspraak_stil then
      return t .. " Kijk terug: op het laatste moment liet je het initiatief bij haar, de moeder die school al maanden niet bereikt. Wat had je daar kunnen zeggen?"
    end
    return t .. " Kijk terug: waar vulde je in of adviseerde je, terwijl samenvatten en doorvragen haar meer ruimte hadden gegeven?"
  end,
}

ending "beleefd_afgehouden" {
  title = "Beleefd afgehouden",
  outcome = "mixed",
  text = "Je hebt je binnen het gesprek kunnen herpakken, maar het huisbezoek eindigt vroeg. Mevrouw Pattiruhu is nog niet overtuigd dat school haar iets goeds te bieden heeft. Er ligt wel een opening: je hebt iets positiefs gezegd en haar laten kiezen wanneer je mag bellen. Bel dan ook echt, en begin met iets wat goed gaat.",
}

ending "deur_dicht" {
  title = "De deur gaat dicht",
  outcome = "bad",
  -- een verwijt, oordeel of terugtrekken bij een eerste contact: hoe de
  -- punten ook uitvallen, hoger dan onvoldoende kan niet
  grade_cap = "onvoldoende",
  text = function(s)
    local t
    if s.flags.deur_dicht_door == "vermijden" then
      t = "\"Laat maar,\" zegt mevrouw Pattiruhu, en ze doet de deur dicht. Door je terug te trekken bevestigde je haar beeld: school komt alleen om te controleren."
    elseif s.flags.deur_dicht_door == "verdedigen" then
      t = "Mevrouw Pattiruhu doet de deur dicht. \"Ik heb geen tijd voor een preek.\" Door je te verdedigen en haar met andere ouders te vergelijken, werd het gesprek een strijd die je niet kunt winnen."
    elseif s.flags.deur_dicht_door == "app" then
      t = "Je staat weer buiten. De rest komt 'via de app': het kanaal dat bij haar niet werkt. Er is weinig veranderd, behalve dat ze nu een gezicht heeft bij het gevoel dat school haar beoordeelt."
    else
      t = "Het huisbezoek is voorbij, en het vertrouwen is kleiner dan toen je aanbelde. Mevrouw Pattiruhu voelde zich vooral beoordeeld."
    end
    return t .. " Bij moeilijk bereikbare ouders is het eerste contact extra kwetsbaar. Begin positief, luister (LSD) en laat verwijten en adviezen (OMA) achterwege."
  end,
}

---------------------------------------------------------------------------
-- Testplannen
---------------------------------------------------------------------------

-- Beste pad: positieve opening, samenvatten, pizzapunten, de stilte laten
-- vallen (t), samenvatten op gevoelsniveau, de draak bekijken, een eerlijk
-- alternatief voor WhatsApp, het reservesetje, woensdag bellen.
plan "beste_pad" {
  choices = "1,2,2,3,t,1,3,2,4,2,1,2",
  ending = "deur_op_een_kier",
  outcome = "good",
  grade = "goed",
  overall = 1,
  scores = { positief_contact = 6, lsd = 10, aansluiten = 10, afspraken = 7 },
}

-- Als beste_pad, maar met "Dat raakt u." in plaats van de stilte.
plan "beste_pad_met_woorden" {
  choices = "1,2,2,3,2,1,3,2,4,2,1,2",
  ending = "deur_op_een_kier",
  outcome = "good",
  grade = "goed",
  overall = 1,
}

-- Zwijgen aan de deur: ze denkt dat er iets mis is en laat je gespannen
-- binnen. Het gesprek is te herstellen, maar het kost punten.
plan "stilte_aan_de_deur" {
  choices = "t,2,2,2,3,t,1,3,2,4,2,1,2",
  ending = "deur_op_een_kier",
  grade = "goed",
  overall = 0.889,
}

-- Zwijgen op 'was dat het?': geen vervolgafspraak, en ze zegt het bij de
-- deur (de tekst weet waarom).
plan "stilte_bij_het_afscheid" {
  choices = "1,2,2,3,t,1,3,2,4,2,1,t",
  ending = "vriendelijk_maar_vaag",
  outcome = "mixed",
  grade = "goed",
  overall = 0.912,
}

-- 'Eindelijk' aan de deur, daarna een goed excuus en een goed gesprek: het
-- gevoel beoordeeld te worden blijft, dus de deur gaat niet op een kier.
plan "verwijt_met_excuus" {
  choices = "2,2,2,2,3,t,1,3,2,4,2,1,2",
  ending = "vriendelijk_maar_vaag",
  outcome = "mixed",
  grade = "goed",
  overall = 0.856,
}

-- Middenpad: half-goede antwoorden, de vermoeidheid laten liggen, een vaag
-- voorstel voor contact.
plan "middenpad" {
  choices = "1,2,3,3,2,2,1,3,4,4,4",
  ending = "vriendelijk_maar_vaag",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.577,
}

-- Star over de app: ze houdt je beleefd af.
plan "star_over_de_app" {
  choices = "4,4,3,t,3,1,1,1",
  ending = "beleefd_afgehouden",
  outcome = "mixed",
  grade = "onvoldoende",
}

-- Slechtste pad: verwijt aan de deur, daarna verdedigen en vergelijken met
-- andere ouders.
plan "slechtste_pad" {
  choices = "2,1",
  ending = "deur_dicht",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0,
}
