-- Passend onderwijs: "Hij heeft iemand nodig die de hele dag naast hem zit"
-- Een moeder verwacht een vaste begeleider voor haar zoon met autisme. De school kan dat
-- niet bieden, maar wel veel anders. Het gesprek gaat over het ontwikkelingsperspectiefplan
-- (OPP): wat de school wel en niet kan, en het instemmingsrecht van de ouder op het
-- handelingsdeel.

scenario {
  id = "passend-onderwijs",
  version = 3,
  title = "Wat de school wel en niet kan",
  language = "nl",
  tags = { "verwachtingsmanagement", "passend onderwijs", "OPP", "instemmingsrecht", "autisme", "groep 4" },
  level = 3,
  minutes = 20,
  summary = "Joyce Owusu wil dat haar zoon Kwame een vaste begeleider krijgt die de hele dag naast hem zit. Dat kan de school niet bieden. Jij bespreekt het concept-OPP: eerlijk over de grenzen, helder over wat wel kan, en zorgvuldig over haar recht op instemming.",
  briefing = [[Je bent leerkracht van groep 4 van basisschool De Wilgenhoek. Het is half november.

Kwame Owusu (7) heeft deze zomer de diagnose autisme gekregen. Hij is slim, houdt van dinosaurussen en getallen, en leest al goed. Op school raakt hij overprikkeld in drukte en bij onverwachte veranderingen. Vorige week had hij een driftbui toen de gymles werd verplaatst.

Met de intern begeleider heb je een concept-ontwikkelingsperspectiefplan (OPP) opgesteld. Daarin staat wat de school gaat doen: een rustige werkplek met een koptelefoon, een dagritme met pictogrammen op zijn tafel, veranderingen 's ochtends vooraf met hem bespreken, een rustplek voor als het te veel wordt, een vast maatje in de pauze, en twee uur per week een ambulant begeleider via het samenwerkingsverband (aangevraagd, verwachte start februari).

Wat de school niet kan bieden: een begeleider die de hele dag naast Kwame zit. De onderwijsassistent werkt 's ochtends voor groep 4 en 5 samen.

Het OPP heeft een handelingsdeel: de doelen en de aanpak. Daarvoor is de instemming van de ouder nodig. Zonder die instemming kan de school het handelingsdeel niet uitvoeren. Joyce mag bedenktijd nemen, vragen stellen en wijzigingen voorstellen.

Joyce voedt Kwame alleen op en werkt parttime als doktersassistente. Ze heeft het concept per mail gekregen.

Jouw doel: luister naar haar zorg, wees eerlijk over wat de school wel en niet kan, leg het instemmingsrecht in gewone woorden uit zonder druk, en maak concrete afspraken over de volgende stappen.]],
  goals = {
    "Je luistert naar de zorg achter de vraag om een vaste begeleider.",
    "Je bent eerlijk en duidelijk over wat de school niet kan bieden, en concreet over wat wel.",
    "Je legt uit dat het handelingsdeel haar instemming nodig heeft, en geeft haar bedenktijd zonder druk.",
    "Je vermijdt jargon (OPP, handelingsdeel, arrangement) of legt het uit.",
    "Je spreekt concreet af wat er tot de volgende afspraak gebeurt.",
  },
  vars = { kind = "Kwame", groep = 4, ib = "mevrouw De Boer" },
  start = "begin",
}

character "moeder" {
  name = "Joyce Owusu",
  role = "moeder van Kwame",
  portrait = { skin = 6, hair = "staart", hair_color = "#0d0d0d", glasses = false, age = "jong", shirt = "#d4a017" },
}

-- Tempo: vertrouwen stijgt hooguit 1 per beurt. Joyce komt teleurgesteld
-- binnen (geen vaste begeleider) en blijft dat een beetje: op het beste pad
-- eindigt ze op 8 ("niet wat ik wilde, maar meer dan ik dacht"). Spanning
-- (verborgen) gaat in stappen van 2: omhoog bij druk, slecht nieuws en een
-- grens zonder uitleg, omlaag als ze zich gehoord voelt. Een tweede rechtzetting over haar rechten kost vertrouwen,
-- ook als het excuus gemeend is.
meter "vertrouwen" { label = "Vertrouwen", min = 0, max = 10, start = 4, visible = true }
meter "spanning" { label = "Spanning", min = 0, max = 10, start = 6, visible = false }

-- max = de score van het modelpad (plan "beste_pad"). Zonder max telt de
-- analyse ook omwegen mee die in één competentie meer opleveren en in een
-- andere kosten; dan haalt het modelpad geen 100%.
competency "lsd" { label = "Luisteren, samenvatten, doorvragen", weight = 2, max = 9 }
competency "verwachtingen" { label = "Verwachtingen expliciet maken: wat de school wel en niet kan", weight = 2, max = 8 }
competency "instemming" { label = "Zorgvuldig informeren over het OPP en het instemmingsrecht", weight = 2, max = 7 }
competency "afspraken" { label = "Concrete afspraken maken", weight = 1, max = 9 }

local function besproken(s)
  local n = 0
  for _, id in ipairs({ "klas", "grens", "instemming" }) do
    if s.visits[id] > 0 then n = n + 1 end
  end
  return n
end

---------------------------------------------------------------------------
-- Opening
---------------------------------------------------------------------------

