-- Het tweede adres: de vader die de school zelden ziet
-- Thema: verwachtingsmanagement (en een ouder die de school niet bereikte).
-- Lieke woont bij haar moeder; haar vader, met wie de school bijna geen contact
-- had, vraagt om informatie. Oefent: informatieplicht (beide ouders met gezag
-- krijgen dezelfde informatie, ook de ouder bij wie het kind niet woont; een
-- verzoek van de andere ouder verandert dat niet, alleen een rechter kan dat),
-- neutraal blijven (geen partij kiezen, geen boodschapper zijn, niet praten over
-- de andere ouder, geen verklaring voor één ouder), luisteren naar wat er onder
-- zijn boosheid zit, en concrete afspraken. Aan het eind mailt de moeder: ook
-- zij krijgt een neutraal antwoord.

scenario {
  id = "gescheiden-ouders",
  version = 1,
  title = "Het tweede adres",
  language = "nl",
  tags = { "verwachtingsmanagement", "moeilijk bereikbare ouders", "gescheiden ouders", "informatieplicht", "neutraliteit", "groep 6" },
  level = 3,
  minutes = 15,
  summary = "De vader van Lieke, die je bijna nooit ziet, heeft een gesprek aangevraagd. Hij wil weten hoe het met zijn dochter gaat.",
  briefing = [[
Je bent leerkracht van groep 6 van CBS De Akker in Zwolle. Het is dinsdag, kwart over vier.

Lieke Verhoef (9) zit sinds dit schooljaar bij je in de klas. Haar ouders zijn vorig jaar uit elkaar gegaan. Lieke woont door de week bij haar moeder, Ilse Brouwer, en is om het weekend bij haar vader, Martijn Verhoef. In de leerlingadministratie staat bij allebei: ouder met gezag. Moeder ken je goed: zij brengt Lieke en kwam in februari bij het rapportgesprek. Vader heb je één keer kort gezien, op het schoolplein.

Hoe het met Lieke gaat: rekenen gaat goed. Spelling gaat sinds de kerst minder. In de klas is ze stiller dan in het begin van het jaar. Over twee weken is de kijkavond van groep 6.

Vorige week mailde vader: "Ik wil graag een gesprek over Lieke. Ik hoor nooit iets van school."

Gisteren mailde moeder: "Ik hoor dat Martijn een gesprek heeft aangevraagd. Ik wil niet dat u hem informatie over Lieke geeft. Hij gebruikt alles tegen mij." Je hebt haar nog niet geantwoord.

Je hebt een half uur.]],
  goals = {
    "Je geeft deze vader de informatie over Lieke waar hij als ouder recht op heeft.",
    "Je maakt duidelijk wat hij van de school kan verwachten, en wat niet.",
    "Je houdt Lieke in het midden van het gesprek, niet de scheiding.",
    "Je maakt concrete afspraken over hoe hij voortaan op de hoogte blijft.",
  },
  vars = { kind = "Lieke", groep = 6 },
  start = "binnen",
  grading = { pass = 0.55, good = 0.80 },
}

character "vader" {
  name = "Martijn Verhoef",
  role = "vader van Lieke",
  portrait = { skin = 2, hair = "kort", hair_color = "#6b4f2e", age = "middel", shirt = "#44546a" },
}

character "moeder" {
  name = "Ilse Brouwer",
  role = "moeder van Lieke",
  portrait = { skin = 1, hair = "staart", hair_color = "#c8a26b", glasses = true, age = "middel", shirt = "#8a4f5e" },
}

-- Tempo van de gevoelens. Martijn voelt zich al een jaar buitengesloten.
-- Vertrouwen (start 3) stijgt hooguit 1 per beurt, en alleen door daden (de
-- app, het rapport, een eigen uitnodiging), niet door woorden alleen; een
-- vader die zo binnenkomt, eindigt dit eerste gesprek hooguit op 6.
-- Spanning (verborgen, start 6) daalt als hij zich gehoord voelt, en stijgt
-- met 2 zodra hij merkt dat jij een kant kiest, welke kant ook. Niet elk
-- excuus werkt: wie eerst zei dat ouders de informatie zelf moeten doorgeven,
-- krijgt met een "sorry" daarna geen vertrouwen terug.
meter "vertrouwen" { label = "Vertrouwen", min = 0, max = 10, start = 3, visible = true }
meter "spanning"   { label = "Spanning", min = 0, max = 10, start = 6, visible = false }

competency "informeren"    { label = "Informeren: beide ouders met gezag dezelfde informatie (informatieplicht)", weight = 2 }
competency "neutraal"      { label = "Neutraal blijven: geen partij, geen boodschapper, niet over de andere ouder", weight = 2 }
competency "verwachtingen" { label = "Verwachtingen helder maken: wat de school wel en niet doet", weight = 2 }
competency "lsd"           { label = "Luisteren, samenvatten, doorvragen", weight = 1 }
competency "afspraken"     { label = "Concrete afspraken maken", weight = 1 }

-- Over de vlaggen: s.flags.net is "wat er net gebeurde" (elke keuze zet hem
-- opnieuw); wat langer telt, heeft een eigen vlag. Een ernstige fout (een
-- verklaring beloven, de mail van moeder verraden, vertellen wat vader zei)
-- staat in s.flags.fout.

local function stemming(s)
  if s.spanning >= 8 then return "boos" end
  if s.spanning >= 6 then return "gespannen" end
  if s.vertrouwen >= 6 then return "blij" end
  if s.vertrouwen <= 2 then return "afwijzend" end
  return "neutraal"
end

local function welk_einde(s)
  if s.flags.fout then return "partij_gekozen" end
  if s.flags.boodschap then return "boodschapper" end
  if s.flags.net == "gerust_stellen" then return "half" end
  if s.flags.app and s.flags.afspraak and s.vertrouwen >= 5 and s.spanning <= 5 then return "twee_ouders" end
  return "half"
