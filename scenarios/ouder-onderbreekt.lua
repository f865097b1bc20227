-- Twintig minuten: een moeder die je in de rede valt
-- Thema: verwachtingsmanagement. Je hebt het gesprek over Fenna's lezen goed
-- voorbereid, maar moeder neemt het woord voordat je klaar bent. Oefent: je
-- voorbereide boodschap loslaten en de ouder volgen (LSD), daarna terugkomen op
-- wat er moet gebeuren, en eerlijk zijn over wat de school wel en niet kan
-- (extra leeshulp nu; een vergoed dyslexieonderzoek pas als de school heeft
-- laten zien dat extra hulp te weinig helpt; geen diagnose door de leerkracht).
--
-- Hoe het onderbreken werkt. Je eerste zin wordt altijd afgebroken: elke
-- openingskeuze eindigt op "—" en gaat naar "valt_in". Je uitleg van het plan
-- kan ze uitluisteren of opnieuw onderbreken: dat beslist een next-functie op
-- die keuze, aan de hand van de spanning (zie "plan"). En wie te lang zwijgt
-- waar zij een antwoord wil, hoort haar zelf de stilte invullen (timeout).

scenario {
  id = "ouder-onderbreekt",
  version = 1,
  title = "Twintig minuten",
  language = "nl",
  tags = { "verwachtingsmanagement", "LSD", "dyslexie", "leesproblemen", "onderbreken", "groep 4" },
  level = 2,
  minutes = 12,
  summary = "Je hebt een gesprek over het lezen van Fenna goed voorbereid. Haar moeder komt direct uit haar werk en heeft twintig minuten.",
  briefing = [[
Je bent leerkracht van groep 4 van OBS Het Baken in Leeuwarden. Het is woensdag, kwart over vijf.

Fenna Hoekstra (7) is vrolijk, rekent goed en tekent prachtig. Met lezen gaat het moeizaam. Bij de toets van januari hoorde ze, net als eind groep 3, bij de zwakste lezers van het land. Ook spelling gaat moeilijk.

Met de intern begeleider heb je een plan gemaakt. Vanaf maandag leest Fenna vier keer per week twintig minuten extra, in een groepje van drie bij de intern begeleider. Na twaalf weken toetsen jullie opnieuw. Helpt de extra hulp te weinig, dan maakt de school het dossier waarmee ouders hun kind kunnen aanmelden voor een dyslexieonderzoek dat de gemeente vergoedt. Thuis zou tien minuten per dag samen lezen helpen.

Je hebt het gesprek goed voorbereid: je weet wat je wilt zeggen, en in welke volgorde.

Moeder, Nienke Hoekstra, werkt op het kantoor van een installatiebedrijf en komt direct uit haar werk. Fenna heeft een broer, Thijs (12), die in groep 8 van een andere school zit.]],
  goals = {
    "Je geeft moeder de ruimte voor haar verhaal, ook als dat niet jouw volgorde is.",
    "Je komt daarna terug op wat er voor Fenna moet gebeuren.",
    "Je bent eerlijk over wat de school wel en niet kan beloven.",
    "Je maakt een afspraak die past bij een moeder die tot vijf uur werkt.",
  },
  vars = { kind = "Fenna", groep = 4 },
  start = "binnen",
  grading = { pass = 0.55, good = 0.80 },
}

character "moeder" {
  name = "Nienke Hoekstra",
  role = "moeder van Fenna",
  portrait = { skin = 1, hair = "kort", hair_color = "#b5793f", age = "middel", shirt = "#2e6b7a" },
}

-- Tempo van de gevoelens. Nienke komt binnen met een verhaal van drie jaar oud.
-- Spanning (verborgen, start 6, en 7 zodra ze je onderbreekt) daalt hooguit 1 per beurt, en alleen als ze
-- zich gehoord voelt; wie haar afkapt of zijn eigen verhaal doordrukt, zet hem
-- met 2 omhoog. Vertrouwen (start 3) stijgt alleen met iets concreets (een
-- eerlijk antwoord, een afspraak), hooguit 1 per beurt; na dit eerste gesprek
-- is het hooguit 6. Een excuus voor het doordrukken helpt één keer; na de
-- tweede keer niet meer.
meter "vertrouwen" { label = "Vertrouwen", min = 0, max = 10, start = 3, visible = true }
meter "spanning"   { label = "Spanning", min = 0, max = 10, start = 6, visible = false }

competency "volgen"        { label = "De ouder volgen: je voorbereide verhaal loslaten", weight = 2 }
competency "lsd"           { label = "Luisteren, samenvatten, doorvragen", weight = 1 }
competency "terugkomen"    { label = "Terugkomen op de kern: wat er voor het kind gaat gebeuren", weight = 2 }
competency "verwachtingen" { label = "Verwachtingen helder: wat de school wel en niet kan", weight = 2 }
competency "afspraken"     { label = "Een concrete afspraak die bij deze ouder past", weight = 1 }

-- Over de vlaggen: s.flags.net is "wat er net gebeurde" (elke keuze zet hem
-- opnieuw). Langer blijven: thijs (ze vertelde over haar zoon), route (je legde
-- uit hoe een vergoed onderzoek er kan komen), vervolg, belofte en fout.

