-- Een moeder die school wantrouwt door haar eigen schoolverleden
-- Thema: moeilijk bereikbare ouders. Erkennen, beginnen bij de sterke kanten
-- van het kind, "samen" blijven op de Roos van Leary, geen jargon.

scenario {
  id = "wantrouwen",
  version = 2,
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

Wantrouwen van een leven lang verdwijnt niet in één gesprek. Jouw doel: haar wantrouwen erkennen, beginnen bij wat Jesse goed kan, haar als deskundige over haar zoon behandelen, zonder jargon, en één concrete vervolgafspraak maken waar ze op terugkomt.]],
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

-- Tempo: zo snel beweegt moeder.
-- * Wantrouwen van een leven lang zakt langzaam: hooguit 1 per beurt, en
--   alleen op momenten waarop ze iets merkt wat ze niet verwachtte (geen
--   verwijt, een waar verhaal over wat Jesse goed kan, erkenning van wat haar
--   overkwam, een helder "hij hoort hier"). Het stijgt snel (2 of 3) bij
--   preken, sussen, jargon, een "maar" of een diagnose.
-- * Openheid stijgt hooguit 1 per beurt.
-- * Een eerste gesprek eindigt hooguit voorzichtig: op het beste pad zakt het
--   wantrouwen van 8 naar 4, niet naar 0. Ze komt terug, meer niet.
-- * Excuses werken niet altijd. Een gemeend excuus na één misser helpt een
--   beetje; na een tweede keer niet gehoord (niet_gehoord >= 2) helpt het niet
--   meer, en bij drie keer loopt ze weg. Een formule ("Sorry, zo bedoelde ik
--   het niet") werkt nooit.
meter "wantrouwen" { label = "Wantrouwen", min = 0, max = 10, start = 8, visible = true }
meter "openheid"   { label = "Openheid", min = 0, max = 10, start = 2, visible = false }
-- Niet gehoord: hoe vaak ze zich niet gehoord of klein gemaakt voelde
-- (preken, sussen, jargon, 'maar'). Deze meter daalt niet.
meter "niet_gehoord" { label = "Voelt zich niet gehoord", min = 0, max = 3, start = 0, visible = false }

-- Het maximum ligt vast op wat het beste pad haalt (plan beste_pad). Een
-- omweg langs herstelmomenten komt langs meer knopen en kan daar deelpunten
-- sparen; zonder vast maximum zou die omweg de lat voor iedereen verhogen.
competency "lsd"           { label = "Luisteren, samenvatten, doorvragen", weight = 2, max = 6 }
competency "sterke_kanten" { label = "Beginnen bij de sterke kanten van het kind", weight = 2, max = 3 }
competency "samen"         { label = "Samen blijven op de Roos van Leary", weight = 2, max = 12 }
competency "zonder_jargon" { label = "Helder en zonder jargon", weight = 1, max = 5 }
competency "afspraken"     { label = "Concrete afspraken maken", weight = 1, max = 2 }

-- Hoe moeder erbij zit: wantrouwen maakt haar afwijzend of boos.
local function stemming(s)
  if s.wantrouwen >= 9 then return "boos" end
  if s.wantrouwen >= 6 then return "afwijzend" end
  return "neutraal"
end

-- Welk einde? Het beste wat een eerste gesprek kan opleveren, is een deur op
-- een kier: ze wantrouwt school nog (hooguit 5), maar ze heeft zich gehoord
-- gevoeld, hoorde iets goeds over Jesse en komt terug. Een voorzichtig begin:
-- het wantrouwen is wat gezakt, of er is ondanks alles een afspraak.
local function welk_einde(s)
  if s.flags.afspraak and s.flags.sterk_gedeeld
     and s.wantrouwen <= 5 and s.openheid >= 6 and s.niet_gehoord <= 1 then
    return "samen_voor_jesse"
  elseif s.wantrouwen <= 6 or (s.flags.afspraak and s.wantrouwen <= 8) then
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
      id = "fijn_dat_u_er_bent",
      text = "Goedemiddag, mevrouw Mulder. Fijn dat u kon komen, met de zaak en alles.",
      tags = { "samen" },
      score = { samen = 1 },
      feedback = "Vriendelijk, en je laat merken dat je weet dat ze er moeite voor doet. Ze stond net voor de tekening van haar zoon: daar had je nog dichter bij haar kunnen beginnen.",
      next = "binnenkomst",
    },
    {
      id = "kom_maar_mee",
      text = "Goedemiddag. Komt u maar mee, we zitten in het lokaal.",
      feedback = "Correct en vriendelijk, maar zakelijk. Ze stond net voor de tekening van haar zoon. Daar had je meteen samen naar kunnen kijken.",
      next = "binnenkomst",
    },
    {
      id = "hijskraan",
      text = "Goedemiddag. Die hijskraan is van {kind}. Mooi, hè?",
      tags = { "sterke-kanten" },
      effects = { openheid = 1 },
      score = { sterke_kanten = 1, samen = 1 },
      feedback = "Mooi. Je sluit aan bij waar zij op dat moment is, en je begint meteen met iets wat {kind} goed kan. Het eerste wat ze van je hoort, is geen probleem. Verwacht nog geen glimlach: één compliment in de gang maakt geen jaren wantrouwen goed.",
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
      set = { plan_genoemd = true, ib_genoemd = true },
      score = { samen = -2, zonder_jargon = -1 },
      feedback = "Je neemt de leiding (boven) en gebruikt woorden als 'observaties', 'visie' en 'plan'. Voor een ouder met slechte ervaringen klinkt dat als een dossier dat al klaarligt. Structuur is goed, maar begin bij haar en bij {kind}, niet bij de procedure.",
      next = "plan_alarm",
    },
    {
      id = "verwachting_benoemen",
      text = "U verwacht slecht nieuws, hoor ik. Gaat u zitten, dan vertel ik waarom ik u wilde spreken.",
      tags = { "lsd" },
      score = { lsd = 1 },
      feedback = "Je benoemt wat je hoort (ze verwacht slecht nieuws) zonder erin mee te gaan of het weg te wuiven. Dat is luisteren. Maar haar vraag blijft hangen: heeft hij iets gedaan? Een rustig 'Hij heeft niets gedaan' had haar eerder laten zitten.",
      next = "sterk_begin",
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
      text = "Hij heeft niets gedaan. Ik wil met u over {kind} praten, omdat u hem het beste kent.",
      tags = { "samen" },
      effects = { wantrouwen = -1, openheid = 1 },
      score = { samen = 2, zonder_jargon = 1 },
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
      id = "formule_sorry",
      text = "Sorry, zo bedoelde ik het niet. Er is echt niets ergs aan de hand.",
      tags = { "sussen", "excuus" },
      effects = { wantrouwen = 1, niet_gehoord = 1 },
      score = { samen = -1 },
      feedback = "Een excuus als formule, en daarna nog een keer sussen. Ze vroeg om eerlijkheid en krijgt hetzelfde antwoord. Zo'n 'sorry' maakt het erger: het klinkt als iemand die het gesprek wil gladstrijken. Zeg eerlijk en in gewone woorden waar het over gaat.",
      next = "plan_alarm",
    },
    {
      id = "gedrag",
      text = "Nou ja, het gaat een beetje over zijn gedrag in de klas, en over hoe hij met de regels omgaat, zeg maar.",
      tags = { "vaag" },
      effects = { wantrouwen = 2, niet_gehoord = 1 },
      set = { gedrag_genoemd = true },
      score = { samen = -1, sterke_kanten = -1 },
      feedback = "Eerst was het 'niks', nu is het 'gedrag'. Dat bevestigt haar vermoeden dat school er omheen draait, en 'gedrag' is precies het woord dat zij vroeger hoorde. Wees concreet en begin bij wat goed gaat.",
      next = "plan_alarm",
    },
    {
      id = "eerlijk",
      text = "U heeft gelijk. Eerlijk: stilzitten in de klas is lastig voor hem. Ik wil met u kijken wat helpt.",
      tags = { "samen", "herstel" },
      effects = { openheid = 1 },
      score = { samen = 1 },
      feedback = "Goed hersteld. Je geeft haar gelijk, zegt eerlijk en in gewone woorden waar het over gaat, en maakt er een gezamenlijke zoektocht van. Haar wantrouwen zakt er nog niet door: eerst was het 'niks'. Een concreet voorbeeld van wat hij goed kan, maakt het straks sterker.",
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
  text = function(s)
    if s.flags.plan_genoemd then
      return "\"Een plan. Zie je wel. Bij mij begon het ook zo. Eerst een plan, dan op de gang, en in groep 6 zat ik ineens op een andere school.\""
    elseif s.flags.gedrag_genoemd then
      return "\"Gedrag. Zie je wel. Bij mij begon het ook zo. Eerst 'gedrag', dan op de gang, en in groep 6 zat ik ineens op een andere school.\""
    end
    return "\"Niks ergs. Dat zeiden ze bij mij ook. Eerst was het niks, dan stond ik op de gang, en in groep 6 zat ik ineens op een andere school.\""
  end,
  choices = {
    {
      id = "rustig_maar",
      text = "Rustig maar, er is nog helemaal niks besloten.",
      tags = { "boven" },
      effects = { wantrouwen = 1, niet_gehoord = 1 },
      score = { samen = -1, lsd = -1 },
      feedback = "'Rustig maar' zet jou boven haar: jij bepaalt hoe ze zich hoort te voelen. Ze vertelt iets wat haar echt is overkomen. Daar ga je aan voorbij.",
      next = "strijd",
    },
    {
      id = "lsd_eigen_ervaring",
      text = "Er werd over u beslist. En nu bent u bang dat het met {kind} ook gebeurt.",
      tags = { "lsd", "samen" },
      effects = { wantrouwen = -1, openheid = 1 },
      score = { lsd = 2, samen = 1 },
      feedback = "Precies goed. Je vat samen wat ze zegt en benoemt de angst eronder, zonder te verdedigen of te sussen. Daarmee erken je haar ervaring. Erkenning is bij wantrouwen de eerste stap.",
      next = "verhaal",
    },
    {
      id = "geen_plan",
      text = "Er ligt geen plan en niemand denkt aan een andere school. Ik wil alleen met u over {kind} praten.",
      tags = { "helder" },
      score = { samen = 1, zonder_jargon = 1 },
      set = { geen_plan_gezegd = true },
      feedback = "Helder en waar: je neemt haar grootste angst weg. Maar je slaat over wat ze net vertelde: wat háár is overkomen. Zonder erkenning blijft je geruststelling een bewering van school. Eerst samenvatten wat ze zei, dan dit.",
      next = "sterk_begin",
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
      id = "sandwich",
      text = "{kind} is echt een leuke jongen. Alleen bij lezen en taal loopt hij vaak rond en maakt hij zijn werk niet af.",
      tags = { "ja-maar" },
      effects = { wantrouwen = 1 },
      score = { sterke_kanten = -1 },
      feedback = "Een compliment als opstapje: 'leuk, alleen...'. Ze hoort alleen het tweede deel, want 'leuk' zegt niets over haar zoon. Begin met iets concreets wat hij goed kan, iets wat je echt hebt gezien.",
      next = "verdediging",
    },
    {
      id = "brug_verhaal",
      text = "Vorige week bouwde hij bij techniek een brug van rietjes. Die kon een heel etui dragen. De hele klas kwam kijken.",
      tags = { "sterke-kanten" },
      effects = { wantrouwen = -1, openheid = 1 },
      score = { sterke_kanten = 2 },
      set = { sterk_gedeeld = true },
      feedback = "Precies goed. Een concreet, waar voorbeeld van iets waar {kind} uitblinkt. Zo laat je zien dat je haar kind ziet, niet alleen zijn gedrag. Vanuit sterke kanten kun je daarna samen naar de moeilijke momenten kijken.",
      next = "brug",
    },
    {
      id = "hoe_vindt_hij",
      text = "Hoe vindt {kind} het zelf op school, denkt u?",
      tags = { "doorvragen" },
      score = { lsd = 1 },
      feedback = "Een goede open vraag, maar op dit moment te vroeg. Ze wacht op jouw verhaal en wantrouwt een vraag die als 'uithoren' kan voelen. Geef eerst zelf iets: een concreet, positief voorbeeld.",
      next = "terugkaats",
    },
    {
      id = "probleem_eerst",
      text = "{kind} is vaak onrustig. Hij loopt door de klas, tikt met zijn pen, praat door de instructie heen en maakt zijn werk niet af. Dat valt de andere kinderen ook op.",
      tags = { "probleem-eerst" },
      effects = { wantrouwen = 2, niet_gehoord = 1 },
      score = { sterke_kanten = -2, samen = -1 },
      feedback = "Drie problemen als opening. Voor een moeder die school kent als plek waar je op je fouten wordt gewezen, is dit het bekende verhaal. Begin bij wat {kind} goed kan, en breng de zorg daarna, als vraag.",
      next = "verdediging",
    },
  },
}