end

---------------------------------------------------------------------------
-- Opening: "ik ben ook haar vader"
---------------------------------------------------------------------------

node "binnen" {
  text = "Martijn Verhoef is tien minuten te vroeg. Hij heeft een map onder zijn arm en blijft staan tot je een stoel aanwijst. Dan gaat hij zitten, op het puntje.",
  next = "opening",
}

node "opening" {
  speaker = "vader",
  mood = "afwijzend",
  text = "Fijn dat ik ook eens welkom ben. Het rapport heb ik van Lieke zelf moeten horen. Alles gaat naar Ilse; die app staat op haar naam. Ik ben ook haar vader, hoor.",
  -- Zwijgen kost hier: hij vertelt dat de school hem vergat, en een stilte bevestigt dat.
  timeout = {
    seconds = 20,
    next = "hoe_gaat_het",
    effects = { spanning = 1 },
    score = { lsd = -1 },
    set = { net = "stilte" },
    tags = { "stilte" },
    feedback = "Hier werkt zwijgen niet. Hij vertelt dat de school hem een jaar lang vergat, en jouw stilte klinkt als: zo is het nu eenmaal. Erken eerst wat er misging; daarna kun je luisteren.",
  },
  choices = {
    {
      id = "gevoel",
      text = "U voelt zich buitengesloten door de school. Dat hoor ik.",
      tags = { "lsd" },
      effects = { spanning = -1 },
      score = { lsd = 1 },
      set = { net = "gevoel" },
      feedback = "Je benoemt zijn gevoel, en dat landt. Maar hij vertelt ook een feit: hij krijgt niets van school. Daar hoort een antwoord bij, en liefst een daad.",
    },
    {
      id = "doorgeven",
      text = "Dat is vervelend. Meestal spreken gescheiden ouders onderling af wie de informatie van school doorgeeft. Is dat bij u niet zo afgesproken?",
      tags = { "doorschuiven" },
      effects = { spanning = 1, vertrouwen = -1 },
      score = { informeren = -2 },
      set = { net = "doorgeven", doorgeschoven = true },
      feedback = "Een veelgehoord antwoord, maar het klopt niet. De school informeert beide ouders met gezag zelf, ook de ouder bij wie het kind niet woont. Dat kun je niet bij de ouders neerleggen, zeker niet als ze elkaar weinig zeggen.",
    },
    {
      id = "erkennen",
      text = "Dat is niet goed gegaan. U heeft net zo goed recht op het rapport. Ik zet u vandaag in de app.",
      tags = { "informatieplicht" },
      effects = { spanning = -1, vertrouwen = 1 },
      score = { informeren = 2, lsd = 1 },
      set = { net = "erkennen", app = true },
      feedback = "Sterk: je erkent de fout zonder omwegen, noemt het recht dat hij heeft, en belooft iets wat je vandaag nog kunt doen. Zo'n daad zegt hem meer dan een excuus.",
    },
    {
      id = "beginnen",
      text = "Fijn dat u er bent. Zullen we beginnen met hoe het met Lieke gaat? Daar gaat het tenslotte om.",
      effects = { spanning = 1 },
      set = { net = "beginnen" },
      feedback = "Vriendelijk, en Lieke centraal zetten is goed. Maar je stapt over zijn klacht heen. Voor hem klinkt dat als: die app, dat rapport, daar hebben we het niet over.",
    },
  },
  next = "hoe_gaat_het",
}

node "hoe_gaat_het" {
  speaker = "vader",
  mood = stemming,
  text = function(s)
    local n = s.flags.net
    local vraag = " Hij slaat zijn map open. \"Hoe gaat het nou echt met haar? Van Lieke hoor ik alleen 'goed'.\""
    if n == "zijn_kant" then
      return "\"Maar u ziet haar elke dag. Hoe gaat het hier?\""
    elseif n == "erkennen" then
      return "Hij kijkt je even aan. \"Dat is de eerste keer dat iemand van school dat zegt.\"" .. vraag
    elseif n == "doorgeven" then
      return "\"Samen afspreken? Ze geeft me niks door. Daarom zit ik hier.\"" .. vraag
    elseif n == "gevoel" then
      return "\"Buitengesloten, ja. Zo voelt het. En ondertussen krijg ik nog steeds niks.\"" .. vraag
    elseif n == "stilte" then
      return "Hij wacht op een reactie die niet komt. \"U zegt niets. Dat ken ik: ik ben hier de lastige.\"" .. vraag
    end
    return "\"Goed. Maar die app...\" Hij schudt zijn hoofd." .. vraag
  end,
  choices = {
    {
      id = "zelf_merken",
      text = "Wat merkt u zelf aan haar, als ze bij u is?",
      tags = { "lsd" },
      when = function(s) return s.flags.net ~= "zijn_kant" end,
      score = { lsd = 1 },
      set = { net = "zijn_kant" },
      feedback = "Een goede open vraag: hij kent Lieke op een manier die jij niet kent. Let wel op: hij kwam voor informatie, en die wil hij ook krijgen.",
      next = "zijn_kant",
    },
    {
      id = "samen",
      text = "Dat bespreek ik eigenlijk het liefst met u en Liekes moeder samen, zodat u allebei hetzelfde hoort. Zullen we daar een afspraak voor maken?",
      effects = { spanning = 1 },
      score = { informeren = -1 },
      set = { net = "samen" },
      feedback = "Goed bedoeld: samen is vaak beter voor een kind. Maar hij heeft nu recht op informatie, ook zonder haar aan tafel. Zo houd je iets achter, en dat voelt precies zoals hij vreesde.",
      next = "aandringen",
    },
    {
      id = "feiten",
      text = "Rekenen gaat goed. Spelling gaat sinds de kerst minder. En ze is stiller in de klas.",
      tags = { "informatieplicht" },
      score = { informeren = 2 },
      set = { net = "feiten" },
      feedback = "Goed: wat je ziet, in gewone woorden, zonder het mooier of erger te maken. Dit is dezelfde informatie die zijn ex kreeg, en dat hoort ook zo.",
      next = "stiller",
    },
    {
      id = "prima",
      text = "Het gaat prima met haar, hoor. U hoeft zich geen zorgen te maken.",
      effects = { spanning = 1 },
      score = { informeren = -1 },
      set = { net = "prima" },
      feedback = "Geruststellend bedoeld, maar het is niet wat je ziet: spelling gaat minder en ze is stiller. Hij krijgt zo minder dan haar moeder kreeg. Geef hem dezelfde feiten.",
      next = "aandringen",
    },
  },
}