local function stemming(s)
  if s.spanning >= 8 then return "boos" end
  if s.spanning >= 6 then return "gespannen" end
  if s.vertrouwen >= 6 then return "blij" end
  return "neutraal"
end

local function welk_einde(s)
  if s.flags.fout == "vanzelf" then return "dat_komt_vanzelf" end
  if s.flags.belofte then return "loze_belofte" end
  if s.flags.route and s.flags.vervolg and s.spanning <= 4 and s.vertrouwen >= 5 then return "samen_verder" end
  if s.spanning <= 4 then return "gehoord" end
  return "niet_gehoord"
end

---------------------------------------------------------------------------
-- Je begint, en zij neemt het over
---------------------------------------------------------------------------

node "binnen" {
  text = "Mevrouw Hoekstra komt binnen met haar jas nog aan, haar telefoon in de hand. \"Ik heb twintig minuten.\" Ze gaat zitten voordat je iets hebt kunnen zeggen.",
  next = "begin",
}

node "begin" {
  speaker = "moeder",
  mood = "gespannen",
  text = "\"Zeg het maar. Het gaat over het lezen, toch?\" Ze legt haar telefoon op tafel, scherm naar beneden.",
  -- Elke opening wordt afgebroken: de keuzes hebben geen eigen next, dus ze gaan
  -- allemaal naar de next van de knoop, "valt_in".
  choices = {
    {
      id = "plan_laten_zien",
      text = "Ja. Ik heb met de intern begeleider een plan gemaakt. Zal ik dat eerst laten zien? Het zijn drie stappen, de eerste is—",
      set = { net = "plan_laten_zien" },
      feedback = "Goed voorbereid, en een plan geeft houvast. Maar je begint bij jouw papier, niet bij haar. Ze wacht niet af.",
    },
    {
      id = "vraag_eerst",
      text = "Ja. Maar eerst: hoe kijkt u zelf naar het lezen van Fenna? Ik wil graag—",
      score = { volgen = 1 },
      set = { net = "vraag_eerst" },
      feedback = "Een open begin: je vraagt naar haar kijk voordat je de jouwe geeft. Ze neemt het woord meteen over, en dat is precies de ruimte die je haar gaf.",
    },
    {
      id = "kern_eerst",
      text = "Ja. Bij de toets van januari hoorde Fenna weer bij de zwakste lezers, en daarom willen we haar vanaf maandag—",
      set = { net = "kern_eerst" },
      feedback = "Het nieuws meteen brengen, zoals in een slechtnieuwsgesprek: op zich goed. Maar dit nieuws kent ze al, en ze heeft er zelf iets over te zeggen.",
    },
    {
      id = "positief_eerst",
      text = "Ja. Eerst wil ik zeggen dat Fenna een heel vrolijk meisje is. Ze tekent prachtig, en met rekenen gaat het—",
      set = { net = "positief_eerst" },
      feedback = "Iets positiefs vooraf is vriendelijk bedoeld. Maar een ouder die zich zorgen maakt, herkent de 'sandwich' en hoort vooral: nu komt het.",
    },
  },
  next = "valt_in",
}

node "valt_in" {
  speaker = "moeder",
  mood = "boos",
  effects = { spanning = 1 },
  text = function(s)
    local n = s.flags.net
    local voor = ""
    if n == "plan_laten_zien" then
      voor = "\"Een plan. Bij Thijs hadden ze ook een plan.\" "
    elseif n == "vraag_eerst" then
      voor = "\"Hoe ik ertegen aankijk? Ik weet al hoe dit gaat.\" "
    elseif n == "kern_eerst" then
      voor = "\"Bij de zwakste. Ja. Dat weet ik.\" "
    else
      voor = "\"Ja, ja, ze is vrolijk. Dat zeggen ze altijd eerst.\" "
    end
    return voor .. "Ze praat door, sneller nu. \"Ze leest slecht, precies zoals Thijs. Op zijn vorige school zeiden ze drie jaar lang: dat komt vanzelf. In groep zeven bleek het dyslexie. Drie jaar kwijt. Dat ga ik niet nog een keer meemaken.\" Ze haalt adem."
  end,
  -- Hier is zwijgen goed: ze is nog niet klaar, en jouw stilte laat haar uitpraten.
  timeout = {
    seconds = 12,
    next = "thijs",
    effects = { spanning = -1 },
    score = { volgen = 2, lsd = 1 },
    set = { net = "stilte" },
    tags = { "stilte" },
    feedback = "Goed: je liet je eigen verhaal los en haar uitpraten. Ze had haar verhaal al klaar voordat ze binnenkwam, en zolang het niet verteld is, hoort ze het jouwe niet.",
  },
  choices = {
    {
      id = "afmaken",
      text = "Mag ik even mijn verhaal afmaken? Daarna hoor ik graag het uwe, echt.",
      tags = { "doorpraten" },
      effects = { spanning = 2 },
      score = { volgen = -2 },
      set = { net = "afmaken" },
      feedback = "Beleefd, en heel begrijpelijk: je had het zo goed voorbereid. Maar je houdt vast aan jouw volgorde. Zolang haar eigen verhaal niet verteld is, luistert ze niet naar het jouwe; ze wacht alleen tot ze weer mag.",
      next = "afmaken",
    },
    {
      id = "samenvatten",
      text = "U bent bang dat het bij Fenna net zo gaat als bij Thijs, en dat er weer jaren verloren gaan.",
      tags = { "lsd" },
      effects = { spanning = -1 },
      score = { volgen = 2, lsd = 1 },
      set = { net = "samenvatten" },
      feedback = "Sterk: je laat je voorbereide verhaal los en benoemt in één zin wat eronder zit. Ze hoeft niet harder te praten om gehoord te worden.",
      next = "thijs",
    },
    {
      id = "niet_te_snel",
      text = "Fenna is Thijs niet, hoor. Laten we niet te snel conclusies trekken.",
      effects = { spanning = 1 },
      score = { volgen = -1 },
      set = { net = "niet_te_snel" },
      feedback = "Geruststellend bedoeld, maar het is een oordeel (de O van OMA), en 'niet te snel' is precies wat ze bij Thijs hoorde. Ze voelt zich niet gehoord maar weggezet.",
      next = "thijs",
    },
    {
      id = "thijs_vraag",
      text = "Drie jaar kwijt. Wat is er bij Thijs gebeurd?",
      tags = { "lsd" },
      effects = { spanning = -1 },
      score = { volgen = 2, lsd = 1 },
      set = { net = "thijs_vraag" },
      feedback = "Goed: je volgt haar. Je echoot haar eigen woorden ('drie jaar kwijt') en vraagt door naar wat haar bang maakt.",
      next = "thijs",
    },
  },
}

