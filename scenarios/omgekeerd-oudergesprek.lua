-- Omgekeerd oudergesprek: "Leer ons uw kind kennen"
-- Kennismakingsgesprek in de derde schoolweek. De ouders vertellen, jij luistert.
-- Kern: LSD (luisteren, samenvatten, doorvragen) in plaats van OMA (oordelen,
-- meningen, adviezen), stilte laten bestaan, en laten zien wat je met de
-- informatie van ouders doet.
--
-- Versie 2: bij bijna elke beurt zijn er twee of meer antwoorden die een
-- student echt zou geven, met halve punten voor wat half goed is (warm maar
-- vaag, goed bedoeld maar op het verkeerde moment). Het beste antwoord is
-- meestal niet het langste. Stilte kan op vier momenten: als de vader zoekt
-- naar woorden is zwijgen het beste wat je kunt doen; als de moeder aan het
-- begin vraagt hoe het gesprek gaat, of aan het eind wat je met hun verhaal
-- doet, kost zwijgen.

scenario {
  id = "omgekeerd-oudergesprek-milan",
  version = 2,
  title = "Leer ons Milan kennen",
  language = "nl",
  tags = { "kennismaking", "omgekeerd oudergesprek", "LSD", "stilte", "groep 4" },
  level = 1,
  minutes = 15,
  summary = "Omgekeerd oudergesprek in september: de ouders van Milan (groep 4) vertellen over hun zoon. Jij luistert, vat samen, vraagt door en laat stiltes bestaan.",
  briefing = [[
Het is dinsdagavond in de derde schoolweek. Je bent leraar (in opleiding) van groep {groep} van {school}. Zoals alle ouders zijn {moeder} en {vader} uitgenodigd voor een omgekeerd oudergesprek van een kwartier: niet jij vertelt, maar de ouders vertellen jou over hun kind. Het motto van de school is ‘Leer ons uw kind kennen’.

Wat je weet: {kind} is zeven jaar. In de overdracht van groep 3 schreef {juf_vorig}: ‘Rustige jongen, leest op een lager niveau dan gemiddeld (AVI-start nog niet beheerst), is vaak in gedachten, dromerig.’ In de klas zie je een vriendelijke, wat stille jongen die bij het buitenspelen opleeft.

Wat je niet weet: hoe {kind} thuis is, wat hij heeft meegemaakt en wat zijn ouders van dit jaar verwachten.

{moeder} heeft het gesprek aangevraagd en praat makkelijk. {vader} zegt meestal weinig, maar als hij iets zegt, is het belangrijk.

Je doel: de ouders aan het woord laten, samenvatten en doorvragen, en aan het eind laten zien wat je met hun verhaal gaat doen. Stilte is ook een zet: je hoeft niet elke pauze te vullen, maar een vraag die om een antwoord vraagt, laat je niet hangen.]],
  goals = {
    "De ouders praten het grootste deel van het gesprek; jij luistert, vat samen en vraagt door (LSD).",
    "Je vult stiltes niet met oordelen, meningen of adviezen (OMA).",
    "Je ontdekt wat {kind} nodig heeft, ook wat niet in de overdracht staat.",
    "Je vertelt aan het eind concreet wat je met de informatie van de ouders doet en spreekt af hoe jullie contact houden.",
  },
  vars = { kind = "Milan", groep = 4, juf_vorig = "juf Anouk", school = "OBS De Speelwei" },
  start = "welkom",
  grading = { pass = 0.55, good = 0.80 },
}

character "moeder" {
  name = "Esther Kramer",
  role = "moeder van Milan",
  portrait = { skin = 2, hair = "lang", hair_color = "#8b5a2b", glasses = true, age = "middel", shirt = "#4f7cac" },
}

character "vader" {
  name = "Kofi Mensah",
  role = "vader van Milan",
  portrait = { skin = 6, hair = "kort", hair_color = "#1b1b1b", beard = true, age = "middel", shirt = "#c9a227" },
}

-- Tempo van de gevoelens. Het vertrouwen van de ouders in jou begint op 5
-- (ze vroegen zelf om het gesprek, maar vorig jaar viel tegen) en stijgt
-- hooguit 1 per beurt, tot hooguit 8: een eerste kennismaking maakt geen
-- partners voor het leven. Oordelen en regels kosten sneller (tot 2 of 3).
-- De openheid van de ouders begint op 4 en groeit in stappen van 1, vooral
-- door stilte en erkenning (de vader gaat pas vertellen als je hem ruimte
-- geeft); elk advies of oordeel zet hen een stap terug.
-- Excuses: het eerste excuus herstelt wat vertrouwen. Een tweede excuus in
-- hetzelfde gesprek levert geen vertrouwen meer op.
meter "openheid"   { label = "Openheid van de ouders", min = 0, max = 10, start = 4, visible = true }
meter "vertrouwen" { label = "Vertrouwen in jou", min = 0, max = 10, start = 5, visible = true }

competency "lsd"        { label = "Luisteren, samenvatten, doorvragen (LSD)", weight = 2 }
competency "ruimte"     { label = "Ruimte en stilte laten, geen OMA", weight = 2 }
competency "aansluiten" { label = "Aansluiten bij de ouders", weight = 1 }
competency "benutten"   { label = "Gebruiken wat ouders vertellen", weight = 1 }

-- Kleine hulpjes voor teksten die van de toestand afhangen.
local function vader_verteld(s) return s.visits.vader_vertelt > 0 end

-- Hoe vaak nam de student het gesprek over? Elke keuze met een oordeel,
-- mening, advies, eigen verhaal, gevulde stilte of vage belofte draagt het
-- label "overnemen" (naast labels die zeggen wát er gebeurde) en telt mee
-- met neemt_over.
-- Geteld in de vlag "overgenomen" (hooguit 6: vanaf 6 gaat de deur dicht).
local function neemt_over(s) s.flags.overgenomen = math.min(6, (s.flags.overgenomen or 0) + 1) end
local function overgenomen(s) return s.flags.overgenomen or 0 end

-- Vertrouwen stijgt met 1, maar niet boven 8 (zie het tempo bij de meters).
local function warmer(s)
  if s.vertrouwen < 8 then s.vertrouwen = s.vertrouwen + 1 end
end

-- Excuses tellen in de vlag "excuses" (hooguit 2). Het eerste excuus geeft
-- +1 vertrouwen, een tweede niets; de feedback zegt waarom.
local function excuus(s)
  s.flags.excuses = math.min(2, (s.flags.excuses or 0) + 1)
  if s.flags.excuses < 2 then warmer(s) end
end

local function excuus_feedback(tekst)
  return function(s)
    if (s.flags.excuses or 0) >= 2 then
      return tekst .. " Let wel: dit is je tweede excuus vanavond. De ouders horen vooral dat het weer misgaat; vertrouwen levert het niet meer op. Beter dan een tweede sorry is het niet nog eens te doen."
    end
    return tekst
  end
end

-- Vlaggen die alleen één tekst verderop kleuren, worden gewist zodra dat
-- stuk van het gesprek voorbij is. Zo blijft het aantal toestanden dat de
-- analyse moet nalopen klein.
local function vergeet(...)
  local namen = { ... }
  return function(s)
    for _, n in ipairs(namen) do s.flags[n] = nil end
  end
end

local function moeder_stemming(s)
  if s.vertrouwen <= 2 then return "boos" end
  if s.vertrouwen <= 4 then return "gespannen" end
  if s.vertrouwen >= 7 then return "blij" end
  return "neutraal"
end

local function vader_stemming(s)
  if s.openheid <= 2 then return "afwijzend" end
  if s.openheid >= 7 then return "neutraal" end
  return "gespannen"
end

---------------------------------------------------------------------------
-- Opening
---------------------------------------------------------------------------

node "welkom" {
  text = "Half acht. {moeder} en {vader} schuiven aan op de kleine stoeltjes in het lokaal van groep {groep}. Op tafel staat koffie. {moeder} heeft een schrift meegenomen; {vader} legt zijn autosleutels voor zich neer en kijkt rond naar de tekeningen aan de muur.",
  next = "opening",
}

node "opening" {
  speaker = "moeder",
  mood = "gespannen",
  text = "Goedenavond! Wat bijzonder dat we zo vroeg in het jaar al mogen komen. Meestal hoor je pas iets als er wat is. Eh... hoe gaat dit eigenlijk, zo’n gesprek?",
  -- Zwijgen kost hier: de moeder vraagt om uitleg over het gesprek zelf.
  timeout = {
    seconds = 15,
    next = "opening_stil",
    score = { aansluiten = -1 },
    effects = { vertrouwen = -1 },
    tags = { "stilte" },
    feedback = "Je zei niets op een rechtstreekse vraag. De moeder weet niet wat er van haar verwacht wordt, en jouw stilte maakt haar onzekerder. Stilte geeft ruimte als iemand iets aan het vertellen is; een vraag om uitleg verdient een kort, helder antwoord.",
  },
  choices = {
    {
      text = "Ik las in de overdracht dat het lezen van {kind} wat achterblijft. Laten we daarmee beginnen.",
      tags = { "overnemen", "zenden", "oordeel" },
      effect = neemt_over,
      effects = { openheid = -1 },
      score = { aansluiten = -1, ruimte = -1 },
      feedback = "Je opent met jouw informatie en met een probleem. Daarmee zet je de ouders in een reagerende rol, terwijl het gesprek juist bedoeld is om hén te laten vertellen. Bovendien is de overdracht het beeld van een ander; je kent {kind} nog maar drie weken.",
      next = "overdracht_eerst",
    },
    {
      text = "Fijn dat u er allebei bent. U kent {kind} al zeven jaar, ik pas drie weken. Vanavond vertelt u, en ik luister. Wie is {kind}?",
      tags = { "lsd", "structureren" },
      effects = { openheid = 1 },
      effect = warmer,
      score = { aansluiten = 2, lsd = 1 },
      feedback = "Sterk begin. Je legt in één zin uit wat de bedoeling is, erkent dat de ouders de deskundigen zijn over hun kind en geeft ze met een open vraag meteen het woord. Zo ontstaat vanaf de eerste minuut een gelijkwaardig gesprek: ‘samen’ op de Roos van Leary.",
      next = "eerste_verhaal",
    },
    {
      text = "Ik vertel eerst even hoe ik werk: een weektaak, vaste leesmomenten, stickers, en elke vrijdag...",
      tags = { "overnemen", "zenden" },
      effect = neemt_over,
      effects = { openheid = -1 },
      score = { ruimte = -1, aansluiten = -1 },
      feedback = "Begrijpelijk, want je wilt laten zien dat je het goed geregeld hebt. Maar in een omgekeerd oudergesprek vul je zo de eerste minuten met je eigen verhaal. De ouders gaan luisteren in plaats van vertellen, en dat is precies andersom dan de bedoeling.",
      next = "zendmodus",
    },
    {
      text = "Vanavond wil ik vooral naar u luisteren. Hoe gaat het met {kind}, thuis en op school?",
      tags = { "lsd" },
      score = { aansluiten = 1, lsd = 1 },
      feedback = "Je geeft de ouders het woord, goed. Maar je legt niet uit wat de bedoeling van de avond is, en 'op school' is juist wat jij al ziet. Zeg in één zin dat zij de deskundigen zijn, en vraag dan naar wie {kind} is.",
      next = "eerste_verhaal",
    },
  },
}