node "zijn_kant" {
  speaker = "vader",
  mood = "verdrietig",
  text = "Hij denkt na. \"Ze is stil, bij mij. Ze wil niet over school praten. Als ik het vraag, zegt ze dat het goed gaat en gaat ze tekenen.\"",
  next = "hoe_gaat_het",
}

node "aandringen" {
  speaker = "vader",
  mood = stemming,
  text = function(s)
    if s.flags.net == "samen" then
      return "\"Samen? Dan komt er nooit iets van. Ik vraag het nu aan u. Ik heb daar toch recht op?\""
    end
    return "\"Prima? Ze is stil bij mij, ze wil niet over school praten. Is ze hier ook zo? Ik wil gewoon weten wat haar moeder ook weet.\""
  end,
  choices = {
    {
      id = "toch_feiten",
      text = "U heeft gelijk. Rekenen gaat goed, spelling minder sinds de kerst, en ze is stiller in de klas.",
      tags = { "informatieplicht" },
      score = { informeren = 1 },
      set = { net = "feiten" },
      feedback = "Goed bijgestuurd: hij heeft recht op dezelfde feiten als haar moeder, en die krijgt hij nu. Wel pas na aandringen; dat onthoudt hij.",
      next = "stiller",
    },
    {
      id = "weigeren",
      text = "Ik begrijp uw vraag. Maar ik wil eerst even met Liekes moeder overleggen wat ik kan delen.",
      score = { informeren = -2, neutraal = -1 },
      set = { net = "weigeren" },
      feedback = "Je legt de informatie over zijn eigen kind bij zijn ex neer. Maar een ouder met gezag hoeft geen toestemming van de andere ouder om informatie te krijgen. Alleen een rechter kan dat anders regelen.",
      next = "buitengesloten",
    },
  },
}

---------------------------------------------------------------------------
-- Over de andere ouder
---------------------------------------------------------------------------

node "stiller" {
  speaker = "vader",
  mood = stemming,
  text = "\"Stiller.\" Hij knikt langzaam, alsof hij het al wist. \"Sinds ze bij Ilse woont, zeker. Met die nieuwe vriend over de vloer.\"",
  choices = {
    {
      id = "bevestigen",
      text = "Dat zou goed kunnen. Zo'n verandering thuis, met iemand nieuw erbij, is veel voor een kind van negen.",
      tags = { "partij" },
      effects = { spanning = -1 },
      score = { neutraal = -2 },
      set = { net = "bevestigen", partij = true },
      feedback = "Het voelt als meeleven, en hij ontspant zichtbaar. Maar je geeft hem gelijk over het huis van zijn ex, dat je niet kent. Dat zinnetje kan hij herhalen tegen haar, of bij de rechter. Je ziet alleen de klas.",
    },
    {
      id = "alleen_klas",
      text = "Ik zie alleen de klas. Over thuis, bij u of bij haar moeder, kan ik niets zeggen.",
      tags = { "neutraal" },
      effects = { spanning = 1 },
      score = { neutraal = 2 },
      set = { net = "alleen_klas" },
      feedback = "Precies: je blijft bij wat je ziet, en je zegt erbij dat dat voor beide huizen geldt. Hij vindt het even niet leuk, maar zo weet hij ook dat je niet over hém oordeelt tegenover haar.",
    },
    {
      id = "maandag",
      text = "Wat mij wel opvalt: op maandag is ze vaak moe.",
      effects = { spanning = 2 },
      score = { neutraal = -1 },
      set = { net = "maandag" },
      feedback = "Een feit, en beide ouders mogen het weten. Maar als antwoord op zijn opmerking over haar moeder wordt het munitie: hij hoort 'na het weekend bij u'. Geef feiten los van de vraag wie er schuld heeft.",
    },
    {
      id = "vriend",
      text = "Een nieuwe vriend? Dat wist ik niet. Sinds wanneer is dat zo?",
      tags = { "lsd-misplaatst" },
      score = { neutraal = -1 },
      set = { net = "vriend" },
      feedback = "Doorvragen is meestal goed, maar hier vraag je naar het privéleven van de andere ouder. Daar gaat dit gesprek niet over, en alles wat hij vertelt, kan hij later 'met de juf besproken' hebben.",
    },
  },
  next = "verdriet",
}