node "afmaken" {
  speaker = "moeder",
  mood = "afwijzend",
  text = "\"Ga uw gang.\" Ze slaat haar armen over elkaar en kijkt naar haar telefoon.",
  choices = {
    {
      id = "toch_luisteren",
      text = "Nee, wacht. Vertelt u eerst maar. Wat is er bij Thijs gebeurd?",
      tags = { "lsd" },
      score = { volgen = 1 },
      set = { net = "toch_luisteren" },
      feedback = "Goed bijgestuurd: aan haar armen zag je dat je verhaal toch niet zou landen. Je geeft haar de beurt terug.",
      next = "thijs",
    },
    {
      id = "verder_met_plan",
      text = "Dank u. Dus: vanaf maandag leest Fenna vier keer per week extra, en na twaalf weken toetsen we opnieuw.",
      score = { volgen = -1 },
      set = { net = "verder_met_plan" },
      feedback = "Je maakt je verhaal af, en het klopt allemaal. Maar ze luisterde niet: ze wachtte tot jij klaar was. Kijk wat er gebeurt als ze weer aan de beurt is.",
      next = "eis",
    },
  },
}

node "thijs" {
  speaker = "moeder",
  mood = "verdrietig",
  set = { thijs = true },
  text = function(s)
    local n = s.flags.net
    local voor = ""
    if n == "samenvatten" then
      voor = "\"Bang. Ja.\" Ze is even stil. "
    elseif n == "niet_te_snel" then
      voor = "\"Niet te snel? Bij Thijs was het veel te langzaam.\" "
    elseif n == "stilte" then
      voor = "Je zegt niets en knikt. Ze gaat verder, langzamer nu. "
    end
    return voor .. "\"Hij dacht dat hij dom was. Hij huilde 's avonds boven zijn leesboek. En ik heb die juf geloofd: dat komt vanzelf.\" Ze kijkt naar het tafelblad. \"Dat neem ik mezelf nog steeds kwalijk.\""
  end,
  choices = {
    {
      id = "die_school",
      text = "Dat had die school nooit zo mogen laten lopen. Drie jaar, dat is echt slecht gedaan van ze.",
      effects = { spanning = -1 },
      score = { lsd = -1 },
      set = { net = "die_school" },
      feedback = "Ze knikt, want je geeft haar gelijk. Maar je oordeelt over collega's die je niet kent (de O van OMA), en je stapt over wat ze net zei: dat ze het zichzelf kwalijk neemt.",
    },
    {
      id = "kwalijk",
      text = "Dat is zwaar, dat u het uzelf nog steeds kwalijk neemt.",
      tags = { "lsd" },
      effects = { spanning = -1 },
      score = { lsd = 2 },
      set = { net = "kwalijk" },
      feedback = "Precies: je benoemt het gevoel waar ze mee eindigde. Niet troosten, niet oordelen, gewoon laten merken dat je het hoort.",
    },
    {
      id = "terug_naar_plan",
      text = "Dat begrijp ik. Juist daarom wil ik u vertellen wat we voor Fenna gaan doen.",
      score = { volgen = -1 },
      set = { net = "terug_naar_plan" },
      feedback = "Je wilt terug naar je plan, en dat moet ook. Maar niet nu: ze vertelde net iets pijnlijks. Eerst even blijven bij wat ze zei, dan komt ze zelf bij de vraag wat er moet gebeuren.",
    },
    {
      id = "niet_uw_schuld",
      text = "Dat is niet uw schuld. U kon dat toch niet weten?",
      set = { net = "niet_uw_schuld" },
      feedback = "Lief bedoeld, maar zo praat je haar gevoel weg. Ze gelooft het niet, en het onderwerp is dicht. Benoemen wat je hoort, werkt beter.",
    },
  },
  next = "eis",
}