node "opening_stil" {
  speaker = "moeder",
  set = { schrift = true },
  mood = "verward",
  text = "(Ze kijkt onzeker naar {vader}.) Eh... moeten wíj dan beginnen? Ik had wel wat opgeschreven.",
  choices = {
    {
      text = "Ja, graag. Wat heeft u opgeschreven?",
      tags = { "lsd" },
      score = { aansluiten = 1 },
      feedback = "Goed dat je haar schrift oppakt: zo sluit je aan bij wat zij wil vertellen. De onzekerheid van daarnet had je met één zin uitleg kunnen voorkomen.",
      next = "eerste_verhaal",
    },
    {
      text = "Sorry, ik had het moeten uitleggen. Vanavond vertelt u mij over {kind}, en ik luister. Wie is hij?",
      tags = { "lsd", "structureren", "excuus" },
      effect = excuus,
      score = { aansluiten = 1, lsd = 1 },
      feedback = excuus_feedback("Goed hersteld: je benoemt kort wat je miste, legt alsnog de bedoeling uit en geeft met een open vraag het woord terug."),
      next = "eerste_verhaal",
    },
    {
      text = "Nee hoor, laat ik eerst vertellen hoe het in de klas gaat. Dan kunt u daarna reageren.",
      tags = { "overnemen", "zenden" },
      effect = neemt_over,
      effects = { openheid = -1 },
      score = { ruimte = -1 },
      feedback = "De moeder biedt aan te beginnen, en jij neemt het woord. Zo wordt het alsnog jouw avond in plaats van die van de ouders.",
      next = "zendmodus",
    },
  },
}

node "overdracht_eerst" {
  speaker = "moeder",
  mood = moeder_stemming,
  text = "Ja... dat lezen. Dat hoorden we vorig jaar ook steeds. (Ze kijkt even naar {vader}, die zijn schouders ophaalt.) Maar goed, wat wilt u weten?",
  choices = {
    {
      text = "Ik merk dat ik met mijn eigen papieren begin. Eigenlijk wil ik vooral van ú horen. Wie is {kind}, thuis?",
      tags = { "lsd", "herstel" },
      effects = { openheid = 1 },
      effect = warmer,
      score = { aansluiten = 1, lsd = 1 },
      feedback = "Mooi herstel. Je benoemt wat je zelf deed en draait het gesprek terug naar de ouders. Zo’n eerlijke correctie maakt je juist betrouwbaar: ouders zien dat je écht nieuwsgierig bent.",
      next = "eerste_verhaal",
    },
    {
      text = "Het is ook niet erg, hoor. Veel kinderen lezen in groep 3 nog niet vlot, dat trekt in groep 4 vaak vanzelf bij. Ik wilde het alleen even noemen, zodat we weten waar we staan.",
      tags = { "overnemen", "geruststellen" },
      effect = neemt_over,
      score = { ruimte = -1 },
      feedback = "Je probeert het kleiner te maken, maar je blijft bij jouw onderwerp en je geeft een mening (‘trekt vanzelf bij’) over een kind dat je drie weken kent. De vraag van de moeder (‘wat wilt u weten?’) blijft onbeantwoord.",
      next = "advies_te_vroeg",
    },
    {
      text = "Volgens mij kan hij met extra oefening snel bijtrekken. Leest u thuis elke dag met hem?",
      tags = { "overnemen", "oma", "advies" },
      effect = neemt_over,
      effects = { openheid = -1 },
      score = { ruimte = -1, lsd = -1 },
      feedback = "Een advies en een gesloten vraag in één adem. De ouders horen: ‘het ligt aan het oefenen thuis’. Dat is een oordeel (de O van OMA) voordat je hun verhaal kent.",
      next = "advies_te_vroeg",
    },
    {
      text = "Hoe kijkt u zelf naar het lezen van {kind}?",
      tags = { "lsd", "doorvragen" },
      effects = { openheid = 1 },
      score = { lsd = 1 },
      feedback = "Een open vraag: goed, de ouders krijgen ruimte. Je blijft wel bij het thema dat jíj inbracht (lezen als probleem). Een bredere vraag als ‘wie is {kind}?’ had meer opgeleverd.",
      next = "vorig_jaar",
    },
  },
}

node "zendmodus" {
  speaker = "moeder",
  set = { schrift = true },
  mood = "verward",
  text = "(Na een paar minuten uitleg.) Dat klinkt allemaal heel goed georganiseerd, hoor. Eh... moeten wij nu ook iets vertellen? Ik had wat opgeschreven.",
  choices = {
    {
      text = "Ja, graag! Sorry, ik ging maar door. Wat heeft u opgeschreven?",
      tags = { "herstel", "lsd", "excuus" },
      effects = { openheid = 1 },
      effect = excuus,
      score = { ruimte = 1, aansluiten = 1 },
      feedback = excuus_feedback("Goed dat je het merkt en het woord teruggeeft. Haar schrift is een cadeautje: vragen naar wat ze heeft opgeschreven sluit precies aan bij wat zij wil vertellen."),
      next = "eerste_verhaal",
    },
    {
      text = "Ja, natuurlijk. Ik wilde u eerst een beeld geven van hoe het in de klas gaat, dan weet u waar ik het straks over heb. Vertelt u maar.",
      tags = { "lsd" },
      score = { aansluiten = 1 },
      feedback = "Je geeft het woord, goed. Maar je legt eerst uit waarom je zo lang praatte: dat voelt als je verdedigen. En ‘vertelt u maar’ is ruimer dan nodig: ze had iets opgeschreven, vraag daarnaar.",
      next = "eerste_verhaal",
    },
    {
      text = "Zo meteen. Nog één ding over thuis: in groep {groep} verwachten we dat kinderen elke dag een kwartier lezen.",
      tags = { "overnemen", "zenden", "oma", "advies" },
      effect = neemt_over,
      effects = { openheid = -1, vertrouwen = -1 },
      score = { ruimte = -1, aansluiten = -1 },
      feedback = "De moeder vraagt letterlijk om het woord en jij houdt het vast. Dat is ‘boven’ op de Roos van Leary: jij bepaalt, de ouders volgen. Op zo’n avond voelen ouders zich dan eerder toehoorder dan partner.",
      next = "advies_te_vroeg",
    },
  },
}

---------------------------------------------------------------------------
-- Het eerste verhaal van moeder
---------------------------------------------------------------------------

node "eerste_verhaal" {
  speaker = "moeder",
  mood = function(s) return s.openheid >= 5 and "blij" or "neutraal" end,
  text = function(s)
    local begin = "O, waar zal ik beginnen."
    if s.flags.schrift then
      begin = "(Ze slaat haar schrift open.) Ik had een paar dingen opgeschreven."
    end
    return begin .. " {kind} is een bouwer. Hij kan een hele middag met lego zitten, of dinosaurussen tekenen, met alle botjes erin. Hij kent namen die ik niet eens kan uitspreken. Als iets hem boeit, hoor je hem uren niet. Maar op school zien ze dat niet altijd, denk ik."
  end,
  choices = {
    {
      text = "‘Op school zien ze dat niet altijd’... Wat bedoelt u daarmee?",
      tags = { "lsd", "doorvragen" },
      effects = { openheid = 1 },
      set = { dino_gehoord = true },
      score = { lsd = 2, ruimte = 1 },
      feedback = "Precies goed. Je herhaalt haar eigen woorden (echoën) en vraagt open door op de zin waar de lading zat. Zo laat je horen dat je niet alleen de leuke feitjes oppikt, maar ook de zorg eronder.",
      next = "vorig_jaar",
    },
    {
      text = "Als ik u goed begrijp, kan {kind} heel lang en geconcentreerd met iets bezig zijn, als het hem echt boeit.",
      tags = { "lsd", "samenvatten" },
      effects = { openheid = 1 },
      effect = warmer,
      set = { dino_gehoord = true },
      score = { lsd = 2 },
      feedback = "Een goede samenvatting: je vat de kern in je eigen woorden samen en laat de moeder bevestigen. Je benoemt bovendien een kracht van {kind}, die haast tegenovergesteld is aan ‘dromerig’ uit de overdracht. De laatste zin, over school, laat je nog liggen.",
      next = "samenvatting_eerst",
    },
    {
      text = "Dinosaurussen! Dat komt mooi uit: in oktober hebben we een project over de prehistorie. Daar kan hij dan zijn kennis laten zien.",
      tags = { "overnemen", "eigen_verhaal" },
      effect = function(s) warmer(s); neemt_over(s) end,
      set = { dino_gehoord = true },
      score = { lsd = -1 },
      feedback = "Enthousiast, en je verbindt het meteen met de klas. Maar je springt naar je eigen plan en laat de belangrijkste zin liggen: ‘op school zien ze dat niet altijd’. Daar zat de deur naar haar zorg.",
      next = "eigen_verhaal",
    },
  },
}