node "terugkaats" {
  speaker = "moeder",
  mood = "afwijzend",
  text = "\"Dat moet u mij vertellen. U ziet hem elke dag.\"",
  choices = {
    {
      id = "vooral_onrustig",
      text = "Ik zie vooral dat hij onrustig is.",
      tags = { "probleem-eerst" },
      effects = { wantrouwen = 2, niet_gehoord = 1 },
      score = { sterke_kanten = -1, samen = -1 },
      feedback = "'Vooral onrustig': zo klinkt het alsof dat het enige is wat je ziet. Dat is niet waar, en het bevestigt haar angst.",
      next = "verdediging",
    },
    {
      id = "bouwer_en_stilzitten",
      text = "Ik zie een jongen die graag met zijn handen werkt, en die stilzitten moeilijk vindt.",
      tags = { "eerlijk" },
      score = { sterke_kanten = 1 },
      feedback = "Eerlijk en in evenwicht: iets wat hij goed kan en iets wat lastig is, zonder 'maar'. Wel nog algemeen. Een voorbeeld dat je echt zag (wat bouwde hij?) overtuigt een wantrouwende ouder meer dan een typering.",
      next = "zorg_benoemd",
    },
    {
      id = "alsnog_brug",
      text = "Dat is waar. Ik zie een bouwer. Vorige week maakte hij bij techniek een brug van rietjes die een heel etui kon dragen.",
      tags = { "sterke-kanten", "herstel" },
      effects = { openheid = 1 },
      score = { sterke_kanten = 1, samen = 1 },
      set = { sterk_gedeeld = true },
      feedback = "Goed: je geeft haar gelijk en komt met een concreet, positief voorbeeld. Zo geef je eerst iets, voordat je iets vraagt.",
      next = "brug",
    },
  },
}