---------------------------------------------------------------------------
-- Terugkomen op wat er moet gebeuren
---------------------------------------------------------------------------

node "eis" {
  speaker = "moeder",
  mood = function(s) return s.flags.net == "kwalijk" and "verdrietig" or stemming(s) end,
  text = function(s)
    if s.flags.net == "verder_met_plan" then
      return "\"Twaalf weken. Dat zei die juf van Thijs ook: even afwachten.\" Ze leunt naar voren. \"Nu ik. Ik wil dat Fenna getest wordt op dyslexie. Niet over drie jaar: nu.\""
    end
    if s.flags.net == "kwalijk" then
      return "Ze knikt langzaam en veegt iets uit haar ooghoek. Dan kijkt ze je recht aan. \"Daarom wil ik dat Fenna getest wordt op dyslexie. Niet over drie jaar: nu.\""
    end
    return "Ze kijkt je recht aan. \"Daarom wil ik dat Fenna getest wordt op dyslexie. Niet over drie jaar: nu.\""
  end,
  -- Zwijgen kost hier: ze wil een antwoord, en vult de stilte zelf in.
  timeout = {
    seconds = 12,
    next = "plan",
    effects = { spanning = 2 },
    score = { terugkomen = -1 },
    set = { net = "stilte" },
    tags = { "stilte" },
    feedback = "Je aarzelde, en zij nam de beurt: 'Zie je wel, geen antwoord.' Op een directe vraag is een stilte ook een antwoord. Hier kon je terugkomen op je plan: dat is de eerste stap naar wat zij wil.",
  },
  choices = {
    {
      id = "aanvragen",
      text = "Goed, dan vraag ik dat onderzoek voor u aan. Ik zorg dat het snel gebeurt.",
      effects = { spanning = -1 },
      score = { verwachtingen = -2 },
      set = { net = "aanvragen", belofte = true },
      feedback = "Ze is even opgelucht. Maar een onderzoek dat de gemeente vergoedt, kan pas als de school heeft laten zien dat extra hulp een tijd lang te weinig helpt. Als het straks niet 'snel gebeurt', is dit weer de school die iets beloofde.",
    },
    {
      id = "brug",
      text = "Dat snap ik, na Thijs. Mag ik vertellen wat we nu gaan doen? Dat is ook de eerste stap naar zo'n onderzoek.",
      tags = { "terugkomen" },
      effects = { spanning = -1 },
      score = { terugkomen = 2, verwachtingen = 1 },
      set = { net = "brug" },
      feedback = "Sterk: je erkent haar vraag, vraagt of je iets mag vertellen, en verbindt je plan met wat zij wil. Zo kom je terug op de kern zonder haar verhaal opzij te schuiven.",
    },
    {
      id = "zelf_laten_testen",
      text = "U kunt haar ook zelf laten testen bij een dyslexiebureau. Dat mag altijd.",
      set = { net = "zelf_laten_testen" },
      feedback = "Het klopt: ouders mogen altijd zelf een onderzoek laten doen. Maar dan betalen ze het zelf, en het klinkt alsof de school er niets mee te maken wil hebben. Vertel eerst wat de school doet.",
    },
    {
      id = "regels",
      text = "Een vergoed onderzoek kan pas als extra hulp te weinig blijkt te helpen. Zo zijn de regels.",
      effects = { spanning = 1 },
      score = { verwachtingen = 1, volgen = -1 },
      set = { net = "regels" },
      feedback = "Inhoudelijk klopt het: de gemeente vergoedt een onderzoek pas als de school heeft laten zien dat extra hulp een tijd lang te weinig helpt. Maar 'zo zijn de regels', direct na haar verhaal over Thijs, klinkt als een dichte deur. Dezelfde informatie landt beter als je haar verbindt met wat je nu al gaat doen.",
    },
  },
  next = "plan",
}