node "verdriet" {
  speaker = "vader",
  mood = function(s) return s.spanning >= 8 and "boos" or "verdrietig" end,
  text = function(s)
    local n = s.flags.net
    local voor = "Hij zwijgt even."
    if n == "maandag" then
      voor = "\"Na mijn weekend, bedoelt u? Dat gaat Ilse zeker gebruiken.\" Dan zwijgt hij even."
    elseif n == "vriend" then
      voor = "\"Sinds de kerst. Ik ken hem niet eens. Niemand vraagt mij iets.\" Dan zwijgt hij even."
    elseif n == "bevestigen" then
      voor = "\"Zie je wel.\" Hij leunt achterover. Dan zwijgt hij even."
    end
    return voor .. " \"Ik zie haar om het weekend. Dan wil ik niet de hele tijd over school beginnen. Maar ik wil wel weten hoe het met haar gaat.\" Zijn stem hapert."
  end,
  -- Hier is zwijgen goed: onder zijn boosheid komt iets anders naar boven.
  timeout = {
    seconds = 15,
    next = "kijkavond",
    effects = { spanning = -1 },
    score = { lsd = 1 },
    set = { net = "stilte" },
    tags = { "stilte" },
    feedback = "Goed: je liet de stilte staan. Onder zijn boosheid zat gemis, en dat kreeg even ruimte. Daardoor vertelde hij zelf verder.",
  },
  choices = {
    {
      id = "agenda",
      text = "Misschien kan Lieke haar rapport en de brieven meenemen als ze bij u is?",
      tags = { "kind-in-het-midden" },
      score = { neutraal = -1, informeren = -1 },
      set = { net = "agenda" },
      feedback = "Praktisch bedoeld, maar je maakt Lieke de postbode tussen haar ouders. Dan draagt zij wat tussen hen misgaat. De school informeert beide ouders zelf.",
      next = "kijkavond",
    },
    {
      id = "weinig_tijd",
      text = "Om het weekend is niet veel tijd. En dan wilt u gewoon haar vader zijn, geen controleur.",
      tags = { "lsd" },
      effects = { spanning = -1 },
      score = { lsd = 1 },
      set = { net = "weinig_tijd" },
      feedback = "Goed: je vat samen wat eronder zit. Hij hoeft zich niet te verdedigen en kan verder vertellen.",
      next = "kijkavond",
    },
    {
      id = "oplossing",
      text = "Daarom is die app zo belangrijk. Dan weet u alles zonder het haar te vragen.",
      set = { net = "oplossing" },
      feedback = "Klopt, en het helpt. Maar hij liet net iets zien van wat hem raakt, en jij springt naar de oplossing. Even blijven bij wat hij zei, had meer opgeleverd.",
      next = "kijkavond",
    },
  },
}

node "kijkavond" {
  speaker = "vader",
  mood = stemming,
  text = function(s)
    if s.flags.net == "stilte" or s.flags.net == "weinig_tijd" then
      return "\"Vorige week vroeg ze of ik naar de kijkavond kom. Ik wist niet eens dat er een kijkavond was. Ik heb gezegd dat ik het zou proberen.\" Hij slikt."
    end
    return "\"Ze vroeg of ik naar de kijkavond kom. Ik wist niet eens dat er een kijkavond was.\""
  end,
  choices = {
    {
      id = "moeder_schuld",
      text = "Dat had Liekes moeder u eigenlijk moeten vertellen. Zij krijgt alle berichten van school, dus zij wist ervan.",
      tags = { "partij" },
      effects = { spanning = 1 },
      score = { neutraal = -2 },
      set = { net = "moeder_schuld" },
      feedback = "Je wijst naar zijn ex, en neemt daarmee zijn kant. Bovendien klopt het niet: niet zij, maar de school had het hem moeten laten weten.",
    },
    {
      id = "datum_app",
      text = function(s)
        if s.flags.app then return "Donderdag over twee weken, om zeven uur. Vanaf vanavond hoort u zoiets zelf, via de app." end
        return "Donderdag over twee weken, om zeven uur. Zal ik u in de app zetten? Dan hoort u zoiets voortaan zelf."
      end,
      tags = { "informatieplicht" },
      effects = { vertrouwen = 1 },
      score = { informeren = 2 },
      set = { net = "datum_app", app = true },
      feedback = "Goed: de datum meteen, en zorgen dat hij het voortaan zelf hoort. Dat is wat informatieplicht in de praktijk betekent.",
    },
    {
      id = "sorry",
      text = "Sorry, dat is echt onze fout; dat had u gewoon moeten weten. De kijkavond is donderdag over twee weken, om zeven uur.",
      score = { informeren = 1 },
      set = { net = "sorry" },
      effect = function(s)
        -- Een excuus helpt alleen als het geloofwaardig is.
        if not s.flags.doorgeschoven then s.vertrouwen = s.vertrouwen + 1 end
      end,
      feedback = function(s)
        if s.flags.doorgeschoven then
          return "Een excuus, en de datum: goed. Maar eerder zei je dat ouders zulke informatie zelf moeten doorgeven. Na dat antwoord klinkt 'onze fout' hol; hij gelooft het pas als hij de berichten zelf krijgt."
        end
        return "Een eerlijk excuus en de datum: goed. Wat nog ontbreekt, is dat hij het voortaan zelf hoort, zonder het te hoeven vragen."
      end,
    },
  },
  next = "bericht",
}

node "bericht" {
  speaker = "vader",
  mood = stemming,
  text = "\"Nog iets. Kunt u tegen Ilse zeggen dat Lieke haar gymspullen meeneemt als ze bij mij is? Naar mij luistert ze toch niet.\"",
  choices = {
    {
      id = "zeg_het_wel",
      text = "Dat is een kleine moeite. Ik zie haar morgen toch als ze Lieke komt brengen; dan zeg ik het even tegen haar.",
      tags = { "boodschapper" },
      effects = { spanning = -1 },
      score = { neutraal = -2 },
      set = { net = "zeg_het_wel", boodschap = true },
      feedback = "Behulpzaam, en hij waardeert het. Maar nu ben je de boodschapper tussen twee ouders die elkaar niet spreken. Vandaag zijn het gymspullen, morgen is het iets anders, en dan sta jij ertussen.",
    },
    {
      id = "tussen_u",
      text = "Dat is iets tussen u en Liekes moeder. Ik geef geen berichten door.",
      tags = { "neutraal" },
      effects = { spanning = 1 },
      score = { neutraal = 2 },
      set = { net = "tussen_u" },
      feedback = "Klopt: je bent geen boodschapper. Het klinkt wel wat kort. Hij zit vast, en even erkennen dat dat lastig is, maakt dezelfde grens vriendelijker.",
    },
    {
      id = "lastig_eigen_weg",
      text = "Dat is lastig, snap ik. Maar ik geef geen berichten door, ook niet van haar. Hoe regelt u zulke dingen nu?",
      tags = { "neutraal", "lsd" },
      score = { neutraal = 2, lsd = 1 },
      set = { net = "lastig_eigen_weg" },
      feedback = "Sterk: je erkent dat hij vastzit, houdt de grens (geen boodschapper, voor geen van beiden), en geeft de vraag terug aan de ouders zelf.",
    },
    {
      id = "in_agenda",
      text = "Ik schrijf het in Liekes agenda. Dan onthoudt ze het zelf.",
      tags = { "kind-in-het-midden" },
      score = { neutraal = -1 },
      set = { net = "in_agenda" },
      feedback = "Slim bedacht, maar nu draagt Lieke het bericht van haar vader naar haar moeder. Zo wordt het kind de boodschapper.",
    },
  },
  next = "verklaring",
}