node "brug" {
  speaker = "moeder",
  mood = stemming,
  text = "Iets in haar gezicht verandert. \"Een brug van rietjes.\" Ze snuift, bijna een lach. \"Dat doet hij thuis ook. Met alles wat hij vindt. Mijn keukenla is leeg.\"",
  choices = {
    {
      id = "herken_ik",
      text = "Haha, dat geloof ik meteen. Hij is echt een bouwer.",
      tags = { "samen" },
      score = { samen = 1 },
      feedback = "Warm: je lacht met haar mee en bevestigt wat ze ziet. Daarmee ben je even samen. Maar ze opende een deur naar thuis, en daar ga je niet doorheen. Een vraag over wat hij thuis bouwt, had haar de deskundige gemaakt.",
      next = "thuis_bouwer",
    },
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
      effects = { openheid = 1 },
      score = { lsd = 2 },
      set = { thuis_gevraagd = true },
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
      id = "allebei",
      text = "Dat compliment meende ik. Ik wil het met u over allebei hebben: wat goed gaat en wat lastig is.",
      tags = { "eerlijk" },
      score = { samen = 1 },
      feedback = "Eerlijk, en je blijft rustig bij je punt zonder je te verdedigen. Maar ze vertelde net over thuis, en dat laat je liggen. Erken eerst je 'maar' en vraag naar wat hij thuis bouwt.",
      next = "zorg_benoemd",
    },
    {
      id = "maar_herstel",
      text = "U heeft gelijk, dat 'maar' had ik weg moeten laten. Wat bouwt hij thuis?",
      tags = { "herstel", "lsd", "excuus" },
      score = { lsd = 1 },
      set = { thuis_gevraagd = true },
      -- Een excuus na de tweede misser maakt het niet meer goed.
      effect = function(s)
        if s.niet_gehoord >= 2 then s.wantrouwen = s.wantrouwen + 1 end
      end,
      feedback = function(s)
        if s.niet_gehoord >= 2 then
          return "Je erkent je woordkeus en gaat terug naar wat zij vertelde. Goed gedaan, maar het komt nu laat: ze voelde zich eerder in dit gesprek ook al niet gehoord, en een tweede excuus gelooft ze minder dan het eerste. Ze vertelt wel, maar afgemeten."
        end
        return "Goed hersteld. Je erkent je eigen woordkeus zonder lang uit te leggen, en gaat alsnog door op wat zij vertelde. Het lachje komt niet meteen terug, maar ze praat verder."
      end,
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
      id = "meenemen",
      text = "Dat zal ik zeker meenemen.",
      tags = { "onder" },
      effects = { niet_gehoord = 1 },
      score = { samen = -1 },
      feedback = "Een onder-reactie: je buigt mee zonder echt te reageren. Ze merkt dat je haar afpoeiert. Je had haar opmerking serieus kunnen nemen met een vraag.",
      next = "zorg_benoemd",
    },
    {
      id = "techniek_niet",
      text = "Dat kan. Bij techniek verveelt hij zich in elk geval niet. Daar is hij de beste van de klas.",
      tags = { "sterke-kanten" },
      score = { sterke_kanten = 1 },
      set = { sterk_gedeeld = true },
      feedback = "Je trapt niet in de aanval en brengt iets wat {kind} goed kan. Dat is sterk. Haar opmerking zelf (verveling) laat je wel liggen: met een vraag ('Wanneer verveelt hij zich?') had je haar als deskundige aangesproken.",
      next = "zorg_benoemd",
    },
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
      id = "wanneer_verveelt",
      text = "Dat kan zomaar. Wanneer verveelt hij zich, denkt u? En wanneer juist niet?",
      tags = { "lsd", "samen" },
      effects = { openheid = 1 },
      score = { lsd = 2, samen = 1 },
      set = { thuis_gevraagd = true },
      feedback = "Knap. Je trapt niet in de uitnodiging om je te verdedigen, maar neemt haar opmerking serieus en vraagt door. Zo maak je van een aanval een gezamenlijke vraag. Dat is samen blijven op de Roos van Leary.",
      next = "thuis_bouwer",
    },
  },
}