node "plan" {
  speaker = "moeder",
  mood = stemming,
  text = function(s)
    local n = s.flags.net
    if n == "stilte" then
      return "\"Zie je wel. Geen antwoord. Net als bij Thijs.\" Ze kijkt op haar telefoon. \"Wat gaat u dan wél doen?\""
    elseif n == "aanvragen" then
      return "\"Eindelijk iemand die iets doet.\" Ze ademt uit. \"En tot die tijd?\""
    elseif n == "regels" then
      return "\"Regels. Ja.\" Ze zucht. \"En wat gaat u dan wél doen?\""
    elseif n == "zelf_laten_testen" then
      return "\"Zelf betalen, zeker. En wat doet de school?\""
    end
    return "\"Vertel.\" Ze legt haar handen op tafel."
  end,
  choices = {
    {
      id = "plan_vaag",
      text = "We gaan Fenna extra helpen met lezen, en we houden het heel goed in de gaten.",
      score = { terugkomen = -1 },
      set = { net = "plan_vaag" },
      feedback = "'Goed in de gaten houden' is precies wat ze bij Thijs hoorde. Wat gebeurt er, hoe vaak, en wanneer kijken jullie of het helpt?",
      next = "weer_onderbroken",
    },
    {
      id = "plan_kort",
      text = "Vanaf maandag leest Fenna vier keer per week twintig minuten extra, bij de intern begeleider. Na twaalf weken toetsen we opnieuw.",
      tags = { "terugkomen" },
      score = { terugkomen = 2 },
      set = { net = "plan_kort" },
      feedback = "Goed: wat, hoe vaak, bij wie en wanneer jullie kijken, in twee zinnen. Of ze het kan horen, hangt af van hoe gehoord zij zich voelt.",
      -- Het onderbreken als next-functie: voelt ze zich gehoord (spanning laag),
      -- dan luistert ze je uit; zo niet, dan valt ze je halverwege in de rede.
      next = function(s)
        if s.spanning <= 5 then return "uitgeluisterd" end
        return "weer_onderbroken"
      end,
    },
    {
      id = "plan_alles",
      text = "Vanaf maandag krijgt Fenna vier keer per week extra leesbegeleiding in een klein groepje, met een speciaal programma, en na twaalf weken toetsen we opnieuw, en als dan blijkt dat het te weinig helpt, maken we een dossier zodat u—",
      score = { terugkomen = 1, volgen = -1 },
      set = { net = "plan_alles" },
      feedback = "Alles klopt, maar het is één lange zin, en je bent weer aan het zenden. Halverwege neemt ze het over. Twee korte zinnen, dan ruimte voor haar reactie.",
      next = "weer_onderbroken",
    },
  },
}

node "uitgeluisterd" {
  speaker = "moeder",
  mood = stemming,
  text = "Ze laat je uitpraten. Bij 'twaalf weken' trekt ze even met haar mond, maar ze zegt niets. Ze denkt na.",
  effects = { vertrouwen = 1 },
  next = "en_dan",
}

node "weer_onderbroken" {
  speaker = "moeder",
  mood = stemming,
  effects = { spanning = 1 },
  text = function(s)
    if s.flags.net == "plan_vaag" then
      return "\"In de gaten houden.\" Ze lacht kort. \"Dat zei die juf van Thijs ook. Drie jaar lang.\""
    end
    if s.flags.net == "plan_kort" then
      return "Bij 'twaalf weken' valt ze je in de rede. \"Twaalf weken? Dat is weer een kwart jaar! Weet u hoe lang een kwart jaar is voor een kind dat denkt dat ze dom is?\""
    end
    return "Verder kom je niet. \"Twaalf weken? Dat is weer een kwart jaar! Weet u hoe lang een kwart jaar is voor een kind dat denkt dat ze dom is?\""
  end,
  -- Hier mag je zwijgen: ze moet dit kwijt, en daarna vraagt ze zelf verder.
  timeout = {
    seconds = 12,
    next = "en_dan",
    effects = { spanning = -1 },
    set = { net = "stilte" },
    tags = { "stilte" },
    feedback = "Goed: je liet haar tweede onderbreking over je heen komen zonder je verhaal door te drukken. Na haar uitval vroeg ze zelf door.",
  },
  choices = {
    {
      id = "sorry_teveel",
      text = "Sorry, ik praat te veel. Wat wilt u weten?",
      set = { net = "sorry_teveel" },
      effect = function(s)
        -- Een excuus werkt één keer: wie eerder al "mag ik even afmaken" zei, krijgt er niets meer voor.
        if s.tagged("doorpraten") == 0 then s.spanning = s.spanning - 1 end
      end,
      feedback = function(s)
        if s.tagged("doorpraten") > 0 then
          return "Je geeft haar de beurt, goed. Maar eerder vroeg je haar om jou eerst te laten uitpraten. Na dat verzoek klinkt dit sorry als een trucje: het verandert weinig aan haar spanning."
        end
        return "Je geeft haar de beurt terug, zonder je te verdedigen. Dat werkt: ze kan zeggen wat haar dwarszit."
      end,
    },
    {
      id = "laat_me_uitpraten",
      text = "Als u me even laat uitpraten, dan leg ik uit wat er daarna gebeurt.",
      tags = { "doorpraten" },
      effects = { spanning = 2 },
      score = { volgen = -2 },
      set = { net = "laat_me_uitpraten" },
      feedback = function(s)
        if s.tagged("doorpraten") >= 2 then
          return "Voor de tweede keer vraag je haar om stil te zijn zodat jij je verhaal kunt afmaken. Nu is het genoeg voor haar."
        end
        return "Wat je wilt vertellen, is belangrijk. Maar ze hoort alleen: wees stil. Haar vraag ('een kwart jaar?') is een aanknopingspunt: begin daar."
      end,
    },
    {
      id = "kwart_jaar",
      text = "Een kwart jaar voelt lang, na alles met Thijs.",
      tags = { "lsd" },
      effects = { spanning = -1 },
      set = { net = "kwart_jaar" },
      feedback = "Goed: je laat je uitleg even liggen en volgt haar, met haar eigen woorden. Daarna is er weer ruimte voor de rest.",
    },
    {
      id = "korter_kan_niet",
      text = "Ik snap het, maar korter kan echt niet. Anders kunnen we niet zien of de hulp werkt.",
      effects = { spanning = 1 },
      score = { volgen = -1 },
      set = { net = "korter_kan_niet" },
      feedback = "Een goede reden, maar je verdedigt je plan terwijl zij haar angst laat zien. Eerst erkennen, dan uitleggen.",
    },
  },
  next = function(s)
    if s.tagged("doorpraten") >= 2 then return "weggelopen" end
    return "en_dan"
  end,
}