---------------------------------------------------------------------------
-- Wat de school wel en niet doet
---------------------------------------------------------------------------

node "verklaring" {
  speaker = "vader",
  mood = stemming,
  text = "Hij haalt een brief uit zijn map. \"Over drie weken heb ik een zitting bij de rechter, over de zorgregeling. Mijn advocaat vraagt of u wilt opschrijven dat Lieke het moeilijk heeft sinds ze bij Ilse woont.\"",
  choices = {
    {
      id = "directeur",
      text = "Daar ga ik niet over. Dat moet u aan de directeur vragen.",
      score = { verwachtingen = -1 },
      set = { net = "directeur" },
      feedback = "Het klopt dat zulke vragen vaak via de directeur gaan. Maar nu weet hij nog niet wat hij kan verwachten, en hoopt hij dat de directeur wel schrijft. Zeg wat de school doet: feiten, voor beide ouders, geen verklaring voor één kant.",
    },
    {
      id = "geen_verklaring",
      text = "Dat doe ik niet: dan kies ik partij. Wat ik wel doe: u krijgt alles wat Liekes moeder ook krijgt.",
      tags = { "neutraal", "verwachtingen" },
      effects = { spanning = 1 },
      score = { verwachtingen = 2, neutraal = 1 },
      set = { net = "gelijk" },
      feedback = "Helder: wat je niet doet, waarom niet, en wat hij wel kan verwachten. Een school schrijft geen verklaring voor één ouder; wel krijgen beide ouders dezelfde feiten.",
    },
    {
      id = "toezeggen",
      text = "Als het Lieke helpt, wil ik best opschrijven hoe ze in de klas is. Alleen de feiten, zonder oordeel over u of haar moeder.",
      tags = { "partij" },
      effects = { spanning = -1 },
      score = { verwachtingen = -2, neutraal = -1 },
      set = { net = "toezeggen", fout = "verklaring" },
      feedback = function(s)
        if s.flags.partij then
          return "Eerder gaf je hem al gelijk over 'sinds ze bij Ilse woont'. Nu beloof je iets op papier te zetten voor zijn rechtszaak. Hoe voorzichtig je het ook formuleert: het wordt een stuk van één ouder tegen de ander."
        end
        return "Goed bedoeld, maar een stuk voor de advocaat van één ouder wordt een wapen tegen de ander, hoe voorzichtig je het ook formuleert. Een school kiest geen kant: beide ouders krijgen dezelfde feiten."
      end,
    },
    {
      id = "rechter_vraagt",
      text = "Ik schrijf niets voor één ouder. Vraagt een rechter de school iets, dan geven we feiten, en weet u het allebei.",
      tags = { "neutraal", "verwachtingen" },
      effects = { spanning = 1 },
      score = { verwachtingen = 2, neutraal = 1 },
      set = { net = "rechter" },
      feedback = "Precies: geen verklaring voor één ouder, en wel duidelijk hoe het gaat als een rechter (of de Raad voor de Kinderbescherming) de school iets vraagt: feiten, en beide ouders weten ervan.",
    },
  },
  next = "mail_vraag",
}