node "samenvatting_eerst" {
  speaker = "moeder",
  effect = vergeet("schrift"),
  mood = "blij",
  text = "Ja! Precies dat. (Ze kijkt naar {vader}.) Zie je, dat bedoel ik nou. Want vorig jaar... daar ging het juist mis.",
  next = "vorig_jaar",
}

node "eigen_verhaal" {
  speaker = "moeder",
  effect = vergeet("schrift"),
  mood = "neutraal",
  text = "O, leuk. Ja, daar zal hij van genieten. (Ze kijkt even naar haar schrift.) Maar... nou ja. Ze zien op school niet altijd hoe hij is.",
  choices = {
    {
      text = "Dat gaan we dit jaar zeker wél zien, let maar op!",
      tags = { "overnemen", "oma", "geruststellen" },
      effect = neemt_over,
      effects = { openheid = -1 },
      score = { ruimte = -1 },
      feedback = "Goedbedoeld, maar geruststellen is een vorm van OMA: je geeft een mening (‘het komt goed’) voordat je weet wat er aan de hand is. Daarmee sluit je het onderwerp eerder af dan dat je het opent.",
      next = "geruststelling",
    },
    {
      text = "Hoe bedoelt u?",
      tags = { "lsd", "doorvragen" },
      effects = { openheid = 1 },
      score = { lsd = 1, ruimte = 1 },
      feedback = "Kort en goed: je pakt de zin op die ze voor de tweede keer zegt. Als een ouder iets herhaalt, is het belangrijk; doorvragen is dan de beste reactie.",
      next = "vorig_jaar",
    },
    {
      text = "Dat hoor ik vaker van ouders. Wat zien ze op school dan niet, denkt u?",
      tags = { "lsd", "doorvragen" },
      score = { lsd = 1 },
      feedback = "Je vraagt door, goed. Maar met ‘dat hoor ik vaker’ maak je haar zorg tot iets algemeens, terwijl ze over háár zoon praat. Zonder die eerste zin was dit een prima vraag.",
      next = "vorig_jaar",
    },
  },
}

node "geruststelling" {
  speaker = "moeder",
  mood = "verdrietig",
  text = "Dat hoop ik echt. Dat zei {juf_vorig} vorig jaar ook. (Stilte.) Vorig jaar ging het namelijk niet zo goed.",
  next = "vorig_jaar",
}

---------------------------------------------------------------------------
-- Het verhaal van vorig jaar
---------------------------------------------------------------------------

node "vorig_jaar" {
  speaker = "moeder",
  effect = function(s)
    s.flags.schrift = nil
    s.flags.vorig_jaar_verteld = true
  end,
  mood = moeder_stemming,
  text = "In groep 3 moesten ze om de beurt hardop voorlezen in de kring. {kind} klapte helemaal dicht. Hij stond daar en er kwam niks uit, en een paar kinderen lachten. Daarna had hij op maandag steeds buikpijn. En op het rapport stond ‘dromerig’. Alsof hij er gewoon geen zin in had.",
  choices = {
    {
      text = "Elke dag tien minuten samen hardop lezen helpt goed bij spanning rond lezen.",
      tags = { "overnemen", "oma", "advies" },
      effect = neemt_over,
      effects = { openheid = -1 },
      score = { ruimte = -2 },
      feedback = "Een advies, terwijl de moeder nog midden in haar verhaal zit. Dat is de A van OMA. Bovendien legt het advies de oplossing thuis, terwijl het probleem dat zij beschrijft op school ontstond. Eerst luisteren, dan pas (samen) oplossingen zoeken.",
      next = "advies_te_vroeg",
    },
    {
      text = "Wat ik hoor, is dat u zich zorgen maakte. En misschien ook dat u het gevoel had dat niet werd gezien wie {kind} echt is.",
      tags = { "lsd", "gevoel" },
      effects = { openheid = 1 },
      effect = warmer,
      score = { lsd = 2, aansluiten = 1, ruimte = 1 },
      feedback = "Dit is actief luisteren volgens Gordon: je benoemt het gevoel achter het verhaal, voorzichtig (‘misschien’) zodat zij kan corrigeren. Je oordeelt niet over de vorige leerkracht en je geeft geen advies. Precies wat deze moeder nodig heeft.",
      next = "gevoel_erkend",
    },
    {
      text = "Wat naar voor hem. Buikpijn op maandag, dat zegt veel.",
      tags = { "lsd" },
      score = { lsd = 1, aansluiten = 1 },
      feedback = "Je blijft bij haar verhaal en pikt een belangrijk signaal op. Goed. Het gevoel van de moeder zelf (niet gezien worden) benoem je nog niet, en daar zat de lading van haar laatste zin.",
      next = "gevoel_erkend",
    },
    {
      text = "Ik ken {juf_vorig} als een heel ervaren collega. Ik denk niet dat ze het zo bedoeld heeft.",
      tags = { "overnemen", "oma", "oordeel", "verdedigen" },
      effect = neemt_over,
      effects = { vertrouwen = -2, openheid = -1 },
      score = { aansluiten = -2 },
      feedback = "Je wilt een collega beschermen, en dat is loyaal. Maar de moeder beschuldigt niemand: ze vertelt hoe het voor haar zoon was. Door te verdedigen ga je ‘tegen’ haar in (Roos van Leary) en hoort zij: ‘u ziet het verkeerd’. Erkennen wat het voor {kind} betekende kan prima zonder over de collega te oordelen.",
      next = "verdediging",
    },
  },
}

node "verdediging" {
  speaker = "moeder",
  mood = moeder_stemming,
  text = "Dat zeg ik toch ook niet? Ik vertel alleen hoe het bij ons thuis aankwam. (Ze klapt haar schrift dicht.)",
  choices = {
    {
      text = "Ik hoor wat u zegt. Maar {juf_vorig} werkt heel hard, en ik wil het vanavond over {kind} hebben.",
      tags = { "overnemen", "verdedigen" },
      effect = neemt_over,
      effects = { openheid = -1 },
      score = { aansluiten = -1 },
      feedback = "‘Ik hoor wat u zegt’ gevolgd door een ‘maar’ over de collega is een ja-maar. De moeder hoort vooral de tweede helft. Juist wat er misging, is wat ze over {kind} wil vertellen.",
      next = "moeder_neemt_over",
    },
    {
      text = "Daar heeft u gelijk in. Sorry. U vertelt hoe het voor {kind} was, en dat wil ik juist horen. Hoe merkte u dat thuis?",
      tags = { "herstel", "lsd", "doorvragen", "excuus" },
      effects = { openheid = 1 },
      effect = excuus,
      score = { aansluiten = 1, lsd = 1 },
      feedback = excuus_feedback("Goed herstel: je erkent zonder omwegen dat je reactie niet paste en vraagt open door. Dat is een stap terug naar ‘samen’ op de Roos van Leary. Omdat je eerste reactie ‘tegen’ was, is het vertrouwen nog niet terug op het oude peil."),
      next = "gevoel_erkend",
    },
    {
      text = "Ik wil alleen voorkomen dat we praten over een collega die er niet bij is.",
      tags = { "overnemen", "oordeel", "verdedigen" },
      effect = neemt_over,
      effects = { vertrouwen = -1, openheid = -1 },
      score = { aansluiten = -1 },
      feedback = "Op zich een terechte professionele grens, maar niet op dit moment. De moeder praat niet over de collega, maar over haar kind. Door de grens te herhalen blijf je in de verdediging en voelt zij zich terechtgewezen.",
      next = "moeder_neemt_over",
    },
  },
}

node "advies_te_vroeg" {
  speaker = "moeder",
  mood = moeder_stemming,
  effect = function(s) s.flags.advies_keer = (s.flags.advies_keer or 0) + 1 end,
  text = function(s)
    if s.flags.advies_keer > 1 then
      return "(Iets kortaf.) Ja, dat zei u net ook al. Dat doen we al."
    end
    if not s.flags.vorig_jaar_verteld then
      return "Dat doen we al, elke avond. Kofi leest met hem voor het slapen. Thuis gaat het best. Het ging vorig jaar op school mis."
    end
    return "Dat doen we al, elke avond. Kofi leest met hem voor het slapen. Daar ligt het niet aan, denk ik."
  end,
  choices = {
    {
      text = "Wat ging er vorig jaar mis, op school?",
      when = function(s) return not s.flags.vorig_jaar_verteld end,
      tags = { "lsd", "doorvragen", "herstel" },
      effects = { openheid = 1 },
      score = { lsd = 1 },
      feedback = "Goed dat je je advies loslaat en doorvraagt op wat zij aanreikt: ‘op school ging het mis’. Daar zit haar verhaal.",
      next = "vorig_jaar",
    },
    {
      text = "Dan ligt het daar niet aan. Wat denkt u zelf dat hij nodig heeft?",
      when = function(s) return s.flags.vorig_jaar_verteld == true end,
      tags = { "lsd", "doorvragen", "herstel" },
      effects = { openheid = 1 },
      score = { lsd = 1, aansluiten = 1 },
      feedback = "Goed herstel: je neemt haar correctie serieus en vraagt naar haar eigen inzicht. Ouders weten vaak heel goed wat hun kind nodig heeft; als je het vraagt, hoef je het niet te raden.",
      next = "gevoel_erkend",
    },
    {
      text = "Dan is het misschien een idee om er een spelletje van te maken. Leesspelletjes vinden kinderen vaak leuker dan voorlezen. Ik kan u er wel een paar noemen.",
      tags = { "overnemen", "oma", "advies" },
      effect = neemt_over,
      effects = { openheid = -1 },
      score = { ruimte = -1 },
      feedback = "Ze zei net dat het thuis niet het probleem is, en jij komt met een volgend thuisadvies. Zo voelt ze zich niet gehoord: luisteren betekent hier stoppen met oplossen en doorvragen.",
      next = "moeder_neemt_over",
    },
    {
      text = "Misschien is het dan goed om eens met een logopedist te praten.",
      tags = { "overnemen", "oma", "advies" },
      effect = neemt_over,
      effects = { openheid = -1, vertrouwen = -1 },
      score = { ruimte = -1 },
      feedback = "Nog een advies, en nu een verwijzing naar buiten de school. De moeder heeft al laten merken dat het advies niet aansloot; een volgend advies vergroot de afstand. Zo wordt het jouw gesprek in plaats van dat van de ouders.",
      next = "moeder_neemt_over",
    },
  },
}