node "en_dan" {
  speaker = "moeder",
  mood = stemming,
  text = function(s)
    local n = s.flags.net
    if n == "plan_kort" then
      return "\"En als het na twaalf weken niet helpt? Wordt ze dan getest?\""
    elseif n == "laat_me_uitpraten" then
      return "\"Ga uw gang.\" Ze kijkt naar de klok. \"En als het niet helpt? Wordt ze dan getest?\""
    end
    return "\"Goed. Twaalf weken extra lezen. En als het niet helpt? Wordt ze dan getest?\""
  end,
  choices = {
    {
      id = "ib_vragen",
      text = "Dat weet ik niet precies. Dat kunt u het beste aan de intern begeleider vragen.",
      score = { verwachtingen = -1 },
      set = { net = "ib_vragen" },
      feedback = "Eerlijk dat je het niet zeker weet, maar dit is de vraag waar alles om draait. Ze gaat weg zonder te weten wat er na twaalf weken gebeurt.",
    },
    {
      id = "geen_dyslexie",
      text = "Eerlijk gezegd denk ik niet dat het dyslexie is. Sommige kinderen gaan gewoon wat later lezen, en Fenna is heel slim.",
      effects = { spanning = 2 },
      score = { verwachtingen = -2 },
      set = { net = "geen_dyslexie", fout = "vanzelf" },
      feedback = "Dit is precies wat ze bij Thijs hoorde: 'dat komt vanzelf'. Een leerkracht stelt geen diagnose, ook geen geruststellende. Of het dyslexie is, blijkt uit de toetsen en zo nodig uit een onderzoek.",
    },
    {
      id = "beloof_test",
      text = "Dan wordt ze getest, dat beloof ik u.",
      effects = { spanning = -1 },
      score = { verwachtingen = -1 },
      set = { net = "beloof_test" },
      feedback = "Bijna goed, maar te stellig. Of er een vergoed onderzoek komt, hangt af van het dossier en van de gemeente, niet van jouw belofte. Zeg wat de school doet: het dossier maken.",
    },
    {
      id = "dossier",
      text = "Helpt het te weinig, dan maken wij het dossier. Daarmee kunt u haar aanmelden voor een onderzoek dat de gemeente betaalt.",
      tags = { "verwachtingen" },
      effects = { vertrouwen = 1, spanning = -1 },
      score = { verwachtingen = 2 },
      set = { net = "dossier", route = true },
      feedback = "Helder en eerlijk: wat de school doet (het dossier), wat zij dan kan doen (aanmelden), en wie het betaalt. Geen belofte over de uitkomst, wel over de weg.",
    },
  },
  next = "thuis",
}

---------------------------------------------------------------------------
-- Thuis, en de tijd die ze heeft
---------------------------------------------------------------------------

node "thuis" {
  speaker = "moeder",
  mood = stemming,
  text = function(s)
    if s.flags.net == "geen_dyslexie" then
      return "Ze kijkt je lang aan. \"Dat zei die juf ook.\" Dan, kortaf: \"Wat moet ik thuis doen? Ik werk tot vijf uur.\""
    end
    return "Ze kijkt op haar telefoon en weer naar jou. \"Wat kan ik thuis doen? Ik werk tot vijf uur.\""
  end,
  choices = {
    {
      id = "tien_minuten",
      text = "Tien minuten per dag samen lezen, om de beurt een bladzijde. Niet langer: het moet leuk blijven.",
      tags = { "afspraken" },
      score = { afspraken = 2 },
      set = { net = "tien_minuten" },
      feedback = "Goed: klein, haalbaar na een werkdag, en met aandacht voor plezier. Dat laatste telt dubbel bij een kind dat snel denkt dat ze dom is.",
      next = "afronden",
    },
    {
      id = "half_uur",
      text = "Elke avond een half uur oefenen met woordrijtjes en leeskaartjes. Hoe meer ze oefent, hoe sneller het gaat.",
      score = { afspraken = -1 },
      set = { net = "half_uur" },
      feedback = function(s)
        if s.flags.thijs then
          return "Goed bedoeld, maar ze vertelde je al dat Thijs 's avonds huilde boven zijn leesboek. Een half uur drillen na een werkdag maakt van lezen een strijd. Kort en leuk werkt beter."
        end
        return "Goed bedoeld, maar een half uur drillen na een werkdag maakt van lezen snel een strijd, voor moeder en kind. Kort en leuk werkt beter."
      end,
      next = "afronden",
    },
    {
      id = "wat_lukt",
      text = "Wat lukt er thuis, met uw werktijden?",
      tags = { "lsd", "afspraken" },
      score = { afspraken = 2 },
      set = { net = "wat_lukt" },
      feedback = "Goed: je vraagt wat bij haar past voordat je iets voorstelt. Zo wordt het haar afspraak, niet jouw opdracht.",
      next = "wat_lukt",
    },
    {
      id = "niets_thuis",
      text = "Thuis hoeft u eigenlijk niets te doen hoor, dat doen wij allemaal op school.",
      set = { net = "niets_thuis" },
      feedback = "Het ontlast haar, en dat is vriendelijk. Maar samen lezen thuis helpt Fenna echt, en deze moeder wil iets doen. Zoek iets kleins dat past.",
      next = "afronden",
    },
  },
}