node "mail_vraag" {
  speaker = "vader",
  mood = stemming,
  text = function(s)
    if s.flags.net == "rechter" then
      return "\"Wij allebei, ja.\" Hij kijkt je scherp aan. \"Zeg eens eerlijk: heeft Ilse u gevraagd om mij buiten de deur te houden?\""
    end
    if s.flags.net == "gelijk" then
      return "Hij kijkt je scherp aan. \"'Alles wat Liekes moeder ook krijgt.' Zeg eens eerlijk: heeft Ilse u gevraagd om mij buiten de deur te houden?\""
    end
    return "Hij legt de brief terug in zijn map. \"Zeg eens eerlijk. Heeft Ilse u gevraagd om mij buiten de deur te houden?\""
  end,
  -- Zwijgen kost hier: een stilte op deze vraag klinkt als "ja".
  timeout = {
    seconds = 15,
    next = "stilte_zegt_genoeg",
    effects = { spanning = 2 },
    score = { neutraal = -1 },
    set = { net = "stilte" },
    tags = { "stilte" },
    feedback = "Je aarzelde, en op deze vraag is aarzelen ook een antwoord: hij hoort 'ja'. Een neutraal antwoord had je ook kunnen geven zonder iets te verraden: wat de andere ouder met de school bespreekt, bespreek je niet met hem.",
  },
  choices = {
    {
      id = "niet_bespreken",
      text = "Wat Liekes moeder en ik bespreken, bespreek ik niet met u. Net zomin als ik dit gesprek met haar bespreek.",
      tags = { "neutraal" },
      score = { neutraal = 2 },
      set = { net = "niet_bespreken" },
      feedback = "Goed: je liegt niet en je verraadt niets, en je laat zien dat dezelfde regel voor hem geldt. Dat is neutraliteit die hij kan vertrouwen.",
    },
    {
      id = "eerlijk_ja",
      text = "Ja, eerlijk gezegd wel. Ik vind dat niet goed, dus ik zeg het u gewoon: zo werkt het niet, u heeft recht op informatie.",
      tags = { "partij" },
      effects = { spanning = 2 },
      score = { neutraal = -2 },
      set = { net = "eerlijk_ja", fout = "mail" },
      feedback = "Eerlijk bedoeld, en wat je over zijn recht zegt, klopt. Maar je vertelt hem wat de andere ouder aan de school schreef. Vanavond weet Ilse dat jij dat hebt doorverteld, en dan vertrouwt zij de school niet meer.",
    },
    {
      id = "nee_hoor",
      text = "Nee hoor, helemaal niet.",
      score = { neutraal = -1 },
      set = { net = "nee_hoor" },
      feedback = "Een leugentje om de vrede te bewaren. Maar als hij ooit hoort dat ze het wél vroeg, ben je je geloofwaardigheid bij hem kwijt. Je hoeft niet te liegen om niets te verraden.",
    },
    {
      id = "regel",
      text = "Wat een ouder ook vraagt: u krijgt allebei dezelfde informatie. Alleen een rechter kan dat anders bepalen.",
      tags = { "neutraal" },
      score = { neutraal = 2 },
      set = { net = "regel" },
      feedback = "Slim: je beantwoordt zijn eigenlijke zorg (word ik geïnformeerd?) zonder iets te zeggen over wat Ilse vroeg. Hij kan het wel tussen de regels door lezen; zeg er daarom niets meer over.",
    },
  },
  next = "gesprekken",
}

node "stilte_zegt_genoeg" {
  speaker = "vader",
  mood = "boos",
  text = "\"Uw stilte zegt genoeg.\" Hij schudt zijn hoofd en kijkt even naar het raam.",
  next = "gesprekken",
}

---------------------------------------------------------------------------
-- Afspraken
---------------------------------------------------------------------------

node "gesprekken" {
  speaker = "vader",
  mood = stemming,
  text = function(s)
    if s.flags.net == "eerlijk_ja" or s.flags.net == "stilte" then
      return "\"Dan weet ik genoeg. Het volgende rapportgesprek: ik ga niet samen met haar aan tafel zitten. Dat kunt u wel vergeten.\""
    end
    return "\"Goed. Het volgende rapportgesprek: ik ga niet samen met haar aan tafel zitten.\""
  end,
  choices = {
    {
      id = "zelf_doorsturen",
      text = "Prima, dan komt u apart. Wilt u het verslag daarna zelf naar Liekes moeder sturen?",
      score = { informeren = -1, afspraken = -1 },
      set = { net = "zelf_doorsturen" },
      feedback = "Je maakt de ene ouder verantwoordelijk voor het informeren van de andere. Dat is de taak van de school, en juist tussen deze ouders loopt het dan vast.",
    },
    {
      id = "twee_gesprekken",
      text = "Dat kan. Dan worden het twee gesprekken, met dezelfde informatie. Liekes moeder hoort van mij hoe het gaat.",
      tags = { "afspraken" },
      effects = { spanning = -1 },
      score = { afspraken = 2 },
      set = { net = "twee_gesprekken", afspraak = true },
      feedback = "Goed: een concrete oplossing die bij deze ouders past, met dezelfde informatie voor allebei. En je bent open over hoe de school het regelt, ook tegenover haar.",
    },
    {
      id = "liever_samen",
      text = "Liever wel samen. Voor Lieke is het goed als haar ouders samen aan tafel zitten.",
      effects = { spanning = 1 },
      set = { net = "liever_samen" },
      feedback = "Een mooi ideaal, en soms haalbaar. Maar deze ouders zijn er nog niet, en met een gesprek vol spanning is Lieke ook niet geholpen. Twee gesprekken met dezelfde informatie kan ook.",
    },
  },
  next = "afsluiting",
}

node "afsluiting" {
  speaker = "vader",
  mood = stemming,
  text = function(s)
    if s.vertrouwen >= 5 then
      return "Hij klapt zijn map dicht, minder stug dan toen hij binnenkwam. \"En nu? Wat kan ik verwachten?\""
    end
    return "Hij klapt zijn map dicht. \"En nu? Wat kan ik verwachten? Of hoor ik weer niks?\""
  end,
  choices = {
    {
      id = "contact_houden",
      text = "We houden contact. Als er iets is met Lieke, hoort u het.",
      set = { net = "contact_houden" },
      feedback = "Vriendelijk, maar 'als er iets is' is precies wat het afgelopen jaar misging. Wat gebeurt er, wanneer, en hoe krijgt hij het?",
    },
    {
      id = "eerst_overleggen",
      text = "Ik overleg eerst met Liekes moeder hoe we het voortaan doen.",
      score = { neutraal = -1, informeren = -1 },
      set = { net = "eerst_overleggen" },
      feedback = "Je vraagt de ene ouder om goedkeuring voor het informeren van de andere. Dat hoeft niet, en zo blijft hij afhankelijk van haar.",
    },
    {
      id = "concreet",
      text = "Vanavond staat u in de app. Morgen mail ik het rapport. Voor het volgende rapportgesprek krijgt u een eigen uitnodiging.",
      tags = { "afspraken" },
      effects = { vertrouwen = 1 },
      score = { afspraken = 2 },
      set = { net = "concreet", app = true },
      feedback = "Concreet: wat, wanneer, en hoe hij het krijgt. Zo hoeft hij niemand meer iets te vragen om op de hoogte te zijn.",
    },
  },
  next = "moeder_mail",
}