node "begin" {
  speaker = "moeder",
  mood = "gespannen",
  text = "Ik heb het plan gelezen dat u mailde. Eerlijk gezegd mis ik het belangrijkste. {kind} heeft iemand nodig die de hele dag naast hem zit.",
  choices = {
    {
      text = "Ik ga kijken of we een onderwijsassistent voor hem kunnen regelen.",
      tags = { "belofte" },
      effects = { spanning = -2 },
      set = { belofte = true },
      score = { verwachtingen = -2 },
      feedback = "Je belooft iets waarvan je weet dat het niet kan. Het voelt even prettig, maar de teleurstelling komt later, en dan groter. Verwachtingen managen begint met eerlijk zijn.",
      next = "belofte",
    },
    {
      text = "U maakt zich zorgen dat {kind} in de klas te weinig steun krijgt.",
      tags = { "lsd" },
      score = { lsd = 2 },
      feedback = "Goed: je hoort de zorg achter de oplossing die ze noemt en benoemt die. Zo kan ze vertellen wat ze ziet, zonder dat jullie meteen over 'ja' of 'nee' praten.",
      next = "zorg",
    },
    {
      text = "Dat begrijp ik, maar dat gaat helaas niet: daar is in het budget geen ruimte voor, en de onderwijsassistent werkt al voor twee groepen.",
      tags = { "defensief" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { lsd = -1 },
      feedback = "Eerlijk over de grens, maar te vroeg en met geld als reden. Ze hoort: uw kind is het niet waard. Eerst haar zorg horen, dan pas de grens, met wat er wél kan.",
      next = "nee_geld",
    },
    {
      text = "Wat maakt dat u denkt dat hij dat nodig heeft?",
      tags = { "doorvragen" },
      score = { lsd = 1 },
      feedback = "Doorvragen is goed, maar 'wat maakt dat u denkt' kan klinken alsof je haar inschatting in twijfel trekt. Een samenvatting van haar zorg opent meer.",
      next = "zorg",
    },
  },
}

node "belofte" {
  speaker = "moeder",
  mood = "blij",
  text = "Echt? Dat zou zo fijn zijn. Hoeveel uur dan?",
  choices = {
    {
      text = "Dat weet ik nog niet precies, maar we gaan ons uiterste best doen.",
      tags = { "vaag", "belofte" },
      score = { verwachtingen = -1 },
      feedback = "Je verdiept de belofte in plaats van hem recht te zetten. Haar verwachting groeit, en jij weet dat hij niet uitkomt.",
      next = "zorg",
    },
    {
      text = "Dat zei ik te snel, sorry. Een begeleider de hele dag kunnen we niet bieden. Wat ziet u bij {kind}?",
      tags = { "verwachtingen", "lsd" },
      effects = { spanning = 2, vertrouwen = -1 },
      set = { belofte = false },
      score = { verwachtingen = 1, lsd = 1 },
      feedback = "Moedig: je neemt je belofte meteen terug en gaat eerst luisteren. Dat kost nu wat vertrouwen, maar het voorkomt een veel groter conflict.",
      next = "zorg",
    },
    {
      text = "Dat moet ik navragen bij de intern begeleider.",
      tags = { "vaag" },
      score = { verwachtingen = -1 },
      feedback = "Navragen klinkt zorgvuldig, maar je laat de hoop staan op iets waarvan je weet dat het niet kan. Zet het nu recht.",
      next = "zorg",
    },
  },
}

node "nee_geld" {
  speaker = "moeder",
  mood = "boos",
  text = "Dus het gaat om geld? Mijn kind heeft recht op passend onderwijs. Dat heb ik zelf opgezocht.",
  choices = {
    {
      text = "Zo is het nu eenmaal.",
      tags = { "defensief" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { lsd = -1 },
      feedback = "Boven-tegen op de Roos van Leary. Ze heeft zich verdiept in de rechten van haar kind, en jij sluit het gesprek af.",
      next = "boos",
    },
    {
      text = "U heeft gelijk: hij heeft recht op passend onderwijs. Dat was te kort door de bocht. Wat ziet u bij hem?",
      tags = { "lsd" },
      effects = { spanning = -2 },
      score = { lsd = 1 },
      feedback = "Goed herstel: je erkent haar terechte punt, nuanceert je eigen kortheid en gaat luisteren. Zo maak je van een discussie weer een gesprek over {kind}.",
      next = "zorg",
    },
    {
      text = "Passend onderwijs betekent niet dat elk kind een eigen begeleider krijgt. Het betekent dat de school zoekt naar wat past, binnen wat mogelijk is.",
      tags = { "uitleg" },
      score = { verwachtingen = 1, lsd = -1 },
      feedback = "Inhoudelijk klopt het, maar je geeft een les terwijl ze boos is. Ze voelt zich gecorrigeerd, niet gehoord. Eerst erkennen, dan uitleggen.",
      next = "zorg",
    },
  },
}

node "boos" {
  speaker = "moeder",
  mood = "boos",
  text = "Dan wil ik hierover met de directeur praten. En met het samenwerkingsverband.",
  choices = {
    {
      text = "Dat kan. Mag ik eerst nog iets proberen? Ik reageerde te kortaf. Wat ziet u bij {kind}?",
      tags = { "lsd", "metacommunicatie" },
      effects = { spanning = -2 },
      score = { lsd = 1 },
      feedback = "Knap: je respecteert haar recht om verder te gaan, benoemt je eigen toon en biedt een nieuw begin. Zo haal je de strijd uit het gesprek.",
      next = "zorg",
    },
    {
      text = "Dat staat u vrij.",
      tags = { "defensief" },
      effects = { vertrouwen = -1 },
      score = { lsd = -1 },
      feedback = "Je laat haar gaan zonder dat ze het plan heeft kunnen bespreken. Het recht om hoger op te gaan is er, maar het is geen vervanging voor een goed gesprek.",
      next = "escalatie",
    },
    {
      text = "Dat is goed, dan plan ik dat gesprek voor u in. Dan kunnen de directeur en het samenwerkingsverband u uitleggen wat er mogelijk is.",
      tags = { "doorschuiven" },
      score = { lsd = -1 },
      feedback = "Behulpzaam bedoeld, maar je geeft het gesprek uit handen. Zij wil gehoord worden door de leerkracht die {kind} elke dag ziet.",
      next = "escalatie",
    },
  },
}

---------------------------------------------------------------------------
-- Luisteren
---------------------------------------------------------------------------

node "zorg" {
  speaker = "moeder",
  mood = "verdrietig",
  text = "Hij komt elke dag uitgeput thuis. Vorige week was hij helemaal van slag omdat de gymles verplaatst was. En hij zegt dat niemand hem begrijpt. Ik ben bang dat hij straks niet meer naar school wil.",
  choices = {
    {
      text = "Daarom hebben we dit plan gemaakt.",
      tags = { "oplossing" },
      score = { lsd = -1 },
      feedback = "Je springt naar het plan zonder haar verhaal te erkennen. Ze heeft net verteld dat ze bang is dat haar kind vastloopt. Eerst dat.",
      next = "verwachting",
    },
    {
      text = "Dat zien wij in de klas eigenlijk niet zo. Daar is hij meestal rustig.",
      tags = { "defensief" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { lsd = -1 },
      feedback = "Je zet jouw beeld tegenover het hare. Veel kinderen met autisme houden zich op school in en 'ontladen' thuis. Haar informatie is juist waardevol.",
      next = "tegenspraak",
    },
    {
      text = "Op school houdt hij het vol, en thuis komt het eruit. En u bent bang dat het hem te veel wordt.",
      tags = { "lsd" },
      effects = { spanning = -2, vertrouwen = 1 },
      score = { lsd = 2 },
      feedback = "Goed samengevat: je verbindt wat zij thuis ziet met wat er op school gebeurt, en je benoemt haar angst. Ze voelt zich serieus genomen.",
      next = "sterk",
    },
    {
      text = "Wat naar. Hoe merkt u dat hij uitgeput is?",
      tags = { "doorvragen" },
      score = { lsd = 1 },
      feedback = "Doorvragen is goed, maar je pakt een detail en laat haar grootste zorg liggen: dat hij niet meer naar school wil. Eerst die benoemen.",
      next = "sterk",
    },
  },
}

node "tegenspraak" {
  speaker = "moeder",
  mood = "afwijzend",
  text = "Dus ik overdrijf?",
  choices = {
    {
      text = "Ik beschrijf alleen wat ik zie.",
      tags = { "defensief" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { lsd = -1 },
      feedback = "Je houdt vast aan jouw beeld en laat haar vraag onbeantwoord. Ze hoort: ja, u overdrijft.",
      next = "boos",
    },
    {
      text = "Nee. Het kan goed zijn dat hij zich op school inhoudt en dat het er thuis uitkomt. Wat u ziet, helpt ons juist.",
      tags = { "lsd" },
      effects = { spanning = -2 },
      score = { lsd = 1 },
      feedback = "Goed hersteld: je maakt haar waarneming waardevol in plaats van tegengesteld. Thuis en school zien verschillende kanten van hetzelfde kind.",
      next = "sterk",
    },
    {
      text = "Nee hoor, dat zeg ik niet. Ieder kind is thuis anders dan op school.",
      tags = { "vaag" },
      feedback = "Je ontkent het verwijt, maar je maakt haar waarneming niet waardevol. 'Ieder kind' maakt het algemeen; het gaat om {kind}.",
      next = "sterk",
    },
  },
}

node "sterk" {
  speaker = "moeder",
  mood = "neutraal",
  text = function(s)
    if s.vertrouwen >= 6 then
      return "Ja. Dat is het precies. Hij is zo slim, weet u. Hij kent alle dinosaurussen, met hun Latijnse namen."
    end
    return "Ja. Hij is slim, hoor. Dat zien mensen vaak niet."
  end,
  choices = {
    {
      text = "Ja, slim is hij zeker. Zal ik het plan met u doorlopen?",
      tags = { "structureren" },
      feedback = "Vriendelijk, maar je slaat een kans over: vragen wat thuis helpt, levert informatie op die in het plan thuishoort.",
      next = "verwachting",
    },
    {
      text = "Dat zie ik ook: hij rekent en leest goed. Wat helpt hem thuis als het te veel wordt?",
      tags = { "lsd", "doorvragen" },
      set = { thuis_tip = true },
      score = { lsd = 2 },
      feedback = "Mooi: je sluit aan bij zijn sterke kanten en vraagt naar wat thuis werkt. Ouders van kinderen met autisme zijn vaak de beste deskundigen: gebruik hun kennis.",
      next = "thuis_werkt",
    },
    {
      text = "Slimme kinderen met autisme hebben het vaak extra moeilijk, omdat mensen denken dat ze het wel redden. Daar houden we in de klas echt rekening mee.",
      tags = { "algemeen" },
      feedback = "Waar, en goed bedoeld, maar je praat over 'kinderen met autisme' in plaats van over {kind}. Vraag haar wat bij hém werkt.",
      next = "verwachting",
    },
  },
}

node "thuis_werkt" {
  speaker = "moeder",
  mood = "neutraal",
  text = "Dat ik hem van tevoren vertel wat er gaat gebeuren. En dat hij even alleen op zijn kamer mag zitten, met zijn dinoboeken. Dan komt hij vanzelf weer.",
  choices = {
    {
      text = "Zoiets hebben we al in het plan staan.",
      tags = { "defensief" },
      score = { lsd = -1 },
      feedback = "Misschien waar, maar je laat haar niet merken dat haar kennis iets toevoegt. Benoem wat je overneemt; dat maakt haar partner.",
      next = "verwachting",
    },
    {
      text = "Vooraf vertellen, en even alleen met zijn dinoboeken. Dat wil ik in het plan zetten.",
      tags = { "lsd", "afspraken" },
      effects = { vertrouwen = 1 },
      set = { thuiskennis_gebruikt = true },
      score = { lsd = 1, afspraken = 1 },
      feedback = "Je vat samen en laat direct zien wat je met haar kennis doet. Zo wordt het plan ook háár plan, en dat helpt straks bij de instemming.",
      next = "verwachting",
    },
    {
      text = "Dat is heel herkenbaar. Voorspelbaarheid is voor kinderen met autisme vaak de sleutel.",
      tags = { "algemeen" },
      feedback = "Klopt, maar zo maak je van haar kennis over {kind} een regel uit een boek. Laat merken dat je háár tips overneemt.",
      next = "verwachting",
    },
  },
}

node "verwachting" {
  speaker = "moeder",
  mood = function(s)
    if s.spanning >= 7 then return "afwijzend" end
    return "gespannen"
  end,
  text = function(s)
    if s.flags.belofte then return "Goed. En wat gaat er verder nog gebeuren, naast die assistent?" end
    return "Goed. Maar wat kan de school dan wél?"
  end,
  next = "hub",
}

---------------------------------------------------------------------------
-- De kern: drie onderwerpen, in de volgorde die jij kiest
---------------------------------------------------------------------------

node "hub" {
  speaker = "moeder",
  mood = function(s)
    if s.vertrouwen >= 7 then return "neutraal" end
    return "gespannen"
  end,
  text = function(s)
    local n = besproken(s)
    if n == 0 then return "(Joyce kijkt je afwachtend aan.)" end
    if n == 1 then return "Oké. Wat nog meer?" end
    if n == 2 then return "En verder?" end
    return "Ik denk dat ik het plan nu wel snap."
  end,
  next = "afronden",
  choices = {
    {
      text = "Ik vertel u eerst wat we in de klas voor {kind} gaan doen.",
      when = function(s) return s.visits.klas == 0 end,
      tags = { "verwachtingen" },
      score = { verwachtingen = 1 },
      feedback = "Concreet maken wat er wél gebeurt, geeft houvast.",
      next = "klas",
    },
    {
      text = "Ik wil eerlijk zijn over wat we niet kunnen bieden.",
      when = function(s) return s.visits.grens == 0 end,
      tags = { "verwachtingen" },
      score = { verwachtingen = 1 },
      feedback = "Goed dat je de grens niet ontwijkt. Zeg hem kort en duidelijk, en geef daarna ruimte.",
      next = "grens",
    },
    {
      text = "Ik wil u ook uitleggen wat uw rol is bij dit plan.",
      when = function(s) return s.visits.instemming == 0 end,
      tags = { "instemming" },
      score = { instemming = 1 },
      feedback = "Belangrijk: de ouder heeft instemmingsrecht op het handelingsdeel. Dat hoort ze van jou te horen, niet pas bij het tekenen.",
      next = "instemming",
    },
    {
      text = "Zullen we kijken hoe we verder gaan?",
      when = function(s) return besproken(s) >= 2 end,
      tags = { "afronden" },
      feedback = function(s)
        if besproken(s) < 3 then
          return "Je gaat afronden terwijl een onderwerp nog niet besproken is. Heeft de moeder alles gehoord wat ze nodig heeft om over het plan te beslissen?"
        end
        return "Alle drie de onderwerpen zijn besproken: nu kun je afronden."
      end,
      next = "afronden",
    },
  },
}

-- Onderwerp: wat doen we in de klas?

node "klas" {
  speaker = "moeder",
  mood = "neutraal",
  text = "Vertel.",
  choices = {
    {
      text = "Het handelingsdeel omvat prikkelreductie, visuele ondersteuning van de dagstructuur en een time-outvoorziening, plus een arrangement vanuit het samenwerkingsverband.",
      tags = { "jargon" },
      score = { verwachtingen = -1, instemming = -1 },
      feedback = "Jargon (handelingsdeel, prikkelreductie, arrangement). De moeder moet straks met dit plan instemmen; dat kan alleen als ze het begrijpt. Zeg wat je concreet doet.",
      next = "klas_reactie",
    },
    {
      text = "Een rustige plek met een koptelefoon, een dagritme met plaatjes op zijn tafel, en een rustplek. Veranderingen vertel ik hem 's ochtends vooraf. In de pauze krijgt hij een vast maatje.",
      tags = { "verwachtingen" },
      score = { verwachtingen = 2 },
      feedback = "Concreet en in gewone taal: ze kan zich nu voorstellen hoe zijn dag eruitziet. En het sluit aan bij wat thuis al werkt.",
      next = "klas_reactie",
    },
    {
      text = "Heel veel! Hij krijgt een rustige werkplek met een koptelefoon, een dagritme met pictogrammen op zijn tafel, we bespreken veranderingen 's ochtends vooraf, er komt een rustplek, in de pauze krijgt hij een vast maatje, en vanaf februari komt er twee uur per week een ambulant begeleider die met hem en met mij meekijkt.",
      tags = { "verwachtingen", "monoloog" },
      score = { verwachtingen = 1 },
      feedback = "Alles klopt, maar het is een opsomming in één adem, met nog een vakterm erin. Ze onthoudt de helft. Noem de belangrijkste dingen, en kijk of het aankomt.",
      next = "klas_reactie",
    },
  },
}

node "klas_reactie" {
  speaker = "moeder",
  mood = function(s)
    if s.spanning >= 7 then return "afwijzend" end
    return "verward"
  end,
  text = "En als het toch misgaat? Als hij toch een driftbui krijgt, met dertig kinderen om zich heen?",
  -- Een stilte die kost: ze stelt een rechtstreekse vraag over haar grootste zorg.
  timeout = {
    seconds = 15,
    next = "ambulant_vraag",
    score = { verwachtingen = -1 },
    effects = { spanning = 2 },
    tags = { "stilte" },
    feedback = "Ze vroeg wat je doet als het misgaat, en je zweeg. Voor een bezorgde moeder klinkt dat als: daar hebben we geen plan voor. Een kort, eerlijk antwoord was hier nodig.",
  },
  choices = {
    {
      text = "Dan mag hij naar de rustplek, en er blijft iemand bij hem. En ik bel u dezelfde dag, zodat u weet wat er gebeurd is.",
      tags = { "verwachtingen", "afspraken" },
      set = { belafspraak = true },
      score = { verwachtingen = 1, afspraken = 1 },
      feedback = "Eerlijk (het kan gebeuren) en concreet (dit doen we dan). Het telefoontje dezelfde dag sluit aan bij haar zorg dat hij thuis ontploft zonder dat zij weet waarom.",
      next = "ambulant_vraag",
    },
    {
      text = "Dat gebeurt vast niet meer, met alles wat we nu gaan doen.",
      tags = { "belofte" },
      score = { verwachtingen = -1 },
      feedback = "Een belofte die je niet kunt waarmaken. Ze weet zelf ook dat het nog eens zal gebeuren; ze wil weten wat je dan doet.",
      next = "ambulant_vraag",
    },
    {
      text = "Dan haal ik hem rustig uit de groep, naar de rustplek, en blijft er iemand bij hem tot hij gekalmeerd is.",
      tags = { "verwachtingen" },
      score = { verwachtingen = 1 },
      feedback = "Een goed plan voor in de klas. Maar haar zorg was ook dat hij thuis ontploft zonder dat zij weet waarom. Zeg erbij dat ze het dezelfde dag van je hoort.",
      next = "ambulant_vraag",
    },
  },
}

node "ambulant_vraag" {
  speaker = "moeder",
  mood = "verward",
  text = "In het plan staat ook een begeleider van buiten de school. Wie is dat? Wat doet die precies?",
  choices = {
    {
      text = "Een ambulant begeleider vanuit het SWV, in het kader van het arrangement.",
      tags = { "jargon" },
      score = { verwachtingen = -1 },
      feedback = "Drie onbekende begrippen in één zin (ambulant begeleider, SWV, arrangement). Ze weet nog steeds niet wie er komt en wat die doet.",
      next = "hub",
    },
    {
      text = "Iemand met veel ervaring met autisme. Ze kijkt twee uur per week mee, werkt soms met {kind} apart en geeft mij tips. Wilt u haar ook ontmoeten?",
      tags = { "verwachtingen" },
      score = { verwachtingen = 1, afspraken = 1 },
      feedback = "Goed: je maakt concreet wat de begeleider doet (en dus ook wat niet), en je biedt een kennismaking aan.",
      next = "hub",
    },
    {
      text = "Iemand van het samenwerkingsverband: de organisatie waarin scholen in de regio samenwerken voor kinderen die extra steun nodig hebben. Hoeveel uur en hoe precies, hangt af van de aanvraag.",
      tags = { "verwachtingen", "jargon-uitleg" },
      score = { verwachtingen = 1 },
      feedback = "Netjes dat je het woord 'samenwerkingsverband' uitlegt. Maar haar vraag was wat die persoon bij {kind} gaat doen, en dat weet ze nu nog niet.",
      next = "hub",
    },
  },
}

-- Onderwerp: wat kan niet?

node "grens" {
  speaker = "moeder",
  mood = "gespannen",
  text = "Zeg het maar eerlijk.",
  choices = {
    {
      text = "Een begeleider die de hele dag naast {kind} zit, kunnen we niet bieden. Dat wil ik u eerlijk zeggen.",
      tags = { "verwachtingen", "slecht-nieuws" },
      effects = { spanning = 2 },
      set = { grens_helder = true },
      effect = function(s)
        -- Een eerder beloofde assistent nu toch intrekken kost vertrouwen.
        if s.flags.belofte then
          s.flags.belofte_terug = true
          s.vertrouwen = s.vertrouwen - 2
        end
        s.flags.belofte = false
      end,
      score = { verwachtingen = 2 },
      feedback = "Helder: het slechte nieuws in één zin, zonder omweg. Wat er wél is, komt straks; eerst mag de teleurstelling er zijn.",
      next = "grens_reactie",
    },
    {
      text = "Nou ja, misschien lukt het later wel, als het arrangement rond is.",
      tags = { "vaag", "belofte" },
      score = { verwachtingen = -2 },
      feedback = "Je draait om de grens heen en wekt hoop op iets wat niet komt. 'Arrangement' zegt haar bovendien niets. Wees helder, juist omdat het moeilijk is.",
      next = "grens_vaag",
    },
    {
      text = "Een begeleider die de hele dag naast {kind} zit, kunnen we niet bieden, want de assistent werkt 's ochtends voor twee groepen. Wel komt er twee uur per week hulp van buiten, en kijken we elke zes weken samen of het plan werkt. Als hij meer nodig heeft, zoeken we verder.",
      tags = { "verwachtingen", "slecht-nieuws" },
      effects = { spanning = 2 },
      set = { grens_helder = true },
      effect = function(s)
        -- Een eerder beloofde assistent nu toch intrekken kost vertrouwen.
        if s.flags.belofte then
          s.flags.belofte_terug = true
          s.vertrouwen = s.vertrouwen - 2
        end
        s.flags.belofte = false
      end,
      score = { verwachtingen = 1 },
      feedback = "Alles klopt en het is eerlijk. Maar je begraaft het slechte nieuws onder uitleg en 'wel'-punten, voordat zij kan reageren. In een slechtnieuwsgesprek komt na het nieuws eerst ruimte.",
      next = "grens_reactie",
    },
  },
}

node "grens_reactie" {
  speaker = "moeder",
  mood = "verdrietig",
  text = function(s)
    if s.flags.belofte_terug then
      return "Maar u zei net dat u een assistent ging regelen! Dus hij krijgt het niet. Ik had er zo op gehoopt."
    end
    return "Dus hij krijgt het niet. Ik had er zo op gehoopt."
  end,
  -- Stilte na helder slecht nieuws: één punt voor de stilte zelf; de reactie
  -- die erop volgt (knoop "grens_stilte") scoort apart.
  timeout = {
    seconds = 15,
    next = "grens_stilte",
    score = { lsd = 1 },
    tags = { "stilte" },
    feedback = "Goed: na het slechte nieuws liet je de stilte vallen. Dat is de tweede fase van een slechtnieuwsgesprek: ruimte geven aan de reactie, voordat je gaat uitleggen wat er wél is.",
  },
  choices = {
    {
      text = "Maar er komt echt heel veel anders voor in de plaats, hoor. Wacht maar tot u hoort wat we allemaal gaan doen.",
      tags = { "oma" },
      score = { lsd = -1 },
      feedback = "Je gaat meteen verkopen wat er wél is. Begrijpelijk, maar zo krijgt haar teleurstelling geen plek. Eerst erkennen.",
      next = "hub",
    },
    {
      text = "U had er echt op gehoopt.",
      tags = { "lsd" },
      effects = { spanning = -2 },
      score = { lsd = 2 },
      feedback = function(s)
        if s.flags.belofte_terug then
          return "Goed dat je nu ruimte geeft aan de teleurstelling. Maar die is groter dan nodig: eerst beloofde je een assistent, nu komt die er niet. Eerlijk vanaf het begin had haar dit bespaard."
        end
        return "Vier woorden, en precies genoeg: je geeft ruimte aan de teleurstelling in plaats van meteen uit te leggen. Dat is de tweede fase van een slechtnieuwsgesprek."
      end,
      next = "hub",
    },
    {
      text = "Ik snap dat het een teleurstelling is. Zal ik vertellen wat er wél kan?",
      tags = { "lsd" },
      score = { lsd = 1 },
      feedback = "Je benoemt de teleurstelling, maar stapt er in dezelfde adem overheen. Geef haar eerst even de ruimte om te reageren.",
      next = "hub",
    },
  },
}

node "grens_vaag" {
  speaker = "moeder",
  mood = "verward",
  text = "Dus misschien krijgt hij het later wel? Wanneer dan?",
  -- Hier kost zwijgen: ze stelt een rechtstreekse vraag, en de stilte laat
  -- de verkeerde hoop staan.
  timeout = {
    seconds = 15,
    next = "hub",
    score = { verwachtingen = -1 },
    tags = { "stilte" },
    feedback = "Ze vroeg je rechtstreeks 'wanneer dan?', en je zweeg. Na een vaag antwoord laat een stilte de verkeerde hoop gewoon staan. Maak de grens eerst duidelijk; daarna helpt ruimte geven wél.",
  },
  choices = {
    {
      text = "Dat weet ik niet. Ik had het duidelijker moeten zeggen: een vaste begeleider de hele dag komt er niet, ook niet later.",
      tags = { "verwachtingen", "slecht-nieuws" },
      effects = { vertrouwen = -1, spanning = 2 },
      set = { grens_helder = true, belofte = false },
      score = { verwachtingen = 1 },
      feedback = "Goed dat je je vaagheid herstelt. Het is pijnlijk, maar eerlijk nu is beter dan een verwachting die over drie maanden alsnog knapt.",
      next = "hub",
    },
    {
      text = "Dat zien we dan wel.",
      tags = { "vaag" },
      score = { verwachtingen = -1 },
      feedback = "De vaagheid blijft staan. De moeder gaat ervan uit dat het er 'later' komt.",
      next = "hub",
    },
    {
      text = "Dat hangt af van de aanvraag bij het samenwerkingsverband, en die duurt meestal een paar maanden.",
      tags = { "vaag", "belofte" },
      set = { belofte = true },
      score = { verwachtingen = -1 },
      feedback = "Het klinkt als informatie, maar het voedt de verkeerde hoop: ze hoort 'over een paar maanden komt hij'. De aanvraag gaat over twee uur per week, niet over een begeleider de hele dag.",
      next = "hub",
    },
  },
}

node "grens_stilte" {
  speaker = "moeder",
  mood = "verdrietig",
  text = "(Je laat de stilte even bestaan. Joyce veegt haar ogen af.) Sorry. Ik ben gewoon zo moe. Ik doe dit allemaal alleen.",
  effects = { spanning = -2 },
  choices = {
    {
      text = "Misschien kunt u ook hulp zoeken voor uzelf, bij de huisarts of het wijkteam.",
      tags = { "oma" },
      score = { lsd = -1 },
      feedback = "Op zich een zinnige verwijzing, maar op dit moment een ongevraagd advies (OMA). Erken eerst wat ze zegt; de verwijzing kan later, als ze erom vraagt.",
      next = "hub",
    },
    {
      text = "U hoeft geen sorry te zeggen. U draagt veel, en u doet het alleen.",
      tags = { "lsd" },
      effects = { vertrouwen = 1 },
      score = { lsd = 1 },
      feedback = "Je stilte gaf haar ruimte om te zeggen wat eronder zit: uitputting. Je erkent dat warm en eenvoudig.",
      next = "hub",
    },
    {
      text = "Dat begrijp ik heel goed. Als moeder van een kind met autisme sta je er vaak alleen voor. Laten we zorgen dat dit plan u ook wat lucht geeft.",
      tags = { "algemeen" },
      feedback = "Warm bedoeld, maar 'als moeder van een kind met autisme' maakt haar verhaal algemeen. Blijf bij wat zíj zegt: dat ze moe is en het alleen doet.",
      next = "hub",
    },
  },
}

-- Onderwerp: haar rol en haar instemming

node "instemming" {
  speaker = "moeder",
  mood = "verward",
  text = "Mijn rol? Ik dacht dat de school dat plan maakt.",
  choices = {
    {
      text = "U moet het plan wel ondertekenen, anders kunnen we niets voor hem doen.",
      tags = { "druk" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { instemming = -2 },
      feedback = "Dit klopt niet en het zet haar onder druk. Zonder haar instemming kan het handelingsdeel niet worden uitgevoerd, maar gewone dingen in de klas kunnen altijd. En instemmen is een recht, geen plicht.",
      next = "instemming_reactie",
    },
    {
      text = "Wij schrijven het, maar het deel met de doelen en de aanpak gaat pas in als u instemt. U mag vragen stellen en dingen anders willen.",
      tags = { "instemming" },
      effects = { vertrouwen = 1 },
      set = { recht_uitgelegd = true },
      score = { instemming = 2 },
      feedback = "Precies en in gewone woorden: wie schrijft, wat haar instemming nodig heeft, en wat ze mag. Je maakt van een formaliteit een uitnodiging tot samenwerking.",
      next = "instemming_reactie",
    },
    {
      text = "Het OPP is een wettelijk verplicht document waarvan u het handelingsdeel moet accorderen conform de Wet passend onderwijs.",
      tags = { "jargon", "druk" },
      score = { verwachtingen = -1 },
      feedback = "Ambtelijke taal, en 'moet accorderen' klinkt als een plicht. Zeg het zo dat ze begrijpt dat zíj beslist.",
      next = "instemming_reactie",
    },
    {
      text = "Uw rol is heel belangrijk: u kent {kind} het best. Daarom wil ik graag dat u het plan goed leest en samen met ons kijkt of het echt bij hem past.",
      tags = { "samenwerken" },
      set = { rol_vaag = true },
      score = { instemming = 1 },
      feedback = "Een warme uitnodiging, en het klopt. Maar het belangrijkste zeg je niet: dat het plan pas ingaat als zij ermee instemt.",
      next = "instemming_reactie",
    },
  },
}

node "instemming_reactie" {
  speaker = "moeder",
  mood = function(s)
    if s.flags.recht_uitgelegd and s.vertrouwen >= 6 then return "neutraal" end
    return "gespannen"
  end,
  text = function(s)
    if s.flags.recht_uitgelegd then return "Dus ik mag ook zeggen dat ik iets anders wil?" end
    if s.flags.rol_vaag then return "Fijn. Maar moet ik dan ook iets tekenen?" end
    return "Dus als ik niet teken, krijgt hij niks?"
  end,
  next = "hub",
  choices = {
    {
      text = "In principe wel, maar dat zou ik niet doen.",
      when = function(s) return s.flags.recht_uitgelegd == true end,
      tags = { "druk", "oma" },
      effects = { spanning = 2 },
      score = { instemming = -1 },
      feedback = "Je geeft haar het recht en neemt het in dezelfde zin weer af. Dat is druk, hoe vriendelijk ook gebracht.",
      next = "hub",
    },
    {
      text = "Ja. Dan gaan we erover in gesprek. Komen we er samen niet uit, dan kunt u advies vragen bij een onafhankelijke onderwijsconsulent.",
      when = function(s) return s.flags.recht_uitgelegd == true end,
      tags = { "instemming" },
      score = { instemming = 2 },
      feedback = "Eerlijk en volledig: ze mag 'nee' zeggen, jullie gaan dan in gesprek, en er is onafhankelijke hulp. Juist door die ruimte te geven, bouw je vertrouwen.",
      next = "hub",
    },
    {
      text = "Ja, natuurlijk, dat is uw goed recht. Al hoop ik wel dat we het snel eens worden, want hoe eerder we beginnen, hoe beter het voor {kind} is.",
      when = function(s) return s.flags.recht_uitgelegd == true end,
      tags = { "druk" },
      feedback = "Het recht klopt, maar de tweede zin zet haar toch onder druk: wie twijfelt, schaadt zijn kind. Laat de ruimte staan zonder 'al'.",
      next = "hub",
    },
    {
      text = function(s)
        if s.flags.rol_vaag then
          return "Ja: het deel met de doelen en de aanpak gaat pas in als u instemt. U mag er rustig over nadenken en dingen anders willen."
        end
        return "Sorry, dat zei ik verkeerd. Wat we gewoon in de klas doen, kan altijd. Alleen het deel met doelen en aanpak heeft uw instemming nodig."
      end,
      when = function(s) return not s.flags.recht_uitgelegd end,
      tags = { "instemming" },
      effects = { spanning = -2 },
      set = { recht_uitgelegd = true, gecorrigeerd = true, rol_vaag = false },
      score = { instemming = 1 },
      feedback = "Goed: je maakt nu duidelijk wat haar instemming betekent, en haalt de druk weg. Gewone zorg in de klas kan altijd; over het handelingsdeel beslist zij.",
      next = "hub",
    },
    {
      text = "Zo ongeveer, ja.",
      when = function(s) return not s.flags.recht_uitgelegd end,
      tags = { "druk" },
      effects = { spanning = 2, vertrouwen = -1 },
      set = { onder_druk = true, rol_vaag = false },
      score = { instemming = -2 },
      feedback = "Je bevestigt een onjuist en bedreigend beeld. Ze voelt zich klem gezet: tekenen, of haar kind krijgt niets.",
      next = "hub",
    },
  },
}

---------------------------------------------------------------------------
-- Afronden: tekenen, bedenktijd, afspraken
---------------------------------------------------------------------------

node "afronden" {
  speaker = "moeder",
  mood = "gespannen",
  text = "Moet ik het nu meteen tekenen?",
  -- Een stilte die kost: wie op deze vraag zwijgt, laat haar in de
  -- veronderstelling dat het moet.
  timeout = {
    seconds = 15,
    next = "druk",
    score = { instemming = -1 },
    tags = { "stilte" },
    feedback = "Ze vroeg of ze nu moet tekenen, en je zei niets. Zwijgen op die vraag voelt voor een ouder als 'ja, graag': ze vult de stilte zelf in. Zeg duidelijk dat ze bedenktijd heeft.",
  },
  choices = {
    {
      text = "Dat hoeft niet; het plan gaat sowieso in.",
      tags = { "onjuist" },
      effects = { spanning = 2 },
      score = { instemming = -3 },
      feedback = "Dit is onjuist: voor het handelingsdeel is haar instemming nodig. Zo informeer je de ouder verkeerd over haar rechten, en dat kan later tot een conflict of klacht leiden.",
      next = "fout_info",
    },
    {
      text = "Nee. Neem het mee en lees het rustig, eventueel met iemand die u vertrouwt. Volgende week donderdag bespreken we uw vragen.",
      tags = { "instemming", "afspraken" },
      effects = { spanning = -2 },
      set = { bedenktijd = true },
      score = { instemming = 2, afspraken = 1 },
      feedback = "Heel goed: bedenktijd, ruimte om iemand mee te laten lezen, en een concrete datum. Tekenen komt pas als ze het ermee eens is.",
      next = "tot_dan",
    },
    {
      text = "Graag, dan kunnen we morgen al beginnen.",
      tags = { "druk" },
      effects = { spanning = 2 },
      score = { instemming = -1 },
      feedback = "Begrijpelijk dat je wilt beginnen, maar zo ontneem je haar de tijd om na te denken. Instemming onder druk is geen echte instemming.",
      next = "druk",
    },
    {
      text = "Dat mag, maar het hoeft niet. Als u liever eerst nadenkt, plannen we een nieuwe afspraak, al gaat daar natuurlijk wel weer een week overheen.",
      tags = { "instemming", "druk" },
      set = { bedenktijd = true },
      score = { instemming = 1 },
      feedback = "Je geeft haar de keus, en dat is goed. Maar 'al gaat daar wel weer een week overheen' legt er toch druk op. Bedenktijd is geen vertraging: zeg het zonder 'al'.",
      next = "tot_dan",
    },
  },
}

node "druk" {
  speaker = "moeder",
  mood = "gespannen",
  text = "Ik wil het eigenlijk eerst met mijn zus bespreken. Zij werkt in de zorg.",
  choices = {
    {
      text = "Natuurlijk. Zullen we volgende week donderdag uw vragen bespreken?",
      tags = { "instemming", "afspraken" },
      effects = { spanning = -2 },
      set = { bedenktijd = true },
      score = { instemming = 1, afspraken = 1 },
      feedback = "Goed hersteld: je respecteert haar wens en maakt er meteen een concrete afspraak van.",
      next = "tot_dan",
    },
    {
      text = "Het is echt in het belang van {kind} om snel te beginnen.",
      tags = { "druk" },
      effects = { spanning = 2, vertrouwen = -1 },
      set = { onder_druk = true },
      score = { instemming = -2 },
      feedback = "Je zet haar onder morele druk met het belang van haar eigen kind. Als ze nu tekent, is dat niet uit overtuiging, en dat merk je later in de samenwerking.",
      next = "tot_dan",
    },
    {
      text = "Dat kan, hoor. Maar uw zus kent {kind} niet zoals wij hem in de klas zien, dus ik weet niet of dat veel toevoegt.",
      tags = { "druk" },
      effects = { spanning = 2, vertrouwen = -1 },
      set = { onder_druk = true },
      score = { instemming = -1 },
      feedback = "Je ontmoedigt haar om iemand mee te laten lezen. Dat is druk, ook al klinkt het redelijk: een ouder mag zich laten adviseren door wie ze wil.",
      next = "tot_dan",
    },
  },
}

node "fout_info" {
  speaker = "moeder",
  mood = "verward",
  text = "O. Dus mijn mening doet er eigenlijk niet toe?",
  choices = {
    {
      text = "Het is vooral een formaliteit.",
      tags = { "onjuist" },
      effects = { vertrouwen = -2, spanning = 2 },
      set = { onder_druk = true },
      score = { instemming = -2 },
      feedback = "Je bevestigt de onjuiste informatie. De moeder gaat naar huis in de veronderstelling dat ze niets te zeggen heeft over het plan voor haar kind.",
      next = "tot_dan",
    },
    {
      text = "Dat zei ik fout, sorry. Het deel met de doelen en de aanpak gaat pas in als u instemt. Neem het gerust mee naar huis.",
      tags = { "instemming" },
      -- Niet elk excuus werkt: moest de student eerder in dit gesprek al iets
      -- rechtzetten (vlag gecorrigeerd), dan kost deze tweede rechtzetting
      -- vertrouwen.
      effect = function(s)
        if s.flags.gecorrigeerd then s.vertrouwen = s.vertrouwen - 1 end
      end,
      set = { bedenktijd = true, recht_uitgelegd = true },
      score = { instemming = 1 },
      feedback = function(s)
        if s.flags.gecorrigeerd then
          return "Goed dat je het herstelt. Maar het is de tweede keer dat je iets moet rechtzetten: ze gaat zich afvragen wat er nog meer niet klopt. Het vertrouwen zakt, ondanks je excuus."
        end
        return "Goed dat je je fout direct herstelt, met de juiste informatie. Het vertrouwen heeft wel een deuk opgelopen."
      end,
      next = "tot_dan",
    },
    {
      text = "Jawel, uw mening telt zeker. We nemen uw opmerkingen mee in de volgende versie van het plan.",
      tags = { "vaag" },
      score = { instemming = -1 },
      feedback = "Vriendelijk, maar het laat staan dat het plan hoe dan ook doorgaat. Haar instemming is geen opmerking in de kantlijn: het plan gaat pas in als zij instemt.",
      next = "tot_dan",
    },
  },
}

node "tot_dan" {
  speaker = "moeder",
  mood = function(s)
    if s.vertrouwen >= 6 then return "neutraal" end
    return "gespannen"
  end,
  text = "En tot die tijd? Hij moet morgen gewoon weer naar school.",
  choices = {
    {
      text = "Dan wachten we even af tot het plan er is.",
      tags = { "vaag" },
      effects = { vertrouwen = -1 },
      score = { afspraken = -1 },
      feedback = "Onnodig: veel van de aanpak (plaatjes, vooraf aankondigen) kan al morgen, zonder OPP. Zo laat je {kind} een week langer wachten.",
      next = "evaluatie",
    },
    {
      text = "Het dagritme met plaatjes en de rustplek kunnen morgen al. Vrijdag laat ik u weten hoe zijn week was.",
      tags = { "afspraken" },
      effects = { vertrouwen = 1 },
      set = { tussentijds = true },
      score = { afspraken = 2 },
      feedback = "Concreet: {kind} hoeft niet te wachten op een handtekening, en je spreekt een contactmoment af. Precies wat een bezorgde ouder nodig heeft.",
      next = "evaluatie",
    },
    {
      text = "Ik ga morgen al zoveel mogelijk uit het plan proberen. Als er iets is, hoort u het.",
      tags = { "afspraken", "vaag" },
      score = { afspraken = 1 },
      feedback = "Goed dat je niet wacht, maar 'zoveel mogelijk' en 'als er iets is' zijn vaag. Noem wat je morgen doet en wanneer ze van je hoort.",
      next = "evaluatie",
    },
  },
}

node "evaluatie" {
  speaker = "moeder",
  mood = "neutraal",
  text = "En hoe weet ik straks of het werkt?",
  choices = {
    {
      text = "Elke zes weken kijken {ib}, u en ik samen naar de doelen. De eerste keer is vlak voor de kerstvakantie.",
      tags = { "afspraken", "verwachtingen" },
      set = { evaluatie = true },
      score = { afspraken = 2 },
      feedback = "Concreet: wie, hoe vaak, waarover, en de eerste datum. Zo weet ze dat ze niet pas bij het rapport hoort of het werkt.",
      next = "slot",
    },
    {
      text = "Dat zien we vanzelf wel.",
      tags = { "vaag" },
      score = { afspraken = -1 },
      feedback = "Zonder evaluatiemoment blijft 'werkt het?' een gevoel. Een OPP wordt juist regelmatig samen met de ouder bekeken.",
      next = "slot",
    },
    {
      text = "Dat merkt u vooral aan {kind} zelf: als hij minder uitgeput thuiskomt en weer graag naar school gaat, dan werkt het. En op het rapport ziet u het ook.",
      tags = { "lsd" },
      feedback = "Mooi dat je aansluit bij wat zij thuis ziet. Maar een plan als dit wordt op vaste momenten samen bekeken; dat is de afspraak die ze nu mist.",
      next = "slot",
    },
  },
}

node "slot" {
  speaker = "moeder",
  mood = function(s)
    if s.vertrouwen >= 7 then return "neutraal" end
    return "gespannen"
  end,
  text = "Goed. Dan ga ik maar.",
  choices = {
    {
      text = "Tot de volgende keer!",
      tags = { "afsluiten" },
      feedback = "Vriendelijk, maar na een gesprek met veel informatie is een korte samenvatting waardevol. Nu moet ze zelf onthouden wat er is afgesproken.",
      next = "einde_check",
    },
    {
      text = "Mag ik nog even samenvatten wat we hebben afgesproken?",
      tags = { "afspraken", "lsd" },
      score = { afspraken = 1 },
      feedback = "Een afsluitende samenvatting is in een gesprek met zoveel informatie geen overbodige luxe. Zo voorkom je misverstanden over wie wat doet.",
      next = "einde_check",
    },
    {
      text = "Fijn dat u er was. Als u nog vragen heeft, mag u mij altijd mailen of even binnenlopen, ook als het over kleine dingen gaat.",
      tags = { "afsluiten" },
      feedback = "Hartelijk, maar je controleert niet of jullie hetzelfde hebben gehoord. En 'altijd' is een belofte die je in een drukke week niet waarmaakt.",
      next = "einde_check",
    },
  },
}

node "einde_check" {
  speaker = "moeder",
  mood = function(s)
    if s.spanning >= 7 then return "afwijzend" end
    if s.vertrouwen >= 7 then return "neutraal" end
    return "verdrietig"
  end,
  text = function(s)
    if s.flags.belofte then return "Dan hoor ik ook nog van die assistent, toch?" end
    if s.flags.onder_druk then return "Goed. Dan teken ik het maar. Als het moet." end
    if s.vertrouwen >= 7 then return "Dank u. Het is niet wat ik wilde, maar het is meer dan ik dacht." end
    return "Goed. Ik ga er thuis over nadenken."
  end,
  next = function(s)
    if s.flags.belofte then return "valse_hoop" end
    if s.flags.onder_druk then return "getekend_onder_druk" end
    if s.spanning >= 8 then return "escalatie" end
    if s.flags.bedenktijd and s.flags.grens_helder and s.vertrouwen >= 7 then return "samen_plan" end
    return "plan_met_twijfel"
  end,
}

---------------------------------------------------------------------------
-- Eindes
---------------------------------------------------------------------------

ending "samen_plan" {
  title = "Een plan van school én thuis",
  outcome = "good",
  text = function(s)
    if s.flags.thuiskennis_gebruikt then
      return "Joyce komt donderdag terug met drie opmerkingen, waarvan er één over de dinoboeken op de rustplek gaat: die staan er al. Ze stemt in met het handelingsdeel. {kind} gebruikt de rustplek twee keer in de eerste week, en de driftbuien worden minder."
    end
    return "Joyce komt donderdag terug met haar opmerkingen. Jullie passen het plan aan en ze stemt in met het handelingsdeel. Ze is nog teleurgesteld over de begeleider, maar ze weet wat ze kan verwachten."
  end,
}

ending "plan_met_twijfel" {
  title = "Een plan met twijfels",
  outcome = "mixed",
  text = "Joyce neemt het plan mee, maar gerust is ze er niet op: ze weet niet goed wat ze van de school kan verwachten, en of ze het plan kan vertrouwen. Ze twijfelt of ze moet instemmen, en de eerste weken blijft de samenwerking stroef.",
}

ending "getekend_onder_druk" {
  -- Een ernstige professionele fout: wat er ook gescoord is, hooguit onvoldoende.
  grade_cap = "onvoldoende",
  title = "Getekend, maar niet gedragen",
  outcome = "bad",
  text = "Joyce tekent, omdat ze denkt dat het moet. Een maand later belt haar zus, die in de zorg werkt: Joyce is nooit goed verteld dat ze mocht meebeslissen. Er volgt een gesprek met de directeur over hoe het OPP tot stand kwam.",
}

ending "valse_hoop" {
  -- Hulp beloven die er niet komt: valse hoop wekken. Hooguit onvoldoende.
  grade_cap = "onvoldoende",
  title = "Wachten op een assistent die niet komt",
  outcome = "bad",
  text = "Joyce gaat ervan uit dat er een assistent komt. Als ze na een maand vraagt wanneer die begint, moet je vertellen dat die er niet komt. Ze voelt zich bedrogen, en het vertrouwen in het hele plan is weg.",
}

ending "escalatie" {
  -- Een ouder boos laten vertrekken zonder dat het plan besproken is.
  grade_cap = "onvoldoende",
  title = "Naar de directeur en het samenwerkingsverband",
  outcome = "bad",
  text = "Joyce vertrekt boos en vraagt een gesprek aan met de directeur en het samenwerkingsverband. Het OPP ligt stil, en {kind} krijgt voorlopig niets extra.",
}

---------------------------------------------------------------------------
-- Testplannen
---------------------------------------------------------------------------

-- Het modelpad: samenvatten, doorvragen naar wat thuis werkt, dan de drie
-- onderwerpen (haar rol, de grens, de klas), bedenktijd en afspraken.
plan "beste_pad" {
  choices = "2,3,2,2,3,2,2,2,1,2,1,2,1,2,1,2,2,1,2",
  ending = "samen_plan",
  outcome = "good",
  grade = "goed",
  overall = 1,
  scores = { lsd = 9, verwachtingen = 8, instemming = 7, afspraken = 9 },
}

-- Na het slechte nieuws de stilte laten vallen: ook het modelpad.
plan "stilte_pad" {
  choices = "2,3,2,2,3,2,2,2,1,t,2,1,2,1,2,1,2,2,1,2",
  ending = "samen_plan",
  outcome = "good",
  grade = "goed",
  overall = 1,
}

plan "slechtste_pad" {
  choices = "3,1,2",
  ending = "escalatie",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0,
}

-- Steeds half goed: een opsomming, de grens met te veel uitleg erbij, een
-- warme maar vage uitleg van haar rol, bedenktijd met een 'al'.
plan "middenpad" {
  choices = "2,4,1,1,3,1,3,1,1,3,1,4,1,1,4,3,1,1",
  ending = "plan_met_twijfel",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.6,
}

-- Een assistent beloofd en nooit rechtgezet: valse hoop, hooguit onvoldoende.
plan "belofte_pad" {
  choices = "1,1,3,2,2,1,2,1,2,2,2,2,2,2,2,1,2",
  ending = "valse_hoop",
  outcome = "bad",
  grade = "onvoldoende",
}

-- Eerst een assistent beloven, later de grens toch helder brengen: de moeder
-- herinnert je aan je belofte (tekst van grens_reactie).
plan "belofte_ingetrokken" {
  choices = "1,1,3,2,2,2,1,2,1,2,1,2,1,2,2,1,2,2,1,2",
  ending = "plan_met_twijfel",
  outcome = "mixed",
}

-- Verder een goed gesprek, maar met morele druk om te tekenen: slecht einde,
-- hooguit onvoldoende.
plan "druk_pad" {
  choices = "2,3,2,2,3,2,2,2,1,2,1,2,1,2,1,3,2,2,1,2",
  ending = "getekend_onder_druk",
  outcome = "bad",
  grade = "onvoldoende",
}

-- Vaag over de grens, en zwijgen op 'wanneer dan?': de verkeerde hoop blijft.
plan "vaag_en_stil" {
  choices = "2,3,2,2,1,2,1,2,1,2,t,1,2,2,1,2,2,1,2",
  ending = "plan_met_twijfel",
  outcome = "mixed",
  grade = "voldoende",
}

-- Haar rol warm maar vaag uitgelegd: ze vraagt zelf of ze moet tekenen
-- (tekst van instemming_reactie).
plan "rol_vaag" {
  choices = "2,3,2,2,3,4,1,2,1,2,1,2,1,2,1,2,2,1,2",
  ending = "samen_plan",
  outcome = "good",
  grade = "goed",
}

-- Twee keer iets over haar rechten rechtzetten: het tweede excuus kost
-- vertrouwen (effect en feedback in fout_info).
plan "tweede_correctie" {
  choices = "2,3,2,2,3,1,1,2,1,2,1,2,1,2,1,1,2,2,1,2",
  ending = "plan_met_twijfel",
  outcome = "mixed",
  grade = "voldoende",
}

-- Zwijgen op 'Moet ik het nu meteen tekenen?': ze vult de stilte zelf in.
plan "zwijgen_op_tekenen" {
  choices = "2,3,2,2,3,2,2,2,1,2,1,2,1,2,1,t,1,2,1,2",
  ending = "samen_plan",
  outcome = "good",
  grade = "goed",
}
