-- Huiswerk: "Op De Regenboog krijgen ze elke dag huiswerk"
-- Verwachtingsmanagement: een vader vindt dat zijn zoon te weinig huiswerk krijgt en
-- vergelijkt met de school van zijn neefje. Oefent: luisteren naar de zorg achter de vraag,
-- het huiswerkbeleid helder uitleggen zonder jargon, een grens houden, aansluiten bij de
-- thuissituatie (die de student in het gesprek ontdekt) en concreet afspreken.

scenario {
  id = "huiswerk",
  version = 3,
  title = "Te weinig huiswerk?",
  language = "nl",
  tags = { "verwachtingsmanagement", "huiswerk", "vergelijken", "werkende ouder", "groep 6" },
  level = 2,
  minutes = 15,
  summary = "Ricardo Martina vindt dat zijn zoon Quincy te weinig huiswerk krijgt: op De Regenboog krijgt zijn neefje elke dag huiswerk. Jij zoekt uit wat hij echt wil, legt het beleid uit en maakt een plan dat thuis haalbaar is.",
  briefing = [[Je bent leerkracht van groep 6 van basisschool De Esdoorn. Het is november.

Ricardo Martina heeft om een gesprek gevraagd "over het huiswerk". Hij voedt zijn zoon Quincy (9) grotendeels alleen op. Je hebt hem tot nu toe alleen kort bij het hek gezien.

Quincy is een vrolijke, sportieve jongen. Rekenen gaat goed (boven het gemiddelde), spelling is gemiddeld. Begrijpend lezen is sinds groep 5 gezakt tot onder het gemiddelde. In de klas ontwijkt hij lezen; hij praat het liefst over voetbal.

Het huiswerkbeleid van jullie school, in het team afgesproken: in groep 6 één leestaak per week en af en toe iets leren voor een toets (zoals topografie). Huiswerk is bedoeld om te oefenen en te leren plannen, niet om nieuwe stof te leren. In groep 7 en 8 wordt het stap voor stap meer. Thuis (voor)lezen vindt de school wél heel belangrijk.

Wat je niet weet: waarom Ricardo zo hecht aan huiswerk.

Jouw doel: luister naar de zorg achter de vraag, leg het beleid helder uit zonder jargon en zonder de andere school af te kraken, houd je aan de teamafspraak, en maak concrete afspraken die passen bij de thuissituatie.]],
  goals = {
    "Je zoekt uit welke zorg achter de vraag om meer huiswerk zit.",
    "Je legt het huiswerkbeleid in gewone taal uit en houdt vriendelijk vast aan de teamafspraak.",
    "Je vergelijkt niet met de andere school, maar blijft bij dit kind.",
    "Je maakt een concreet plan dat past bij de thuissituatie, met een evaluatiemoment.",
  },
  vars = { kind = "Quincy", neef = "Dylan", andere_school = "De Regenboog", groep = 6 },
  start = "begin",
}

character "vader" {
  name = "Ricardo Martina",
  role = "vader van Quincy",
  portrait = { skin = 5, hair = "kort", hair_color = "#111111", beard = true, age = "middel", shirt = "#1f5f8b" },
}

-- Tempo: vertrouwen stijgt hooguit 1 per beurt, vooral als Ricardo merkt
-- dat je zijn zoon kent en zijn situatie serieus neemt; uitleg over beleid
-- alleen doet het niet. Hij komt met een vergelijking en wat wantrouwen
-- binnen en eindigt op het beste pad op 8 ("dit is beter dan werkbladen").
-- Spanning loopt op bij verdedigen, vergelijken en adviezen zonder te weten
-- hoe het thuis gaat.
meter "vertrouwen" { label = "Vertrouwen", min = 0, max = 10, start = 4, visible = true }
meter "spanning" { label = "Spanning", min = 0, max = 10, start = 5, visible = false }

-- max = de score van het modelpad (plan "beste_pad"). Zonder max telt de
-- analyse ook omwegen mee die in één competentie meer opleveren en in een
-- andere kosten; dan haalt het modelpad geen 100%.
competency "lsd" { label = "Luisteren, samenvatten, doorvragen", weight = 2, max = 11 }
competency "verwachtingen" { label = "Verwachtingen expliciet maken", weight = 2, max = 8 }
competency "aansluiten" { label = "Aansluiten bij de ouder", weight = 2, max = 13 }
competency "afspraken" { label = "Concrete afspraken maken", weight = 1, max = 7 }

local function besproken(s)
  local n = 0
  if s.flags.over_beleid then n = n + 1 end
  if s.flags.over_resultaten then n = n + 1 end
  if s.flags.over_thuis then n = n + 1 end
  return n
end

---------------------------------------------------------------------------
-- Opening: de vergelijking
---------------------------------------------------------------------------