---------------------------------------------------------------------------
-- De volgende ochtend: de andere ouder
---------------------------------------------------------------------------

node "moeder_mail" {
  speaker = "moeder",
  mood = function(s) return s.flags.fout == "mail" and "boos" or "gespannen" end,
  text = function(s)
    if s.flags.fout == "mail" then
      return "De volgende ochtend mailt Ilse Brouwer: \"Martijn belde me gisteravond woedend op: 'Dus jij wilde mij buiten de deur houden.' Heeft u hem verteld wat ik u schreef?!\""
    end
    if s.flags.boodschap then
      return "De volgende ochtend, bij het brengen, vraagt Ilse Brouwer: \"Ik hoorde dat u iets voor me had, van Martijn? En wat heeft hij verder gezegd? U heeft hem toch niets gegeven, hoop ik?\""
    end
    return "De volgende ochtend mailt Ilse Brouwer: \"Ik zag dat Martijn gisteren op school was. Wat heeft hij gezegd? U heeft hem toch niets gegeven, hoop ik?\""
  end,
  choices = {
    {
      id = "gerust_stellen",
      text = "Maakt u zich geen zorgen: ik heb hem alleen het hoognodige verteld.",
      tags = { "partij" },
      score = { neutraal = -1, verwachtingen = -1 },
      set = { net = "gerust_stellen" },
      feedback = "Nu kies je haar kant, en het klopt ook niet: hij kreeg dezelfde informatie als zij, en daar had hij recht op. Zo wek je bij haar de verwachting dat de school hem kort houdt.",
    },
    {
      id = "alles_vertellen",
      text = "Hij vertelde dat hij binnenkort een zitting heeft over de zorgregeling, en hij wilde een verklaring van mij. Die krijgt hij niet.",
      tags = { "partij" },
      score = { neutraal = -2 },
      set = { net = "alles_vertellen", fout = "doorverteld" },
      feedback = "Je bedoelt haar gerust te stellen, maar je vertelt haar wat haar ex-partner jou toevertrouwde. Daarmee doe je precies wat je bij hem niet wilde doen. Wat hij zei, blijft bij jou.",
    },
    {
      id = "bellen",
      text = "Zullen we even bellen? Dan leg ik uit hoe de school het doet.",
      score = { verwachtingen = 1 },
      set = { net = "bellen" },
      feedback = "Een gesprek is bij zo'n mail beter dan een mail terug. Maar wat je haar gaat uitleggen, is het belangrijkste, en dat zeg je nog niet: hij krijgt dezelfde informatie als zij, en wat hij zei, blijft bij jou.",
    },
    {
      id = "gelijk_en_stil",
      text = "Hij krijgt dezelfde informatie over Lieke als u; dat moet, want u heeft allebei het gezag. Wat hij verder zei, bespreek ik niet.",
      tags = { "neutraal", "verwachtingen" },
      score = { verwachtingen = 2, neutraal = 1 },
      set = { net = "gelijk_en_stil" },
      feedback = "Helder en neutraal, ook naar haar: het recht van beide ouders, waarom haar verzoek daar niets aan verandert, en dezelfde geheimhouding als je hem gaf. Alleen een rechter kan dat anders regelen.",
    },
  },
  next = welk_einde,
}

---------------------------------------------------------------------------
-- Einden
---------------------------------------------------------------------------

ending "twee_ouders" {
  title = "Twee ouders, één leerling",
  outcome = "good",
  text = function(s)
    local t = "Martijn staat die avond in de app. Bij de kijkavond staat hij achter in het lokaal, en Lieke trekt hem aan zijn mouw naar haar werkstuk."
    if s.flags.net == "bellen" then
      t = t .. " Ilse bel je de volgende dag; aan de telefoon leg je uit dat beide ouders dezelfde informatie krijgen, en dat je niets doorvertelt, naar geen van beiden."
    else
      t = t .. " Ilse weet dat hij dezelfde informatie krijgt als zij, en dat de school niets doorvertelt, naar geen van beiden."
    end
    if s.flags.partij then
      t = t .. " Alleen dat ene 'dat zou goed kunnen' over haar huis: dat zou je de volgende keer niet meer zeggen."
    end
    return t
  end,
}

ending "half" {
  title = "Geïnformeerd, maar niet gerust",
  outcome = "mixed",
  text = function(s)
    if s.flags.net == "gerust_stellen" then
      return "Martijn krijgt voortaan dezelfde informatie als Ilse. Maar Ilse denkt nu dat de school hem kort houdt. Als ze ziet dat hij bij de kijkavond alles al weet, voelt ze zich bedrogen, door hem en door jou. Eén boodschap voor beide ouders had dat voorkomen."
    end
    if not s.flags.app then
      return "Martijn weet nu hoe het met Lieke gaat. Maar er is niet geregeld dat hij het voortaan zelf hoort: de app staat nog steeds alleen op Ilses naam. Over een paar maanden zit hij hier weer, met dezelfde klacht."
    end
    if not s.flags.afspraak then
      return "Martijn staat in de app en weet hoe het met Lieke gaat. Maar hoe het volgende rapportgesprek gaat, is niet geregeld. Dat wordt weer een strijd, met de school ertussen."
    end
    return "Martijn krijgt voortaan dezelfde informatie als Ilse. Maar hij ging niet gerust de deur uit: de spanning van het gesprek, of het gevoel dat je toch een kant koos, nam hij mee."
  end,
}

ending "boodschapper" {
  -- Een professionele fout: de leerkracht wordt boodschapper tussen twee ouders.
  grade_cap = "voldoende",
  title = "Tussen twee ouders in",
  outcome = "mixed",
  text = "Je gaf het bericht over de gymspullen door. Twee weken later vraagt Ilse of je tegen Martijn wilt zeggen dat hij Lieke op tijd terugbrengt. Daarna volgt een bericht over de verjaardag van oma. Je bent de boodschapper geworden tussen twee ouders die elkaar niet spreken, en elk bericht dat verkeerd valt, komt op jouw rekening.",
}