node "gevoel_erkend" {
  speaker = "moeder",
  effect = vergeet("vorig_jaar_verteld", "advies_keer", "schrift"),
  mood = function(s) return s.vertrouwen >= 6 and "verdrietig" or "gespannen" end,
  text = function(s)
    local t = "Ja. (Ze slikt.) Ik was vooral bang dat hij een etiket kreeg. De dromer. Terwijl hij thuis..."
    if s.flags.dino_gehoord then t = t .. " nou ja, dat heb ik al verteld." end
    return t .. " (Ze legt haar hand op de arm van {vader}.) Kofi, zeg jij ook eens wat. Jij ziet hem ’s avonds."
  end,
  next = "vader_kort",
}

---------------------------------------------------------------------------
-- De stilte: vader
---------------------------------------------------------------------------

node "vader_kort" {
  speaker = "vader",
  mood = vader_stemming,
  text = "(Hij draait zijn autosleutels rond.) Hij is een fijne jongen. (Hij zwijgt.)",
  -- Zwijgen is hier het beste: de vader zoekt naar woorden.
  timeout = {
    seconds = 15,
    next = "stilte",
    score = { ruimte = 2, lsd = 1 },
    effects = { openheid = 1 },
    tags = { "stilte" },
    feedback = "Goed: je zei niets. {vader} was nog niet klaar; hij zocht naar woorden. Wie weinig zegt, heeft vaak net iets langer nodig. Door de stilte te laten staan, gaf je hem de tijd.",
  },
  choices = {
    {
      text = "Zeker! Ik heb hem al zien lachen bij het buitenspelen. We gaan er samen een mooi jaar van maken.",
      tags = { "overnemen", "oma", "stilte_vullen", "geruststellen" },
      effect = neemt_over,
      effects = { openheid = -1 },
      score = { ruimte = -2 },
      feedback = "Hartelijk, maar je vult de stilte. {vader} was nog niet klaar: hij zocht naar woorden. Door gerust te stellen sluit je het moment af. In een luistergesprek is stilte vaak het begin van het belangrijkste verhaal.",
      next = "stilte_gevuld",
    },
    {
      text = "Wat maakt hem een fijne jongen, voor u?",
      tags = { "lsd", "doorvragen" },
      score = { lsd = 1 },
      feedback = "Een open vraag over wát hij zegt: goed. Maar hij zocht nog naar woorden, en met een vraag neem je de pauze van hem over. Even niets zeggen had hem meer ruimte gegeven.",
      next = "vader_vertelt",
    },
    {
      text = "Dat geloof ik direct. Mag ik iets vragen over het lezen thuis: wie leest er met hem?",
      tags = { "overnemen", "eigen_agenda" },
      effect = neemt_over,
      score = { ruimte = -1 },
      feedback = "Een open vraag, maar over jouw onderwerp. {vader} begon net te praten; met een nieuwe vraag stuur je het gesprek weg van wat hij misschien wilde zeggen. Doorvragen betekent: vragen over wát de ander zegt.",
      next = "thuis_lezen_gevraagd",
    },
    {
      text = "Een fijne jongen...",
      tags = { "lsd", "echoen" },
      effects = { openheid = 1 },
      score = { ruimte = 1, lsd = 1 },
      feedback = "Goed. Je herhaalt zijn woorden en laat het daarbij: echoën. Daarmee zeg je ‘ik luister, ga door’, zonder het gesprek over te nemen. Nog krachtiger was geweest om helemaal niets te zeggen en de stilte te laten staan.",
      next = "vader_vertelt",
    },
  },
}

node "stilte" {
  text = "Je zegt niets. Je kijkt {vader} rustig aan en knikt. Het blijft stil in het lokaal; je hoort de klok tikken. {moeder} haalt adem om iets te zeggen, maar {vader} schraapt zijn keel.",
  -- Nog even wachten is het beste: hij staat op het punt te vertellen.
  timeout = {
    seconds = 10,
    next = "vader_vertelt",
    score = { ruimte = 2 },
    tags = { "stilte" },
    feedback = "Dit is het moeilijkste en het beste wat je kunt doen: de stilte laten staan. Veel mensen houden een pauze maar een paar seconden uit en vullen hem dan zelf. Jij gaf {vader} de tijd om zijn woorden te vinden. Let op wat er nu komt.",
  },
  choices = {
    {
      text = "Neemt u de tijd, hoor.",
      tags = { "lsd" },
      score = { ruimte = 1 },
      feedback = "Vriendelijk, en het zegt: er is geen haast. Maar het breekt de stilte net op het moment dat hij begon. Hij gaat gelukkig toch verder.",
      next = "vader_vertelt",
    },
    {
      text = "Mevrouw Kramer, wilde u nog iets aanvullen?",
      tags = { "overnemen", "stilte_vullen" },
      effect = neemt_over,
      effects = { openheid = -1 },
      score = { ruimte = -1 },
      feedback = "Je hield de stilte even vol, maar gaf het woord toen aan de moeder die makkelijker praat. Daarmee neem je de ruimte weg die {vader} net begon te nemen. Wie weinig zegt, heeft vaak net iets langer nodig.",
      next = "moeder_neemt_over",
    },
  },
}

node "stilte_gevuld" {
  speaker = "vader",
  mood = "neutraal",
  text = "Ja. Dat hoop ik. (Hij knikt en kijkt naar {moeder}.)",
  next = "moeder_neemt_over",
}

node "thuis_lezen_gevraagd" {
  speaker = "moeder",
  set = { strips_gehoord = true },
  mood = moeder_stemming,
  text = "Kofi leest met hem, ’s avonds in bed. Strips vooral, Jommeke en Donald Duck. (Ze lacht.) Ik weet niet of dat telt.",
  choices = {
    {
      text = "Strips zijn leuk, maar voor zijn leesniveau is het belangrijk dat hij ook echt in leesboekjes oefent.",
      tags = { "overnemen", "oma", "oordeel" },
      effect = neemt_over,
      effects = { openheid = -1, vertrouwen = -1 },
      score = { ruimte = -1, benutten = -1 },
      feedback = "Een oordeel (‘strips tellen niet echt’) over iets waar deze ouders trots op zijn. Leesplezier is juist wat een kind met leesangst nodig heeft. Zo mis je een kans om aan te sluiten bij wat thuis al goed gaat.",
      next = "moeder_neemt_over",
    },
    {
      text = "Meneer Mensah, wat vindt {kind} er fijn aan, samen strips lezen?",
      tags = { "lsd", "doorvragen", "beide_ouders" },
      effects = { openheid = 1 },
      score = { lsd = 1, ruimte = 1 },
      feedback = "Goed: je vraagt door op iets wat thuis goed gaat, en je richt je rechtstreeks tot de vader die nog weinig heeft gezegd. Zo geef je hem alsnog ruimte.",
      next = "vader_tweede_kans",
    },
    {
      text = "Strips tellen zeker, hoor! Alles wat hij met plezier leest, is lezen.",
      tags = { "geruststellen" },
      effect = warmer,
      score = { benutten = 1 },
      feedback = "Een warme bevestiging, en inhoudelijk klopt het: leesplezier is de sleutel. Maar je sluit het onderwerp af met je eigen oordeel, en de vader, die hier de deskundige is, komt niet aan het woord.",
      next = "moeder_neemt_over",
    },
  },
}

node "moeder_neemt_over" {
  speaker = "moeder",
  effect = vergeet("vorig_jaar_verteld", "advies_keer", "schrift"),
  mood = moeder_stemming,
  text = function(s)
    local t = "Nou, wat moet u nog meer weten... Op dinsdag gaat hij naar de bso, dus dan haalt mijn moeder hem op. Zijn gymspullen zitten in de blauwe tas. En hij vindt het fijn als hij weet wat er komt, dus het dagritme op het bord helpt hem."
    if overgenomen(s) >= 3 then
      t = t .. " (Ze klinkt zakelijker dan aan het begin.)"
    end
    return t .. " ({vader} kijkt naar de tafel.)"
  end,
  choices = {
    {
      text = "Meneer Mensah, hoe ziet u dat? U bent nog weinig aan het woord geweest.",
      tags = { "lsd", "beide_ouders" },
      effect = warmer,
      score = { ruimte = 1 },
      feedback = "Goed dat je beide ouders betrekt. Bij twee ouders praat vaak één van de twee, en dan hoor je maar de helft van het verhaal. Een uitnodiging als deze werkt het beste als er al wat vertrouwen is.",
      next = "vader_tweede_kans",
    },
    {
      text = "Wat fijn dat u dit allemaal zo goed bijhoudt. Dan noteer ik de bso op dinsdag, de blauwe gymtas en het dagritme, en dan weet ik genoeg om goed te beginnen.",
      tags = { "overnemen", "afsluiten" },
      effect = neemt_over,
      score = { ruimte = -1 },
      feedback = "Je vat de praktische zaken netjes samen, maar je sluit daarmee het gesprek af: ‘dan weet ik genoeg’. {vader} zit zwijgend aan tafel, en dat signaal laat je liggen.",
      next = "wens_ouders",
    },
    {
      text = "Dank u, dat noteer ik. Fijn om te weten dat het dagritme hem helpt.",
      tags = { "lsd" },
      score = { benutten = 1 },
      feedback = "Je luistert en pikt iets bruikbaars op (het dagritme). Maar je mist het signaal aan tafel: {vader} zegt niets meer, en het gesprek blijft bij praktische zaken.",
      next = "wens_ouders",
    },
  },
}

