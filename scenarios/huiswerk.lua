-- Huiswerk: "Op De Regenboog krijgen ze elke dag huiswerk"
-- Verwachtingsmanagement: een vader vindt dat zijn zoon te weinig huiswerk krijgt en
-- vergelijkt met de school van zijn neefje. Oefent: luisteren naar de zorg achter de vraag,
-- het huiswerkbeleid helder uitleggen zonder jargon, een grens houden, aansluiten bij de
-- thuissituatie (ploegendienst) en concreet afspreken.

scenario {
  id = "huiswerk",
  version = 2,
  title = "Te weinig huiswerk?",
  language = "nl",
  tags = { "verwachtingsmanagement", "huiswerk", "vergelijken", "werkende ouder", "groep 6" },
  level = 2,
  minutes = 15,
  summary = "Ricardo Martina vindt dat zijn zoon Jayden te weinig huiswerk krijgt: op De Regenboog krijgt zijn neefje elke dag huiswerk. Jij zoekt uit wat hij echt wil, legt het beleid uit en maakt een plan dat thuis haalbaar is.",
  briefing = [[Je bent leerkracht van groep 6 van basisschool De Esdoorn. Het is november.

Ricardo Martina heeft om een gesprek gevraagd "over het huiswerk". Hij voedt zijn zoon Jayden (9) grotendeels alleen op en werkt in ploegendienst in de haven; dat laatste weet je niet.

Jayden is een vrolijke, sportieve jongen. Rekenen gaat goed (boven het gemiddelde), spelling is gemiddeld. Begrijpend lezen is sinds groep 5 gezakt tot onder het gemiddelde. In de klas ontwijkt hij lezen; hij praat het liefst over voetbal.

Het huiswerkbeleid van jullie school, in het team afgesproken: in groep 6 één leestaak per week en af en toe iets leren voor een toets (zoals topografie). Huiswerk is bedoeld om te oefenen en te leren plannen, niet om nieuwe stof te leren. In groep 7 en 8 wordt het stap voor stap meer. Thuis (voor)lezen vindt de school wél heel belangrijk.

Wat je niet weet: waarom Ricardo zo hecht aan huiswerk.

Jouw doel: luister naar de zorg achter de vraag, leg het beleid helder uit zonder jargon en zonder de andere school af te kraken, houd je aan de teamafspraak, en maak concrete afspraken die passen bij de thuissituatie.]],
  goals = {
    "Je zoekt uit welke zorg achter de vraag om meer huiswerk zit.",
    "Je legt het huiswerkbeleid in gewone taal uit en houdt vriendelijk vast aan de teamafspraak.",
    "Je vergelijkt niet met de andere school, maar blijft bij dit kind.",
    "Je maakt een concreet plan dat past bij de thuissituatie, met een evaluatiemoment.",
  },
  vars = { kind = "Jayden", neef = "Dylan", andere_school = "De Regenboog", groep = 6 },
  start = "begin",
}

character "vader" {
  name = "Ricardo Martina",
  role = "vader van Jayden",
  portrait = { skin = 5, hair = "kort", hair_color = "#111111", beard = true, age = "middel", shirt = "#1f5f8b" },
}

meter "vertrouwen" { label = "Vertrouwen", min = 0, max = 10, start = 4, visible = true }
meter "spanning" { label = "Spanning", min = 0, max = 10, start = 5, visible = false }

competency "lsd" { label = "Luisteren, samenvatten, doorvragen", weight = 2 }
competency "verwachtingen" { label = "Verwachtingen expliciet maken", weight = 2 }
competency "aansluiten" { label = "Aansluiten bij de ouder", weight = 2 }
competency "afspraken" { label = "Concrete afspraken maken", weight = 1 }

---------------------------------------------------------------------------
-- Opening: de vergelijking
---------------------------------------------------------------------------