node "thuis_bouwer" {
  speaker = "moeder",
  mood = stemming,
  text = function(s)
    if s.flags.thuis_gevraagd then
      return "\"Als hij iets met zijn handen doet. Een knikkerbaan door de hele gang, van wc-rolletjes. Daar kan hij uren mee bezig zijn, dan hoor je hem niet. Maar een boek? Na twee bladzijden staat hij weer op.\""
    end
    return "\"Ja. Een knikkerbaan door de hele gang, van wc-rolletjes. Uren, dan hoor je hem niet.\" Ze haalt haar schouders op. \"Maar een boek? Na twee bladzijden staat hij op.\""
  end,
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
      id = "boeken_tip",
      text = "Misschien kunt u thuis samen boeken lezen over bouwen? Over bruggen of machines. Dan leest hij over iets wat hij leuk vindt.",
      tags = { "oma", "advies" },
      effects = { niet_gehoord = 1 },
      score = { lsd = -1, sterke_kanten = 1 },
      feedback = "Je bouwt voort op wat hij leuk vindt, en dat is een goed idee. Maar het is een advies waar ze niet om vroeg, en het legt het huiswerk bij haar. Ze vertelde net iets over haar zoon: vat eerst samen wat je hoort.",
      next = "zorg_benoemd",
    },
    {
      id = "uren_concentratie",
      text = "Uren! Dus als het met zijn handen is, kan hij zich heel lang concentreren.",
      tags = { "lsd", "samenvatten" },
      score = { lsd = 1 },
      feedback = "Een goede samenvatting: je pakt de kern van wat ze zegt en draait het positief. De zorg over lezen noem je nog niet. Dat mag, maar ze weet nog steeds niet waarom ze hier zit.",
      next = "zorg_benoemd",
    },
    {
      id = "koppelen",
      text = "Uren, met zijn handen. En in de klas valt stilzitten bij lezen hem juist zwaar.",
      tags = { "lsd", "samenvatten" },
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
      id = "label_terug",
      text = "Sorry, dat had ik niet moeten zeggen. Ik ben geen dokter. Ik wil weten wat {kind} helpt.",
      tags = { "herstel", "samen", "excuus" },
      score = { samen = 1 },
      feedback = function(s)
        if s.niet_gehoord >= 2 then
          return "Je neemt het label terug en zegt eerlijk wat je rol is. Dat is de goede reactie, maar het is al de tweede keer dat ze zich in dit gesprek niet gehoord voelt. Het excuus komt aan, het wantrouwen zakt er niet door."
        end
        return "Goed hersteld. Je neemt het label terug, zegt eerlijk wat je rol is, en brengt het gesprek terug naar {kind}. Het woord 'ADHD' is wel gevallen: dat vergeet ze niet meteen."
      end,
      next = "verhaal",
    },
    {
      id = "niet_gezegd",
      text = "Ik zeg niet dat hij ADHD heeft. Ik zie alleen dat hij moeilijk stilzit.",
      tags = { "verdedigen" },
      effects = { wantrouwen = 1 },
      score = { zonder_jargon = 1, samen = -2 },
      feedback = "Je gaat terug naar wat je ziet, en dat is beter dan het label. Maar je verdedigt jezelf ('ik zeg niet...') in plaats van te erkennen wat het woord bij haar losmaakte. Ze vertelde net over pillen en een andere school.",
      next = "zorg_benoemd",
    },
    {
      id = "diagnose_helpt",
      text = "Maar een diagnose kan juist helpen. Dan weet iedereen waar hij staat, en krijgt hij de begeleiding die bij hem past.",
      tags = { "oma", "boven" },
      effects = { wantrouwen = 2, niet_gehoord = 1 },
      score = { samen = -1, lsd = -1 },
      feedback = "Je gaat door op een diagnose die je niet kunt stellen, en je verkoopt die als oplossing. Dat is een advies vanuit boven, terwijl ze net vertelde wat een label haar heeft gekost.",
      next = "strijd",
    },
  },
}

