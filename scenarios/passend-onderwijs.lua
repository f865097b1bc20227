-- Passend onderwijs: "Hij heeft iemand nodig die de hele dag naast hem zit"
-- Een moeder verwacht een vaste begeleider voor haar zoon met autisme. De school kan dat
-- niet bieden, maar wel veel anders. Het gesprek gaat over het ontwikkelingsperspectiefplan
-- (OPP): wat de school wel en niet kan, en het instemmingsrecht van de ouder op het
-- handelingsdeel.

scenario {
  id = "passend-onderwijs",
  version = 2,
  title = "Wat de school wel en niet kan",
  language = "nl",
  tags = { "verwachtingsmanagement", "passend onderwijs", "OPP", "instemmingsrecht", "autisme", "groep 4" },
  level = 3,
  minutes = 20,
  summary = "Joyce Mensah wil dat haar zoon Kofi een vaste begeleider krijgt die de hele dag naast hem zit. Dat kan de school niet bieden. Jij bespreekt het concept-OPP: eerlijk over de grenzen, helder over wat wel kan, en zorgvuldig over haar recht op instemming.",
  briefing = [[Je bent leerkracht van groep 4 van basisschool De Wilgenhoek. Het is half november.

Kofi Mensah (7) heeft deze zomer de diagnose autisme gekregen. Hij is slim, houdt van dinosaurussen en getallen, en leest al goed. Op school raakt hij overprikkeld in drukte en bij onverwachte veranderingen. Vorige week had hij een driftbui toen de gymles werd verplaatst.

Met de intern begeleider heb je een concept-ontwikkelingsperspectiefplan (OPP) opgesteld. Daarin staat wat de school gaat doen: een rustige werkplek met een koptelefoon, een dagritme met pictogrammen op zijn tafel, veranderingen 's ochtends vooraf met hem bespreken, een rustplek voor als het te veel wordt, een vast maatje in de pauze, en twee uur per week een ambulant begeleider via het samenwerkingsverband (aangevraagd, verwachte start februari).

Wat de school niet kan bieden: een begeleider die de hele dag naast Kofi zit. De onderwijsassistent werkt 's ochtends voor groep 4 en 5 samen.

Het OPP heeft een handelingsdeel: de doelen en de aanpak. Daarvoor is de instemming van de ouder nodig. Zonder die instemming kan de school het handelingsdeel niet uitvoeren. Joyce mag bedenktijd nemen, vragen stellen en wijzigingen voorstellen.

Joyce voedt Kofi alleen op en werkt parttime als doktersassistente. Ze heeft het concept per mail gekregen.

Jouw doel: luister naar haar zorg, wees eerlijk over wat de school wel en niet kan, leg het instemmingsrecht in gewone woorden uit zonder druk, en maak concrete afspraken over de volgende stappen.]],
  goals = {
    "Je luistert naar de zorg achter de vraag om een vaste begeleider.",
    "Je bent eerlijk en duidelijk over wat de school niet kan bieden, en concreet over wat wel.",
    "Je legt uit dat het handelingsdeel haar instemming nodig heeft, en geeft haar bedenktijd zonder druk.",
    "Je vermijdt jargon (OPP, handelingsdeel, arrangement) of legt het uit.",
    "Je spreekt concreet af wat er tot de volgende afspraak gebeurt.",
  },
  vars = { kind = "Kofi", groep = 4, ib = "mevrouw De Boer" },
  start = "begin",
}

character "moeder" {
  name = "Joyce Mensah",
  role = "moeder van Kofi",
  portrait = { skin = 6, hair = "staart", hair_color = "#0d0d0d", glasses = false, age = "jong", shirt = "#d4a017" },
}

meter "vertrouwen" { label = "Vertrouwen", min = 0, max = 10, start = 4, visible = true }
meter "spanning" { label = "Spanning", min = 0, max = 10, start = 6, visible = false }