node "begin" {
  speaker = "vader",
  mood = "gespannen",
  text = "Ik zal maar meteen zeggen waarom ik kom. {kind} krijgt bijna geen huiswerk. Mijn neefje {neef} zit op {andere_school}, ook groep 6, en die krijgt elke dag huiswerk. Die kinderen lopen straks gewoon voor.",
  choices = {
    {
      text = "Wij hebben daar bewust voor gekozen. Onderzoek laat zien dat huiswerk op de basisschool weinig oplevert.",
      tags = { "defensief", "uitleg" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { lsd = -1, aansluiten = -1 },
      feedback = "Misschien klopt het, maar je begint met een weerwoord. De vader komt met een zorg en krijgt een college. 'Boven-tegen' op de Roos van Leary: hij gaat nu zijn gelijk verdedigen.",
      next = "onderzoek",
    },
    {
      text = "Elke school doet het anders. Dat zegt niet zoveel.",
      tags = { "vergelijken" },
      effects = { spanning = 1 },
      score = { aansluiten = -1 },
      feedback = "Je wuift de vergelijking weg. Voor de vader zegt het juist wél iets: hij ziet een verschil en maakt zich zorgen. Zoek eerst uit wat die zorg is.",
      next = "andere_school",
    },
    {
      text = "U maakt zich zorgen dat {kind} achterop raakt.",
      tags = { "lsd" },
      effects = { spanning = -1, vertrouwen = 1 },
      score = { lsd = 2, aansluiten = 1 },
      feedback = "Goed: je hoort de zorg achter de vergelijking en benoemt die, zonder in te gaan op de andere school. Kort en precies.",
      next = "zorg",
    },
    {
      text = "Daar heeft u een punt. Ik kan hem wel wat extra werkbladen meegeven.",
      tags = { "meegaan" },
      effects = { spanning = -2, vertrouwen = 1 },
      set = { extra_beloofd = true },
      score = { verwachtingen = -2 },
      feedback = "Je gaat meteen mee in de vraag, zonder te weten wat erachter zit, en je wijkt af van de afspraak in je team. Zo beloof je iets wat je collega's niet doen, en weet je nog steeds niet wat deze vader echt nodig heeft.",
      next = "extra_werk",
    },
  },
}

node "onderzoek" {
  speaker = "vader",
  mood = "boos",
  text = "Onderzoek. Ik zie gewoon dat mijn neefje verder is dan mijn zoon.",
  choices = {
    {
      text = "U ziet het verschil met uw neefje, en dat maakt u ongerust.",
      tags = { "lsd" },
      effects = { spanning = -2, vertrouwen = 1 },
      score = { lsd = 2 },
      feedback = "Goed hersteld: je laat het onderzoek los en gaat naar zijn ervaring en zijn gevoel. Nu kan hij vertellen wat hem bezighoudt.",
      next = "zorg",
    },
    {
      text = "Dat is één voorbeeld, meneer Martina. Daar kun je niets uit concluderen.",
      tags = { "defensief" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { lsd = -1, aansluiten = -1 },
      feedback = "Inhoudelijk correct, relationeel schadelijk. Je wint de discussie en verliest de vader. Tegen roept tegen op.",
      next = "overstap_dreiging",
    },
  },
}

node "andere_school" {
  speaker = "vader",
  mood = "afwijzend",
  text = "Dus u zegt dat {andere_school} het fout doet?",
  choices = {
    {
      text = "Ik zeg alleen dat elke school eigen keuzes maakt.",
      tags = { "defensief" },
      effects = { spanning = 2 },
      score = { aansluiten = -1 },
      feedback = "Je herhaalt je standpunt in plaats van te onderzoeken wat hij bedoelt. Het gesprek wordt een discussie over scholen, niet over {kind}.",
      next = "overstap_dreiging",
    },
    {
      text = "Nee, dat zeg ik niet. Ik hoor vooral dat u zich afvraagt of {kind} hier genoeg leert.",
      tags = { "lsd" },
      effects = { spanning = -1, vertrouwen = 1 },
      score = { lsd = 2 },
      feedback = "Mooi: je stapt uit de vergelijking en benoemt de vraag eronder. Daarmee breng je het gesprek terug bij zijn kind.",
      next = "zorg",
    },
  },
}

node "overstap_dreiging" {
  speaker = "vader",
  mood = "boos",
  text = "Misschien moet ik hem daar dan maar naartoe doen.",
  choices = {
    {
      text = "Dat is een grote stap. Het klinkt alsof u het gevoel heeft dat {kind} hier tekortkomt. Waar komt dat vandaan?",
      tags = { "lsd" },
      effects = { spanning = -2, vertrouwen = 1 },
      score = { lsd = 2, aansluiten = 1 },
      feedback = "Knap: je laat je niet uitdagen door het dreigement, maar hoort de wanhoop erin en vraagt door. Zo haal je de angel eruit.",
      next = "zorg",
    },
    {
      text = "Dat is natuurlijk uw keuze.",
      tags = { "defensief" },
      effects = { spanning = 1, vertrouwen = -2 },
      score = { lsd = -1, aansluiten = -1 },
      feedback = "Formeel waar, maar je laat hem gaan zonder te weten waarom hij zo ontevreden is. Een dreigement is meestal een noodkreet: vraag ernaar.",
      next = "overstap",
    },
  },
}

node "extra_werk" {
  speaker = "vader",
  mood = "blij",
  text = "Mooi, dat is wat ik wilde horen. Elke dag dan?",
  choices = {
    {
      text = "Ja, elke dag een werkblad.",
      tags = { "meegaan", "belofte" },
      score = { verwachtingen = -1 },
      feedback = "Nu zit je vast aan een belofte die buiten de teamafspraak valt, en je weet nog steeds niet waar de vader zich zorgen over maakt.",
      next = "zorg",
    },
    {
      text = "Wacht, ik ga te snel. Voordat ik iets toezeg, wil ik eerst begrijpen waar uw zorg zit. Wat maakt dat u dit zo belangrijk vindt?",
      tags = { "lsd", "verwachtingen" },
      effects = { vertrouwen = -1 },
      set = { extra_beloofd = false },
      score = { lsd = 1, verwachtingen = 2 },
      feedback = "Goed dat je jezelf corrigeert. Het kost even sfeer, maar je voorkomt een belofte die je niet kunt waarmaken, en je vraagt door naar de zorg.",
      next = "zorg",
    },
  },
}

---------------------------------------------------------------------------
-- De zorg achter de vraag
---------------------------------------------------------------------------

node "zorg" {
  speaker = "vader",
  mood = function(s)
    if s.spanning >= 6 then return "gespannen" end
    return "neutraal"
  end,
  text = "Ja. Ik wil gewoon dat hij het goed doet. Dat hij later kan kiezen.",
  -- Stilte als doorvraag: telt als de open vraag hieronder ("Wat maakt dat zo belangrijk?").
  timeout = {
    seconds = 15,
    next = "eigen_verhaal",
    score = { lsd = 2 },
    tags = { "stilte" },
    feedback = "Sterk: je liet de stilte vallen. 'Dat hij later kan kiezen' klonk als een zin die nog niet af was, en wie dan meteen geruststelt of over werkbladen begint, vult het gat zelf in. Jouw zwijgen werkte als een open doorvraag (de D van LSD): je gaf de vader de ruimte om zelf te vertellen waar zijn zorg vandaan komt. Dat levert vaak meer op dan de beste vraag.",
  },
  choices = {
    {
      text = "Wat maakt dat zo belangrijk voor u?",
      tags = { "lsd", "doorvragen" },
      score = { lsd = 2 },
      feedback = "Een open doorvraag naar de waarde achter zijn wens. Je laat hem vertellen in plaats van zelf in te vullen.",
      next = "eigen_verhaal",
    },
    {
      text = "Maar {kind} doet het hier prima, hoor. U hoeft zich echt geen zorgen te maken.",
      tags = { "oma" },
      effects = { spanning = 1 },
      score = { lsd = -1, aansluiten = -1 },
      feedback = "Geruststellen zonder te weten waar de zorg over gaat (een mening, OMA). En het klopt ook niet helemaal: zijn lezen gaat achteruit. Vraag eerst door.",
      next = "vmbo_prima",
    },
    {
      text = "Hoe ziet u dat voor zich, meer huiswerk?",
      tags = { "doorvragen" },
      score = { lsd = 1 },
      feedback = "Een redelijke vraag, maar je gaat meteen naar zijn oplossing (huiswerk) in plaats van naar zijn zorg (dat hij later kan kiezen). Zo blijft het gesprek over werkbladen gaan.",
      next = "wens",
    },
  },
}

node "eigen_verhaal" {
  speaker = "vader",
  mood = "verdrietig",
  text = "(Hij is even stil.) Op mijn school zei niemand ooit iets tegen mijn ouders. Ik ben op het vmbo geëindigd, terwijl ik meer kon. Dat wil ik niet voor hem. Ik zie {neef} elke dag aan zijn huiswerk zitten, en {kind} zit op de bank.",
  effects = { spanning = -1 },
  choices = {
    {
      text = "Het vmbo is toch ook een prima opleiding?",
      tags = { "oma" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { lsd = -1, aansluiten = -2 },
      feedback = "Hij vertelt iets persoonlijks en pijnlijks, en jij reageert met een mening over het vmbo. Dat gaat volledig langs hem heen: het gaat hem niet om het niveau, maar om gemiste kansen.",
      next = "vmbo_prima",
    },
    {
      text = "U heeft zelf gemerkt wat het kost als niemand meekijkt. Voor {kind} wilt u dat anders. Dat hij alle kansen krijgt.",
      tags = { "lsd" },
      effects = { spanning = -1, vertrouwen = 2 },
      set = { kansen_gehoord = true },
      score = { lsd = 3, aansluiten = 1 },
      feedback = "Uitstekend samengevat: je verbindt zijn eigen verhaal met zijn wens voor {kind}, zonder oordeel. Nu weet je waar het om draait: kansen, niet werkbladen.",
      next = "kansen",
    },
  },
}

node "vmbo_prima" {
  speaker = "vader",
  mood = "boos",
  text = "Makkelijk gezegd. U heeft zelf gestudeerd.",
  choices = {
    {
      text = "Dat was niet handig van mij. Het gaat u er niet om welk niveau, maar dat {kind} kan kiezen. Dat hij niet tekortkomt.",
      tags = { "lsd" },
      effects = { spanning = -2, vertrouwen = 1 },
      set = { kansen_gehoord = true },
      score = { lsd = 2 },
      feedback = "Goed herstel: je erkent je misser en vat samen wat hij wél bedoelt. Zo krijgt hij weer het gevoel dat je naast hem staat.",
      next = "kansen",
    },
    {
      text = "Ik bedoel alleen dat elk niveau waardevol is.",
      tags = { "defensief" },
      effects = { spanning = 1, vertrouwen = -1 },
      score = { aansluiten = -1 },
      feedback = "Je verdedigt je bedoeling in plaats van het effect te erkennen. De vader voelt zich niet begrepen, en dat neemt hij mee de rest van het gesprek in.",
      next = "vragen",
    },
  },
}

node "wens" {
  speaker = "vader",
  mood = "neutraal",
  text = "Gewoon elke dag iets. Een werkblad, sommen, wat dan ook. Zodat hij leert dat je moet werken voor je toekomst.",
  choices = {
    {
      text = "Dat doen we hier niet.",
      tags = { "regels", "defensief" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { aansluiten = -1, verwachtingen = -1 },
      feedback = "Een grens zonder uitleg en zonder alternatief. De vader hoort 'nee' en verder niets.",
      next = "vragen",
    },
    {
      text = "Dus het gaat u er vooral om dat hij leert doorzetten, omdat zijn toekomst ervan afhangt.",
      tags = { "lsd" },
      effects = { vertrouwen = 1 },
      set = { kansen_gehoord = true },
      score = { lsd = 2 },
      feedback = "Goed: je vat samen wat achter het werkblad zit (doorzetten, toekomst). Nu kun je straks over dát doel praten, in plaats van over de middelen.",
      next = "kansen",
    },
  },
}

node "kansen" {
  speaker = "vader",
  mood = "neutraal",
  text = "Precies. Dus waarom krijgt hij dan zo weinig?",
  next = "vragen",
}

---------------------------------------------------------------------------
-- De kern: drie onderwerpen (de student kiest de volgorde)
---------------------------------------------------------------------------

node "vragen" {
  speaker = "vader",
  mood = function(s)
    if s.spanning >= 7 then return "afwijzend" end
    if s.vertrouwen >= 7 then return "neutraal" end
    return "gespannen"
  end,
  text = function(s)
    local besproken = 0
    if s.flags.over_beleid then besproken = besproken + 1 end
    if s.flags.over_resultaten then besproken = besproken + 1 end
    if s.flags.over_thuis then besproken = besproken + 1 end
    if besproken == 0 then return "Nou, vertel het maar." end
    if besproken == 1 then return "Oké. Maar daarmee ben ik er nog niet." end
    if besproken == 2 then return "Goed. Is er nog iets?" end
    return "Dan weet ik genoeg, denk ik."
  end,
  next = "afspraken",
  choices = {
    {
      text = "Zal ik u eerst laten zien waar {kind} nu staat?",
      when = function(s) return not s.flags.over_resultaten end,
      tags = { "informeren" },
      set = { over_resultaten = true },
      score = { aansluiten = 1 },
      feedback = "Beginnen bij het kind zelf is sterk: concrete informatie over zijn eigen zoon zegt de vader meer dan algemene uitleg over beleid.",
      next = "resultaten",
    },
    {
      text = "Ik leg u graag uit hoe wij op school met huiswerk omgaan, en waarom.",
      when = function(s) return not s.flags.over_beleid end,
      tags = { "verwachtingen" },
      set = { over_beleid = true },
      score = { verwachtingen = 1 },
      feedback = "Uitleggen is nodig: de vader verdient een antwoord op zijn vraag. Let op dat het een uitleg wordt en geen verdediging.",
      next = "beleid",
    },
    {
      text = "Wat zou u thuis met hem willen doen, denkt u?",
      when = function(s) return not s.flags.over_thuis end,
      tags = { "aansluiten" },
      set = { over_thuis = true },
      score = { aansluiten = 1 },
      feedback = "Je betrekt de vader als partner: wat kan en wil hij thuis? Dat is de basis van een haalbaar plan.",
      next = "thuis",
    },
    {
      text = "Zullen we kijken wat we afspreken?",
      when = function(s)
        local besproken = 0
        if s.flags.over_beleid then besproken = besproken + 1 end
        if s.flags.over_resultaten then besproken = besproken + 1 end
        if s.flags.over_thuis then besproken = besproken + 1 end
        return besproken >= 2
      end,
      tags = { "afspraken" },
      score = { afspraken = 0 },
      feedback = "Je gaat naar de afspraken. Ga wel na of alles wat de vader bezighoudt aan bod is gekomen.",
      next = "afspraken",
    },
  },
}

-- Onderwerp 1: het beleid

node "beleid" {
  speaker = "vader",
  mood = "gespannen",
  text = "Leg dan maar eens uit waarom jullie zo weinig opgeven. Op {andere_school} kan het toch ook?",
  choices = {
    {
      text = "Wat {andere_school} doet, moeten zij weten. Wij kiezen hier anders.",
      tags = { "vergelijken", "defensief" },
      effects = { spanning = 1 },
      score = { aansluiten = -1 },
      feedback = "Je zet de scholen tegenover elkaar en geeft nog geen uitleg. Praat niet over de andere school, maar leg uit wat jullie doen en waarom.",
      next = "beleid_reactie",
    },
    {
      text = "Uit onderzoek, onder andere van Hattie, blijkt dat de effectgrootte van huiswerk in het primair onderwijs gering is. Daarom kiezen we voor een geleidelijke opbouw richting de leerlijn plannen.",
      tags = { "jargon" },
      effects = { spanning = 1 },
      score = { verwachtingen = -1, aansluiten = -1 },
      feedback = "Vakjargon (effectgrootte, leerlijn) en een naam die de vader niet kent. Hij voelt zich eerder dom dan overtuigd. Zeg in gewone woorden wat jullie doen en waarom.",
      next = "beleid_jargon",
    },
    {
      text = "In groep 6 bouwen we het rustig op: één leestaak per week, en af en toe iets leren voor een toets, zoals topografie. Het doel is vooral dat hij leert plannen. Nieuwe stof leg ik in de klas uit, waar ik kan helpen. In groep 7 en 8 wordt het meer, als voorbereiding op de middelbare school.",
      tags = { "verwachtingen" },
      effects = { spanning = -1, vertrouwen = 1 },
      score = { verwachtingen = 3 },
      feedback = "Heldere uitleg in gewone taal: wat, waarom, en hoe het verder gaat. Je maakt de verwachting concreet zonder de andere school te noemen.",
      next = "beleid_reactie",
    },
  },
}

node "beleid_jargon" {
  speaker = "vader",
  mood = "afwijzend",
  text = "Hattie? Ik weet niet wie dat is. Ik weet alleen dat mijn neefje meer doet.",
  choices = {
    {
      text = "Sorry, dat zei ik ingewikkeld. Gewoon gezegd: in groep 6 krijgt hij één leestaak per week en soms iets te leren voor een toets. Het doel is dat hij leert plannen. Nieuwe stof leg ik in de klas uit. In groep 7 en 8 wordt het meer.",
      tags = { "verwachtingen" },
      effects = { vertrouwen = 1 },
      score = { verwachtingen = 2 },
      feedback = "Goed dat je het vertaalt naar gewone taal. Wat je zegt is nu te volgen, en je laat de discussie over onderzoek los.",
      next = "beleid_reactie",
    },
    {
      text = "Het is echt wetenschappelijk aangetoond.",
      tags = { "defensief" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { aansluiten = -1 },
      feedback = "Je zet je gezag in ('boven') tegenover zijn ervaring. Dat overtuigt niet, het vergroot de afstand.",
      next = "beleid_reactie",
    },
  },
}

node "beleid_reactie" {
  speaker = "vader",
  mood = function(s)
    if s.spanning >= 6 then return "afwijzend" end
    return "neutraal"
  end,
  text = function(s)
    if s.spanning >= 6 then return "Allemaal mooie woorden. Ik wil gewoon dat hij meer doet." end
    return "Hm. Leren plannen, daar zit wat in. Maar ik wil toch dat hij meer doet."
  end,
  choices = {
    {
      text = "Goed, dan geef ik hem vanaf nu wat extra werkbladen mee.",
      tags = { "meegaan" },
      effects = { spanning = -2, vertrouwen = 1 },
      set = { extra_beloofd = true },
      score = { verwachtingen = -2 },
      feedback = "Je geeft je net uitgelegde beleid meteen weer op. Dat maakt je uitleg ongeloofwaardig, en je gaat buiten de teamafspraak. Een grens houden mag vriendelijk, maar moet wel.",
      next = "na_onderwerp",
    },
    {
      text = "Meer is echt niet nodig. Gelooft u mij nou maar.",
      tags = { "defensief" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { aansluiten = -1 },
      feedback = "'Gelooft u mij nou maar' is 'boven' op de Roos van Leary. Vertrouwen vraag je niet, dat verdien je, bijvoorbeeld door te laten zien wat je ziet.",
      next = "na_onderwerp",
    },
    {
      text = "Ik hoor dat u wilt dat hij meer doet. Extra werkbladen ga ik hem niet geven; dat is een afspraak in ons team, en ik denk ook niet dat het hem het meest helpt. Er is wel iets waar thuis oefenen echt verschil maakt. Daar wil ik het zo met u over hebben.",
      tags = { "verwachtingen", "ik-boodschap" },
      effects = { vertrouwen = 1 },
      set = { grens = true },
      score = { verwachtingen = 2, aansluiten = 1 },
      feedback = "Een vriendelijke, duidelijke grens: je erkent zijn wens, zegt eerlijk wat je niet doet en waarom, en biedt een perspectief. 'Boven-samen': stevig en verbonden.",
      next = "na_onderwerp",
    },
  },
}

-- Onderwerp 2: waar staat Jayden?

node "resultaten" {
  speaker = "vader",
  mood = "verward",
  text = "(Je laat het overzicht zien en legt het in gewone woorden uit.) Dus rekenen gaat goed, boven het gemiddelde... maar lezen is gezakt?",
  effect = function(s)
    -- Concrete informatie over zijn eigen kind geeft houvast: het vertrouwen zakt niet verder dan 5.
    if s.vertrouwen < 5 then s.vertrouwen = 5 end
  end,
  choices = {
    {
      text = "U moet thuis echt meer met hem lezen.",
      tags = { "oma" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { aansluiten = -2 },
      feedback = "Een ongevraagd advies (de A van OMA), zonder te weten hoe het thuis gaat. De vader voelt zich beoordeeld als ouder.",
      next = "advies_lezen",
    },
    {
      text = "Klopt. In de klas zie ik dat hij lezen vaak ontwijkt. Hoe is dat thuis?",
      tags = { "lsd", "informeren" },
      score = { lsd = 2, aansluiten = 1 },
      feedback = "Goed: je deelt een concrete observatie en vraagt open naar de thuissituatie. Zo leg je de informatie van school en thuis naast elkaar.",
      next = "lezen_thuis",
    },
    {
      text = "Het is nog geen reden tot zorg, hoor.",
      tags = { "vaag" },
      score = { verwachtingen = -1, lsd = -1 },
      feedback = "Je zwakt af wat je net liet zien. De vader wil juist weten waar hij op moet letten. Eerlijk zijn over het lezen helpt hem meer dan geruststellen.",
      next = "na_onderwerp",
    },
  },
}

node "lezen_thuis" {
  speaker = "vader",
  mood = "verdrietig",
  text = "Thuis leest hij nooit. Ik eerlijk gezegd ook niet. Ik werk in ploegendienst in de haven. Drie avonden per week ben ik er niet, dan is hij bij mijn moeder.",
  choices = {
    {
      text = "Dan is het belangrijk dat u daar toch tijd voor maakt.",
      tags = { "oma" },
      effects = { vertrouwen = -2, spanning = 2 },
      score = { aansluiten = -2 },
      feedback = "Een verwijt aan een hardwerkende ouder. Zo voelt hij zich tekortschieten, terwijl hij hier juist zit omdat hij iets wil doen.",
      next = "na_onderwerp",
    },
    {
      text = "Dat is een drukke week, en toch zit u hier. U wilt echt iets voor hem doen.",
      tags = { "lsd" },
      effects = { vertrouwen = 2 },
      set = { ploeg_bekend = true },
      score = { lsd = 2, aansluiten = 1 },
      feedback = "Mooi: je vat zijn situatie samen zonder oordeel en benoemt zijn betrokkenheid. Voor een werkende ouder is erkenning belangrijker dan advies.",
      next = "na_onderwerp",
    },
  },
}

node "advies_lezen" {
  speaker = "vader",
  mood = "boos",
  text = "Ik werk in ploegendienst! Denkt u dat ik 's avonds nog tijd heb om te lezen?",
  choices = {
    {
      text = "Iedere ouder heeft het druk.",
      tags = { "defensief" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { aansluiten = -2 },
      feedback = "Je maakt zijn situatie kleiner en houdt vast aan je advies. Zo verlies je de vader als bondgenoot voor precies dat lezen.",
      next = "na_onderwerp",
    },
    {
      text = "Sorry, dat was niet handig gezegd. Dat wist ik niet. Hoe ziet uw week eruit?",
      tags = { "lsd" },
      effects = { spanning = -2, vertrouwen = 1 },
      set = { ploeg_bekend = true },
      score = { lsd = 2 },
      feedback = "Goed herstel: je neemt je advies terug en vraagt naar zijn werkelijkheid. Een plan voor thuis moet daarin passen.",
      next = "na_onderwerp",
    },
  },
}

-- Onderwerp 3: wat kan thuis?

node "thuis" {
  speaker = "vader",
  mood = "neutraal",
  text = function(s)
    if s.flags.ploeg_bekend then return "Wat kán ik dan doen, met mijn diensten?" end
    return "Wat moet ik dan doen? Zeg het maar."
  end,
  choices = {
    {
      text = "Daar is niet zoveel voor nodig, hoor.",
      tags = { "vaag" },
      score = { verwachtingen = -1 },
      feedback = "Te vaag. De vader vraagt om iets concreets, en je geeft hem niets om mee te beginnen.",
      next = "na_onderwerp",
    },
    {
      text = "Elke avond een half uur samen lezen, en daarna vragen stellen over de tekst.",
      tags = { "oma" },
      effects = { spanning = 1 },
      score = { aansluiten = -1 },
      feedback = "Een goed advies voor veel gezinnen, maar niet op maat: je weet niet of dit past bij zijn werk en bij {kind}. Vraag eerst wat haalbaar is.",
      next = "te_veel_thuis",
    },
    {
      text = "Wat vindt {kind} zelf leuk?",
      tags = { "lsd", "aansluiten" },
      score = { lsd = 1, aansluiten = 2 },
      feedback = "Een korte vraag met veel effect: leesplezier begint bij wat een kind interesseert, en je laat de vader de deskundige zijn over zijn zoon.",
      next = "voetbal",
    },
  },
}

node "te_veel_thuis" {
  speaker = "vader",
  mood = "gespannen",
  text = "Een half uur elke avond? Drie avonden per week sta ik in de haven.",
  choices = {
    {
      text = "Dan maken we het kleiner, zodat het wél past. Wat vindt {kind} eigenlijk leuk?",
      tags = { "aansluiten" },
      effects = { spanning = -1 },
      score = { aansluiten = 1 },
      feedback = "Goed bijgestuurd: je past je voorstel aan aan zijn werkelijkheid en zoekt aansluiting bij het kind.",
      next = "voetbal",
    },
    {
      text = "Het is echt nodig voor zijn lezen.",
      tags = { "defensief" },
      effects = { spanning = 1, vertrouwen = -1 },
      score = { aansluiten = -1 },
      feedback = "Je houdt vast aan een plan dat niet past. Een haalbaar kwartier is meer waard dan een onhaalbaar half uur.",
      next = "na_onderwerp",
    },
  },
}

node "voetbal" {
  speaker = "vader",
  mood = "blij",
  text = "Voetbal. Dat is het enige waar hij uit zichzelf over leest. Hij kent alle spelers van Feyenoord.",
  choices = {
    {
      text = "Leuk! Maar voetbal is natuurlijk geen echt lezen.",
      tags = { "oma" },
      effects = { vertrouwen = -1 },
      score = { aansluiten = -1 },
      feedback = "Jammer: je gooit de deur dicht die de vader net opende. Elke tekst die een kind graag leest, telt.",
      next = "na_onderwerp",
    },
    {
      text = "Dan beginnen we daar. Op school mag hij voetbalboeken en de sportpagina lezen. Thuis leest hij vier keer per week een kwartier, over voetbal mag. Op de avonden dat u werkt, leest hij voor aan uw moeder. En vraagt u hem af en toe wat hij heeft gelezen?",
      tags = { "afspraken", "aansluiten" },
      effects = { vertrouwen = 1, spanning = -1 },
      set = { thuisplan = true },
      score = { afspraken = 2, aansluiten = 1 },
      feedback = "Sterk: het plan sluit aan bij wat {kind} leuk vindt én bij de diensten van zijn vader. Klein, concreet en haalbaar. Zo'n plan houden gezinnen vol.",
      next = "na_onderwerp",
    },
  },
}

-- Na elk onderwerp: komt de vergelijking nog één keer terug?

node "na_onderwerp" {
  speaker = "vader",
  mood = "neutraal",
  text = function(s)
    if s.vertrouwen >= 6 then return "Oké." end
    return "Hm."
  end,
  next = function(s)
    local besproken = 0
    if s.flags.over_beleid then besproken = besproken + 1 end
    if s.flags.over_resultaten then besproken = besproken + 1 end
    if s.flags.over_thuis then besproken = besproken + 1 end
    if besproken == 1 then return "neef_terug" end
    return "vragen"
  end,
}

node "neef_terug" {
  speaker = "vader",
  mood = "gespannen",
  text = "Maar ik blijf het raar vinden. {neef} zit elke middag aan zijn huiswerk, en hij is echt goed in rekenen.",
  choices = {
    {
      text = "Misschien doet {andere_school} het gewoon beter, dat kan.",
      tags = { "meegaan" },
      effects = { vertrouwen = -1 },
      score = { verwachtingen = -1 },
      feedback = "Je ondergraaft je eigen school en je eigen uitleg. De vader wordt er niet geruster van, eerder onzekerder.",
      next = "vragen",
    },
    {
      text = "Ik ken {neef} niet, dus daar kan ik niets over zeggen. Over {kind} wel: rekenen gaat hem goed af. Waar hij echt kan groeien, is lezen.",
      tags = { "verwachtingen", "aansluiten" },
      effects = { vertrouwen = 1 },
      score = { verwachtingen = 1, aansluiten = 1 },
      feedback = "Netjes: je gaat niet in op een kind dat je niet kent, en je brengt het gesprek terug naar {kind}, met iets positiefs én een helder aandachtspunt.",
      next = "vragen",
    },
    {
      text = "Vergelijken heeft echt geen zin, meneer Martina.",
      tags = { "oma", "defensief" },
      effects = { spanning = 1 },
      score = { aansluiten = -1 },
      feedback = "Een oordeel over zijn manier van kijken. Beter: blijf zelf bij {kind} en neem de vader daarin mee.",
      next = "vragen",
    },
  },
}

---------------------------------------------------------------------------
-- Afspraken
---------------------------------------------------------------------------

node "afspraken" {
  speaker = "vader",
  mood = function(s)
    if s.spanning >= 7 then return "afwijzend" end
    return "neutraal"
  end,
  text = function(s)
    if s.flags.extra_beloofd then return "Goed. Hij krijgt dus extra werkbladen mee. Wat spreken we verder af?" end
    return "Goed. Wat spreken we dan af?"
  end,
  choices = {
    {
      text = "Zullen we {kind} er zelf ook bij betrekken?",
      when = function(s) return not s.flags.driehoek_voorgesteld end,
      tags = { "aansluiten" },
      set = { driehoek_voorgesteld = true },
      score = { aansluiten = 1 },
      feedback = "Goed idee: een kind van negen kan prima meepraten over een plan dat over hem gaat. Dan wordt het ook zíjn plan.",
      next = "driehoek",
    },
    {
      text = "Laten we eerst eens kijken hoe het gaat.",
      tags = { "vaag" },
      score = { afspraken = -1 },
      feedback = "'Kijken hoe het gaat' is geen afspraak: wie doet wat, en wanneer spreken jullie elkaar weer?",
      next = "afsluiting",
    },
    {
      text = "Mijn voorstel: ik zorg dat {kind} in de klas boeken kan lezen die hij leuk vindt. Thuis leest hij vier keer per week een kwartier. Om de twee weken laat ik u via de ouderapp weten hoe het lezen in de klas gaat. En over zes weken zitten we weer samen om te kijken of het werkt.",
      tags = { "afspraken" },
      effects = { vertrouwen = 1 },
      set = { afspraken_concreet = true },
      score = { afspraken = 3 },
      feedback = "Concreet en wederzijds: wat doet school, wat doet thuis, hoe houden jullie elkaar op de hoogte, en wanneer evalueren jullie. Dit is verwachtingsmanagement in één alinea.",
      next = "afspraak_check",
    },
    {
      text = "Ik geef hem gewoon elke dag huiswerk mee, net als op {andere_school}.",
      tags = { "meegaan", "belofte" },
      effects = { spanning = -2, vertrouwen = 1 },
      set = { extra_beloofd = true },
      score = { verwachtingen = -2, afspraken = -1 },
      feedback = "Je geeft aan het eind alsnog toe, tegen de teamafspraak in. De vader gaat tevreden weg, maar je collega's en je directeur weten van niets, en het lezen staat nergens.",
      next = "afsluiting",
    },
  },
}

node "driehoek" {
  speaker = "vader",
  mood = "verward",
  text = "Hoe bedoelt u? Hij is negen.",
  choices = {
    {
      text = "Ik stel voor dat hij volgende week een kwartiertje aansluit, samen met u. Dan vragen we hem wat hij graag leest en wat hem zou helpen. Als hij meedenkt, zet hij zich er vaak meer voor in.",
      tags = { "afspraken", "aansluiten" },
      effects = { vertrouwen = 1 },
      set = { driehoeksgesprek = true },
      score = { afspraken = 1, aansluiten = 1 },
      feedback = "Een concreet voorstel voor een driehoeksgesprek: wanneer, hoe lang, en waarom het helpt. Zo wordt het kind eigenaar van zijn eigen leesplan.",
      next = "afspraken",
    },
    {
      text = "Laat maar, het was maar een idee.",
      tags = { "vaag" },
      score = { aansluiten = -1 },
      feedback = "Je laat een goed idee vallen bij de eerste vraag. Leg kort uit wat je bedoelt; de vader vroeg alleen om uitleg.",
      next = "afspraken",
    },
  },
}

node "afspraak_check" {
  speaker = "vader",
  mood = "gespannen",
  text = "En als het na zes weken niet beter gaat?",
  choices = {
    {
      text = "Dan kijken we samen opnieuw, ook met de intern begeleider. Ik kan niet beloven dat zijn leesscore dan al omhoog is; leesplezier groeit langzaam. Maar we zien dan wel of het lezen thuis en in de klas op gang komt.",
      tags = { "verwachtingen" },
      effects = { vertrouwen = 1 },
      score = { verwachtingen = 2, afspraken = 1 },
      feedback = "Eerlijk verwachtingsmanagement: je noemt een vervolgstap, en je belooft geen resultaat dat je niet in de hand hebt. Je maakt ook duidelijk waar jullie op letten.",
      next = "afsluiting",
    },
    {
      text = "Dat gaat zeker lukken.",
      tags = { "belofte" },
      score = { verwachtingen = -1 },
      feedback = "Een belofte over een resultaat dat je niet in de hand hebt. Als het over zes weken tegenvalt, staat je geloofwaardigheid op het spel.",
      next = "afsluiting",
    },
  },
}

node "afsluiting" {
  speaker = "vader",
  mood = function(s)
    if s.spanning >= 7 then return "boos" end
    if s.vertrouwen >= 7 then return "blij" end
    return "neutraal"
  end,
  text = function(s)
    if s.spanning >= 7 then return "Ik ga erover nadenken. Maar overtuigd ben ik niet." end
    if s.vertrouwen >= 7 then return "Dank u. Ik had niet gedacht dat het hierover zou gaan, maar dit is beter dan werkbladen." end
    return "Goed. We zien wel."
  end,
  next = function(s)
    if s.spanning >= 8 or s.vertrouwen <= 1 then return "overstap" end
    if s.flags.extra_beloofd then return "eigen_beleid" end
    if s.flags.afspraken_concreet and s.vertrouwen >= 7 then return "samen_lezen" end
    return "half_overtuigd"
  end,
}

---------------------------------------------------------------------------
-- Eindes
---------------------------------------------------------------------------

ending "samen_lezen" {
  title = "Een leesplan dat past",
  outcome = "good",
  text = function(s)
    if s.flags.driehoeksgesprek then
      return "Ricardo begrijpt waarom er weinig huiswerk is, en weet wat wél helpt. Een week later zit {kind} erbij en kiest hij zelf een boek over Feyenoord. Bij de evaluatie vertelt zijn oma dat hij haar de opstellingen voorleest."
    end
    return "Ricardo begrijpt waarom er weinig huiswerk is, en weet wat wél helpt. {kind} leest vier keer per week een kwartier, ook op de avonden dat zijn vader werkt. Over zes weken kijken jullie samen hoe het gaat."
  end,
}

ending "half_overtuigd" {
  title = "Half overtuigd",
  outcome = "mixed",
  text = "Ricardo gaat naar huis met meer begrip dan hij kwam, maar zonder duidelijk plan. Thuis verandert er weinig. Over een paar maanden staat hij weer bij je, met dezelfde vraag.",
}

ending "eigen_beleid" {
  title = "Buiten de teamafspraak",
  outcome = "bad",
  -- afwijken van de teamafspraak: hooguit voldoende
  grade_cap = "voldoende",
  text = "Ricardo is tevreden: {kind} krijgt extra werk mee. Een week later vraagt een andere ouder waarom haar kind dat niet krijgt. Je directeur wil weten waarom je afwijkt van de afspraak. En het lezen, waar het echt om ging, is nergens besproken.",
}

ending "overstap" {
  title = "Op weg naar een andere school",
  outcome = "bad",
  text = "Ricardo vertrekt met het gevoel dat de school zijn zoon tekortdoet. Een week later vraagt hij een rondleiding aan op {andere_school}. Zijn zorg over {kind}s kansen heeft niemand gehoord.",
}

---------------------------------------------------------------------------
-- Testplannen
---------------------------------------------------------------------------

plan "beste_pad" {
  choices = "3,1,2,1,2,2,2,1,3,3,1,3,2,1,1,1,2,1",
  ending = "samen_lezen",
  outcome = "good",
  grade = "goed",
  overall = 1,
}

plan "slechtste_pad" {
  choices = "1,2,2",
  ending = "overstap",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0,
}

plan "middenpad" {
  choices = "3,1,2,2,3,3,2,1,2,2,2,2",
  ending = "half_overtuigd",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.638,
}

plan "meegaan_pad" {
  choices = "4,1,2,2,2,1,1,1,1,2,2,2,3,1",
  ending = "eigen_beleid",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0.153,
}

plan "stilte_pad" {
  choices = "3,t,2,1,2,2,2,1,3,3,1,3,2,1,1,1,2,1",
  ending = "samen_lezen",
  outcome = "good",
  grade = "goed",
  overall = 1,
}