node "wat_lukt" {
  speaker = "moeder",
  mood = stemming,
  text = "Ze denkt na. \"Na het eten, voor het tandenpoetsen. Een kwartiertje. Maar niet als ze moe is.\" Je knikt: \"Tien minuten is genoeg. Om de beurt een bladzijde.\"",
  next = "afronden",
}

node "afronden" {
  speaker = "moeder",
  mood = stemming,
  text = "Ze pakt haar telefoon. \"Ik moet zo weg.\"",
  -- Zwijgen kost hier: ze heeft geen tijd, en zonder afspraak is ze weg.
  timeout = {
    seconds = 10,
    next = "weg_zonder_afspraak",
    score = { afspraken = -1 },
    set = { net = "stilte" },
    tags = { "stilte" },
    feedback = "Je zocht nog naar de goede afsluiting, en ze was al opgestaan. Bij een ouder met weinig tijd moet de vervolgafspraak er op tijd in.",
  },
  choices = {
    {
      id = "mail",
      text = "Ik stuur u alles nog even op de mail.",
      set = { net = "mail" },
      feedback = "Handig, maar geen afspraak: wanneer hoort ze hoe het met Fenna gaat? Na twaalf weken wil ze dat niet uit een mail halen.",
    },
    {
      id = "nog_meer",
      text = "Zullen we volgende week verder praten? Ik had eigenlijk nog veel meer willen vertellen over het plan.",
      score = { volgen = -1 },
      set = { net = "nog_meer" },
      feedback = "Je houdt vast aan alles wat je had voorbereid. Wat nodig was, heeft ze gehoord. Een afspraak na de toets is genoeg.",
    },
    {
      id = "na_de_toets",
      text = "Na de toets over twaalf weken bel ik u. Past woensdag na vijven?",
      tags = { "afspraken" },
      effects = { vertrouwen = 1 },
      score = { afspraken = 2 },
      set = { net = "na_de_toets", vervolg = true },
      feedback = "Goed: een vast moment, na de toets, en op een tijd die bij haar werk past. Zo weet ze dat het niet weer 'even afwachten' wordt.",
    },
  },
  next = welk_einde,
}

node "weg_zonder_afspraak" {
  speaker = "moeder",
  mood = stemming,
  text = "Ze staat op. \"Ik hoor het wel.\" De deur valt achter haar dicht.",
  next = welk_einde,
}

---------------------------------------------------------------------------
-- Einden
---------------------------------------------------------------------------

ending "samen_verder" {
  title = "Eerst haar verhaal, dan het plan",
  outcome = "good",
  text = function(s)
    local t = "Nienke Hoekstra loopt naar buiten met een plan waar ze zelf bij was. Ze weet wat er maandag begint, wanneer jullie kijken of het helpt, en welke weg er is als het te weinig helpt. Dat ze eerst over Thijs mocht vertellen, maakte dat ze daarna kon luisteren."
    if s.tagged("doorpraten") > 0 then
      t = t .. " Het begin was stroef: je wilde eerst je eigen verhaal afmaken. Dat je daarna toch losliet, maakte het verschil."
    end
    return t
  end,
}

ending "gehoord" {
  title = "Gehoord, maar nog niet samen",
  outcome = "mixed",
  text = function(s)
    if not s.flags.route then
      return "Ze voelde zich gehoord, en dat is veel na Thijs. Maar wat er gebeurt als de extra hulp te weinig helpt, weet ze niet. Daarmee blijft haar grootste angst open: weer afwachten."
    end
    return "Ze voelde zich gehoord en weet wat de school gaat doen. Maar er is geen vaste afspraak over wanneer jullie elkaar weer spreken. Over twaalf weken moet zij weer aan de bel trekken, en dat is precies wat ze bij Thijs ook moest."
  end,
}