node "begin" {
  speaker = "vader",
  mood = "gespannen",
  text = "Ik zal maar meteen zeggen waarom ik kom. {kind} krijgt bijna geen huiswerk. Mijn neefje {neef} zit op {andere_school}, ook groep 6, en die krijgt elke dag huiswerk. Die kinderen lopen straks gewoon voor.",
  choices = {
    {
      text = "Daar heeft u een punt. Ik kan hem wel wat extra werkbladen meegeven.",
      tags = { "meegaan" },
      effects = { spanning = -2 },
      set = { extra_beloofd = true },
      score = { verwachtingen = -2 },
      feedback = "Je gaat meteen mee in de vraag, zonder te weten wat erachter zit, en je wijkt af van de afspraak in je team. Zo beloof je iets wat je collega's niet doen, en weet je nog steeds niet wat deze vader nodig heeft.",
      next = "extra_werk",
    },
    {
      text = "Wij hebben daar bewust voor gekozen. Uit onderzoek blijkt dat huiswerk op de basisschool weinig oplevert, zeker in groep 6.",
      tags = { "defensief", "uitleg" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { lsd = -1, aansluiten = -1 },
      feedback = "Misschien klopt het, maar je begint met een weerwoord. De vader komt met een zorg en krijgt een college. 'Boven-tegen' op de Roos van Leary: hij gaat nu zijn gelijk verdedigen.",
      next = "onderzoek",
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
      text = "Elke school doet het anders. Dat zegt niet zoveel.",
      tags = { "vergelijken" },
      effects = { spanning = 1 },
      score = { aansluiten = -1 },
      feedback = "Je wuift de vergelijking weg. Voor de vader zegt het juist wél iets: hij ziet een verschil en maakt zich zorgen. Zoek eerst uit wat die zorg is.",
      next = "andere_school",
    },
  },
}

node "onderzoek" {
  speaker = "vader",
  mood = "boos",
  text = "Onderzoek. Ik zie gewoon dat mijn neefje verder is dan mijn zoon.",
  choices = {
    {
      text = "Dat is één voorbeeld, meneer Martina. Daar kun je niets uit concluderen.",
      tags = { "defensief" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { lsd = -1, aansluiten = -1 },
      feedback = "Inhoudelijk correct, relationeel schadelijk. Je wint de discussie en verliest de vader. Tegen roept tegen op.",
      next = "overstap_dreiging",
    },
    {
      text = "U ziet het verschil met uw neefje, en dat maakt u ongerust.",
      tags = { "lsd" },
      effects = { spanning = -2 },
      score = { lsd = 1 },
      feedback = "Goed hersteld: je laat het onderzoek los en gaat naar zijn ervaring en zijn gevoel. Nu kan hij vertellen wat hem bezighoudt.",
      next = "zorg",
    },
    {
      text = "Dat kan, maar dat hoeft niet aan het huiswerk te liggen. Kinderen ontwikkelen zich in een verschillend tempo, ook in dezelfde familie.",
      tags = { "uitleg" },
      effects = { spanning = 1 },
      score = { lsd = -1 },
      feedback = "Waar, maar je blijft argumenteren. Hij hoort: uw zoon is gewoon wat langzamer. Vraag liever wat hem ongerust maakt.",
      next = "zorg",
    },
  },
}

node "andere_school" {
  speaker = "vader",
  mood = "afwijzend",
  text = "Dus u zegt dat {andere_school} het fout doet?",
  choices = {
    {
      text = "Nee, dat zeg ik niet. U vraagt zich vooral af of {kind} hier genoeg leert.",
      tags = { "lsd" },
      effects = { spanning = -1 },
      score = { lsd = 1 },
      feedback = "Mooi: je stapt uit de vergelijking en benoemt de vraag eronder. Daarmee breng je het gesprek terug bij zijn kind.",
      next = "zorg",
    },
    {
      text = "Ik zeg alleen dat elke school eigen keuzes maakt.",
      tags = { "defensief" },
      effects = { spanning = 2 },
      score = { aansluiten = -1 },
      feedback = "Je herhaalt je standpunt in plaats van te onderzoeken wat hij bedoelt. Het gesprek wordt een discussie over scholen, niet over {kind}.",
      next = "overstap_dreiging",
    },
    {
      text = "Nee hoor. Op {andere_school} hebben ze vast goede redenen, en wij hebben die ook. Het zijn gewoon twee verschillende visies op leren.",
      tags = { "vergelijken" },
      effects = { spanning = 1 },
      score = { aansluiten = -1 },
      feedback = "Diplomatiek, maar het blijft een gesprek over scholen en visies. Zijn vraag gaat over {kind}.",
      next = "overstap_dreiging",
    },
  },
}

node "overstap_dreiging" {
  speaker = "vader",
  mood = "boos",
  text = "Misschien moet ik hem daar dan maar naartoe doen.",
  choices = {
    {
      text = "Dat is natuurlijk uw keuze.",
      tags = { "defensief" },
      effects = { spanning = 1, vertrouwen = -2 },
      score = { lsd = -1, aansluiten = -1 },
      feedback = "Formeel waar, maar je laat hem gaan zonder te weten waarom hij zo ontevreden is. Een dreigement is meestal een noodkreet: vraag ernaar.",
      next = "overstap",
    },
    {
      text = "Dat is een grote stap. Wat maakt dat u denkt dat hij hier tekortkomt?",
      tags = { "lsd" },
      effects = { spanning = -2 },
      score = { lsd = 1, aansluiten = 1 },
      feedback = "Knap: je laat je niet uitdagen door het dreigement, maar hoort de wanhoop erin en vraagt door. Zo haal je de angel eruit.",
      next = "zorg",
    },
    {
      text = "Dat zou ik jammer vinden: {kind} heeft het hier naar zijn zin, met al zijn vriendjes. Een overstap halverwege het jaar is voor een kind ook niet niks.",
      tags = { "overtuigen" },
      effects = { spanning = 1 },
      score = { aansluiten = -1 },
      feedback = "Begrijpelijk, maar je probeert hem om te praten in plaats van te begrijpen waarom hij dit overweegt.",
      next = "zorg",
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
      text = "Wacht, ik ga te snel. Voordat ik iets toezeg: wat maakt dat u dit zo belangrijk vindt?",
      tags = { "lsd", "verwachtingen" },
      effects = { vertrouwen = -1 },
      set = { extra_beloofd = false },
      score = { lsd = 1, verwachtingen = 1 },
      feedback = "Goed dat je jezelf corrigeert. Het kost even sfeer, maar je voorkomt een belofte die je niet kunt waarmaken, en je vraagt door naar de zorg.",
      next = "zorg",
    },
    {
      text = "Niet elke dag, maar ik kan hem wel twee of drie keer per week iets extra's meegeven, als hij dat zelf ook wil.",
      tags = { "meegaan" },
      score = { verwachtingen = -1 },
      feedback = "Je onderhandelt over de hoeveelheid, maar het blijft extra werk buiten de teamafspraak, en je weet nog niet wat de vader eigenlijk zoekt.",
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
  -- Stilte als doorvraag: telt als de open vraag hieronder.
  timeout = {
    seconds = 15,
    next = "eigen_verhaal",
    score = { lsd = 2 },
    tags = { "stilte" },
    feedback = "Sterk: je liet de stilte vallen. 'Dat hij later kan kiezen' klonk als een zin die nog niet af was. Jouw zwijgen werkte als een open doorvraag (de D van LSD): de vader vertelde zelf waar zijn zorg vandaan komt.",
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
      feedback = "Geruststellen zonder te weten waar de zorg over gaat (een mening, OMA). En het klopt ook niet helemaal: zijn lezen gaat achteruit.",
      next = "prima_reactie",
    },
    {
      text = "Hoe ziet u dat voor zich, meer huiswerk?",
      tags = { "doorvragen" },
      score = { lsd = 1 },
      feedback = "Een redelijke vraag, maar je gaat naar zijn oplossing (huiswerk) in plaats van naar zijn zorg (dat hij later kan kiezen). Zo blijft het gesprek over werkbladen gaan.",
      next = "wens",
    },
    {
      text = "Kansen krijgt hij hier zeker. Elk kind krijgt bij ons het advies dat bij hem past, en in groep 8 kijken we samen met u naar de beste vervolgschool.",
      tags = { "informeren" },
      score = { lsd = -1 },
      feedback = "Je springt naar groep 8 en het schooladvies, terwijl hij nog niet heeft verteld waarom dit hem zo bezighoudt. Zijn zin was nog niet af.",
      next = "prima_reactie",
    },
  },
}

node "prima_reactie" {
  speaker = "vader",
  mood = "afwijzend",
  text = "Dat zeggen ze altijd. En dan blijkt het later toch tegen te vallen. Ik heb het zelf meegemaakt.",
  choices = {
    {
      text = "Wat heeft u zelf meegemaakt?",
      tags = { "lsd", "doorvragen" },
      effects = { spanning = -1 },
      score = { lsd = 1 },
      feedback = "Goed: je pakt zijn laatste zin op en vraagt door. Zo komt het verhaal onder de vraag alsnog boven.",
      next = "eigen_verhaal",
    },
    {
      text = "Echt, u hoeft zich geen zorgen te maken. Hij is een slimme jongen.",
      tags = { "oma" },
      effects = { spanning = 1 },
      score = { lsd = -1 },
      feedback = "Hij zei net dat geruststelling hem niet helpt, en jij stelt opnieuw gerust. Zijn verhaal ('ik heb het zelf meegemaakt') blijft liggen.",
      next = "vragen",
    },
    {
      text = "Dat het tegenvalt, wil ik ook voorkomen. Over zijn lezen wil ik het zo met u hebben.",
      tags = { "verwachtingen" },
      score = { verwachtingen = 1 },
      feedback = "Eerlijk dat je het lezen aankondigt. Maar hij bood je net zijn eigen verhaal aan, en dat laat je liggen.",
      next = "vragen",
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
      text = "U weet wat het kost als niemand meekijkt. Dat wilt u voor {kind} anders.",
      tags = { "lsd" },
      effects = { vertrouwen = 1 },
      set = { kansen_gehoord = true },
      score = { lsd = 2, aansluiten = 1 },
      feedback = "Raak samengevat: je verbindt zijn eigen verhaal met zijn wens voor {kind}, zonder oordeel. Nu weet je waar het om draait: kansen, niet werkbladen.",
      next = "kansen",
    },
    {
      text = "Het vmbo is toch ook een prima opleiding?",
      tags = { "oma" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { lsd = -1, aansluiten = -2 },
      feedback = "Hij vertelt iets persoonlijks en pijnlijks, en jij reageert met een mening over het vmbo. Het gaat hem niet om het niveau, maar om gemiste kansen.",
      next = "vmbo_prima",
    },
    {
      text = "Wat goed dat u dat zo open vertelt. Daarom is het zo belangrijk dat school en ouders goed samenwerken, zodat {kind} alle kansen krijgt die hij verdient.",
      tags = { "algemeen" },
      set = { kansen_gehoord = true },
      score = { aansluiten = 1 },
      feedback = "Warm en waar, maar je maakt van zijn verhaal een algemene zin over samenwerking. Hij vertelde over zichzelf; laat merken dat je dát hoorde.",
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
      text = "Dat was niet handig van mij. Het gaat u niet om het niveau, maar dat {kind} kan kiezen.",
      tags = { "lsd" },
      effects = { spanning = -2 },
      set = { kansen_gehoord = true },
      score = { lsd = 1 },
      feedback = "Goed herstel: je erkent je misser en vat samen wat hij wél bedoelt. Zo krijgt hij weer het gevoel dat je naast hem staat.",
      next = "kansen",
    },
    {
      text = "Ik bedoel alleen dat elk niveau waardevol is.",
      tags = { "defensief" },
      effects = { spanning = 1 },
      score = { aansluiten = -1 },
      feedback = "Je verdedigt je bedoeling in plaats van het effect te erkennen. De vader voelt zich niet begrepen, en dat neemt hij mee de rest van het gesprek in.",
      next = "vragen",
    },
    {
      text = "Dat klopt, maar ik ken ook veel vmbo-leerlingen die het later heel goed hebben gedaan, via het mbo en soms zelfs het hbo.",
      tags = { "defensief", "oma" },
      effects = { spanning = 1 },
      score = { aansluiten = -1 },
      feedback = "Je blijft je punt over het vmbo verdedigen met voorbeelden. Maar hij vertelde over gemiste kansen, niet over wat het vmbo waard is.",
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
      text = "Dus het gaat u erom dat hij leert doorzetten, voor later.",
      tags = { "lsd" },
      set = { kansen_gehoord = true },
      score = { lsd = 1 },
      feedback = "Goed: je vat samen wat achter het werkblad zit (doorzetten, toekomst). Nu kun je straks over dát doel praten, in plaats van over de middelen.",
      next = "kansen",
    },
    {
      text = "Dat begrijp ik. Doorzetten leert hij bij ons ook, bijvoorbeeld bij de weektaak die hij zelf moet plannen. Dat is eigenlijk ook een soort huiswerk.",
      tags = { "uitleg" },
      score = { verwachtingen = 1, lsd = -1 },
      feedback = "Een goede uitleg, en hij hoort dat de school ook aan doorzetten werkt. Maar je weet nog niet waarom 'later' hem zo bezighoudt.",
      next = "vragen",
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
    local n = besproken(s)
    if n == 0 then return "Nou, vertel het maar." end
    if n == 1 then return "Oké. Maar daarmee ben ik er nog niet." end
    if n == 2 then return "Goed. Is er nog iets?" end
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
      when = function(s) return besproken(s) >= 2 end,
      tags = { "afspraken" },
      feedback = function(s)
        if besproken(s) < 3 then
          return "Je gaat naar de afspraken terwijl een onderwerp nog niet aan bod kwam. Ga na of alles wat de vader bezighoudt besproken is."
        end
        return "Alle drie de onderwerpen zijn besproken: tijd voor afspraken."
      end,
      next = "afspraken",
    },
  },
}

-- Onderwerp 1: het beleid

node "beleid" {
  speaker = "vader",
  mood = "gespannen",
  text = "Leg dan maar eens uit waarom jullie zo weinig opgeven. Op {andere_school} kan het toch ook?",
  -- Een stilte die kost: hij vraagt om uitleg.
  timeout = {
    seconds = 15,
    next = "beleid_reactie",
    score = { verwachtingen = -1 },
    effects = { spanning = 1 },
    tags = { "stilte" },
    feedback = "Hij vroeg om uitleg, en kreeg stilte. Dat klinkt alsof er geen reden is. Een korte uitleg in gewone woorden was hier nodig.",
  },
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
      text = "In groep 6 bouwen we het rustig op: één leestaak per week en soms iets leren voor een toets. Hij leert vooral plannen. Nieuwe stof leg ik in de klas uit, waar ik kan helpen.",
      tags = { "verwachtingen" },
      effects = { spanning = -1 },
      score = { verwachtingen = 2 },
      feedback = "Heldere uitleg in gewone taal: wat en waarom. Je maakt de verwachting concreet zonder de andere school te noemen.",
      next = "beleid_reactie",
    },
    {
      text = "Uit onderzoek, onder andere van Hattie, blijkt dat de effectgrootte van huiswerk in het primair onderwijs gering is. Daarom kiezen we voor een geleidelijke opbouw.",
      tags = { "jargon" },
      effects = { spanning = 1 },
      score = { verwachtingen = -1, aansluiten = -1 },
      feedback = "Vakjargon (effectgrootte) en een naam die de vader niet kent. Hij voelt zich eerder dom dan overtuigd. Zeg in gewone woorden wat jullie doen en waarom.",
      next = "beleid_jargon",
    },
  },
}

node "beleid_jargon" {
  speaker = "vader",
  mood = "afwijzend",
  text = "Hattie? Ik weet niet wie dat is. Ik weet alleen dat mijn neefje meer doet.",
  choices = {
    {
      text = "Sorry, dat zei ik ingewikkeld. In groep 6 krijgt hij één leestaak per week en soms iets te leren voor een toets. Hij leert vooral plannen.",
      tags = { "verwachtingen" },
      score = { verwachtingen = 1 },
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
    {
      text = "Hattie is een onderzoeker die heel veel studies naast elkaar legde. Daaruit blijkt dat huiswerk op de basisschool weinig effect heeft.",
      tags = { "uitleg" },
      effects = { spanning = 1 },
      score = { aansluiten = -1 },
      feedback = "Je legt de naam uit in plaats van wat jullie doen. Hij wil weten wat zijn zoon krijgt, niet wie Hattie is.",
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
      effects = { spanning = -2 },
      set = { extra_beloofd = true },
      score = { verwachtingen = -2 },
      feedback = "Je geeft je net uitgelegde beleid meteen weer op. Dat maakt je uitleg ongeloofwaardig, en je gaat buiten de teamafspraak. Een grens houden mag vriendelijk, maar moet wel.",
      next = "na_onderwerp",
    },
    {
      text = "Extra werkbladen geef ik niet: dat is een teamafspraak, en ik denk niet dat het hem het meest helpt. Wel is er iets waar thuis oefenen echt verschil maakt.",
      tags = { "verwachtingen", "ik-boodschap" },
      set = { grens = true },
      score = { verwachtingen = 2, aansluiten = 1 },
      feedback = "Een vriendelijke, duidelijke grens: je erkent zijn wens, zegt eerlijk wat je niet doet en waarom, en biedt een perspectief. 'Boven-samen': stevig en verbonden.",
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
      text = "Ik snap dat u meer wilt. Ik kan kijken of er op het oefenplatform van school nog wat extra oefeningen staan die hij thuis kan maken, als hij daar zin in heeft.",
      tags = { "meegaan", "vaag" },
      score = { verwachtingen = -1, aansluiten = 1 },
      feedback = "Vriendelijk, maar je schuift de grens toch op, en vaag: 'kijken of', 'als hij zin heeft'. Hij hoort: er komt extra werk.",
      next = "na_onderwerp",
    },
  },
}

-- Onderwerp 2: waar staat het kind?

node "resultaten" {
  speaker = "vader",
  mood = "verward",
  text = "(Je laat het overzicht zien en legt het in gewone woorden uit.) Dus rekenen gaat goed, boven het gemiddelde... maar lezen is gezakt?",
  choices = {
    {
      text = "Klopt. In de klas zie ik dat hij lezen vaak ontwijkt. Hoe is dat thuis?",
      tags = { "lsd", "informeren" },
      score = { lsd = 2, aansluiten = 1 },
      feedback = "Goed: je deelt een concrete observatie en vraagt open naar de thuissituatie. Zo leg je de informatie van school en thuis naast elkaar.",
      next = "lezen_thuis",
    },
    {
      text = "U moet thuis echt meer met hem lezen.",
      tags = { "oma" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { aansluiten = -2 },
      feedback = "Een ongevraagd advies (de A van OMA), zonder te weten hoe het thuis gaat. De vader voelt zich beoordeeld als ouder.",
      next = "advies_lezen",
    },
    {
      text = "Het is nog geen reden tot zorg, hoor.",
      tags = { "vaag" },
      score = { verwachtingen = -1, lsd = -1 },
      feedback = "Je zwakt af wat je net liet zien. De vader wil juist weten waar hij op moet letten. Eerlijk zijn over het lezen helpt hem meer dan geruststellen.",
      next = "na_onderwerp",
    },
    {
      text = "Ja. Begrijpend lezen is sinds groep 5 gedaald tot net onder het gemiddelde, terwijl spelling gemiddeld is en rekenen erboven zit. Dat patroon zien we vaker bij jongens van zijn leeftijd.",
      tags = { "informeren" },
      score = { verwachtingen = 1, lsd = -1 },
      feedback = "Feitelijk en eerlijk, maar je eindigt met een algemeenheid over 'jongens' en vraagt niet hoe het thuis gaat. Juist daar zit de sleutel.",
      next = "na_onderwerp",
    },
  },
}

node "lezen_thuis" {
  speaker = "vader",
  mood = "verdrietig",
  text = "Thuis leest hij nooit. Ik eerlijk gezegd ook niet. Ik werk in ploegendienst in de haven. Drie avonden per week ben ik er niet, dan is hij bij mijn moeder.",
  set = { ploeg_bekend = true },
  choices = {
    {
      text = "Dan is het belangrijk dat u daar toch tijd voor maakt.",
      tags = { "oma" },
      effects = { vertrouwen = -1, spanning = 2 },
      score = { aansluiten = -2 },
      feedback = "Een verwijt aan een hardwerkende ouder. Zo voelt hij zich tekortschieten, terwijl hij hier juist zit omdat hij iets wil doen.",
      next = "na_onderwerp",
    },
    {
      text = "Drie avonden weg, en toch zit u hier. U wilt echt iets voor hem doen.",
      tags = { "lsd" },
      effects = { vertrouwen = 1 },
      score = { lsd = 2, aansluiten = 1 },
      feedback = "Mooi: je vat zijn situatie samen zonder oordeel en benoemt zijn betrokkenheid. Voor een werkende ouder is erkenning belangrijker dan advies.",
      next = "na_onderwerp",
    },
    {
      text = "Dat is een zware combinatie. Misschien kan uw moeder op die avonden met hem lezen? Dat doen wel meer grootouders, en kinderen vinden dat vaak heel gezellig.",
      tags = { "oma", "praktisch" },
      score = { aansluiten = 1 },
      feedback = "Een praktisch idee, en het kan goed werken. Maar je springt meteen naar een oplossing; eerst laten merken dat je hoort hoe hij zich inzet, maakt hem een partner.",
      next = "na_onderwerp",
    },
  },
}

node "advies_lezen" {
  speaker = "vader",
  mood = "boos",
  text = "Ik werk in ploegendienst! Denkt u dat ik 's avonds nog tijd heb om te lezen?",
  set = { ploeg_bekend = true },
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
      text = "Sorry, dat wist ik niet. Hoe ziet uw week eruit?",
      tags = { "lsd" },
      effects = { spanning = -2 },
      score = { lsd = 1 },
      feedback = "Goed herstel: je neemt je advies terug en vraagt naar zijn werkelijkheid. Een plan voor thuis moet daarin passen.",
      next = "na_onderwerp",
    },
    {
      text = "Dat begrijp ik, maar het hoeft niet lang te zijn. Een kwartiertje voor het slapengaan is al genoeg, en dat kan ook op uw vrije avonden of in het weekend.",
      tags = { "oma" },
      effects = { spanning = 1 },
      score = { aansluiten = -1 },
      feedback = "Je verkleint het advies, maar je houdt eraan vast en vraagt niet hoe zijn week eruitziet. 'Ik begrijp het, maar' klinkt hem niet als begrip.",
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
      text = "Wat vindt {kind} zelf leuk?",
      tags = { "lsd", "aansluiten" },
      score = { lsd = 1, aansluiten = 2 },
      feedback = "Een korte vraag met veel effect: leesplezier begint bij wat een kind interesseert, en je laat de vader de deskundige zijn over zijn zoon.",
      next = "voetbal",
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
      text = "Daar is niet zoveel voor nodig, hoor.",
      tags = { "vaag" },
      score = { verwachtingen = -1 },
      feedback = "Te vaag. De vader vraagt om iets concreets, en je geeft hem niets om mee te beginnen.",
      next = "na_onderwerp",
    },
    {
      text = "Er is veel wat helpt: samen lezen, voorlezen, luisterboeken, de bibliotheek, ondertiteling aan bij de tv. Kijkt u maar wat bij u past.",
      tags = { "opsomming" },
      score = { aansluiten = 1 },
      feedback = "Goede tips, en hij mag kiezen. Maar een lijst van vijf dingen zonder te weten wat {kind} leuk vindt, blijft vrijblijvend.",
      next = "na_onderwerp",
    },
  },
}

node "te_veel_thuis" {
  speaker = "vader",
  mood = "gespannen",
  text = function(s)
    if s.flags.ploeg_bekend then return "Een half uur elke avond? Ik zei net dat ik drie avonden per week in de haven sta." end
    return "Een half uur elke avond? Ik werk in ploegendienst. Drie avonden per week sta ik in de haven."
  end,
  set = { ploeg_bekend = true },
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
    {
      text = "Dan doet u het op de andere avonden. Vier avonden per week is ook al heel mooi, als u het maar volhoudt.",
      tags = { "oma" },
      score = { aansluiten = -1 },
      feedback = "Je schuift met de avonden, maar het plan blijft van jou, niet van hem en {kind}. Vraag wat past en wat zijn zoon leuk vindt.",
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
      text = function(s)
        if s.flags.ploeg_bekend then
          return "Dan beginnen we daar. In de klas mag hij voetbalboeken lezen. Thuis leest hij vier keer per week een kwartier, over voetbal mag. Op uw werkavonden bij oma."
        end
        return "Dan beginnen we daar. In de klas mag hij voetbalboeken lezen. Thuis leest hij vier keer per week een kwartier, over voetbal mag. Past dat bij uw week?"
      end,
      tags = { "afspraken", "aansluiten" },
      effects = { spanning = -1 },
      set = { thuisplan = true },
      score = { afspraken = 2, aansluiten = 1 },
      feedback = "Sterk: het plan sluit aan bij wat {kind} leuk vindt en bij de week van zijn vader. Klein, concreet en haalbaar. Zo'n plan houden gezinnen vol.",
      next = "na_onderwerp",
    },
    {
      text = "Wat leuk! Voetbalverhalen, de sportpagina: alles telt. Ik geef u een lijstje met voetbalboeken.",
      tags = { "aansluiten" },
      score = { aansluiten = 1 },
      feedback = "Precies de goede richting, en het lijstje helpt. Maar er is nog geen afspraak: wanneer leest hij, en hoe vaak?",
      next = "na_onderwerp",
    },
  },
}

-- Na het eerste onderwerp komt de vergelijking nog één keer terug.

node "na_onderwerp" {
  speaker = "vader",
  mood = "neutraal",
  text = function(s)
    if s.vertrouwen >= 6 then return "Oké." end
    return "Hm."
  end,
  next = function(s)
    if besproken(s) == 1 then return "neef_terug" end
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
      text = "{neef} ken ik niet. Over {kind} wel: rekenen gaat hem goed af. Waar hij kan groeien, is lezen.",
      tags = { "verwachtingen", "aansluiten" },
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
    {
      text = "Dat kan best. Maar {kind} rekent ook prima, dus wat dat betreft hoeft u zich geen zorgen te maken: hij doet echt niet onder voor zijn neefje.",
      tags = { "vergelijken" },
      feedback = "Geruststellend, maar je gaat toch mee in de vergelijking: nu is {neef} de maat. Blijf bij {kind}, en noem ook het lezen.",
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
    if s.flags.driehoeksgesprek then return "Goed, met hem erbij dan. En verder?" end
    return "Goed. Wat spreken we dan af?"
  end,
  choices = {
    {
      text = "Laten we eerst eens kijken hoe het gaat.",
      tags = { "vaag" },
      score = { afspraken = -1 },
      feedback = "'Kijken hoe het gaat' is geen afspraak: wie doet wat, en wanneer spreken jullie elkaar weer?",
      next = "afsluiting",
    },
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
      text = "Mijn voorstel: in de klas leest hij boeken die hij leuk vindt, thuis vier keer per week een kwartier. Elke twee weken hoort u van mij hoe het gaat, en over zes weken evalueren we.",
      tags = { "afspraken" },
      effects = { vertrouwen = 1 },
      set = { afspraken_concreet = true },
      score = { afspraken = 3 },
      feedback = "Concreet en wederzijds: wat doet school, wat doet thuis, hoe houden jullie elkaar op de hoogte, en wanneer evalueren jullie.",
      next = "afspraak_check",
    },
    {
      text = "Ik geef hem gewoon elke dag huiswerk mee, net als op {andere_school}.",
      tags = { "meegaan", "belofte" },
      effects = { spanning = -2 },
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
      text = "Laat maar, het was maar een idee.",
      tags = { "vaag" },
      score = { aansluiten = -1 },
      feedback = "Je laat een goed idee vallen bij de eerste vraag. Leg kort uit wat je bedoelt; de vader vroeg alleen om uitleg.",
      next = "afspraken",
    },
    {
      text = "Volgende week sluit hij een kwartiertje aan. Dan vragen we wat hij graag leest. Als hij meedenkt, zet hij zich er meer voor in.",
      tags = { "afspraken", "aansluiten" },
      set = { driehoeksgesprek = true },
      score = { afspraken = 1, aansluiten = 1 },
      feedback = "Een concreet voorstel voor een driehoeksgesprek: wanneer, hoe lang, en waarom het helpt. Zo wordt het kind eigenaar van zijn eigen leesplan.",
      next = "afspraken",
    },
    {
      text = "Kinderen van negen kunnen goed meedenken. Dat heet eigenaarschap, en daar werken we op school veel aan.",
      tags = { "uitleg" },
      feedback = "Klopt, maar je legt een begrip uit in plaats van een voorstel te doen. Wanneer, hoe lang, waarover?",
      next = "afspraken",
    },
  },
}

node "afspraak_check" {
  speaker = "vader",
  mood = "gespannen",
  text = "En als het na zes weken niet beter gaat?",
  -- Een stilte die kost: een vader die net een plan kreeg, vraagt wat er
  -- gebeurt als het niet werkt.
  timeout = {
    seconds = 15,
    next = "afsluiting",
    score = { verwachtingen = -1 },
    effects = { vertrouwen = -1 },
    tags = { "stilte" },
    feedback = "Hij vroeg wat er gebeurt als het plan niet werkt, en je zweeg. Voor een vader die bang is dat niemand meekijkt, is dat precies het verkeerde signaal.",
  },
  choices = {
    {
      text = "Dat gaat zeker lukken.",
      tags = { "belofte" },
      score = { verwachtingen = -1 },
      feedback = "Een belofte over een resultaat dat je niet in de hand hebt. Als het over zes weken tegenvalt, staat je geloofwaardigheid op het spel.",
      next = "afsluiting",
    },
    {
      text = "Dan kijken we opnieuw, ook met de intern begeleider. Beloven dat zijn score dan al stijgt, kan ik niet; leesplezier groeit langzaam.",
      tags = { "verwachtingen" },
      score = { verwachtingen = 2, afspraken = 1 },
      feedback = "Eerlijk verwachtingsmanagement: je noemt een vervolgstap, en je belooft geen resultaat dat je niet in de hand hebt.",
      next = "afsluiting",
    },
    {
      text = "Dan kijken we naar extra hulp, zoals een leesprogramma, of laten we hem testen op dyslexie.",
      tags = { "verwachtingen" },
      effects = { spanning = 1 },
      score = { afspraken = 1 },
      feedback = "Een vervolgstap, dat is goed. Maar na zes weken al over testen op dyslexie beginnen, maakt hem ongerust zonder reden. Leesplezier groeit langzaam; zeg dat erbij.",
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
      return "Ricardo begrijpt waarom er weinig huiswerk is, en weet wat wél helpt. Een week later zit {kind} erbij en kiest hij zelf een boek over Feyenoord. Bij de evaluatie vertelt Ricardo dat {kind} hem 's avonds de opstellingen voorleest."
    end
    return "Ricardo begrijpt waarom er weinig huiswerk is, en weet wat wél helpt. {kind} leest vier keer per week een kwartier. Over zes weken kijken jullie samen hoe het gaat."
  end,
}

ending "half_overtuigd" {
  title = "Half overtuigd",
  outcome = "mixed",
  text = "Ricardo gaat naar huis met meer begrip dan hij kwam, maar zonder plan waar hij echt in gelooft. Thuis verandert er weinig. Over een paar maanden staat hij weer bij je, met dezelfde vraag.",
}

ending "eigen_beleid" {
  -- Afwijken van de teamafspraak: hooguit voldoende.
  grade_cap = "voldoende",
  title = "Buiten de teamafspraak",
  outcome = "bad",
  text = "Ricardo is tevreden: {kind} krijgt extra werk mee. Een week later vraagt een andere ouder waarom haar kind dat niet krijgt. Je directeur wil weten waarom je afwijkt van de afspraak. En het lezen, waar het echt om ging, schiet er bij in.",
}

ending "overstap" {
  -- Een vader met een zorg laten vertrekken zonder dat die zorg gehoord is.
  grade_cap = "onvoldoende",
  title = "Op weg naar een andere school",
  outcome = "bad",
  text = "Ricardo vertrekt met het gevoel dat de school zijn zoon tekortdoet. Een week later vraagt hij een rondleiding aan op {andere_school}. Zijn zorg over de kansen van {kind} heeft niemand gehoord.",
}

---------------------------------------------------------------------------
-- Testplannen
---------------------------------------------------------------------------

-- Het modelpad: de zorg achter de vergelijking horen, zijn eigen verhaal
-- samenvatten, vragen wat {kind} leuk vindt, niet vergelijken met het neefje,
-- het beleid in gewone taal met een vriendelijke grens, de resultaten en de
-- thuissituatie (ploegendienst, die hij zelf vertelt), {kind} erbij betrekken
-- en een concreet plan met een eerlijk vervolg.
plan "beste_pad" {
  choices = "3,1,1,3,1,2,2,2,2,2,1,1,2,1,2,2,2,2",
  ending = "samen_lezen",
  outcome = "good",
  grade = "goed",
  overall = 1,
  scores = { lsd = 11, verwachtingen = 8, aansluiten = 13, afspraken = 7 },
}

-- Zwijgen na 'dat hij later kan kiezen' werkt als een doorvraag.
plan "stilte_pad" {
  choices = "3,t,1,3,1,2,2,2,2,2,1,1,2,1,2,2,2,2",
  ending = "samen_lezen",
  outcome = "good",
  grade = "goed",
  overall = 1,
}

plan "slechtste_pad" {
  choices = "2,1,1",
  ending = "overstap",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0,
}

-- Steeds half goed: een algemene zin in plaats van zijn verhaal, een praktisch
-- idee voordat hij zich erkend voelt, een lijst tips. Er is een plan, maar hij
-- gelooft er nog niet in.
plan "middenpad" {
  choices = "3,1,3,1,1,3,2,1,2,2,1,4,1,3,3",
  ending = "half_overtuigd",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.65,
}

-- Meteen werkbladen beloofd en nooit teruggenomen: buiten de teamafspraak.
plan "meegaan_pad" {
  choices = "1,1,1,1,1,1,2,2,2,1,2,2,3,2",
  ending = "eigen_beleid",
  outcome = "bad",
  grade = "voldoende",
}

-- De ploegendienst komt nooit ter sprake: het plan vraagt zelf of het past
-- bij zijn week (tekst van de keuze in voetbal).
plan "ploeg_onbekend" {
  choices = "3,1,1,2,2,2,2,2,1,2,2,2,2,2,2",
  ending = "samen_lezen",
  outcome = "good",
  grade = "goed",
}

-- Een leesadvies voordat je weet hoe het thuis gaat: hij vertelt boos over
-- zijn diensten, en later vraagt hij wat hij 'met zijn diensten' kan doen.
plan "advies_eerst" {
  choices = "3,1,1,1,2,2,2,2,1,2,1,2,2,1,2,2,2,2",
  ending = "half_overtuigd",
  outcome = "mixed",
  grade = "goed",
}

-- Zwijgen op 'Leg dan maar eens uit waarom': dat kost.
plan "zwijgen_op_uitleg" {
  choices = "3,1,1,3,1,2,2,2,t,2,1,1,2,1,2,2,2,2",
  ending = "samen_lezen",
  outcome = "good",
  grade = "goed",
  overall = 0.893,
}

-- Zwijgen op 'En als het na zes weken niet beter gaat?': dat kost ook.
plan "zwijgen_op_vervolg" {
  choices = "3,1,1,3,1,2,2,2,2,2,1,1,2,1,2,2,2,t",
  ending = "samen_lezen",
  outcome = "good",
  grade = "goed",
  overall = 0.872,
}

-- Geruststellen in plaats van doorvragen; hij biedt zijn verhaal toch aan
-- (knoop prima_reactie).
plan "geruststellen_pad" {
  choices = "3,2,1,1,3,1,2,2,2,2,2,1,1,2,1,2,2,2,2",
  ending = "samen_lezen",
  outcome = "good",
  grade = "goed",
  overall = 0.926,
}