competency "lsd" { label = "Luisteren, samenvatten, doorvragen", weight = 2 }
competency "verwachtingen" { label = "Verwachtingen expliciet maken: wat de school wel en niet kan", weight = 2 }
competency "instemming" { label = "Zorgvuldig informeren over het OPP en het instemmingsrecht", weight = 2 }
competency "afspraken" { label = "Concrete afspraken maken", weight = 1 }

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
      effects = { spanning = -2, vertrouwen = 1 },
      set = { belofte = true },
      score = { verwachtingen = -2 },
      feedback = "Je belooft iets waarvan je weet dat het niet kan. Het voelt even prettig, maar de teleurstelling komt later, en dan groter. Verwachtingen managen begint met eerlijk zijn.",
      next = "belofte",
    },
    {
      text = "Wat maakt dat u denkt dat hij de hele dag iemand nodig heeft?",
      tags = { "doorvragen" },
      score = { lsd = 1 },
      feedback = "Doorvragen is goed, maar 'wat maakt dat u denkt' kan klinken alsof je haar inschatting in twijfel trekt. Een samenvatting van haar zorg opent meer.",
      next = "zorg",
    },
    {
      text = "U maakt zich zorgen dat {kind} in de klas niet genoeg steun krijgt.",
      tags = { "lsd" },
      effects = { spanning = -1, vertrouwen = 1 },
      score = { lsd = 2 },
      feedback = "Goed: je hoort de zorg achter de oplossing die ze noemt (een vaste begeleider) en benoemt die. Zo kan ze vertellen wat ze ziet, zonder dat jullie meteen over 'ja' of 'nee' praten.",
      next = "zorg",
    },
    {
      text = "Dat gaat helaas niet. Daar is geen geld voor.",
      tags = { "defensief" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { lsd = -1, verwachtingen = -1 },
      feedback = "Eerlijk over de grens, maar te vroeg en te kaal. 'Geen geld' klinkt als: uw kind is het niet waard. Eerst haar zorg horen, dan pas de grens, met wat er wél kan.",
      next = "nee_geld",
    },
  },
}

node "belofte" {
  speaker = "moeder",
  mood = "blij",
  text = "Echt? Dat zou zo fijn zijn. Hoeveel uur dan?",
  choices = {
    {
      text = "Dat weet ik nog niet precies, maar we gaan ons best doen.",
      tags = { "vaag", "belofte" },
      score = { verwachtingen = -1 },
      feedback = "Je verdiept de belofte in plaats van hem recht te zetten. Haar verwachting groeit, en jij weet dat hij niet uitkomt.",
      next = "zorg",
    },
    {
      text = "Ik moet eerlijk zijn: dat zei ik te snel. Een begeleider die de hele dag naast hem zit, kunnen we niet bieden. Ik vertel u straks precies wat we wél kunnen doen. Maar eerst: wat ziet u bij {kind}?",
      tags = { "verwachtingen", "lsd" },
      effects = { spanning = 1, vertrouwen = -1 },
      set = { belofte = false },
      score = { verwachtingen = 2, lsd = 1 },
      feedback = "Moedig: je neemt je belofte meteen terug, met de toezegging dat je straks concreet wordt, en je gaat eerst luisteren. Dat kost nu wat, maar het voorkomt een veel groter conflict.",
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
      effects = { spanning = 2, vertrouwen = -2 },
      score = { lsd = -1 },
      feedback = "Boven-tegen op de Roos van Leary. Ze heeft zich verdiept in de rechten van haar kind, en jij sluit het gesprek af.",
      next = "boos",
    },
    {
      text = "U heeft gelijk dat {kind} recht heeft op passend onderwijs. Dat betekent dat wij moeten zoeken naar wat hij nodig heeft. Zo kort als ik het net zei, klopt het niet. Vertelt u mij eerst wat u ziet?",
      tags = { "lsd", "verwachtingen" },
      effects = { spanning = -2, vertrouwen = 1 },
      score = { lsd = 2, verwachtingen = 1 },
      feedback = "Goed herstel: je erkent haar (terechte) punt, nuanceert je eigen kortheid en gaat luisteren. Zo maak je van een discussie weer een gesprek over {kind}.",
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
      text = "Dat kan natuurlijk. Mag ik eerst nog iets proberen? Ik reageerde te kortaf. Ik wil graag horen wat u bij {kind} ziet, en u daarna vertellen wat wij wél kunnen doen.",
      tags = { "lsd", "metacommunicatie" },
      effects = { spanning = -2, vertrouwen = 1 },
      score = { lsd = 2 },
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
      text = "Dat zien wij in de klas eigenlijk niet zo. Daar is hij meestal rustig.",
      tags = { "defensief" },
      effects = { spanning = 1, vertrouwen = -1 },
      score = { lsd = -1 },
      feedback = "Je zet jouw beeld tegenover het hare. Veel kinderen met autisme houden zich op school in en 'ontladen' thuis. Haar informatie is juist waardevol.",
      next = "tegenspraak",
    },
    {
      text = "Hij houdt het op school vol, en thuis komt het eruit. En u bent bang dat het hem straks te veel wordt.",
      tags = { "lsd" },
      effects = { spanning = -1, vertrouwen = 2 },
      score = { lsd = 3 },
      feedback = "Uitstekend samengevat: je verbindt wat zij thuis ziet met wat er op school gebeurt, en je benoemt haar angst. Ze voelt zich serieus genomen.",
      next = "sterk",
    },
    {
      text = "Daarom hebben we dit plan gemaakt.",
      tags = { "oplossing" },
      score = { lsd = -1 },
      feedback = "Je springt naar het plan zonder haar verhaal te erkennen. Ze heeft net verteld dat ze bang is dat haar kind vastloopt. Eerst dat.",
      next = "verwachting",
    },
  },
}