ending "partij_gekozen" {
  -- Een ernstige professionele fout: de school kiest een kant tussen ouders.
  grade_cap = "onvoldoende",
  title = "Partij gekozen",
  outcome = "bad",
  text = function(s)
    if s.flags.fout == "mail" then
      return "Ilse dient een klacht in bij de directeur: de leerkracht heeft haar mail aan haar ex verteld. Martijn gebruikt het bij de rechter als bewijs dat zij hem buitensluit. Lieke hoort thuis dat 'de juf' er ook iets mee te maken heeft. Wat een ouder de school schrijft, blijft bij de school."
    end
    if s.flags.fout == "doorverteld" then
      return "Ilse belt Martijn over de zitting, en Martijn weet meteen van wie ze het heeft. Nu vertrouwt geen van beide ouders je nog iets toe. Wat de ene ouder je vertelt, vertel je niet door aan de andere, ook niet om haar gerust te stellen."
    end
    return "Drie weken later ligt er bij de rechter een brief met het logo van de school: 'Lieke is sinds de scheiding stiller in de klas.' De advocaat van Ilse vraagt waarom de school alleen met Martijn sprak. De directeur moet het uitleggen, en Ilse haalt haar vertrouwen in de school weg. Een school geeft beide ouders dezelfde feiten, en schrijft geen stukken voor één van beiden."
  end,
}

ending "buitengesloten" {
  -- Een ernstige professionele fout: een ouder met gezag krijgt geen informatie.
  grade_cap = "onvoldoende",
  title = "Opnieuw buitengesloten",
  outcome = "bad",
  text = "Martijn staat op. \"Dan weet ik genoeg. Ik vraag het wel via mijn advocaat.\" Een week later krijgt de directeur een brief: de school geeft een ouder met gezag geen informatie over zijn kind. Daar heeft hij gelijk in. Beide ouders met gezag krijgen dezelfde informatie, ook als de andere ouder dat niet wil; alleen een rechter kan dat anders bepalen.",
}

---------------------------------------------------------------------------
-- Testplannen
---------------------------------------------------------------------------

plan "beste_pad" {
  -- erkennen en de app, eerst vragen wat hij zelf ziet, de feiten, alleen de klas,
  -- stilte bij zijn gemis, de datum, geen boodschapper (met erkenning), geen
  -- verklaring, niet bespreken wat moeder vroeg, twee gesprekken, concreet
  -- afsluiten, en moeder hetzelfde neutrale antwoord
  choices = "3,1,2,2,t,2,3,2,1,2,3,4",
  ending = "twee_ouders",
  outcome = "good",
  grade = "goed",
  overall = 1,
  scores = { informeren = 6, neutraal = 8, verwachtingen = 4, lsd = 4, afspraken = 4 },
}

plan "zonder_stilte" {
  -- hetzelfde, maar met een samenvatting in plaats van de stilte, de regel in
  -- plaats van "dat bespreek ik niet", en moeder bellen
  choices = "3,1,2,2,2,2,3,4,4,2,3,3",
  ending = "twee_ouders",
  outcome = "good",
  grade = "goed",
}

plan "verklaring_beloofd" {
  -- een goed gesprek, maar een verklaring ("alleen de feiten") voor de rechtszaak:
  -- het einde begrenst het oordeel
  choices = "3,1,2,2,t,2,3,3,1,2,3,4",
  ending = "partij_gekozen",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0.688,
}

plan "mail_verraden" {
  -- "ja, eerlijk gezegd wel": hij hoort wat moeder schreef, en zij hoort het van hem
  choices = "3,3,2,2,2,3,2,2,2,3,4",
  ending = "partij_gekozen",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0.844,
}

plan "boodschapper" {
  -- het bericht over de gymspullen doorgeven; moeder komt er de volgende ochtend op terug
  choices = "3,3,2,2,2,1,2,1,2,3,4",
  ending = "boodschapper",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.813,
}

plan "weigeren" {
  -- "ouders geven het zelf door", "liever samen", en dan wachten op toestemming van moeder
  choices = "2,2,2",
  ending = "buitengesloten",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0,
}

plan "stiltes" {
  -- zwijgen bij zijn klacht en bij zijn vraag over de mail kost; zwijgen bij zijn gemis niet
  choices = "t,3,2,t,2,3,2,t,2,3,4",
  ending = "half",
  outcome = "mixed",
  grade = "voldoende",
}

plan "hol_excuus" {
  -- eerst "spreek het onderling af", later "sorry, onze fout": het excuus brengt geen vertrouwen
  choices = "2,3,2,2,3,3,2,1,2,3,4",
  ending = "half",
  outcome = "mixed",
  grade = "voldoende",
}

plan "partij_in_woorden" {
  -- "dat zou goed kunnen" over het huis van moeder, en dan een verklaring beloven
  choices = "3,3,1,2,2,3,3,1,2,3,4",
  ending = "partij_gekozen",
  outcome = "bad",
  grade = "onvoldoende",
}

plan "doorverteld" {
  -- alles goed tot de mail van moeder: haar vertellen wat hij zei
  choices = "3,3,2,2,2,3,2,1,2,3,2",
  ending = "partij_gekozen",
  outcome = "bad",
  grade = "onvoldoende",
}

plan "moeder_kort_houden" {
  -- tegen moeder: "alleen het hoognodige"
  choices = "3,1,2,2,t,2,3,2,1,2,3,1",
  ending = "half",
  outcome = "mixed",
}

plan "slechtste_pad" {
  choices = "2,4,1,1,1,1,1,3,2,1,2,1",
  ending = "partij_gekozen",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0,
}