node "vader_tweede_kans" {
  text = function(s)
    if s.openheid >= 4 then
      return "{vader} kijkt even naar {moeder}. Ze knikt. Hij legt zijn sleutels neer."
    end
    return "{vader} kijkt even op en haalt zijn schouders op."
  end,
  next = function(s)
    if s.openheid >= 4 then return "vader_vertelt" end
    return "vader_dicht"
  end,
}

node "vader_dicht" {
  speaker = "vader",
  mood = "afwijzend",
  text = "Esther heeft het goed gezegd. Het gaat wel.",
  next = "wens_ouders",
}

---------------------------------------------------------------------------
-- Wat vader vertelt
---------------------------------------------------------------------------

node "vader_vertelt" {
  speaker = "vader",
  mood = "verdrietig",
  effects = { openheid = 1 },
  text = "Mijn moeder is in juli overleden. In Kumasi, in Ghana. We konden niet naar de begrafenis. {kind} belde elke zondag met haar; ze zong liedjes voor hem door de telefoon. Sinds de zomer slaapt hij slecht. En vorige week vroeg hij of hij dit jaar wéér voor de klas moet voorlezen. Hij had die avond buikpijn. (Stilte.) Dat staat niet in jullie papieren, denk ik.",
  choices = {
    {
      text = "Er is een heel mooi prentenboek over rouw. Ik mail u de titel. En de schoolmaatschappelijk werker kan ook helpen.",
      tags = { "overnemen", "oma", "advies" },
      effect = neemt_over,
      effects = { openheid = -2, vertrouwen = -1 },
      score = { ruimte = -2 },
      feedback = "Je wilt helpen, en die hulpbronnen kunnen later nuttig zijn. Maar {vader} vertelt net iets heel persoonlijks. Met een advies of verwijzing spring je over zijn verdriet heen naar een oplossing. Eerst erkennen, dan doorvragen; tips kunnen later, en liefst als ze erom vragen.",
      next = "verlies_advies",
    },
    {
      text = "Wat verdrietig, voor u allemaal. Gecondoleerd. Hoe merkt u thuis dat het {kind} bezighoudt?",
      tags = { "lsd", "gevoel", "doorvragen" },
      effects = { openheid = 1 },
      effect = warmer,
      score = { lsd = 2, aansluiten = 1, ruimte = 1 },
      feedback = "Precies goed. Je erkent het verlies kort en oprecht en vraagt dan open door naar wat je als leerkracht moet weten. Je geeft geen advies en je vult niets in. Zo kan {vader} verder vertellen.",
      next = "verlies_door",
    },
    {
      text = "Wat verdrietig. Dank u dat u het vertelt.",
      tags = { "gevoel" },
      effect = warmer,
      score = { aansluiten = 1, ruimte = 1 },
      feedback = "Oprecht en kort: je erkent het verlies en bedankt hem. Maar daarna blijft het stil, en de vader weet niet of je meer wilt horen. Een open vraag erachteraan (hoe merkt u het bij {kind}?) had hem uitgenodigd verder te vertellen.",
      next = "verlies_stil",
    },
    {
      text = "Ach, wat naar. Maar kinderen zijn gelukkig heel veerkrachtig, hoor. Hij komt er vast goed doorheen.",
      tags = { "overnemen", "oma", "oordeel", "geruststellen" },
      effect = neemt_over,
      effects = { openheid = -2, vertrouwen = -1 },
      score = { ruimte = -1, aansluiten = -1 },
      feedback = "Geruststellen klinkt vriendelijk, maar maakt het verdriet kleiner (bagatelliseren). De boodschap die aankomt is: ‘zo erg is het niet’. Bovendien is het een oordeel over een kind dat je drie weken kent.",
      next = "verlies_klein",
    },
  },
}

node "verlies_stil" {
  speaker = "moeder",
  mood = "verdrietig",
  text = "(Na een korte stilte.) Vertel ook van het huis, Kofi. Van de tekeningen.",
  next = "verlies_door",
}

node "verlies_advies" {
  speaker = "vader",
  mood = "afwijzend",
  text = "Ja. Misschien. (Hij kijkt weg.) We zijn er zelf nog niet zo ver mee.",
  choices = {
    {
      text = "Natuurlijk. Rouw heeft tijd nodig. U weet me te vinden.",
      tags = { "overnemen", "afsluiten" },
      effect = neemt_over,
      score = { ruimte = -1, aansluiten = 1 },
      feedback = "Je respecteert zijn tempo, en dat is goed. Maar je sluit het onderwerp daarmee af: ‘weet u me te vinden’ legt het initiatief bij hem. Wat {kind} op school nodig heeft, weet je nog steeds niet.",
      next = "wens_ouders",
    },
    {
      text = "Ik ga nu te snel naar oplossingen. Sorry. Wilt u vertellen hoe het nu thuis met hem gaat?",
      tags = { "herstel", "lsd", "doorvragen", "excuus" },
      effects = { openheid = 1 },
      effect = excuus,
      score = { lsd = 1, aansluiten = 1 },
      feedback = excuus_feedback("Goed herstel. Je benoemt je eigen valkuil (te snel adviseren) en geeft het woord terug. Zo’n correctie vraagt moed en wordt door ouders vaak gewaardeerd."),
      next = "verlies_door",
    },
    {
      text = "Ik stuur het u morgen in elk geval door. Zullen we het nu over het lezen hebben?",
      tags = { "overnemen", "oma", "eigen_agenda" },
      effect = neemt_over,
      effects = { openheid = -1 },
      score = { ruimte = -1, lsd = -1 },
      feedback = "Je gaat door naar je eigen agenda, terwijl de vader net zijn deur dichtdeed. Het lijkt efficiënt, maar je laat het belangrijkste onderwerp van de avond liggen.",
      next = "wens_ouders",
    },
  },
}

node "verlies_klein" {
  speaker = "vader",
  mood = "verdrietig",
  text = "Misschien. (Hij kijkt weg. {moeder} legt haar hand op zijn arm.)",
  choices = {
    {
      text = "Zullen we het dan over het lezen hebben?",
      tags = { "overnemen", "eigen_agenda" },
      effect = neemt_over,
      effects = { openheid = -1, vertrouwen = -1 },
      score = { ruimte = -1, lsd = -1 },
      feedback = "Je stapt over het verdriet heen naar jouw onderwerp. De vader heeft zich net laten zien, en dat wordt nu niet opgepakt. Deze ouders zullen dit minder snel opnieuw vertellen.",
      next = "wens_ouders",
    },
    {
      text = "Sorry, dat was te snel gezegd. Het is groot, wat u vertelt. Hoe merkt u het bij hem?",
      tags = { "herstel", "lsd", "doorvragen", "excuus" },
      effects = { openheid = 1 },
      effect = excuus,
      score = { lsd = 1, aansluiten = 1 },
      feedback = excuus_feedback("Goed dat je je geruststelling terugneemt en het verlies alsnog erkent. Daarna open doorvragen: zo krijgt {vader} een tweede kans om te vertellen."),
      next = "verlies_door",
    },
    {
      text = "Ik bedoelde alleen dat kinderen vaak meer aankunnen dan we denken. Maar het is natuurlijk ook heel verdrietig voor u allemaal, dat begrijp ik heel goed.",
      tags = { "overnemen", "verdedigen" },
      effect = neemt_over,
      score = { aansluiten = -1 },
      feedback = "Je legt uit wat je bedoelde en voegt er een erkenning aan toe. Maar de uitleg komt eerst: je verdedigt je geruststelling. ‘Dat begrijp ik heel goed’ klinkt dan als een formule, en een vraag naar {kind} blijft uit.",
      next = "wens_ouders",
    },
  },
}

node "verlies_door" {
  speaker = "vader",
  mood = "verdrietig",
  effects = { openheid = 1 },
  text = "’s Avonds tekent hij haar huis, met de mangoboom ervoor. Soms wil hij ’s ochtends niet bij me weg. En als hij iets moet doen waar hij bang voor is, wordt hij heel stil. Dan lijkt het of hij droomt. Maar hij is bang. (Esther knikt heftig.)",
  choices = {
    {
      text = "Ik heb zelf ook mijn oma verloren toen ik acht was. Ik weet precies hoe dat voelt.",
      tags = { "overnemen", "eigen_verhaal" },
      effect = neemt_over,
      effects = { openheid = -1 },
      score = { lsd = -1, ruimte = -1 },
      feedback = "Je zoekt verbinding, en dat is menselijk. Maar met ‘ik weet precies hoe dat voelt’ verschuift de aandacht naar jou, en niemand weet precies hoe een ander zich voelt. Bij actief luisteren blijft het verhaal van de ander centraal.",
      next = "eigen_ervaring",
    },
    {
      text = "Dat herken ik. Ik houd hem de komende tijd extra in de gaten en laat het u weten als ik iets merk.",
      tags = { "benutten" },
      score = { benutten = 1 },
      feedback = "Je wilt er iets mee doen, en een seintje naar huis is waardevol. Maar ‘dat herken ik’ maakt van zijn verhaal iets bekends, en je checkt niet of je het goed begrepen hebt. Een korte samenvatting met ‘klopt dat?’ had de vader laten bevestigen wat je hoorde.",
      next = "wens_ouders",
    },
    {
      text = "Als ik het samenvat: {kind} mist zijn oma, hij slaapt slecht, en als hij bang is, wordt hij stil. Dat lijkt op dromen, maar het is spanning. Klopt dat?",
      tags = { "lsd", "samenvatten" },
      effects = { openheid = 1 },
      effect = warmer,
      score = { lsd = 3, benutten = 1 },
      feedback = "Een sterke samenvatting. Je verbindt wat beide ouders vertelden tot één inzicht: ‘dromerig’ uit de overdracht is eigenlijk ‘bang’. En je checkt het (‘klopt dat?’), zodat de ouders kunnen bevestigen of bijsturen. Dit is het hart van LSD.",
      next = "samenvatten_ok",
    },
    {
      text = "Wat zou u willen dat ik doe als hij in de klas stil wordt?",
      tags = { "lsd", "doorvragen" },
      effect = warmer,
      score = { lsd = 2 },
      feedback = "Een goede, toekomstgerichte doorvraag: je vraagt de ouders om hun deskundigheid. Een korte samenvatting eerst had laten horen dat je het verhaal echt hebt begrepen, en had de ouders ook de kans gegeven je bij te sturen.",
      next = "wens_ouders",
    },
  },
}