ending "niet_gehoord" {
  title = "Twee verhalen naast elkaar",
  outcome = "mixed",
  text = function(s)
    local t = "Je hebt je plan verteld, en zij haar verhaal over Thijs. Maar ze zijn niet bij elkaar gekomen: ze gaat weg met het gevoel dat de school vooral wilde zenden. Thuis zegt ze tegen haar man: 'Ze hebben weer een plan.'"
    if s.flags.net == "stilte" then
      t = t .. " En wanneer ze hoort of het werkt, is niet afgesproken: ze was al weg."
    end
    return t
  end,
}

ending "weggelopen" {
  -- Een professionele fout: de ouder twee keer het zwijgen opleggen.
  grade_cap = "voldoende",
  title = "Ze loopt weg",
  outcome = "bad",
  text = "Ze pakt haar telefoon en staat op. \"Weet u wat? Mail het maar.\" De deur valt dicht. Je had alles goed voorbereid, maar twee keer vroeg je haar om stil te zijn zodat jij verder kon. Een ouder die haar verhaal niet kwijt kan, hoort het jouwe niet.",
}

ending "dat_komt_vanzelf" {
  -- Een ernstige professionele fout: een leerkracht die zelf een diagnose
  -- uitsluit, precies wat er bij haar zoon misging.
  grade_cap = "onvoldoende",
  title = "Dat komt vanzelf",
  outcome = "bad",
  text = "Ze gaat naar huis met de zin die ze bij Thijs ook hoorde. Een week later meldt ze Fenna op eigen kosten aan bij een dyslexiebureau, en bij de intern begeleider vraagt ze om een andere leerkracht voor het gesprek na twaalf weken. Een leerkracht stelt geen diagnose, ook geen geruststellende.",
}

ending "loze_belofte" {
  -- Een professionele fout: een onderzoek beloven dat de school niet kan waarmaken.
  grade_cap = "voldoende",
  title = "Een belofte die niet kan",
  outcome = "bad",
  text = "Twee weken later belt ze: wanneer is het onderzoek? Je moet uitleggen dat het er zo snel niet komt: eerst moet blijken dat extra hulp te weinig helpt. 'Dus weer afwachten,' zegt ze. Wat je beloofde om haar gerust te stellen, is nu het bewijs dat de school niet doet wat ze zegt.",
}

---------------------------------------------------------------------------
-- Testplannen
---------------------------------------------------------------------------

plan "beste_pad" {
  -- open beginnen, haar laten uitpraten (stilte), het gevoel benoemen, de brug
  -- naar het plan, het plan kort (ze luistert uit, want de spanning is gezakt),
  -- de weg naar een onderzoek, vragen wat thuis lukt, een afspraak na de toets
  choices = "2,t,2,2,2,4,3,3",
  ending = "samen_verder",
  outcome = "good",
  grade = "goed",
  overall = 1,
  scores = { volgen = 3, lsd = 3, terugkomen = 4, verwachtingen = 3, afspraken = 4 },
}

plan "vasthouden" {
  -- "mag ik mijn verhaal afmaken?", het plan doordrukken, en bij haar tweede
  -- onderbreking opnieuw: ze loopt weg
  choices = "1,1,2,2,2,2",
  ending = "weggelopen",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0.333,
}

plan "geen_diagnose" {
  -- een goed gesprek, maar "ik denk niet dat het dyslexie is": het einde begrenst het oordeel
  choices = "2,t,2,2,2,2,3,3",
  ending = "dat_komt_vanzelf",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0.75,
}

plan "hol_excuus" {
  -- eerst "laat me afmaken", dan toch luisteren; het plan wordt toch onderbroken
  -- (de spanning is nog hoog), en het "sorry" helpt niet meer
  choices = "1,1,1,2,2,2,1,4,3,3",
  ending = "niet_gehoord",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.708,
}

plan "excuus_werkt" {
  -- zonder eerder door te drukken werkt het "sorry" wel, maar haar verhaal kreeg
  -- te weinig ruimte
  choices = "3,3,4,2,2,1,4,1,3",
  ending = "niet_gehoord",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.625,
}

plan "loze_belofte" {
  -- "ik vraag dat onderzoek aan, het gebeurt snel"
  choices = "2,t,2,1,2,4,3,3",
  ending = "loze_belofte",
  outcome = "bad",
  grade = "voldoende",
  overall = 0.625,
}

plan "stiltes" {
  -- zwijgen waar ze uitpraat en waar ze onderbreekt helpt; zwijgen op haar eis en
  -- bij het afronden kost: ze vult het zelf in, en ze is weg zonder afspraak
  choices = "2,t,2,t,2,t,4,3,t",
  ending = "niet_gehoord",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.635,
}

plan "onderbroken_en_hersteld" {
  -- de lange uitleg wordt onderbroken; daarna haar volgen ("een kwart jaar voelt lang")
  choices = "3,2,4,2,3,3,4,1,3",
  ending = "samen_verder",
  outcome = "good",
  grade = "voldoende",
}

plan "gehoord_zonder_plan" {
  -- goed geluisterd, maar een vaag plan en geen weg naar een onderzoek
  choices = "2,4,2,2,1,3,1,2,1",
  ending = "gehoord",
  outcome = "mixed",
}

plan "slechtste_pad" {
  choices = "4,1,2,1,1,4,2,2,2",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0,
}