node "zorg_benoemd" {
  speaker = "moeder",
  mood = stemming,
  text = function(s)
    if s.flags.zorg_gedeeld then
      return "Haar kaak spant. \"En nu komt het. Zeg het maar gewoon: hij moet naar een andere school.\""
    end
    if s.flags.geen_plan_gezegd then
      return "Ze kijkt je strak aan. \"U zei net dat niemand aan een andere school denkt. Zeg het nou maar eerlijk: hij moet weg.\""
    end
    return "Ze kijkt naar de klok. \"Kom maar op. Daarvoor zit ik hier toch? Hij moet naar een andere school.\""
  end,
  -- Zwijgen op deze vraag is een antwoord: zij hoort "ja". Hier kost stilte.
  timeout = {
    seconds = 10,
    next = "stil_bevestigd",
    score = { samen = -2, zonder_jargon = -1 },
    effects = { wantrouwen = 2, niet_gehoord = 1 },
    tags = { "stilte" },
    feedback = "Hier was zwijgen de fout. Ze stelde een gesloten vraag over haar grootste angst: moet hij weg? Wie dan zoekt naar woorden, laat haar het antwoord zelf invullen, en zij vult 'ja' in. Er ligt geen plan en niemand denkt aan een andere school: zeg dat meteen, kort. Stilte helpt na een verhaal, niet na een vraag als deze.",
  },
  choices = {
    {
      id = "hangt_af",
      text = "Dat kan ik nu nog niet zeggen. Dat hangt af van wat er uit het onderzoek en de gesprekken met de intern begeleider komt.",
      tags = { "vaag", "jargon" },
      effects = { wantrouwen = 3, niet_gehoord = 1 },
      set = { ib_genoemd = true },
      score = { samen = -1, zonder_jargon = -1 },
      feedback = "Je bevestigt haar grootste angst door hem open te laten, en 'onderzoek' klinkt als een dossier. Er ligt geen onderzoek en niemand denkt aan een andere school. Zeg dat dan ook, helder.",
      next = "strijd",
    },
    {
      id = "hoort_hier",
      text = "Nee. {kind} hoort hier. Ik wil kijken wat hém helpt om hier goed te leren.",
      tags = { "samen", "helder" },
      effects = { wantrouwen = -1 },
      score = { samen = 2, zonder_jargon = 1 },
      feedback = "Helder en geruststellend, en het klopt ook. Je zegt het zonder omhaal. Juist bij een ouder die vroeger werd overvallen, is duidelijkheid over wat er níet gaat gebeuren veel waard.",
      next = "verhaal",
    },
    {
      id = "hoe_komt_u_erbij",
      text = "Nee, daar gaat het niet over. Hoe komt u daarbij?",
      tags = { "helder", "doorvragen" },
      score = { samen = 1, lsd = 1 },
      feedback = "Een duidelijk 'nee', en dan een open vraag naar haar angst. Dat is goed. Zeg er nog bij wat je wél wilt ('{kind} hoort hier'), want na jaren wantrouwen is één 'nee' snel vergeten.",
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

node "stil_bevestigd" {
  speaker = "moeder",
  mood = "boos",
  text = "Je zoekt naar woorden. Ze knikt langzaam. \"Dacht ik al.\"",
  next = "strijd",
}

---------------------------------------------------------------------------
-- Haar verhaal
---------------------------------------------------------------------------

node "verhaal" {
  speaker = "moeder",
  mood = function(s) return s.wantrouwen >= 7 and "boos" or "verdrietig" end,
  text = function(s)
    if s.visits.plan_alarm > 0 then
      return "\"Op de gang. Daar stond ik meer dan in de klas. Ze praatten óver me, met woorden die ik niet snapte. En niemand heeft ooit gevraagd wat ík ervan vond.\" Ze kijkt je strak aan."
    elseif s.wantrouwen >= 7 then
      return "\"Bij mij zeiden ze ook dat ze 'wilden kijken wat hielp'. Ik stond meer op de gang dan in de klas. En niemand heeft ooit gevraagd wat ík ervan vond.\" Ze kijkt je strak aan."
    end
    return "Ze kijkt naar het raam. \"Bij mij zeiden ze ook dat ze 'wilden kijken wat hielp'. Ik stond meer op de gang dan in de klas. Ze praatten óver me, met woorden die ik niet snapte. En niemand heeft ooit gevraagd wat ík ervan vond.\" Ze slikt."
  end,
  -- Stilte na haar verhaal telt als de samenvatting hieronder: beide erkennen haar.
  -- De knoop "stilte" geeft het effect (wantrouwen -1, openheid +1).
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
      id = "wat_erg",
      text = "Wat erg dat u dat heeft meegemaakt.",
      tags = { "lsd" },
      score = { lsd = 1 },
      feedback = "Gemeend medeleven, en je laat haar verhaal staan. Dat is goed. Het blijft wel algemeen: met haar eigen woorden ('niemand vroeg wat ik vond') had ze gehoord dat je precies begreep wat ze zei.",
      next = "na_verhaal",
    },
    {
      id = "lsd_niemand_vroeg",
      text = "Niemand vroeg wat u ervan vond. Dat wilt u voor {kind} anders.",
      tags = { "lsd", "samenvatten" },
      effects = { wantrouwen = -1, openheid = 1 },
      score = { lsd = 2, samen = 1 },
      feedback = "Een samenvatting die raakt: je herhaalt haar kern ('niemand vroeg wat ik vond') en verwoordt wat ze wil. Daarmee doe je precies wat vroeger ontbrak: je luistert naar haar. Ook even stil blijven had hier goed gewerkt.",
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
  },
}

node "stilte" {
  mood = "verdrietig",
  text = "Je zegt niets. Je knikt en laat haar woorden even staan. Ze ademt uit, en haar armen zakken van elkaar.",
  effects = { wantrouwen = -1, openheid = 1 },
  next = "na_verhaal",
}

node "na_verhaal" {
  speaker = "moeder",
  mood = stemming,
  text = function(s)
    if s.openheid >= 5 then
      return "Het blijft even stil. Dan zegt ze, zachter: \"Oké. Wat wilt u dan? Voor {kind}?\""
    end
    return "\"Dus. Wat wilt u dan?\""
  end,
  choices = {
    {
      id = "prettig_samen",
      text = "Dat {kind} hier fijn leert. Hoe precies, dat wil ik samen met u bedenken.",
      tags = { "samen" },
      score = { samen = 1 },
      feedback = "Samen, en zonder jargon. Maar het blijft vaag: 'fijn leren' en 'samen bedenken' kan alles zijn. Een ouder die school wantrouwt, gelooft pas iets als het concreet is. Noem één of twee kleine dingen die je wilt proberen.",
      next = "wat_werkt_thuis",
    },
    {
      id = "jargon_plan",
      text = "Ik wil de intern begeleider een observatie laten doen, en dan stellen we een handelingsplan op. Eventueel met een OPP.",
      tags = { "jargon" },
      effects = { wantrouwen = 3, openheid = -1, niet_gehoord = 1 },
      set = { ib_genoemd = true },
      score = { zonder_jargon = -2 },
      feedback = "Drie vaktermen in twee zinnen: 'observatie', 'handelingsplan', 'OPP'. Ook voor ouders zonder nare ervaringen is dat een muur van woorden. Voor haar klinkt het als toen: er wordt óver haar kind gepraat in een taal die zij niet spreekt.",
      next = "jargon",
    },
    {
      id = "strenger_thuis",
      text = "Ik zou graag zien dat u thuis wat strenger bent met schermtijd en bedtijd. Kinderen die goed slapen, kunnen zich beter concentreren.",
      tags = { "oma", "boven" },
      effects = { wantrouwen = 3, niet_gehoord = 1 },
      score = { samen = -2 },
      feedback = "Een opvoedadvies waar niet om gevraagd is (de A van OMA), vanuit boven. Je weet niet hoe het thuis gaat, en je legt het probleem bij haar. Vraag liever wat thuis wél werkt.",
      next = "strijd",
    },
    {
      id = "twee_dingen",
      text = "Twee dingen. In de klas kleine dingen uitproberen, zoals een plek waar hij mag staan. En van u horen wat thuis werkt.",
      tags = { "helder", "samen" },
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
      id = "meer_jargon",
      text = "Een OPP is een ontwikkelingsperspectiefplan. Daarin staan de verwachte uitstroombestemming, de onderbouwing van de extra ondersteuning en de evaluatiemomenten.",
      tags = { "jargon" },
      effects = { wantrouwen = 2, niet_gehoord = 1 },
      score = { zonder_jargon = -1 },
      feedback = "Je legt jargon uit met nog meer jargon: 'uitstroombestemming', 'onderbouwing', 'ondersteuning'. En je maakt het groter dan het is. Er is geen OPP nodig. Zeg in gewone woorden wat er gaat gebeuren.",
      next = "strijd",
    },
    {
      id = "schoolwoorden",
      text = "Dat zijn gewoon schoolwoorden. Daar hoeft u zich geen zorgen over te maken.",
      tags = { "sussen" },
      effects = { wantrouwen = 1 },
      score = { samen = -1 },
      feedback = "Sussen, en ze krijgt nog steeds geen antwoord op haar vraag. 'Geen zorgen maken' vertelt haar hoe ze zich moet voelen. Ze vroeg wat het betekent: zeg het in gewone woorden.",
      next = "wat_werkt_thuis",
    },
    {
      id = "gewoon_gezegd",
      text = "Sorry, dat is vakjargon. Gewoon gezegd: een collega kijkt een uurtje mee in de klas. Daarna bedenken we samen, met u erbij, wat {kind} helpt.",
      tags = { "herstel", "helder" },
      score = { zonder_jargon = 1, samen = 1 },
      feedback = "Goed hersteld. Je noemt het jargon bij naam en vertaalt het naar wat er echt gebeurt, met haar erbij. Ze heeft recht op gewone woorden. De woorden 'OPP' en 'handelingsplan' zijn wel gevallen: haar wantrouwen zakt er niet door.",
      next = "wat_werkt_thuis",
    },
  },
}

node "strijd" {
  speaker = "moeder",
  mood = "boos",
  text = "Ze staat op. \"Weet je wat? Ik teken nergens voor. Als jullie {kind} weg willen hebben, zeg dat dan gewoon.\"",
  -- Zwijgen terwijl ze opstaat: ze loopt weg. Dat kost.
  timeout = {
    seconds = 10,
    next = "weggelopen",
    score = { samen = -1, afspraken = -1 },
    tags = { "stilte" },
    feedback = "Ze stond op en jij zei niets. Voor haar is dat het bewijs: school laat haar gaan en beslist straks zonder haar. Bij een ouder die opstaat, is stilte geen ruimte geven maar loslaten. Benoem je eigen aandeel, of zeg helder wat je wél wilt.",
  },
  choices = {
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
      id = "opnieuw_beginnen",
      text = "Ik pak het verkeerd aan. Ik wil {kind} helemaal niet weg hebben. Mag ik opnieuw beginnen?",
      when = function(s) return not s.flags.tweede_kans end,
      tags = { "herstel", "samen", "excuus" },
      score = { samen = 1 },
      set = { tweede_kans = true },
      -- Na één misser werkt een gemeend excuus een beetje; daarna niet meer.
      effect = function(s)
        if s.niet_gehoord <= 1 then s.wantrouwen = s.wantrouwen - 1 end
      end,
      feedback = function(s)
        if s.niet_gehoord >= 3 then
          return "Moedig, en de juiste reactie: je benoemt je eigen aandeel. Maar het komt te laat. Ze voelde zich in dit gesprek al drie keer niet gehoord, en dan weegt één 'ik pak het verkeerd aan' niet meer op tegen wat ze hoorde. Excuses werken het best vroeg, en na één misser."
        end
        return "Moedig. Je stapt uit de strijd door je eigen aandeel te benoemen. Dat is geen onder-gedrag (toegeven), maar samen-gedrag: je zoekt de verbinding weer op. Zo'n ik-boodschap kan een vastgelopen gesprek openbreken. Verwacht geen wonder: ze geeft je hooguit een tweede kans."
      end,
      next = function(s)
        if s.niet_gehoord >= 3 then return "te_laat" end
        return "tweede_kans"
      end,
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

node "weggelopen" {
  speaker = "moeder",
  mood = "boos",
  text = "Ze wacht één tel. Dan pakt ze haar tas en loopt de gang in, langs de tekening van de hijskraan.",
  next = "vastgelopen",
}

node "te_laat" {
  speaker = "moeder",
  mood = "afwijzend",
  text = "Ze schudt haar hoofd en hangt haar tas over haar schouder. \"Opnieuw beginnen. Dat zeiden ze vroeger ook, elke keer.\" Bij de deur draait ze zich niet meer om.",
  next = "vastgelopen",
}

node "tweede_kans" {
  speaker = "moeder",
  mood = "afwijzend",
  text = function(s)
    if s.niet_gehoord <= 1 then
      return "Ze blijft staan, haar tas al over haar schouder. Dan gaat ze langzaam weer zitten, op het randje van de stoel. \"Ik heb om half vijf een klant.\""
    end
    return "Ze gaat niet zitten. Ze blijft bij de deur staan, haar tas over haar schouder. \"Zeg het dan. Maar kort.\""
  end,
  choices = {
    {
      id = "sterk_alsnog",
      text = "Ik had moeten beginnen met wat {kind} goed kan. Bij techniek is hij de beste van de klas.",
      tags = { "sterke-kanten", "herstel" },
      score = { sterke_kanten = 1 },
      set = { sterk_gedeeld = true },
      feedback = "Goed: je begint opnieuw bij wat {kind} goed kan. Een algemeen 'de beste van de klas' overtuigt haar wel minder dan een voorbeeld dat je echt zag. En vraag haar daarna wat zij ziet.",
      next = "wat_werkt_thuis",
    },
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
      effects = { openheid = 1 },
      score = { samen = 1, lsd = 1 },
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
      id = "hoe_ontdekt",
      text = "Fietsen en een koptelefoon. Hoe bent u daarachter gekomen?",
      tags = { "lsd", "doorvragen" },
      score = { lsd = 1 },
      feedback = "Je vat samen en vraagt door: ze mag vertellen hoe ze dat zelf heeft uitgevogeld. Dat is waardering. Zeg er ook bij dat je het in de klas wilt proberen: dan wordt haar idee een deel van de aanpak.",
      next = "ib_vraag",
    },
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
      text = "Een koptelefoon voor de stilte, en eerst bewegen. Mag ik dat in de klas ook proberen?",
      tags = { "lsd", "samen" },
      effects = { openheid = 1 },
      score = { lsd = 1, samen = 2 },
      set = { idee_moeder = true },
      feedback = "Uitstekend. Je vat haar aanpak samen, erkent haar als deskundige en vraagt toestemming om haar idee te gebruiken. Zo wordt het plan voor {kind} óók haar plan.",
      next = "ib_vraag",
    },
  },
}

node "ib_vraag" {
  speaker = "moeder",
  mood = stemming,
  text = function(s)
    if s.flags.ib_genoemd then
      return "\"En die intern begeleider? Komt die er ook bij? Zo'n mevrouw die mij niet kent?\""
    end
    return "\"En wie gaat er nog meer over hem praten? Ik wil niet dat er mensen over hem beslissen die mij niet kennen.\""
  end,
  choices = {
    {
      id = "alleen_ik_en_ib",
      text = "Alleen ik en de intern begeleider. Zij is heel aardig, echt.",
      tags = { "helder", "sussen" },
      score = { zonder_jargon = 1 },
      feedback = "Eerlijk over wie er meepraat, en dat is goed. Maar 'heel aardig, echt' is een geruststelling die ze niet kan controleren. Ze vroeg eigenlijk: heb ik er iets over te zeggen? Geef haar invloed, bijvoorbeeld door de collega eerst aan haar voor te stellen.",
      next = "afspraak",
    },
    {
      id = "standaard",
      text = "Onze intern begeleider kijkt standaard mee bij dit soort trajecten. Zij houdt het overzicht.",
      tags = { "jargon", "boven" },
      effects = { wantrouwen = 2, niet_gehoord = 1 },
      score = { zonder_jargon = -1, samen = -1 },
      feedback = "'Standaard' en 'traject' maken van {kind} een dossier en van haar een nummer. Ze vroeg eigenlijk: word ik overvallen? Geef haar invloed op hoe het gaat.",
      next = "afspraak",
    },
    {
      id = "als_u_wilt",
      text = "Niemand zonder u. Als er een collega bij komt, stel ik haar eerst aan u voor.",
      tags = { "samen" },
      score = { samen = 2 },
      feedback = "Goed: je geeft haar zeggenschap over wie er aan tafel zit, en je maakt een onbekende collega een bekend gezicht. Voor iemand die vroeger werd overvallen door 'mensen van school', maakt dat veel uit.",
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
      id = "drie_weken_met_jesse",
      text = "Ik probeer het drie weken. Dan praten we weer, hier, donderdag om kwart over drie. Mag {kind} er dan bij zijn?",
      tags = { "afspraken", "driehoeksgesprek" },
      score = { afspraken = 2, samen = 1 },
      set = { afspraak = true },
      feedback = "Concreet (wat, hoe lang, wanneer, waar) en met een driehoeksgesprek: {kind} mag zelf vertellen wat hem helpt. Voor deze moeder is dat misschien het belangrijkste van het hele gesprek, want haar werd dat nooit gevraagd.",
      next = "driehoek",
    },
    {
      id = "bellen_over_drie_weken",
      text = "Ik probeer het drie weken uit, en dan bel ik u hoe het gaat. Is dat goed?",
      tags = { "afspraken" },
      score = { afspraken = 1 },
      set = { afspraak = true },
      feedback = "Concreet en met een moment: goed. Een telefoontje is voor haar wel veiliger dan nog een gesprek op school, en dat is ook de valkuil: ze hoeft niet terug te komen, en {kind} zelf praat niet mee. Een afspraak hier, met {kind} erbij, bouwt meer op.",
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
  },
}

node "driehoek" {
  speaker = "moeder",
  mood = function(s) return s.wantrouwen <= 4 and "verdrietig" or "neutraal" end,
  text = function(s)
    if s.wantrouwen <= 4 and (s.visits.stilte > 0 or s.flags.idee_moeder) then
      return "Ze is even stil. \"{kind} zelf laten vertellen.\" Ze kijkt naar haar handen. \"Dat had ik vroeger gewild.\""
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
      return "Ze pakt haar tas. Bij de deur blijft ze staan. \"Die hijskraan in de gang. Mag hij die mee naar huis als het schooljaar voorbij is?\" Ze wacht je antwoord niet af. \"Donderdag dan.\""
    elseif e == "voorzichtig_begin" and s.flags.afspraak then
      return "Ze pakt haar tas en knikt. \"Goed. We zien wel.\""
    elseif e == "voorzichtig_begin" then
      return "Ze pakt haar tas. \"Nou. Dan hoor ik het wel.\""
    elseif s.flags.afspraak then
      return "Ze pakt haar tas. \"We zien wel of ik kom.\" Ze loopt de gang in, langs de tekening van de hijskraan, zonder om te kijken."
    end
    return "Ze loopt zonder groeten de gang in, langs de tekening van de hijskraan."
  end,
  next = welk_einde,
}

---------------------------------------------------------------------------
-- Eindes
---------------------------------------------------------------------------

ending "samen_voor_jesse" {
  title = "Een deur op een kier",
  outcome = "good",
  text = function(s)
    local t = "Mevrouw Mulder kwam binnen met de armen over elkaar en gaat weg met een afspraak. Ze vertrouwt school nog niet, en dat hoeft ook niet na één gesprek. Maar ze heeft gemerkt dat jij haar zoon ziet, dat je gewone taal spreekt en dat je samen wilt zoeken, zonder te preken of te sussen."
    if s.visits.verhaal > 0 then
      t = t .. " Je liet ruimte voor wat haar zelf is overkomen."
    end
    if s.visits.stilte > 0 then
      t = t .. " Door even stil te blijven na haar verhaal, gaf je haar wat ze vroeger miste: iemand die luistert."
    end
    if s.flags.idee_moeder then
      t = t .. " Haar koptelefoon-idee wordt nu in de klas uitgeprobeerd. Het plan is ook haar plan."
    end
    if s.visits.driehoek > 0 then
      return t .. " Over drie weken praten jullie verder, met {kind} erbij. Of het wantrouwen verder zakt, hangt af van wat ze dan merkt."
    end
    return t .. " Over drie weken bel je haar. Of het wantrouwen verder zakt, hangt af van wat ze dan merkt."
  end,
}

ending "voorzichtig_begin" {
  title = "Een voorzichtig begin",
  outcome = "mixed",
  text = function(s)
    local t = "Het gesprek is niet ontspoord. Maar mevrouw Mulder gaat weg met een afwachtende houding."
    if s.niet_gehoord >= 2 then
      t = t .. " Een paar keer voelde ze zich niet gehoord: toen je een mening gaf, sustte, 'maar' zei of in vaktaal sprak. Die momenten onthoudt iemand met haar geschiedenis langer dan de vriendelijke woorden eromheen."
    end
    if not s.flags.afspraak then
      t = t .. " Er is geen concrete vervolgafspraak met haar erbij. Daardoor kan het gevoel blijven dat er buiten haar om over {kind} wordt beslist."
    end
    if not s.flags.sterk_gedeeld then
      t = t .. " Je hebt nauwelijks gesproken over wat {kind} goed kan. Voor een ouder die zelf vooral tekortkomingen hoorde, is dat juist het begin van vertrouwen."
    end
    if s.visits.verhaal == 0 then
      t = t .. " Wat haar zelf op school is overkomen, is niet ter sprake gekomen, terwijl het achter haar wantrouwen zit."
    end
    return t .. " Kijk terug op de Roos van Leary: waar schoot je naar boven (uitleggen, adviseren) of naar onder (sussen)?"
  end,
}

ending "lieve_vrede" {
  -- Een professionele fout: het onderwerp is losgelaten, Jesse krijgt geen hulp.
  grade_cap = "onvoldoende",
  title = "Lieve vrede",
  outcome = "mixed",
  text = "De spanning zakt, en mevrouw Mulder gaat rustiger weg dan ze kwam. Maar je hebt het eigenlijke onderwerp laten vallen: {kind} krijgt niet de hulp die hij in de klas nodig heeft, en zij heeft gezien dat school terugkrabbelt als zij boos wordt. Toegeven is onder-samen op de Roos van Leary: prettig voor het moment, zonder resultaat. Volgende keer: blijf vriendelijk, erken haar boosheid, en blijf bij je punt.",
}

ending "vastgelopen" {
  -- Een professionele fout: de ouder is kwijt, haar wantrouwen bevestigd.
  grade_cap = "onvoldoende",
  title = "Vastgelopen",
  outcome = "bad",
  text = function(s)
    local t = "Het gesprek is vastgelopen. Mevrouw Mulder voelde zich niet gehoord en ziet haar wantrouwen bevestigd: school praat óver haar kind en duldt geen tegenspraak. De kans dat ze nog op een uitnodiging ingaat, is klein."
    if s.visits.weggelopen > 0 then
      t = t .. " Toen ze opstond, liet je haar gaan zonder iets te zeggen."
    elseif s.visits.te_laat > 0 then
      t = t .. " Je excuus was gemeend, maar het kwam na te veel momenten waarop ze zich klein gemaakt voelde."
    end
    return t .. " Gedrag roept gedrag op: op haar boosheid reageerde je met boven-tegen (uitleggen, verdedigen, corrigeren). Erkennen, beginnen bij de sterke kanten van {kind} en gewone taal hadden het gesprek open kunnen houden."
  end,
}

---------------------------------------------------------------------------
-- Testplannen
---------------------------------------------------------------------------

plan "beste_pad" {
  -- hijskraan, 'hij heeft niets gedaan', brug van rietjes, doorvragen, samen zien,
  -- 'Jesse hoort hier', stilte na haar verhaal (t), twee dingen, haar idee overnemen,
  -- niemand zonder haar, driehoeksgesprek over drie weken. Het wantrouwen zakt van
  -- 8 naar 4: meer zit er in een eerste gesprek niet in.
  choices = "3,4,2,3,4,2,t,4,4,3,2",
  ending = "samen_voor_jesse",
  outcome = "good",
  grade = "goed",
  overall = 1,
  scores = { lsd = 6, sterke_kanten = 3, samen = 12, zonder_jargon = 5, afspraken = 2 },
}

plan "beste_pad_met_woorden" {
  -- als beste_pad, maar met een samenvatting in plaats van de stilte
  choices = "3,4,2,3,4,2,3,4,4,3,2",
  ending = "samen_voor_jesse",
  outcome = "good",
  grade = "goed",
  overall = 1,
}

plan "warm_maar_vaag" {
  -- vriendelijk en nergens fout, maar steeds half: meelachen in plaats van doorvragen
  -- (moeder vertelt dan zelf, korter), samenvatten zonder de zorg te noemen (zij vraagt
  -- 'daarvoor zit ik hier niet'), medeleven in algemene woorden, een telefoontje als
  -- vervolg. Ze vraagt wie er nog meer over hem praat (de intern begeleider is niet genoemd).
  choices = "1,4,2,1,3,3,2,1,1,1,3",
  ending = "voorzichtig_begin",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.571,
}

plan "alleen_halve_antwoorden" {
  -- elke keer het vriendelijke halve antwoord, en nooit een concreet voorbeeld van
  -- wat Jesse goed kan: het wantrouwen zakt niet
  choices = "1,2,3,2,3,2,1,1,1,3",
  ending = "voorzichtig_begin",
  outcome = "mixed",
  grade = "onvoldoende",
  overall = 0.442,
}

plan "geen_plan_zonder_erkenning" {
  -- opent met procedure en vaktaal; op haar verhaal over vroeger antwoordt de student
  -- 'er ligt geen plan' zonder te erkennen wat haar overkwam. Later vraagt ze het
  -- opnieuw ('U zei net dat niemand aan een andere school denkt...'). Daarna goed.
  choices = "2,1,3,2,3,3,2,t,4,4,3,2",
  ending = "voorzichtig_begin",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.783,
}

plan "excuus_werkt" {
  -- goed begin, dan 'dat hangt af van het onderzoek' (haar grootste angst), ze staat op;
  -- het eerste, gemeende excuus werkt: ze gaat weer zitten, en de rest gaat goed.
  -- Meer dan een voorzichtig begin wordt het niet.
  choices = "3,4,2,3,4,1,2,3,4,3,2",
  ending = "voorzichtig_begin",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.796,
}

plan "stilte_bevestigt" {
  -- op 'hij moet naar een andere school' blijft het stil (t): zij hoort 'ja' en staat op;
  -- een excuus haalt haar terug aan tafel
  choices = "3,4,2,3,4,t,2,3,4,3,2",
  ending = "voorzichtig_begin",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.775,
}

plan "stilte_laat_gaan" {
  -- zwijgen op haar vraag (t) en opnieuw zwijgen als ze opstaat (t): ze loopt weg
  choices = "3,4,2,3,4,t,t",
  ending = "vastgelopen",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0.4,
}

plan "excuus_na_twee_missers" {
  -- procedure en 'dat is nu anders': twee keer niet gehoord. Het excuus laat haar
  -- blijven staan ('Zeg het dan. Maar kort.'), de rest gaat goed, maar het wantrouwen
  -- zakt niet meer: ze gaat weg met 'we zien wel of ik kom'
  choices = "2,1,4,2,1,4,3,2",
  ending = "vastgelopen",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0.271,
}

plan "excuus_te_laat" {
  -- sussen, een formule-excuus, 'rustig maar': drie keer niet gehoord. Het excuus
  -- komt te laat en ze loopt weg
  choices = "2,3,1,1,2",
  ending = "vastgelopen",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0,
}

plan "maar_hersteld" {
  -- na de brug van rietjes een 'maar'; het excuus komt na de eerste misser en werkt
  choices = "3,4,2,2,2,4,2,t,4,4,3,2",
  ending = "voorzichtig_begin",
  outcome = "mixed",
  grade = "goed",
  overall = 0.833,
}

plan "label_hersteld" {
  -- 'hyperfocus, ADHD' en het label terugnemen: ze vertelt haar verhaal, maar het
  -- woord is gevallen en het wantrouwen blijft hoog
  choices = "3,4,2,3,1,1,t,4,4,3,2",
  ending = "voorzichtig_begin",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.796,
}

plan "toegeven" {
  -- sussen, vaag over 'gedrag', 'rustig maar', en dan terugkrabbelen
  choices = "1,3,2,1,3",
  ending = "lieve_vrede",
  outcome = "mixed",
  grade = "onvoldoende",
  overall = 0,
}

plan "slechtste_pad" {
  -- procedure en vaktaal, school verdedigen, 'het gaat hier niet om u'
  choices = "2,1,4,1",
  ending = "vastgelopen",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0,
}