node "eigen_ervaring" {
  speaker = "moeder",
  mood = "neutraal",
  effect = function(s) s.flags.eigen_keer = (s.flags.eigen_keer or 0) + 1 end,
  text = function(s)
    if s.flags.eigen_keer > 1 then
      return "(Beleefd.) Ja... Dat moet zwaar zijn geweest. ({vader} kijkt op zijn telefoon.)"
    end
    return "O... wat naar voor u. (Korte stilte. {vader} zegt niets meer.)"
  end,
  choices = {
    {
      text = "Ja, en wat mij toen hielp, was dat mijn juf er elke ochtend even naar vroeg. Dat zou ik bij {kind} ook kunnen doen, denk ik...",
      when = function(s) return s.flags.eigen_keer < 2 end,
      tags = { "overnemen", "eigen_verhaal", "oma", "advies" },
      effect = neemt_over,
      effects = { openheid = -1, vertrouwen = -1 },
      score = { ruimte = -1 },
      feedback = "Je vertelt door over je eigen ervaring en verpakt er een advies in. De ouders worden nu toehoorder van jouw verhaal. Zelfonthulling kan helpen, maar dan kort, en daarna geef je het woord meteen terug.",
      next = "eigen_ervaring",
    },
    {
      text = "Maar genoeg over mij. Vertelt u verder?",
      tags = { "herstel" },
      score = { ruimte = 1 },
      feedback = "Goed dat je jezelf terugzet en het woord teruggeeft. Het blijft wel open waarover: een vraag naar {kind} helpt de vader weer op gang.",
      next = "wens_ouders",
    },
    {
      text = "Maar het gaat nu om {kind}. Wat zou u willen dat ik weet of doe, als hij in de klas stil wordt?",
      tags = { "lsd", "doorvragen", "herstel" },
      effects = { openheid = 1 },
      score = { lsd = 1 },
      feedback = "Goed dat je jezelf terugzet en de focus weer bij {kind} legt, met een open vraag naar de wensen van de ouders.",
      next = "wens_ouders",
    },
  },
}

node "samenvatten_ok" {
  speaker = "vader",
  mood = "neutraal",
  text = "(Hij knikt langzaam.) Ja. Dat klopt. Hij is niet lui. Hij is voorzichtig. (Esther veegt even langs haar ogen.) Fijn dat u dat zo zegt.",
  next = "wens_ouders",
}

---------------------------------------------------------------------------
-- Wat vragen de ouders?
---------------------------------------------------------------------------

node "wens_ouders" {
  speaker = "moeder",
  effect = vergeet("eigen_keer", "vorig_jaar_verteld", "advies_keer", "schrift"),
  mood = moeder_stemming,
  text = function(s)
    local t = ""
    if overgenomen(s) >= 2 then
      t = "U heeft al veel gezegd, hoor. Maar wat wíj eigenlijk willen vragen: "
    else
      t = "Wat wij eigenlijk willen vragen: "
    end
    t = t .. "laat {kind} alsjeblieft niet onverwacht voor de klas hardop lezen. Daar is hij vorig jaar helemaal van dichtgeklapt."
    if vader_verteld(s) then
      t = t .. " En als hij stil wordt of verdrietig is, laat het ons dan weten. Dan weten we thuis waar het over gaat."
    end
    return t
  end,
  choices = {
    {
      text = "Hardop lezen hoort nu eenmaal bij groep {groep}. Daar kan ik voor één kind geen uitzondering maken.",
      tags = { "overnemen", "oordeel", "oma", "grens" },
      effect = neemt_over,
      effects = { vertrouwen = -2, openheid = -1 },
      score = { aansluiten = -2, benutten = -1 },
      feedback = "Je stelt een grens zonder eerst te luisteren naar wat er achter de vraag zit. Dat is ‘boven-tegen’ op de Roos van Leary en roept ‘tegen’ op bij de ouders. Je kunt heel goed eerlijk zijn over wat wél en niet kan, maar begin met erkennen en zoek samen naar een tussenweg.",
      next = "botsing",
    },
    {
      text = function(s)
        if vader_verteld(s) then
          return "Dus: niet onverwacht voorlezen, en een seintje aan u als hij stil of verdrietig is. Is er nog iets wat ik moet weten?"
        end
        return "Dus: niet onverwacht voorlezen. Dat is helder. Is er nog iets wat ik moet weten?"
      end,
      tags = { "lsd", "samenvatten" },
      effect = warmer,
      score = { lsd = 2, benutten = 1 },
      feedback = "Goed: je vat de vraag van de ouders kort samen in hun eigen termen en sluit af met een open vraag. Je belooft nog niets wat je niet kunt waarmaken, maar laat wel horen dat de vraag is aangekomen.",
      next = "thuis_sterk",
    },
    {
      text = "Ik begrijp het, maar ik wil hem ook niet te veel sparen. Voorlezen is een belangrijke vaardigheid, en als hij het nu niet oefent, wordt de drempel alleen maar hoger.",
      tags = { "overnemen", "mening" },
      effect = neemt_over,
      effects = { vertrouwen = -1 },
      score = { aansluiten = -1 },
      feedback = "Een professionele overweging die klopt: vermijden maakt angst groter. Maar je brengt haar vóórdat je de vraag van de ouders hebt samengevat. Zo klinkt het als nee. Eerst laten horen dat je de vraag begrijpt, dan samen zoeken naar een opbouw.",
      next = "botsing",
    },
    {
      text = "Dat begrijp ik. Ik zal er rekening mee houden.",
      tags = { "overnemen", "vaag" },
      effect = neemt_over,
      score = { benutten = 1 },
      feedback = "Vriendelijk, maar vaag. ‘Rekening houden’ zegt de ouders niet wat je gaat doen, en je checkt niet of je hun vraag goed begrijpt. Een korte samenvatting van hun vraag had laten horen dat die is aangekomen.",
      next = "thuis_sterk",
    },
  },
}

node "botsing" {
  speaker = "moeder",
  mood = "boos",
  text = "Dus het gaat weer precies zoals vorig jaar. (Ze kijkt naar {vader}.) Ik zei het toch.",
  choices = {
    {
      text = "Dat zei ik te stellig, sorry. Wat als hij eerst alleen bij mij oefent, en we samen kijken wanneer hij zover is?",
      tags = { "herstel", "afstemmen", "excuus" },
      effect = excuus,
      score = { aansluiten = 1, benutten = 1 },
      feedback = excuus_feedback("Goed herstel: je erkent dat je te stellig was en je zoekt een tussenweg die recht doet aan het leesdoel én aan de zorg van de ouders. Je sluit af met een vraag in plaats van een besluit."),
      next = "thuis_sterk",
    },
    {
      text = "Ik snap uw zorg echt, maar ik moet ook eerlijk zijn: ik kan niet voor één kind een uitzondering maken, dan wil iedereen dat. Ik doe het voor alle kinderen hetzelfde.",
      tags = { "overnemen", "oordeel", "grens" },
      effect = neemt_over,
      effects = { vertrouwen = -3 },
      score = { aansluiten = -2, benutten = -1 },
      feedback = "Je herhaalt je grens en gaat niet echt in op de zorg. Gelijke behandeling is niet hetzelfde als eerlijk onderwijs: een kind met leesangst heeft iets anders nodig om hetzelfde doel te halen. De ouders haken hier af.",
      next = "einde_dicht",
    },
    {
      text = "Nee, zo bedoel ik het niet. Hij hoeft niet onverwacht te lezen.",
      tags = { "herstel" },
      score = { aansluiten = 1 },
      feedback = "Je neemt de scherpte eraf, en de belangrijkste belofte staat: niet onverwacht. Maar hoe het dan wél gaat, blijft open, en je vraagt niet hoe de ouders het zien.",
      next = "thuis_sterk",
    },
  },
}