node "tegenspraak" {
  speaker = "moeder",
  mood = "afwijzend",
  text = "Dus ik overdrijf?",
  choices = {
    {
      text = "Nee. Het kan goed zijn dat hij zich op school inhoudt en dat het er thuis uitkomt. Wat u thuis ziet, helpt ons om hem beter te begrijpen.",
      tags = { "lsd" },
      effects = { spanning = -1, vertrouwen = 1 },
      score = { lsd = 2 },
      feedback = "Goed hersteld: je maakt haar waarneming waardevol in plaats van tegengesteld. Thuis en school zien verschillende kanten van hetzelfde kind.",
      next = "sterk",
    },
    {
      text = "Ik beschrijf alleen wat ik zie.",
      tags = { "defensief" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { lsd = -1 },
      feedback = "Je houdt vast aan jouw beeld en laat haar vraag onbeantwoord. Ze hoort: ja, u overdrijft.",
      next = "boos",
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
      text = "Dat zie ik ook! Hij rekent en leest goed. Wat helpt hem thuis als het te veel wordt?",
      tags = { "lsd", "doorvragen" },
      effects = { vertrouwen = 1 },
      set = { thuis_tip = true },
      score = { lsd = 2 },
      feedback = "Mooi: je sluit aan bij zijn sterke kanten en vraagt naar wat thuis werkt. Ouders van kinderen met autisme zijn vaak de beste deskundigen: gebruik hun kennis.",
      next = "thuis_werkt",
    },
    {
      text = "Ja, slim is hij zeker. Zal ik het plan met u doorlopen?",
      tags = { "structureren" },
      score = { lsd = 0 },
      feedback = "Vriendelijk, maar je slaat een kans over: vragen wat thuis helpt, levert informatie op die in het plan thuishoort.",
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
      text = "Dat is heel bruikbaar. Vooraf vertellen wat er komt, en een rustige plek met iets wat hij fijn vindt: dat wil ik in het plan zetten. Met zijn dinoboeken op de rustplek.",
      tags = { "lsd", "afspraken" },
      effects = { vertrouwen = 2 },
      set = { thuiskennis_gebruikt = true },
      score = { lsd = 1, afspraken = 1 },
      feedback = "Uitstekend: je vat samen en laat direct zien wat je met haar kennis doet. Zo wordt het OPP ook háár plan, en dat helpt straks bij de instemming.",
      next = "verwachting",
    },
    {
      text = "Zoiets hebben we al in het plan staan.",
      tags = { "defensief" },
      score = { lsd = -1 },
      feedback = "Misschien waar, maar je laat haar niet merken dat haar kennis iets toevoegt. Benoem wat je overneemt; dat maakt haar partner.",
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
    local besproken = 0
    for _, id in ipairs({ "klas", "grens", "instemming" }) do
      if s.visits[id] > 0 then besproken = besproken + 1 end
    end
    if besproken == 0 then return "(Joyce kijkt je afwachtend aan.)" end
    if besproken == 1 then return "Oké. Wat nog meer?" end
    if besproken == 2 then return "En verder?" end
    return "Ik denk dat ik het plan nu wel snap."
  end,
  next = "afronden",
  choices = {
    {
      text = "Ik vertel u eerst wat we in de klas voor {kind} gaan doen.",
      when = function(s) return s.visits.klas == 0 end,
      tags = { "verwachtingen" },
      score = { verwachtingen = 1 },
      feedback = "Een goede start: concreet maken wat er wél gebeurt, geeft houvast voordat je de grenzen bespreekt.",
      next = "klas",
    },
    {
      text = "Ik wil eerlijk zijn over wat we niet kunnen bieden.",
      when = function(s) return s.visits.grens == 0 end,
      tags = { "verwachtingen" },
      score = { verwachtingen = 1 },
      feedback = "Goed dat je de grens niet ontwijkt. Zorg dat je naast het 'niet' ook het 'wel' noemt.",
      next = "grens",
    },
    {
      text = "Ik wil u ook uitleggen wat uw rol is bij dit plan.",
      when = function(s) return s.visits.instemming == 0 end,
      tags = { "instemming" },
      score = { instemming = 1 },
      feedback = "Belangrijk onderwerp: de ouder heeft instemmingsrecht op het handelingsdeel. Dat hoort ze van jou te horen, niet pas bij het tekenen.",
      next = "instemming",
    },
    {
      text = "Zullen we kijken hoe we verder gaan?",
      when = function(s)
        local besproken = 0
        for _, id in ipairs({ "klas", "grens", "instemming" }) do
          if s.visits[id] > 0 then besproken = besproken + 1 end
        end
        return besproken >= 2
      end,
      tags = { "afronden" },
      score = { afspraken = 0 },
      feedback = "Je gaat afronden. Ga wel na: heeft de moeder alles gehoord wat ze nodig heeft om over het plan te beslissen?",
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
      effects = { spanning = 1 },
      score = { verwachtingen = -1, instemming = -1 },
      feedback = "Jargon (handelingsdeel, prikkelreductie, arrangement). De moeder moet straks met dit plan instemmen; dat kan alleen als ze het begrijpt. Zeg wat je concreet doet.",
      next = "klas_reactie",
    },
    {
      text = "Hij krijgt een rustige plek met een koptelefoon, en een dagritme met plaatjes op zijn tafel. Veranderingen bespreek ik 's ochtends vooraf met hem. Er komt een rustplek, met zijn dinoboeken. In de pauze krijgt hij een vast maatje. En vanaf februari komt er twee uur per week een begeleider van buiten de school, die met hem en met mij meekijkt.",
      tags = { "verwachtingen" },
      effects = { vertrouwen = 1, spanning = -1 },
      score = { verwachtingen = 3 },
      feedback = "Concreet en in gewone taal. Ze kan zich nu voorstellen hoe zijn dag eruitziet. De ambulant begeleider noem je eerlijk met startmoment.",
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
  choices = {
    {
      text = "Dat gebeurt vast niet meer.",
      tags = { "belofte" },
      score = { verwachtingen = -1 },
      feedback = "Een belofte die je niet kunt waarmaken. Ze weet zelf ook dat het nog eens zal gebeuren; ze wil weten wat je dan doet.",
      next = "ambulant_vraag",
    },
    {
      text = "Dan mag hij naar de rustplek, en ik zorg dat iemand bij hem kijkt. En ik bel u dezelfde dag, zodat u weet wat er gebeurd is voordat hij thuiskomt.",
      tags = { "verwachtingen", "afspraken" },
      effects = { vertrouwen = 1 },
      set = { belafspraak = true },
      score = { verwachtingen = 1, afspraken = 1 },
      feedback = "Eerlijk (het kan gebeuren) en concreet (dit doen we dan). Het telefoontje dezelfde dag sluit aan bij haar zorg dat hij thuis ontploft zonder dat zij weet waarom.",
      next = "ambulant_vraag",
    },
  },
}

node "ambulant_vraag" {
  speaker = "moeder",
  mood = "verward",
  text = "En die begeleider van buiten de school, wie is dat? Wat doet die precies?",
  choices = {
    {
      text = "Iemand van het samenwerkingsverband: dat is de organisatie waarin scholen in de regio samenwerken voor kinderen die extra steun nodig hebben. Ze heeft veel ervaring met autisme. Ze kijkt twee uur per week in de klas mee, werkt soms met {kind} apart, en geeft mij tips. Wilt u haar ook een keer spreken?",
      tags = { "verwachtingen", "jargon-uitleg" },
      effects = { vertrouwen = 1 },
      score = { verwachtingen = 1, afspraken = 1 },
      feedback = "Goed: je legt het begrip 'samenwerkingsverband' in één zin uit, maakt concreet wat de begeleider doet (en niet doet) en biedt een kennismaking aan.",
      next = "hub",
    },
    {
      text = "Een ambulant begeleider vanuit het SWV, in het kader van het arrangement.",
      tags = { "jargon" },
      effects = { spanning = 1 },
      score = { verwachtingen = -1 },
      feedback = "Drie onbekende begrippen in één zin (ambulant begeleider, SWV, arrangement). Ze weet nu nog steeds niet wie er komt en wat die doet.",
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
      text = "Een begeleider die de hele dag naast {kind} zit, kunnen we niet bieden. De onderwijsassistent werkt 's ochtends voor twee groepen samen. Wel komt er twee uur per week een begeleider van buiten, en kijken de intern begeleider en ik elke zes weken met u of het plan werkt. Als blijkt dat hij meer nodig heeft dan wij kunnen geven, zoeken we samen verder.",
      tags = { "verwachtingen", "slecht-nieuws" },
      effects = { spanning = 1 },
      set = { grens_helder = true },
      score = { verwachtingen = 3 },
      feedback = "Helder en eerlijk: eerst de grens in één zin, dan de reden, dan wat er wél is, en een perspectief als het niet genoeg blijkt. Zo breng je slecht nieuws zonder de deur dicht te doen.",
      next = "grens_reactie",
    },
    {
      text = "Nou ja, misschien lukt het later wel, als het arrangement rond is.",
      tags = { "vaag", "belofte" },
      effects = { spanning = -1 },
      score = { verwachtingen = -2 },
      feedback = "Je draait om de grens heen en wekt hoop op iets wat niet komt. 'Arrangement' zegt haar bovendien niets. Wees helder, juist omdat het moeilijk is.",
      next = "grens_reactie",
    },
  },
}

node "grens_reactie" {
  speaker = "moeder",
  mood = function(s)
    if s.flags.grens_helder then return "verdrietig" end
    return "verward"
  end,
  text = function(s)
    if s.flags.grens_helder then return "Dus hij krijgt het niet. Ik had er zo op gehoopt." end
    return "Dus misschien krijgt hij het later wel? Wanneer dan?"
  end,
  next = "hub",
  -- Stilte na het slechte nieuws: één punt voor de stilte zelf; de reactie die erop
  -- volgt (knoop "grens_stilte") scoort apart. Na een vaag antwoord (grens_helder niet
  -- gezet) zegt de feedback dat haar vraag onbeantwoord bleef.
  timeout = {
    seconds = 15,
    next = "grens_stilte",
    score = { lsd = 1 },
    tags = { "stilte" },
    feedback = function(s)
      if s.flags.grens_helder then
        return "Goed: na het slechte nieuws liet je de stilte vallen. Dat is de tweede fase van een slechtnieuwsgesprek: ruimte geven aan de reactie, voordat je gaat uitleggen of vertellen wat er wél is. Door niets te zeggen mocht haar teleurstelling er zijn, en gaf je haar de kans om te zeggen wat eronder zit."
      end
      return "Je liet een stilte vallen, en die gaf haar ruimte. Maar let op: ze stelde je een rechtstreekse vraag ('Wanneer dan?') en die bleef onbeantwoord. Een stilte helpt na slecht nieuws dat helder is gebracht; na een vaag antwoord laat ze de verkeerde hoop gewoon staan. Maak de grens eerst duidelijk, en geef daarna ruimte aan de teleurstelling."
    end,
  },
  choices = {
    {
      text = "U had er echt op gehoopt. Dat is een teleurstelling.",
      when = function(s) return s.flags.grens_helder == true end,
      tags = { "lsd" },
      effects = { vertrouwen = 1, spanning = -1 },
      score = { lsd = 2 },
      feedback = "Goed: na het slechte nieuws geef je ruimte aan de teleurstelling in plaats van direct weer uit te leggen. Dat is de tweede fase van een slechtnieuwsgesprek.",
      next = "hub",
    },
    {
      text = "Maar er komt echt heel veel anders voor in de plaats, hoor.",
      when = function(s) return s.flags.grens_helder == true end,
      tags = { "oma" },
      score = { lsd = -1 },
      feedback = "Je gaat meteen verkopen wat er wél is. Begrijpelijk, maar zo krijgt haar teleurstelling geen plek. Eerst erkennen.",
      next = "hub",
    },
    {
      text = "Dat weet ik niet. Ik had het net duidelijker moeten zeggen: een vaste begeleider de hele dag kunnen we niet bieden, ook niet later.",
      when = function(s) return not s.flags.grens_helder end,
      tags = { "verwachtingen", "slecht-nieuws" },
      effects = { vertrouwen = -1, spanning = 1 },
      set = { grens_helder = true },
      score = { verwachtingen = 2 },
      feedback = "Goed dat je je vaagheid herstelt. Het is pijnlijk, maar eerlijk nu is beter dan een verwachting die over drie maanden alsnog knapt.",
      next = "hub",
    },
    {
      text = "Dat zien we dan wel.",
      when = function(s) return not s.flags.grens_helder end,
      tags = { "vaag" },
      score = { verwachtingen = -1 },
      feedback = "De vaagheid blijft staan. De moeder gaat ervan uit dat het er 'later' komt.",
      next = "hub",
    },
  },
}

node "grens_stilte" {
  speaker = "moeder",
  mood = "verdrietig",
  text = "(Je laat de stilte even bestaan. Joyce veegt haar ogen af.) Sorry. Ik ben gewoon zo moe. Ik doe dit allemaal alleen.",
  effects = { spanning = -1 },
  choices = {
    {
      text = "U hoeft geen sorry te zeggen. U draagt veel, en u doet het alleen. Laten we zorgen dat dit plan u ook wat lucht geeft.",
      tags = { "lsd" },
      effects = { vertrouwen = 2 },
      score = { lsd = 2 },
      feedback = "Je stilte gaf haar ruimte om te zeggen wat er onder zit: uitputting. Je erkent dat warm en verbindt het met het plan. Precies goed.",
      next = "hub",
    },
    {
      text = "Misschien kunt u ook hulp zoeken voor uzelf, bij de huisarts of het wijkteam.",
      tags = { "oma" },
      score = { lsd = -1 },
      feedback = "Op zich een zinnige verwijzing, maar op dit moment is het een ongevraagd advies (OMA). Erken eerst wat ze zegt; de verwijzing kan later, als ze erom vraagt.",
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
      feedback = "Dit klopt niet en het zet haar onder druk. Zonder haar instemming kan het handelingsdeel niet worden uitgevoerd, maar de school kan wel gewone dingen in de klas doen. En instemmen is een recht, geen plicht.",
      next = "instemming_reactie",
    },
    {
      text = "De school schrijft het plan, maar het deel met de doelen en de aanpak gaat pas in als u ermee instemt. U mag dus vragen stellen, dingen anders willen, en er rustig over nadenken. Uw kennis van {kind} hoort erin.",
      tags = { "instemming" },
      effects = { vertrouwen = 2 },
      set = { recht_uitgelegd = true },
      score = { instemming = 3 },
      feedback = "Precies en in gewone woorden: wie schrijft, wat haar instemming nodig heeft, en wat ze mag. Je maakt van een formaliteit een uitnodiging tot samenwerking.",
      next = "instemming_reactie",
    },
    {
      text = "Het OPP is een wettelijk verplicht document waarvan u het handelingsdeel moet accorderen conform de Wet passend onderwijs.",
      tags = { "jargon" },
      effects = { spanning = 1 },
      set = { recht_uitgelegd = true },
      score = { instemming = 0, verwachtingen = -1 },
      feedback = "Inhoudelijk bijna juist, maar in ambtelijke taal, en 'moet accorderen' klinkt als een plicht. Zeg het zo dat ze begrijpt dat zíj beslist.",
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
    return "Dus als ik niet teken, krijgt hij niks?"
  end,
  next = "hub",
  choices = {
    {
      text = "Ja. En dan gaan we daarover in gesprek. Lukt het ons niet samen, dan kunt u advies vragen bij een onafhankelijke onderwijsconsulent. Maar ik hoop dat we er samen uitkomen.",
      when = function(s) return s.flags.recht_uitgelegd == true end,
      tags = { "instemming" },
      effects = { vertrouwen = 1 },
      score = { instemming = 2 },
      feedback = "Eerlijk en volledig: ze mag 'nee' zeggen, jullie gaan dan in gesprek, en er is onafhankelijke hulp. Juist door die ruimte te geven, bouw je vertrouwen.",
      next = "hub",
    },
    {
      text = "In principe wel, maar dat zou ik niet doen.",
      when = function(s) return s.flags.recht_uitgelegd == true end,
      tags = { "druk", "oma" },
      effects = { spanning = 1 },
      score = { instemming = -1 },
      feedback = "Je geeft haar het recht en neemt het in dezelfde zin weer af. Dat is druk, hoe vriendelijk ook gebracht.",
      next = "hub",
    },
    {
      text = "Sorry, dat zei ik verkeerd. Wat we gewoon in de klas doen, zoals het dagritme en de rustplek, kan altijd. Alleen het plan met doelen en aanpak heeft uw instemming nodig. En u mag er rustig over nadenken en dingen anders willen.",
      when = function(s) return not s.flags.recht_uitgelegd end,
      tags = { "instemming" },
      effects = { vertrouwen = 1, spanning = -1 },
      set = { recht_uitgelegd = true },
      score = { instemming = 2 },
      feedback = "Goed gecorrigeerd: je haalt de druk weg en legt het onderscheid uit tussen gewone zorg in de klas en het handelingsdeel waar zij over beslist.",
      next = "hub",
    },
    {
      text = "Zo ongeveer, ja.",
      when = function(s) return not s.flags.recht_uitgelegd end,
      tags = { "druk" },
      effects = { spanning = 2, vertrouwen = -1 },
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
  choices = {
    {
      text = "Nee. Neem het mee naar huis en lees het rustig, eventueel met iemand die u vertrouwt. Schrijf erbij wat u anders wilt. Volgende week donderdag bespreken we uw opmerkingen, en als u het ermee eens bent, tekent u dan.",
      tags = { "instemming", "afspraken" },
      effects = { vertrouwen = 1, spanning = -1 },
      set = { bedenktijd = true },
      score = { instemming = 2, afspraken = 2 },
      feedback = "Heel goed: bedenktijd, ruimte om iemand mee te laten lezen, een concrete datum, en duidelijk dat tekenen pas komt als ze het ermee eens is.",
      next = "tot_dan",
    },
    {
      text = "Graag, dan kunnen we morgen beginnen.",
      tags = { "druk" },
      effects = { spanning = 1 },
      score = { instemming = -1 },
      feedback = "Begrijpelijk dat je wilt beginnen, maar zo ontneem je haar de tijd om na te denken. Instemming onder druk is geen echte instemming.",
      next = "druk",
    },
    {
      text = "Dat hoeft niet; het plan gaat sowieso in.",
      tags = { "onjuist" },
      effects = { spanning = 1 },
      score = { instemming = -3 },
      feedback = "Dit is onjuist: voor het handelingsdeel is haar instemming nodig. Zo informeer je de ouder verkeerd over haar rechten, en dat kan later tot een conflict of klacht leiden.",
      next = "fout_info",
    },
  },
}

node "druk" {
  speaker = "moeder",
  mood = "gespannen",
  text = "Ik wil het eigenlijk eerst met mijn zus bespreken. Zij werkt in de zorg.",
  choices = {
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
      text = "Natuurlijk, dat is een goed idee. Zullen we volgende week donderdag afspreken om uw vragen en opmerkingen te bespreken?",
      tags = { "instemming", "afspraken" },
      effects = { vertrouwen = 1, spanning = -1 },
      set = { bedenktijd = true },
      score = { instemming = 1, afspraken = 2 },
      feedback = "Goed hersteld: je respecteert haar wens en maakt er meteen een concrete afspraak van.",
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
      text = "Dat zei ik fout, sorry. Het deel met de doelen en de aanpak gaat pas in als u ermee instemt. Neem het mee naar huis, en volgende week donderdag bespreken we uw opmerkingen.",
      tags = { "instemming", "afspraken" },
      effects = { vertrouwen = -1 },
      set = { bedenktijd = true, recht_uitgelegd = true },
      score = { instemming = 2, afspraken = 1 },
      feedback = "Goed dat je je fout direct herstelt, met de juiste informatie en een concrete afspraak. Het vertrouwen heeft wel een deuk opgelopen.",
      next = "tot_dan",
    },
    {
      text = "Het is vooral een formaliteit.",
      tags = { "onjuist" },
      effects = { vertrouwen = -2, spanning = 1 },
      set = { onder_druk = true },
      score = { instemming = -2 },
      feedback = "Je bevestigt de onjuiste informatie. De moeder gaat naar huis in de veronderstelling dat ze niets te zeggen heeft over het plan voor haar kind.",
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
      text = "Wat we zonder plan al kunnen doen, start ik morgen: het dagritme met plaatjes, veranderingen vooraf met hem bespreken, en de rustplek. Vrijdag laat ik u via de ouderapp weten hoe zijn week was.",
      tags = { "afspraken" },
      effects = { vertrouwen = 1 },
      set = { tussentijds = true },
      score = { afspraken = 2 },
      feedback = "Concreet: je laat zien dat {kind} niet hoeft te wachten op een handtekening, en je spreekt een contactmoment af. Dat is precies wat een bezorgde ouder nodig heeft.",
      next = "evaluatie",
    },
    {
      text = "Dan wachten we even af tot het plan er is.",
      tags = { "vaag" },
      effects = { vertrouwen = -1 },
      score = { afspraken = -1 },
      feedback = "Onnodig: veel van de aanpak (pictogrammen, vooraf aankondigen) kan al morgen, zonder OPP. Zo laat je {kind} een week langer wachten.",
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
      text = "Dat zien we vanzelf wel.",
      tags = { "vaag" },
      score = { afspraken = -1 },
      feedback = "Zonder evaluatiemoment blijft 'werkt het?' een gevoel. Een OPP wordt juist regelmatig samen met de ouder bekeken.",
      next = "slot",
    },
    {
      text = "Elke zes weken kijken {ib}, u en ik samen naar de doelen in het plan: wat gaat beter, wat moet anders? De eerste keer is vlak voor de kerstvakantie.",
      tags = { "afspraken", "verwachtingen" },
      effects = { vertrouwen = 1 },
      set = { evaluatie = true },
      score = { afspraken = 2 },
      feedback = "Concreet: wie, hoe vaak, waarover, en de eerste datum. Zo weet ze dat ze niet pas bij het rapport hoort of het werkt.",
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
      text = "Mag ik nog even samenvatten wat we hebben afgesproken? Dan weten we zeker dat we hetzelfde hebben gehoord.",
      tags = { "afspraken", "lsd" },
      effects = { vertrouwen = 1 },
      score = { afspraken = 1, lsd = 1 },
      feedback = "Een afsluitende samenvatting is in een gesprek met zoveel informatie geen overbodige luxe. Zo voorkom je misverstanden over wie wat doet.",
      next = "einde_check",
    },
    {
      text = "Tot donderdag!",
      tags = { "afsluiten" },
      score = { afspraken = 0 },
      feedback = "Vriendelijk, maar na een gesprek met veel informatie is een korte samenvatting waardevol. Nu moet ze zelf onthouden wat er is afgesproken.",
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
      return "Joyce komt donderdag terug met drie opmerkingen, waarvan er één over de dinoboeken op de rustplek gaat: die staan er al. Ze tekent het handelingsdeel. {kind} gebruikt de rustplek twee keer in de eerste week, en de driftbuien worden minder."
    end
    return "Joyce komt donderdag terug met haar opmerkingen. Jullie passen het plan aan en ze tekent het handelingsdeel. Ze is nog teleurgesteld over de begeleider, maar ze weet wat ze kan verwachten."
  end,
}

ending "plan_met_twijfel" {
  title = "Een plan met twijfels",
  outcome = "mixed",
  text = "Joyce neemt het plan mee, maar ze weet niet goed wat ze kan verwachten of wat haar rol is. Ze twijfelt of ze moet tekenen, en de eerste weken blijft de samenwerking stroef.",
}

ending "getekend_onder_druk" {
  -- Een ernstige professionele fout: wat er ook gescoord is, hooguit onvoldoende.
  grade_cap = "onvoldoende",
  title = "Getekend, maar niet gedragen",
  outcome = "bad",
  text = "Joyce tekent, omdat ze denkt dat het moet. Een maand later belt haar zus, die in de zorg werkt: Joyce is nooit verteld dat ze mocht meebeslissen. Er volgt een gesprek met de directeur over hoe het OPP tot stand kwam.",
}

ending "valse_hoop" {
  title = "Wachten op een assistent die niet komt",
  outcome = "bad",
  -- hulp beloven die er niet komt: valse hoop wekken
  grade_cap = "onvoldoende",
  text = "Joyce gaat ervan uit dat er een assistent komt. Als ze na een maand vraagt wanneer die begint, moet je vertellen dat die er niet komt. Ze voelt zich bedrogen, en het vertrouwen in het hele plan is weg.",
}

ending "escalatie" {
  title = "Naar de directeur en het samenwerkingsverband",
  outcome = "bad",
  text = "Joyce vertrekt boos en vraagt een gesprek aan met de directeur en het samenwerkingsverband. Het OPP ligt stil, en {kind} krijgt voorlopig niets extra.",
}

---------------------------------------------------------------------------
-- Testplannen
---------------------------------------------------------------------------

plan "beste_pad" {
  choices = "3,2,1,1,1,2,2,1,1,1,t,1,1,2,1,1,1,1,2,1",
  ending = "samen_plan",
  outcome = "good",
  grade = "goed",
  overall = 1,
}

plan "slechtste_pad" {
  choices = "4,1,2",
  ending = "escalatie",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0,
}

plan "middenpad" {
  choices = "2,2,2,1,2,1,1,2,2,1,2,1,1,2,2",
  ending = "plan_met_twijfel",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.595,
}

plan "belofte_pad" {
  choices = "1,1,2,2,1,2,2,1,1,2,2,2,1,1,2,1",
  ending = "valse_hoop",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0.324,
}

-- Verder een goed gesprek, maar met druk om te tekenen: slecht einde, cijfer nog voldoende.
plan "druk_pad" {
  choices = "3,2,2,1,2,2,1,1,1,1,1,1,2,1,2,1,1,2,1",
  ending = "getekend_onder_druk",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0.576,
}