node "thuis_sterk" {
  speaker = "vader",
  mood = vader_stemming,
  text = function(s)
    if s.openheid >= 6 then
      return "(Hij glimlacht voor het eerst.) Weet u wat hij wél graag leest? Strips. Jommeke, Donald Duck. Hij leest ze mij ’s avonds voor, met stemmetjes. En alles over dinosaurussen. Als het over dino’s gaat, leest hij zonder dat hij het doorheeft."
    end
    if s.flags.strips_gehoord then
      return "Strips, zoals Esther zei. En dino’s. Dat leest hij wel."
    end
    return "Thuis leest hij wel. Strips. Dino-boeken."
  end,
  choices = {
    {
      text = "Wat leuk.",
      tags = { "overnemen", "vaag" },
      effect = neemt_over,
      score = { aansluiten = 1 },
      feedback = "Vriendelijk, maar je laat een kans liggen. De vader geeft je hier een ingang die goud waard is voor een kind met leesangst: lezen over wat hem boeit, en voorlezen in een veilige situatie.",
      next = "samenvatting_groot",
    },
    {
      text = "Met stemmetjes! Mag ik dat in de klas gebruiken? Een dinoboek bij het stillezen, en eerst voorlezen aan één maatje?",
      tags = { "benutten", "afstemmen" },
      effect = warmer,
      score = { benutten = 2, aansluiten = 1 },
      feedback = "Uitstekend. Je maakt van wat de ouders vertellen meteen iets concreets voor in de klas, en je vraagt of het mag. Zo zijn de ouders mede-eigenaar van de aanpak. Dat is wat bekwaamheidseis ‘samenwerken met de omgeving’ bedoelt: informatie van ouders gebruiken en het samen afstemmen.",
      next = "samenvatting_groot",
    },
    {
      text = "Wat mooi dat hij u voorleest. Dat is precies wat hij nodig heeft: lezen zonder druk. Ik denk dat we daar op school ook iets mee kunnen, ik weet alleen nog niet precies wat.",
      tags = { "vaag" },
      score = { benutten = 1 },
      feedback = "Je ziet de waarde van wat de vader vertelt, en dat zeg je ook. Maar ‘ik weet nog niet precies wat’ laat de kans liggen om het samen concreet te maken. Vraag of je het mag gebruiken, en noem één voorbeeld.",
      next = "samenvatting_groot",
    },
    {
      text = "Strips zijn leuk, maar voor zijn leesniveau moet hij vooral in leesboekjes van zijn niveau oefenen.",
      tags = { "overnemen", "oma", "oordeel" },
      effect = neemt_over,
      effects = { vertrouwen = -1, openheid = -1 },
      score = { benutten = -1, ruimte = -1 },
      feedback = "Een oordeel over iets waar deze vader trots op is. Voor een kind met leesangst is leesplezier geen bijzaak maar de sleutel. Zo schuif je de informatie van de ouders opzij in plaats van haar te gebruiken.",
      next = "samenvatting_groot",
    },
  },
}

---------------------------------------------------------------------------
-- Afronden: samenvatten, benutten, contact
---------------------------------------------------------------------------

node "samenvatting_groot" {
  effect = vergeet("strips_gehoord"),
  text = "Je ziet op de klok dat het kwartier bijna om is. Tijd om af te ronden. Wat zeg je?",
  choices = {
    {
      text = "Nou, ik heb een goed beeld. Dan vertel ik nu even wat ik ga doen.",
      tags = { "overnemen", "zenden" },
      effect = neemt_over,
      score = { lsd = -1 },
      feedback = "Je slaat de samenvatting over. Daardoor weten de ouders niet wat er van hun verhaal is aangekomen, en jij weet niet of je het goed hebt begrepen. Een eindsamenvatting is in een luistergesprek geen formaliteit; het is het bewijs dat je hebt geluisterd.",
      next = "wat_doe_ik",
    },
    {
      text = function(s)
        local t = "Mag ik samenvatten? "
        if s.flags.dino_gehoord then t = t .. "{kind} is een bouwer. " end
        return t .. "Hij is bang geworden van voorlezen, hij mist zijn oma en slaapt slecht, en als hij stil wordt, is hij gespannen. Heb ik iets gemist?"
      end,
      when = vader_verteld,
      tags = { "lsd", "samenvatten" },
      set = { eindsamenvatting = true },
      effect = warmer,
      score = { lsd = 2, benutten = 1 },
      feedback = "Een volledige eindsamenvatting in de woorden van de ouders, inclusief het gevoelige verhaal van de vader, en afgesloten met een checkvraag. Zo hebben de ouders het bewijs dat je écht hebt geluisterd, en kunnen ze nog aanvullen.",
      next = "wat_doe_ik",
    },
    {
      text = function(s)
        local t = "Mag ik samenvatten? "
        if s.flags.dino_gehoord then t = t .. "{kind} kan heel geconcentreerd bouwen en tekenen. " end
        return t .. "Van voorlezen voor de klas is hij vorig jaar erg geschrokken. Thuis leest hij strips. Heb ik iets gemist?"
      end,
      when = function(s) return not vader_verteld(s) end,
      tags = { "lsd", "samenvatten" },
      effect = warmer,
      score = { lsd = 1 },
      feedback = "Een nette samenvatting met een checkvraag. Je vat samen wat je hebt gehoord, maar je hebt minder gehoord dan er te horen was: de vader is in dit gesprek nauwelijks aan het woord geweest.",
      next = "wat_doe_ik",
    },
    {
      text = "Dank u wel voor alles wat u heeft verteld. Ik heb veel opgeschreven: over het lezen, over thuis, over wat hij fijn vindt. Ik ga er goed over nadenken en kom er bij u op terug.",
      tags = { "vaag" },
      score = { lsd = 1 },
      feedback = "Warm en dankbaar, en dat doet ouders goed. Maar ‘ik heb veel opgeschreven’ is geen samenvatting: de ouders horen niet wát er is aangekomen, en kunnen je dus ook niet bijsturen.",
      next = "wat_doe_ik",
    },
  },
}

node "wat_doe_ik" {
  speaker = "moeder",
  mood = moeder_stemming,
  text = "En wat gaat u nu met al deze informatie doen?",
  -- Zwijgen kost hier: de moeder vraagt rechtstreeks wat je gaat doen.
  timeout = {
    seconds = 15,
    next = "contact",
    score = { benutten = -1 },
    effects = { vertrouwen = -1 },
    set = { geen_antwoord = true },
    tags = { "stilte" },
    feedback = "Je bleef stil op een rechtstreekse vraag. Na al hun verhalen willen de ouders horen wat je ermee doet; zwijgen klinkt als ‘dat weet ik nog niet’. Daaraan merken ouders of hun informatie ertoe doet.",
  },
  choices = {
    {
      text = "Ik ga {kind} aanmelden bij de intern begeleider. Die kan kijken of er een leestraject nodig is, of een onderzoek. Dan weten we zeker dat hij de juiste hulp krijgt.",
      tags = { "overnemen", "advies", "eigen_agenda" },
      effect = neemt_over,
      effects = { vertrouwen = -1 },
      score = { benutten = -1, aansluiten = -1 },
      feedback = "Een grote stap die niet voortkomt uit wat de ouders vertelden; zij vroegen om veiligheid rond voorlezen, niet om een traject. Bovendien besluit je zonder overleg. Een leerkracht kan de intern begeleider zeker inschakelen, maar vertel dan waarom en vraag hoe de ouders ertegenaan kijken.",
      next = "contact",
    },
    {
      text = "Hij leest niet onverwacht voor de klas; eerst oefent hij bij mij. En ik gebruik zijn liefde voor dino’s bij het lezen. Past dat?",
      when = function(s) return not vader_verteld(s) end,
      tags = { "benutten", "afspraken" },
      effect = warmer,
      score = { benutten = 2 },
      feedback = "Concreet en gebaseerd op wat je hoorde, met een checkvraag. Goed. Alleen weet je niet alles: wat er deze zomer in het gezin gebeurde, is in dit gesprek niet ter sprake gekomen.",
      next = "contact",
    },
    {
      text = "Ik houd hem goed in de gaten.",
      tags = { "overnemen", "vaag" },
      effect = neemt_over,
      feedback = "Goedbedoeld, maar te vaag. De ouders hebben je veel verteld; laat concreet horen wat je ermee doet. Daaraan merken ouders dat hun informatie ertoe doet.",
      next = "contact",
    },
    {
      text = "Drie dingen. Hij leest niet onverwacht voor: eerst bij mij, dan met een maatje. Wordt hij stil, dan vraag ik rustig hoe het gaat. En in het dinoproject is hij onze expert. Past dat?",
      when = vader_verteld,
      tags = { "benutten", "afspraken" },
      set = { concreet = true },
      effect = warmer,
      score = { benutten = 3, aansluiten = 1 },
      feedback = "Uitstekend. Elk punt komt rechtstreeks uit het verhaal van de ouders, en elk punt is concreet genoeg om na te gaan. Met de afsluitende vraag laat je de ouders meebeslissen. Zo wordt kennismaking partnerschap.",
      next = "contact",
    },
    {
      text = "Ik vertel de collega’s die hem ook lesgeven, zoals de gymleraar, dat hij niet onverwacht hoeft voor te lezen.",
      tags = { "benutten" },
      score = { benutten = 1 },
      feedback = "Een concrete stap die uit hun verhaal komt: ook bij andere leerkrachten hoeft hij niet onverwacht voor te lezen. Maar wat jíj in je eigen klas anders doet, blijft onbenoemd, en je vraagt niet of het past.",
      next = "contact",
    },
  },
}

node "contact" {
  speaker = "moeder",
  mood = moeder_stemming,
  text = function(s)
    if s.flags.geen_antwoord then
      return "(Ze wacht even.) Oké... Nou, hoe houden we dan contact? Vorig jaar hoorden we pas in februari iets."
    end
    return "En hoe houden we contact? Vorig jaar hoorden we pas in februari iets."
  end,
  choices = {
    {
      text = "Hoe zou u het zelf willen?",
      tags = { "lsd", "aansluiten" },
      effect = warmer,
      score = { aansluiten = 2 },
      feedback = "Kort en sterk. Je maakt de verwachtingen aan beide kanten bespreekbaar in plaats van ze in te vullen. Dat is verwachtingsmanagement: eerst horen wat de ouders verwachten, dan samen iets afspreken dat haalbaar is.",
      next = "contact_wens",
    },
    {
      text = "Als er iets is, hoort u het van mij.",
      tags = { "overnemen", "vaag" },
      effect = neemt_over,
      effects = { vertrouwen = -1 },
      score = { aansluiten = -1 },
      feedback = "Zo ontstaat precies het patroon dat de moeder beschrijft: contact alleen als er een probleem is. Juist een positief contactmoment bouwt het vertrouwen op dat je later nodig hebt bij moeilijke onderwerpen.",
      next = "afsluiting",
    },
    {
      text = "Via de ouderapp. Daar zet ik elke week foto’s en nieuws over de klas op.",
      tags = { "overnemen", "zenden" },
      effect = neemt_over,
      feedback = "Informatie voor de hele groep is prima, maar het is eenrichtingsverkeer en niet gericht op {kind}. Na zo’n gesprek verwachten ouders iets persoonlijkers.",
      next = "afsluiting",
    },
    {
      text = "Ik bel u na de herfstvakantie even om te vertellen hoe het gaat.",
      tags = { "afspraken" },
      score = { aansluiten = 1 },
      feedback = "Concreet en positief: een belletje, niet pas als er iets is. Goed. Maar je bepaalt het alleen; misschien willen de ouders iets anders, of vaker iets horen.",
      next = "afsluiting",
    },
  },
}

node "contact_wens" {
  speaker = "vader",
  mood = "neutraal",
  text = "Een kort berichtje als het een goede dag was, dat zou al veel doen. Niet alleen als het slecht gaat. En na de herfstvakantie misschien even bellen?",
  choices = {
    {
      text = "Dat is een goed idee. Ik ga kijken hoe ik dat kan inplannen, want met achtentwintig kinderen is het soms puzzelen. Maar ik ga mijn best doen om u regelmatig iets te laten weten.",
      tags = { "vaag" },
      score = { aansluiten = 1 },
      feedback = "Je staat open voor hun wens en bent eerlijk over je tijd. Maar ‘mijn best doen’ en ‘regelmatig’ zijn geen afspraak: de ouders weten niet wanneer ze iets horen. Maak het klein en concreet: wat, wanneer, hoe vaak.",
      next = "afsluiting",
    },
    {
      text = "Afgesproken. Elke vrijdag stuur ik u een kort bericht, ook als het goed ging. En na de herfstvakantie bel ik u. Schikt dinsdagavond?",
      tags = { "afspraken", "aansluiten" },
      effect = warmer,
      set = { contact_afgesproken = true },
      score = { aansluiten = 1, benutten = 1 },
      feedback = "Concreet (wie, wat, wanneer) en haalbaar: een bericht per week in plaats van elke dag. Je komt tegemoet aan de wens van de ouders, maar bewaakt ook je eigen grenzen. Precies de goede balans.",
      next = "afsluiting",
    },
    {
      text = "Elke dag een berichtje lukt me echt niet met achtentwintig kinderen. We houden het bij de ouderapp.",
      tags = { "overnemen", "grens" },
      effect = neemt_over,
      effects = { vertrouwen = -1 },
      score = { aansluiten = -1 },
      feedback = "Een grens stellen mag, maar de vader vroeg niet om elke dag. Hij vroeg om een berichtje op een goede dag en één telefoontje. Je reageert op een verzoek dat niet gedaan is en biedt geen alternatief.",
      next = "afsluiting",
    },
  },
}

node "afsluiting" {
  text = function(s)
    if s.vertrouwen >= 7 then
      return "{moeder} klapt haar schrift dicht. {vader} staat op en geeft je een hand. ‘Dank u wel.’"
    elseif s.vertrouwen <= 3 then
      return "{moeder} pakt haar tas. Het afscheid is kort."
    end
    return "De ouders staan op. {moeder} bedankt je vriendelijk; {vader} knikt."
  end,
  next = function(s)
    if s.vertrouwen <= 3 or overgenomen(s) >= 6 then return "einde_dicht" end
    if vader_verteld(s) and s.vertrouwen >= 7 and s.openheid >= 7 and overgenomen(s) <= 1
       and s.flags.eindsamenvatting and s.flags.concreet then
      return "einde_partners"
    end
    if vader_verteld(s) then return "einde_half" end
    return "einde_beleefd"
  end,
}

---------------------------------------------------------------------------
-- Eindes
---------------------------------------------------------------------------

ending "einde_partners" {
  title = "Partners vanaf de eerste week",
  outcome = "good",
  text = function(s)
    local t = "Bij de deur zegt {moeder}: ‘Dit is de eerste keer dat ik het gevoel heb dat ze op school {kind} echt willen kennen.’ Je weet nu wat niet in de overdracht stond: het verlies van zijn oma, zijn angst voor voorlezen, en dat ‘dromerig’ eigenlijk ‘bang’ betekent. En je weet hoe je hem kunt bereiken: via dinosaurussen en strips."
    if s.flags.contact_afgesproken then
      t = t .. " Vrijdag stuur je je eerste berichtje."
    else
      t = t .. " Hoe jullie contact houden, is nog niet afgesproken; stuur ze deze week zelf een eerste positief bericht."
    end
    return t .. " Omdat je luisterde, samenvatte en doorvroeg, en de stilte liet bestaan, vertelden de ouders wat ertoe doet."
  end,
}

ending "einde_half" {
  title = "Gehoord, maar nog niet helemaal samen",
  outcome = "mixed",
  text = function(s)
    local t = "De ouders hebben je het belangrijkste verteld: het verlies van de oma van {kind} en zijn angst voor voorlezen. Dat is waardevol. "
    if overgenomen(s) >= 3 then
      t = t .. "Toch bleef er iets hangen: je gaf een paar keer sneller een advies of oordeel dan dat je doorvroeg. "
    elseif s.flags.geen_antwoord then
      t = t .. "Toch bleef er iets hangen: op de vraag wat je met hun verhaal doet, bleef het stil. "
    else
      t = t .. "Toch bleef het einde wat vaag: de ouders weten nog niet precies wat je met hun verhaal gaat doen of hoe jullie contact houden. "
    end
    return t .. "Kijk terug (ALACT): op welk moment nam jij het gesprek over, en wat had je daar kunnen doen?"
  end,
}

ending "einde_beleefd" {
  title = "Een vriendelijk gesprek, maar het belangrijkste bleef onuitgesproken",
  outcome = "mixed",
  text = "Het was een vriendelijk gesprek en je weet een paar dingen: dat {kind} bang is voor voorlezen, en dat hij van strips en dino’s houdt. Maar {vader} heeft bijna niets gezegd. Wat je niet weet: dat zijn oma deze zomer is overleden, dat hij slecht slaapt en dat zijn ‘dromen’ eigenlijk spanning is. Over een paar weken, als {kind} stil wordt in de klas, mis je die sleutel. Kijk terug: waar liet jij geen ruimte, of vulde je een stilte?",
}

ending "einde_dicht" {
  title = "De deur gaat dicht",
  outcome = "bad",
  -- oordelen, adviezen en regels in een gesprek dat om luisteren draait: de
  -- kern van het gesprek mislukte, hoe de punten ook uitvallen
  grade_cap = "onvoldoende",
  text = "De ouders gaan beleefd maar teleurgesteld weg. {moeder} zegt bij de deur: ‘Nou, we zien wel hoe het gaat.’ Ze kwamen om te vertellen, maar kregen vooral oordelen, adviezen en regels te horen. Wat het belangrijkste was, weet je niet. Bij het volgende contact, waarschijnlijk pas als er een probleem is, begin je met een achterstand in vertrouwen. Kijk terug met de Roos van Leary: waar ging jij ‘boven’ of ‘tegen’ zitten, en wat riep dat op?",
}

---------------------------------------------------------------------------
-- Testplannen
---------------------------------------------------------------------------

-- Beste pad: open beginnen, doorvragen, gevoel benoemen, twee keer de
-- stilte laten staan (t,t), het verlies erkennen, samenvatten, concreet
-- benutten, contact afstemmen.
plan "beste_pad" {
  choices = "2,1,2,t,t,2,3,2,2,2,3,1,2",
  ending = "einde_partners",
  outcome = "good",
  grade = "goed",
  overall = 0.983,
  scores = { lsd = 15, ruimte = 7, aansluiten = 9, benutten = 9 },
}

-- Echoën in plaats van zwijgen: de vader vertelt ook, maar de stilte had
-- meer ruimte gegeven.
plan "echo_in_plaats_van_stilte" {
  choices = "2,1,2,4,2,3,2,2,2,3,1,2",
  ending = "einde_partners",
  grade = "goed",
  overall = 0.84,
}

-- Zwijgen op de vraag hoe het gesprek gaat: de moeder wordt onzeker en
-- begint met haar schrift (de tekst weet dat).
plan "stilte_aan_het_begin" {
  choices = "t,2,1,2,t,t,2,3,2,2,2,3,1,2",
  ending = "einde_partners",
  grade = "goed",
  overall = 0.946,
  scores = { aansluiten = 7 },
}

-- Zwijgen op 'wat gaat u met deze informatie doen?': dat kost, de moeder
-- zegt er iets van en het einde noemt het.
plan "stilte_op_de_vraag" {
  choices = "2,1,2,t,t,2,3,2,2,2,t,1,2",
  ending = "einde_half",
  outcome = "mixed",
  grade = "goed",
  overall = 0.898,
}

-- Eerst zenden en een collega verdedigen: twee excuses, het tweede levert
-- geen vertrouwen meer op.
plan "tweede_excuus" {
  choices = "3,1,1,4,2,t,t,2,3,2,2,2,3,1,2",
  ending = "einde_half",
  grade = "goed",
  overall = 0.817,
}

-- Middenpad: half-goede antwoorden (echoën, vaag over wat je doet).
plan "middenpad" {
  choices = "2,1,3,4,2,3,4,2,3,4,4",
  ending = "einde_half",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.582,
}

-- Vriendelijk, maar de stilte gevuld: vader vertelt niets.
plan "stilte_gevuld" {
  choices = "2,1,2,1,3,2,2,2,2,1,2",
  ending = "einde_beleefd",
  outcome = "mixed",
  grade = "onvoldoende",
  overall = 0.424,
}

-- Slechtste pad: beginnen met de overdracht, adviseren, een regel stellen
-- en vasthouden.
plan "slechtste_pad" {
  choices = "1,3,3,2,1,2",
  ending = "einde_dicht",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0,
}

-- Twee keer een leesadvies: de tweede keer reageert de moeder kortaf (de
-- tekst weet dat het al gezegd is).
plan "twee_adviezen" {
  choices = "3,3,1,1,1,t,t,2,3,2,2,2,3,1,2",
  ending = "einde_half",
  grade = "voldoende",
  overall = 0.557,
}
