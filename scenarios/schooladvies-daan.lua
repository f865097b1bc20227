-- Het schooladvies van Daan
-- Slechtnieuwsgesprek: het voorlopig schooladvies (havo) is lager dan de ouders verwachten (vwo).
-- Alle teksten zijn tweetalig (nl/en); de scenariotaal is Nederlands.
--
-- Versie 3: bij bijna elke beurt zijn er twee of meer antwoorden die een
-- student echt zou geven, met halve punten voor wat half goed is (goed
-- bedoeld maar op het verkeerde moment, de goede inhoud maar te lang of in
-- vaktaal). Het beste antwoord is niet het langste. Stilte kan op vijf
-- momenten: na het nieuws en als de moeder aarzelt is zwijgen goed; als een
-- ouder rechtstreeks om het advies of om hulp vraagt, kost het.

scenario {
  id = "schooladvies-daan",
  version = 3,
  title = { nl = "Het schooladvies van Daan", en = "Daan's secondary-school advice" },
  language = "nl",
  tags = { "verwachtingsmanagement", "slechtnieuwsgesprek", "schooladvies", "groep 8", "doorstroomtoets" },
  level = 2,
  minutes = 15,
  summary = {
    nl = "De ouders van Daan rekenen op een vwo-advies. Het voorlopig advies van het team is havo. Jij brengt het nieuws.",
    en = "Daan's parents are counting on pre-university (vwo) advice. The team's preliminary advice is havo. You break the news.",
  },
  briefing = {
    nl = [[Je bent leerkracht van groep 8 van basisschool De Vlinderboom. Het is eind januari: de week van de adviesgesprekken.

Daan Bakker (11) is een vrolijke, sportieve jongen. Rekenen is zijn sterkste vak; daar scoort hij al jaren hoog. Begrijpend lezen zit op een gemiddeld niveau en is sinds groep 6 nauwelijks gegroeid. Plannen en zelfstandig werken kosten hem veel moeite: hij heeft veel structuur nodig en levert werk vaak te laat in.

Het voorlopig schooladvies is in het team vastgesteld (jij, de intern begeleider en de directeur): havo.

Vandaag komen zijn ouders, Marco en Yvonne Bakker. Je weet dat zijn zus Noor op het gymnasium zit. Bij het tienminutengesprek in groep 7 (bij een andere leerkracht) hoorden zij vooral dat het goed ging. Je weet niet hoe ze thuis over het advies praten, en ook niet hoe Daan zich er zelf onder voelt.

In februari maakt Daan de doorstroomtoets. Is de uitslag hoger dan het advies, dan moet de school het advies heroverwegen en in principe aanpassen. Lager bijstellen mag niet. Het definitieve advies volgt vóór eind maart.

Jouw doel: breng het advies vroeg en helder, geef ruimte aan de reactie, leg uit waarop het advies rust en wat de doorstroomtoets nog kan betekenen, en kijk samen vooruit. Zwijgen kan ook een antwoord zijn.]],
    en = [[You teach year 8 (the final year) at De Vlinderboom primary school. It is late January: the week of the advice meetings.

Daan Bakker (11) is a cheerful, sporty boy. Maths is his strongest subject; he has scored high for years. Reading comprehension is at an average level and has hardly grown since year 6. Planning and working independently are hard for him: he needs a lot of structure and often hands in work late.

The team (you, the special-needs coordinator and the head teacher) has set the preliminary advice: havo (senior general secondary).

Today his parents, Marco and Yvonne Bakker, come in. You know his sister Noor attends a gymnasium. At the parent meeting in year 7 (with another teacher) they mostly heard that things were going well. You do not know how they talk about the advice at home, nor how Daan himself feels about it.

In February Daan takes the national transition test (doorstroomtoets). If the result is higher than the advice, the school must reconsider the advice and in principle raise it. Lowering it is not allowed. The final advice follows before the end of March.

Your goal: bring the advice early and clearly, make room for the reaction, explain what the advice is based on and what the test can still mean, and look ahead together. Saying nothing can be an answer too.]],
  },
  goals = {
    { nl = "Je noemt het advies in de eerste minuten, in één heldere zin.", en = "You state the advice within the first minutes, in one clear sentence." },
    { nl = "Je geeft ruimte aan de emotie van de ouders (luisteren, samenvatten, doorvragen).", en = "You make room for the parents' emotions (listening, summarising, asking further)." },
    { nl = "Je legt in gewone taal uit waarop het advies rust, en wat de doorstroomtoets nog kan veranderen, zonder iets te beloven.", en = "You explain in plain words what the advice is based on and what the transition test can still change, without promising anything." },
    { nl = "Je maakt concrete afspraken over de volgende stappen.", en = "You make concrete agreements about the next steps." },
  },
  vars = { kind = "Daan", zus = "Noor", advies = "havo", groep = 8 },
  start = "begin",
  grading = { pass = 0.55, good = 0.80 },
}

character "vader" {
  name = "Marco Bakker",
  role = { nl = "vader van Daan", en = "Daan's father" },
  portrait = { skin = 2, hair = "kort", hair_color = "#4a3523", glasses = true, beard = false, age = "middel", shirt = "#2f4f6f" },
}

character "moeder" {
  name = "Yvonne Bakker",
  role = { nl = "moeder van Daan", en = "Daan's mother" },
  portrait = { skin = 4, hair = "krullen", hair_color = "#1e1410", glasses = false, age = "middel", shirt = "#a0522d" },
}

-- Tempo van de gevoelens. Vertrouwen begint op 4 en stijgt hooguit 1 per
-- beurt: als het nieuws helder komt, als het gevoel of de verrassing van de
-- ouders wordt erkend, als je gebruikt wat de moeder over thuis vertelt, bij
-- een concreet plan (en, even, bij een belofte). Het komt in dit eerste
-- adviesgesprek nooit boven 8 (zie warmer hieronder): ouders die vwo
-- verwachtten, gaan op zijn best teleurgesteld maar met vertrouwen in jou
-- naar huis. Verdedigen, oordelen en labelen kosten sneller (tot 2 per
-- beurt). Spanning stijgt door uitstel en verdediging en zakt hooguit 1 per
-- beurt.
-- Excuses: het eerste excuus in het gesprek herstelt wat. Een tweede excuus
-- levert geen vertrouwen meer op (de ouder hoort vooral dat het wéér
-- misgaat), en een excuus zonder het nieuws erbij werkt averechts.
meter "vertrouwen" { label = { nl = "Vertrouwen", en = "Trust" }, min = 0, max = 10, start = 4, visible = true }
meter "spanning" { label = { nl = "Spanning", en = "Tension" }, min = 0, max = 10, start = 4, visible = false }

competency "slecht_nieuws" { label = { nl = "Slecht nieuws helder brengen", en = "Breaking bad news clearly" }, weight = 2 }
competency "lsd" { label = { nl = "Luisteren, samenvatten, doorvragen", en = "Listening, summarising, asking further" }, weight = 2 }
competency "verwachtingen" { label = { nl = "Verwachtingen expliciet maken", en = "Making expectations explicit" }, weight = 1 }
competency "afspraken" { label = { nl = "Concrete afspraken maken", en = "Making concrete agreements" }, weight = 1 }

-- Vertrouwen stijgt met 1, maar niet boven 8 (zie het tempo bij de meters).
local function warmer(s)
  if s.vertrouwen < 8 then s.vertrouwen = s.vertrouwen + 1 end
end

-- Excuses worden geteld in de vlag "excuses" (hooguit 2). Vanaf het tweede
-- excuus levert een excuus geen vertrouwen meer op (excuus_effect geeft de
-- +1 niet) en zegt de feedback waarom.
local function excuus_tel(s) s.flags.excuses = math.min(2, (s.flags.excuses or 0) + 1) end
local function weer_excuus(s) return (s.flags.excuses or 0) >= 2 end

local function excuus_effect(s)
  excuus_tel(s)
  if not weer_excuus(s) then warmer(s) end
end

local function excuus_feedback(nl, en)
  return function(s)
    if weer_excuus(s) then
      return {
        nl = nl .. " Let wel: dit is al je tweede excuus in dit gesprek. Eén excuus herstelt; bij het tweede hoort de ouder vooral dat het weer misgaat. Het vertrouwen stijgt er niet meer door.",
        en = en .. " Note, though: this is already your second apology in this conversation. One apology repairs; at the second the parent mainly hears that it is going wrong again. It no longer raises trust.",
      }
    end
    return { nl = nl, en = en }
  end
end

-- Vlaggen die alleen één tekst verderop kleuren, worden gewist zodra die
-- tekst voorbij is. Zo blijft het aantal toestanden voor de analyse klein.
local function vergeet(...)
  local namen = { ... }
  return function(s)
    for _, n in ipairs(namen) do s.flags[n] = nil end
  end
end

-- Waar het gesprek heen gaat nadat de ouders het advies (opnieuw) hoorden:
-- de eerste keer naar hun reactie, daarna naar de uitleg.
local function na_advies(s)
  if s.visits.reactie > 0 then return "onderbouwing" end
  return "reactie"
end

---------------------------------------------------------------------------
-- Opening: wanneer komt het nieuws?
---------------------------------------------------------------------------

node "begin" {
  speaker = "vader",
  mood = "neutraal",
  text = {
    nl = "Goedemiddag! We zijn benieuwd, hoor. {kind} vroeg vanochtend al of we meteen zouden appen wat het wordt.",
    en = "Good afternoon! We're curious. This morning {kind} already asked whether we'd text him straight away what it's going to be.",
  },
  choices = {
    {
      text = {
        nl = "Goedemiddag, welkom. Kon u een beetje parkeren? Het is hier altijd zoeken rond deze tijd.",
        en = "Good afternoon, welcome. Did you manage to park? It's always a search around this time.",
      },
      tags = { "uitstel" },
      feedback = {
        nl = "Een warme ontvangst is prima, maar de ouders zitten op het puntje van hun stoel. In een slechtnieuwsgesprek houd je de inleiding kort: elke minuut uitstel laat de spanning stijgen.",
        en = "A warm welcome is fine, but the parents are on the edge of their seats. In a bad-news conversation you keep the opening short: every minute of delay makes tension rise.",
      },
      next = "smalltalk",
    },
    {
      text = {
        nl = "Dan zal ik u niet laten wachten. Ons voorlopig advies voor {kind} is havo.",
        en = "Then I won't keep you waiting. Our preliminary advice for {kind} is havo.",
      },
      tags = { "slecht-nieuws" },
      effects = { spanning = 2 },
      effect = warmer,
      score = { slecht_nieuws = 3 },
      feedback = {
        nl = "Sterk: je brengt het nieuws meteen, in één zin, zonder verzachtende omweg. Dat is de kern van een slechtnieuwsgesprek. De schrik komt nu, en daar ga je ruimte voor maken.",
        en = "Strong: you bring the news at once, in one sentence, without a softening detour. That is the core of a bad-news conversation. The shock comes now, and you will make room for it.",
      },
      next = "reactie",
    },
    {
      text = {
        nl = "Voordat ik het advies noem, wil ik graag eerst met u de toetsresultaten van groep 6, 7 en 8 doorlopen. Dan ziet u hoe we tot het advies zijn gekomen.",
        en = "Before I give the advice, I'd like to go through the test results of years 6, 7 and 8 with you first. Then you'll see how we arrived at the advice.",
      },
      tags = { "uitstel" },
      set = { laat = true },
      effects = { spanning = 1 },
      score = { slecht_nieuws = -1 },
      feedback = {
        nl = "Goed bedoeld, maar de ouders horen geen woord van je grafieken zolang ze het advies niet kennen. Eerst het nieuws, dan de onderbouwing: zo houd je hun aandacht.",
        en = "Well meant, but the parents will not hear a word of your graphs as long as they don't know the advice. First the news, then the reasons: that is how you keep their attention.",
      },
      next = "aanloop",
    },
    {
      text = {
        nl = "Wat verwacht u zelf?",
        en = "What do you expect yourselves?",
      },
      tags = { "verwachtingen" },
      score = { verwachtingen = 1 },
      feedback = {
        nl = "Verwachtingen peilen is waardevol: zo weet je waar de ouders staan. Maar het nieuws komt er later door, en de vraag voelt als een valkuil als je het advies daarna niet meteen noemt.",
        en = "Checking expectations is valuable: that way you know where the parents stand. But it delays the news, and the question feels like a trap if you don't state the advice right afterwards.",
      },
      next = "verwachting",
    },
  },
}

node "smalltalk" {
  speaker = "moeder",
  mood = "blij",
  text = {
    nl = "Ging prima, hoor. {kind} was vanochtend al zenuwachtig. Hij wil natuurlijk naar hetzelfde gymnasium als zijn zus {zus}.",
    en = "It went fine. {kind} was already nervous this morning. Of course he wants to go to the same gymnasium as his sister {zus}.",
  },
  choices = {
    {
      text = {
        nl = "Leuk! Hoe bevalt het gymnasium {zus} eigenlijk?",
        en = "How nice! How does {zus} like the gymnasium, by the way?",
      },
      tags = { "uitstel" },
      set = { laat = true },
      effects = { spanning = 1 },
      score = { slecht_nieuws = -1 },
      feedback = {
        nl = "Je gaat verder op het zijspoor, terwijl moeder je net een opening gaf: ze noemt zelf het gymnasium. Hoe langer het duurt, hoe harder het nieuws straks aankomt.",
        en = "You follow the side track, while the mother has just given you an opening: she mentions the gymnasium herself. The longer it takes, the harder the news will land.",
      },
      next = "smalltalk2",
    },
    {
      text = {
        nl = "U noemt het gymnasium al. Daar wil ik eerlijk over zijn, want ons advies wijkt daarvan af. We hebben er in het team lang over gesproken, en wij adviseren havo.",
        en = "You mention the gymnasium already. I want to be honest about that, because our advice differs. We discussed it at length in the team, and we advise havo.",
      },
      tags = { "slecht-nieuws" },
      effects = { spanning = 2 },
      score = { slecht_nieuws = 1 },
      feedback = {
        nl = "Je pakt de opening en het advies komt er, eerlijk. Maar eerst komen 'eerlijk zijn', 'wijkt af' en 'lang over gesproken': de ouders horen de verdediging vóór het nieuws. Eén zin is genoeg: ons advies is havo.",
        en = "You take the opening and the advice comes, honestly. But first come 'being honest', 'differs' and 'discussed at length': the parents hear the defence before the news. One sentence is enough: our advice is havo.",
      },
      next = "reactie",
    },
    {
      text = {
        nl = "Dan laat ik u eerst de resultaten van de afgelopen jaren zien.",
        en = "Then let me first show you the results of the past years.",
      },
      tags = { "uitstel" },
      set = { laat = true },
      effects = { spanning = 1 },
      score = { slecht_nieuws = -1 },
      feedback = {
        nl = "De onderbouwing vóór het nieuws: de ouders luisteren alleen naar het antwoord op hun ene vraag. Noem eerst het advies.",
        en = "The reasons before the news: the parents are only listening for the answer to their one question. State the advice first.",
      },
      next = "aanloop",
    },
    {
      text = {
        nl = "Dan wil ik u niet langer laten wachten: ons voorlopig advies voor {kind} is havo.",
        en = "Then I won't keep you waiting any longer: our preliminary advice for {kind} is havo.",
      },
      tags = { "slecht-nieuws" },
      effects = { spanning = 2 },
      score = { slecht_nieuws = 2 },
      feedback = {
        nl = "Goed hersteld: je pakt de opening die moeder geeft en brengt het advies in één heldere zin.",
        en = "Well recovered: you take the opening the mother gives and state the advice in one clear sentence.",
      },
      next = "reactie",
    },
  },
}

node "smalltalk2" {
  speaker = "vader",
  mood = "gespannen",
  text = {
    nl = "Goed, ze moet hard werken, maar ze redt het. Zullen we het over {kind} hebben? We zitten hier eigenlijk voor het advies.",
    en = "Fine, she has to work hard, but she manages. Shall we talk about {kind}? We're really here for the advice.",
  },
  effects = { vertrouwen = -1 },
  -- Zwijgen na een rechtstreekse vraag om het advies kost: het klinkt als
  -- slecht nieuws dat je niet durft te brengen.
  timeout = {
    seconds = 15,
    next = "aanloop2",
    score = { slecht_nieuws = -1 },
    effects = { spanning = 1 },
    tags = { "stilte", "uitstel" },
    feedback = {
      nl = "Je zweeg, terwijl de vader letterlijk om het advies vroeg. Na slecht nieuws is stilte goed; vóór het nieuws klinkt stilte als iets wat je niet durft te zeggen. Hij vult het zelf in, en dat is het slechtste moment om het te horen.",
      en = "You stayed silent while the father literally asked for the advice. After bad news, silence is good; before the news, silence sounds like something you don't dare to say. He fills it in himself, and that is the worst way to hear it.",
    },
  },
  choices = {
    {
      text = {
        nl = "Zeker. Ik wil u eerst laten zien hoe {kind} zich heeft ontwikkeld, dan begrijpt u het advies straks beter.",
        en = "Certainly. First I want to show you how {kind} has developed, then you'll understand the advice better.",
      },
      tags = { "uitstel" },
      set = { laat = true },
      effects = { spanning = 1 },
      score = { slecht_nieuws = -1 },
      feedback = {
        nl = "De vader vraagt letterlijk om het advies en jij stelt het nog eens uit. Dat voelt voor ouders als ontwijken en ondermijnt het vertrouwen.",
        en = "The father literally asks for the advice and you put it off again. To parents that feels like evasion and it undermines trust.",
      },
      next = "aanloop",
    },
    {
      text = {
        nl = "Natuurlijk, sorry! Ik dwaal af. Het voorlopig advies is havo.",
        en = "Of course, sorry! I'm rambling. The preliminary advice is havo.",
      },
      tags = { "slecht-nieuws", "excuus" },
      effects = { spanning = 2 },
      effect = excuus_tel,
      score = { slecht_nieuws = 1 },
      feedback = {
        nl = "Nu breng je het helder, maar de vader moest er zelf om vragen, en met 'sorry, ik dwaal af' maak je jezelf klein op een moment dat de ouders houvast zoeken. Volgende keer: het advies vóór de vraag komt.",
        en = "Now you say it clearly, but the father had to ask for it himself, and 'sorry, I'm rambling' makes you small just when the parents are looking for something to hold on to. Next time: the advice before they have to ask.",
      },
      next = "reactie",
    },
    {
      text = {
        nl = "U heeft gelijk, daar komt u voor. Ons advies is havo.",
        en = "You're right, that's what you came for. Our advice is havo.",
      },
      tags = { "slecht-nieuws" },
      effects = { spanning = 2 },
      score = { slecht_nieuws = 2 },
      feedback = {
        nl = "Goed: je geeft de vader zakelijk gelijk en brengt het nieuws meteen, zonder nieuwe omweg. Het kwam wel later dan nodig was.",
        en = "Good: you grant the father his point in a businesslike way and bring the news at once, without another detour. It did come later than needed.",
      },
      next = "reactie",
    },
  },
}

node "verwachting" {
  speaker = "vader",
  mood = "blij",
  text = {
    nl = "Nou, vwo natuurlijk. Hij rekent beter dan ik. En zijn zus {zus} zit op het gymnasium, dus dat zit wel in de familie.",
    en = "Well, vwo of course. He's better at maths than I am. And his sister {zus} is at the gymnasium, so it runs in the family.",
  },
  effects = { spanning = 1 },
  choices = {
    {
      text = {
        nl = "Dan ga ik u eerst de cijfers laten zien.",
        en = "Then I'll show you the figures first.",
      },
      tags = { "uitstel" },
      set = { laat = true },
      effects = { spanning = 1 },
      score = { slecht_nieuws = -1 },
      feedback = {
        nl = "Na zo'n duidelijke verwachting verwachten de ouders een antwoord, geen grafiek. Cijfers zonder het advies voelen als een aanloop naar slecht nieuws, en dat merken ze.",
        en = "After such a clear expectation the parents expect an answer, not a graph. Figures without the advice feel like a run-up to bad news, and they notice.",
      },
      next = "aanloop",
    },
    {
      text = {
        nl = "Ik begrijp dat u dat hoopt, zeker met een zus op het gymnasium. Ik moet u helaas teleurstellen: het team heeft na veel overleg besloten dat havo voor {kind} het beste past.",
        en = "I understand that's what you hope, especially with a sister at the gymnasium. I'm afraid I must disappoint you: after much discussion the team decided that havo suits {kind} best.",
      },
      tags = { "slecht-nieuws" },
      effects = { spanning = 2 },
      score = { slecht_nieuws = 1 },
      feedback = {
        nl = "Het advies komt, en je erkent hun hoop. Maar 'helaas teleurstellen' en 'na veel overleg besloten' maken er een vonnis van, en het nieuws staat pas achteraan. Korter en directer landt het beter.",
        en = "The advice comes, and you acknowledge their hope. But 'I'm afraid I must disappoint you' and 'after much discussion decided' turn it into a verdict, and the news only comes at the end. Shorter and more direct lands better.",
      },
      next = "reactie",
    },
    {
      text = {
        nl = "Vwo is een mooi doel. We gaan samen kijken wat haalbaar is.",
        en = "Vwo is a fine goal. We'll look together at what is feasible.",
      },
      tags = { "vaag" },
      effects = { vertrouwen = -1 },
      set = { laat = true },
      score = { slecht_nieuws = -2 },
      feedback = {
        nl = "Je draait om het nieuws heen. Omdat je het advies niet noemt, vullen de ouders het zelf in, en meestal in hun eigen voordeel. Dat maakt de teleurstelling straks groter.",
        en = "You talk around the news. Because you don't state the advice, the parents fill it in themselves, usually in their own favour. That makes the disappointment bigger later.",
      },
      next = "vaag",
    },
    {
      text = {
        nl = "Dan is het goed dat ik weet waar u staat. Ons advies is anders: wij adviseren havo.",
        en = "Then it's good that I know where you stand. Our advice is different: we advise havo.",
      },
      tags = { "slecht-nieuws", "verwachtingen" },
      effects = { spanning = 2 },
      score = { slecht_nieuws = 2, verwachtingen = 1 },
      feedback = {
        nl = "Heel goed: je benoemt het verschil tussen hun verwachting en het advies, en je brengt het zonder omweg. Zo maak je de verwachtingen aan beide kanten expliciet.",
        en = "Very good: you name the gap between their expectation and the advice, and you say it without a detour. That makes expectations on both sides explicit.",
      },
      next = "reactie",
    },
  },
}

node "aanloop" {
  speaker = "vader",
  mood = "gespannen",
  text = {
    nl = "(Je laat een paar minuten grafieken zien. Marco kijkt op zijn horloge.) Sorry dat ik u onderbreek, maar wat is nou het advies?",
    en = "(You show graphs for a few minutes. Marco looks at his watch.) Sorry to interrupt, but what is the advice?",
  },
  effects = { spanning = 1 },
  timeout = {
    seconds = 15,
    next = "aanloop2",
    score = { slecht_nieuws = -1 },
    effects = { spanning = 1 },
    tags = { "stilte", "uitstel" },
    feedback = {
      nl = "Je zweeg na een rechtstreekse vraag om het advies. Die stilte zegt de vader meer dan je wilt: hij hoort dat het slecht nieuws is, maar niet wélk. Noem het advies als erom gevraagd wordt.",
      en = "You stayed silent after a direct question for the advice. That silence tells the father more than you want: he hears that it is bad news, but not which. State the advice when asked for it.",
    },
  },
  choices = {
    {
      text = {
        nl = "U heeft gelijk, ik draai eromheen. Ons advies is havo.",
        en = "You're right, I'm beating about the bush. Our advice is havo.",
      },
      tags = { "slecht-nieuws" },
      effects = { spanning = 1 },
      score = { slecht_nieuws = 2 },
      feedback = {
        nl = "Goed: je benoemt je eigen uitstel in een paar woorden en brengt dan meteen het nieuws. Het kwam wel laat: de ouders zaten minutenlang te raden, en dat maakt het zwaarder.",
        en = "Good: you name your own delay in a few words and then bring the news at once. It did come late: the parents were guessing for minutes, and that makes it heavier.",
      },
      next = "reactie",
    },
    {
      text = {
        nl = "Nog even geduld. Ik wil eerst laten zien hoe we tot het advies zijn gekomen, dan kunt u het straks beter plaatsen.",
        en = "Just a moment longer. I want to show you first how we arrived at the advice, then you'll be able to place it better.",
      },
      tags = { "uitstel" },
      set = { laat = true },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { slecht_nieuws = -2 },
      feedback = {
        nl = "De ouder vraagt er rechtstreeks om. Doorgaan met uitleg voelt nu als het achterhouden van informatie, en dat kost vertrouwen.",
        en = "The parent asks for it directly. Carrying on explaining now feels like withholding information, and that costs trust.",
      },
      next = "aanloop2",
    },
    {
      text = {
        nl = "Het advies is havo.",
        en = "The advice is havo.",
      },
      tags = { "slecht-nieuws" },
      effects = { spanning = 1 },
      score = { slecht_nieuws = 1 },
      feedback = {
        nl = "Helder en kort, goed. Maar na minuten grafieken klinkt zo'n kale zin hard: een paar woorden dat je er te lang omheen draaide, had het zachter laten landen zonder het nieuws te verstoppen.",
        en = "Clear and short, good. But after minutes of graphs such a bare sentence sounds harsh: a few words owning that you took too long would have softened the landing without hiding the news.",
      },
      next = "reactie",
    },
  },
}

node "aanloop2" {
  speaker = "vader",
  mood = "boos",
  text = {
    nl = "U draait eromheen. Ik voel al aankomen dat het geen vwo wordt.",
    en = "You're beating about the bush. I can already feel it's not going to be vwo.",
  },
  choices = {
    {
      text = {
        nl = "Het spijt me echt, dat was niet mijn bedoeling. Ik wilde u eerst goed laten zien hoe {kind} zich ontwikkeld heeft, zodat u het advies beter kunt plaatsen.",
        en = "I'm really sorry, that wasn't my intention. I wanted to show you properly how {kind} has developed first, so you could place the advice better.",
      },
      tags = { "uitstel", "excuus" },
      set = { laat = true },
      effects = { spanning = 1 },
      effect = excuus_tel,
      score = { slecht_nieuws = -1 },
      feedback = {
        nl = "Een excuus zonder het nieuws werkt averechts: je legt uit waaróm je het uitstelde, en stelt het daarmee nóg een keer uit. De vader wil geen spijt, hij wil het advies.",
        en = "An apology without the news backfires: you explain why you delayed it, and so you delay it once more. The father doesn't want regret, he wants the advice.",
      },
      next = "raden",
    },
    {
      text = {
        nl = "U voelt het goed aan. Ons advies is havo. Ik had het u meteen moeten zeggen.",
        en = "You sense it correctly. Our advice is havo. I should have told you straight away.",
      },
      tags = { "slecht-nieuws", "excuus" },
      effects = { spanning = -1 },
      effect = excuus_tel,
      score = { slecht_nieuws = 1 },
      feedback = {
        nl = "Goed: je bevestigt wat de vader aanvoelt, noemt het advies en erkent je uitstel. Dat haalt wat spanning weg, maar vertrouwen win je er niet meer mee terug: hij moest er twee keer om vragen.",
        en = "Good: you confirm what the father senses, state the advice and own your delay. It takes away some tension, but it no longer wins back trust: he had to ask twice.",
      },
      next = "reactie",
    },
    {
      text = {
        nl = "Ik wil niet op de zaken vooruitlopen.",
        en = "I don't want to get ahead of things.",
      },
      tags = { "uitstel" },
      set = { laat = true },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { slecht_nieuws = -2 },
      feedback = {
        nl = "Een defensieve reactie: je zet jezelf 'boven' en de vader 'onder' (Roos van Leary). Hij gaat nu zelf het advies raden, en dat is het slechtste moment om het te horen.",
        en = "A defensive reply: you put yourself 'above' and the father 'below' (Leary's Rose). He will now guess the advice himself, which is the worst way to hear it.",
      },
      next = "raden",
    },
  },
}

node "raden" {
  speaker = "vader",
  mood = "boos",
  text = {
    nl = "Dan zeg ik het wel. Het wordt havo. Of nog lager?",
    en = "Then I'll say it. It's going to be havo. Or even lower?",
  },
  choices = {
    {
      text = {
        nl = "Het is havo. Het spijt me dat u het zo moest horen.",
        en = "It is havo. I'm sorry you had to hear it this way.",
      },
      tags = { "slecht-nieuws" },
      score = { slecht_nieuws = 1 },
      feedback = {
        nl = "Je bevestigt het eindelijk helder en toont spijt over de manier. Dat is het minste wat nu nodig is om het gesprek nog te redden.",
        en = "You finally confirm it clearly and show regret about the way it went. That is the least that is needed now to save the conversation.",
      },
      next = "reactie",
    },
  },
}

node "vaag" {
  speaker = "moeder",
  mood = "verward",
  text = function(s)
    if s.flags.twijfel then
      return {
        nl = "U twijfelde zelf ook? Dus... het kan nog vwo worden?",
        en = "You had your doubts too? So... it could still be vwo?",
      }
    end
    return {
      nl = "Dus... het kan vwo worden?",
      en = "So... it could be vwo?",
    }
  end,
  choices = {
    {
      text = {
        nl = "Dat hangt af van de doorstroomtoets in februari. Valt die hoger uit dan ons advies, dan kijken we opnieuw. Maar ons advies is nu havo.",
        en = "That depends on the transition test in February. If it comes out higher than our advice, we look again. But our advice now is havo.",
      },
      tags = { "verwachtingen" },
      effects = { spanning = 1 },
      score = { verwachtingen = 1 },
      feedback = {
        nl = "Wat je zegt klopt, en het advies staat erin. Maar het begint met de toets, dus de ouders horen eerst de hoop en pas daarna het nieuws. Draai het om: eerst 'ons advies is havo', dan de toets.",
        en = "What you say is correct, and the advice is in it. But it begins with the test, so the parents hear the hope first and the news only after. Turn it round: first 'our advice is havo', then the test.",
      },
      next = na_advies,
    },
    {
      text = {
        nl = "Ja, dat kan zeker, als de doorstroomtoets goed gaat.",
        en = "Yes, it certainly could, if the transition test goes well.",
      },
      tags = { "belofte" },
      effects = { spanning = -1 },
      set = { valse_hoop = true },
      score = { slecht_nieuws = -2, verwachtingen = -2 },
      feedback = {
        nl = "Je geeft valse hoop, en het eigenlijke advies verdwijnt erachter. De ouders gaan nu naar huis met een verkeerd beeld. Wees eerlijk: eerst het advies, dan pas wat de toets kan betekenen.",
        en = "You give false hope, and the actual advice disappears behind it. The parents will go home with the wrong picture. Be honest: first the advice, only then what the test could mean.",
      },
      next = "valse_hoop",
    },
    {
      text = function(s)
        if s.flags.twijfel then
          return {
            nl = "Nee. Dat had ik niet zo moeten zeggen. Ons advies is havo, en daar sta ik achter.",
            en = "No. I shouldn't have put it like that. Our advice is havo, and I stand behind it.",
          }
        end
        return {
          nl = "Nee. Ik zeg het duidelijker: ons advies is havo.",
          en = "No. Let me say it more clearly: our advice is havo.",
        }
      end,
      tags = { "slecht-nieuws" },
      effects = { spanning = 2 },
      score = { slecht_nieuws = 1 },
      feedback = function(s)
        if s.flags.twijfel then
          return {
            nl = "Goed gecorrigeerd: je neemt je twijfel terug en staat achter het advies van het team. Je merkt hoe snel een eerlijk bedoelde twijfel bij ouders als 'het kan nog' aankomt.",
            en = "Well corrected: you take back your doubt and stand behind the team's advice. Notice how quickly an honestly meant doubt reaches parents as 'it could still happen'.",
          }
        end
        return {
          nl = "Goed gecorrigeerd: kort, eerlijk en zonder nieuwe omweg. Je merkt dat vaagheid meteen tot een misverstand leidde.",
          en = "Well corrected: short, honest and without another detour. Notice how vagueness led straight to a misunderstanding.",
        }
      end,
      next = na_advies,
    },
  },
}

---------------------------------------------------------------------------
-- De reactie: ruimte voor emotie
---------------------------------------------------------------------------

node "reactie" {
  speaker = "vader",
  mood = function(s)
    if s.spanning >= 8 then return "boos" end
    return "gespannen"
  end,
  text = function(s)
    if s.flags.laat then
      return {
        nl = "Havo. En daar moesten we zo lang op wachten. Hij had in groep 6 allemaal hoge scores!",
        en = "Havo. And we had to wait that long for it. He had high scores in year 6!",
      }
    end
    return {
      nl = "Havo? Dat... had ik echt niet verwacht. Hij had in groep 6 allemaal hoge scores.",
      en = "Havo? That... I really didn't expect that. He had high scores in year 6.",
    }
  end,
  effects = { spanning = 1 },
  -- Kwam het nieuws pas na uitstel? Dat onthoudt het einde.
  effect = function(s) if s.flags.laat then s.flags.nieuws_laat = true end end,
  -- Stilte na het nieuws: ruimte voor de eerste schrik. Eén punt voor de stilte zelf;
  -- de samenvatting die erop volgt (knoop "stilte") scoort apart.
  timeout = {
    seconds = 20,
    next = "stilte",
    score = { lsd = 1 },
    tags = { "stilte" },
    feedback = {
      nl = "Goed: je liet de stilte vallen. Na slecht nieuws moet het advies eerst landen; wie dan meteen gaat uitleggen, verdedigen of geruststellen, praat over de schrik van de ouders heen. Door niets te zeggen gaf je hun de ruimte voor hun eigen reactie (de L van LSD). Zo'n stilte voelt voor jou lang, voor hen is het de tijd om het nieuws te laten binnenkomen. Luister nu goed naar wat er komt.",
      en = "Good: you let the silence fall. After bad news the advice first has to sink in; if you start explaining, defending or reassuring straight away, you talk over the parents' shock. By saying nothing you gave them room for their own reaction (the listening in listening, summarising, asking further). Such a silence feels long to you; to them it is the time the news needs to land. Now listen carefully to what comes.",
    },
  },
  choices = {
    {
      text = {
        nl = "Het is maar een voorlopig advies, hoor. Na de toets kan het zomaar nog vwo worden.",
        en = "It's only a preliminary advice. After the test it might easily become vwo.",
      },
      tags = { "belofte" },
      effects = { spanning = -1 },
      set = { valse_hoop = true },
      score = { slecht_nieuws = -2, verwachtingen = -2 },
      feedback = {
        nl = "Je neemt je eigen boodschap meteen terug om de pijn te verzachten. Zo wek je valse hoop en is het nieuws straks niet meer helder.",
        en = "You take back your own message straight away to soften the pain. That raises false hope, and the news is no longer clear.",
      },
      next = "valse_hoop",
    },
    {
      text = {
        nl = "U schrikt ervan.",
        en = "This comes as a shock.",
      },
      tags = { "lsd" },
      effects = { spanning = -1 },
      effect = warmer,
      score = { lsd = 2 },
      feedback = {
        nl = "Kort en raak: je benoemt het gevoel (actief luisteren, Gordon) en laat ruimte. Meer is nu niet nodig; de ouders gaan zelf verder praten. Even helemaal niets zeggen had hier ook gewerkt.",
        en = "Short and to the point: you name the feeling (active listening, Gordon) and leave room. Nothing more is needed now; the parents will keep talking themselves. Saying nothing at all for a moment would have worked here too.",
      },
      next = "gevoel_erkend",
    },
    {
      text = {
        nl = "Het advies is zorgvuldig vastgesteld, samen met de intern begeleider en de directeur. Daar is goed over nagedacht.",
        en = "The advice was set carefully, together with the special-needs coordinator and the head teacher. A lot of thought went into it.",
      },
      tags = { "defensief" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { lsd = -2 },
      feedback = {
        nl = "Je verdedigt het advies voordat de ouders iets gevraagd hebben. Dat is een 'tegen'-reactie op de Roos van Leary: de vader voelt zich niet gehoord en gaat in de aanval. Eerst de emotie, dan de uitleg.",
        en = "You defend the advice before the parents have asked anything. On Leary's Rose that is an 'against' move: the father feels unheard and goes on the attack. First the emotion, then the explanation.",
      },
      next = "verdediging",
    },
    {
      text = {
        nl = "Dat komt hard aan, zie ik. Zal ik uitleggen hoe we tot dit advies komen?",
        en = "That hits hard, I can see. Shall I explain how we arrived at this advice?",
      },
      tags = { "lsd" },
      score = { lsd = 1 },
      feedback = {
        nl = "Je ziet de schrik en benoemt hem, goed. Maar in dezelfde adem ga je door naar de uitleg: de ouders krijgen geen tijd om te reageren. Benoemen en dan even wachten geeft hun het woord.",
        en = "You see the shock and name it, good. But in the same breath you move on to the explanation: the parents get no time to react. Naming it and then waiting a moment gives them the floor.",
      },
      next = "onderbouwing",
    },
    {
      text = {
        nl = "Havo is echt een prima niveau, hoor. Daar worden veel kinderen heel gelukkig.",
        en = "Havo really is a fine level. Lots of children are very happy there.",
      },
      tags = { "oma" },
      effects = { spanning = 1 },
      score = { lsd = -1 },
      feedback = {
        nl = "Een mening op het moment dat er emotie is (de M van OMA). Hoe waar ook, het voelt als wegpoetsen. De ouders moeten eerst kunnen schrikken.",
        en = "An opinion at the moment of emotion (the O of 'opinions, judgements, advice' that blocks listening). However true, it feels like brushing it away. The parents first need room to be shocked.",
      },
      next = "oma_havo",
    },
  },
}

node "stilte" {
  speaker = "moeder",
  mood = "verdrietig",
  text = {
    nl = "(Het blijft even stil. Yvonne pakt de hand van Marco.) Hij wil zo graag naar hetzelfde gymnasium als {zus}. Ze zijn er samen naar de open dag geweest.",
    en = "(It stays quiet for a moment. Yvonne takes Marco's hand.) He so wants to go to the same gymnasium as {zus}. They went to the open day together.",
  },
  effects = { spanning = -1 },
  choices = {
    {
      text = {
        nl = "Dat begrijp ik. Ik wil u graag uitleggen waarom wij toch havo adviseren, dan kunt u het hem straks ook beter uitleggen.",
        en = "I understand. I'd like to explain why we nevertheless advise havo, so that you can explain it to him better later.",
      },
      tags = { "verwachtingen" },
      score = { verwachtingen = 1 },
      feedback = {
        nl = "Behulpzaam bedoeld, en uitleg komt zeker. Maar moeder vertelt net wat haar raakt, en 'dat begrijp ik' met meteen een 'toch' erachter sluit dat af. Na de stilte eerst samenvatten wat je hoort.",
        en = "Helpfully meant, and an explanation will certainly come. But the mother has just said what touches her, and 'I understand' followed at once by 'nevertheless' closes that off. After the silence, first summarise what you hear.",
      },
      next = "onderbouwing",
    },
    {
      text = {
        nl = "Er zijn ook hele goede havo-scholen in de buurt, hoor.",
        en = "There are some very good havo schools nearby too.",
      },
      tags = { "oma" },
      effects = { spanning = 1 },
      score = { lsd = -1 },
      feedback = {
        nl = "Je stilte werkte: moeder vertelde wat haar raakt. Maar nu spring je naar een oplossing (een advies, de A van OMA). Blijf nog even bij haar verdriet.",
        en = "Your silence worked: the mother said what touches her. But now you jump to a solution (advice, which blocks listening). Stay with her sadness a little longer.",
      },
      next = "oma_havo",
    },
    {
      text = {
        nl = "Dan heeft hij er al een beeld bij. En u ook. Dat maakt dit extra zwaar.",
        en = "So he already has a picture of it. And so do you. That makes this extra hard.",
      },
      tags = { "lsd" },
      effect = warmer,
      score = { lsd = 2 },
      feedback = {
        nl = "Mooi: na de stilte vat je samen wat je hoort en benoem je het gevoel. Stilte laten vallen is moeilijk, maar het gaf moeder de ruimte om te vertellen wat er werkelijk speelt.",
        en = "Lovely: after the silence you summarise what you hear and name the feeling. Letting silence fall is hard, but it gave the mother room to say what is really going on.",
      },
      next = "gevoel_erkend",
    },
  },
}

node "gevoel_erkend" {
  speaker = "vader",
  mood = "gespannen",
  text = function(s)
    if s.vertrouwen >= 6 then
      return {
        nl = "Ja. Dat klopt. Ik schrik er echt van. Ik wil het graag begrijpen.",
        en = "Yes. That's right. It really is a shock. I'd like to understand it.",
      }
    end
    return {
      nl = "Ja, natuurlijk schrik ik. Ik snap het gewoon niet. Waar baseert u dit op?",
      en = "Yes, of course it's a shock. I just don't get it. What do you base this on?",
    }
  end,
  choices = {
    {
      text = {
        nl = "Op drie dingen: zijn rekenen, zijn lezen en hoe hij zelf plant. Zal ik die langslopen?",
        en = "On three things: his maths, his reading and how he plans his own work. Shall I go through them?",
      },
      tags = { "verwachtingen" },
      score = { verwachtingen = 1 },
      feedback = {
        nl = "Redelijk: de vader wil het begrijpen en jij geeft structuur. Je mist wel de kans om eerst te horen wát hem het meest verrast, zodat je uitleg daar precies op aansluit.",
        en = "Reasonable: the father wants to understand and you give structure. You do miss the chance to hear first what surprises him most, so your explanation fits exactly that.",
      },
      next = "onderbouwing",
    },
    {
      text = {
        nl = "Ik snap dat u schrikt, echt. Ik heb zelf ook getwijfeld, eerlijk gezegd, want rekenen gaat zo goed. Maar het team was het er uiteindelijk over eens.",
        en = "I understand the shock, really. To be honest, I had my doubts too, because maths goes so well. But in the end the team agreed.",
      },
      tags = { "vaag" },
      set = { twijfel = true },
      effects = { spanning = -1 },
      score = { slecht_nieuws = -2 },
      feedback = {
        nl = "Eerlijk en menselijk bedoeld, maar je ondergraaft het advies dat je net bracht. Ouders horen in 'ik twijfelde ook' een opening: misschien is het niet echt havo. Sta achter het teamadvies; je twijfel bespreek je met je collega's, niet met de ouders.",
        en = "Honestly and humanly meant, but you undermine the advice you just gave. Parents hear an opening in 'I had my doubts too': maybe it isn't really havo. Stand behind the team's advice; you discuss your doubt with colleagues, not with the parents.",
      },
      next = "vaag",
    },
    {
      text = {
        nl = "Ik leg het zo uit. Mag ik eerst vragen wat u het meest verrast?",
        en = "I'll explain in a moment. May I first ask what surprises you most?",
      },
      tags = { "lsd" },
      score = { lsd = 2, verwachtingen = 1 },
      feedback = {
        nl = "Goed doorgevraagd. Door eerst te horen wáár de verrassing zit, kun je je uitleg straks precies daarop laten aansluiten.",
        en = "Good follow-up question. By first hearing where the surprise lies, you can tailor your explanation to exactly that.",
      },
      next = "verrassing",
    },
  },
}

node "verrassing" {
  speaker = "moeder",
  mood = "verward",
  text = {
    nl = "Zijn rapport is goed. En bij het tienminutengesprek in groep 7 hoorden we alleen maar dat het goed ging. Niemand heeft ooit gezegd dat er zorgen waren.",
    en = "His report is good. And at the parent meeting in year 7 we only heard that things were going well. Nobody ever said there were concerns.",
  },
  choices = {
    {
      text = {
        nl = "U hoorde steeds dat het goed ging, en nu dit. Dan had u het eerder willen horen.",
        en = "You kept hearing things were going well, and now this. You'd have wanted to hear it sooner.",
      },
      tags = { "lsd" },
      effect = warmer,
      set = { verrassing_erkend = true },
      score = { lsd = 2, verwachtingen = 1 },
      feedback = {
        nl = "Uitstekend samengevat, inclusief het gevoel eronder. Je maakt ook expliciet dat hun verwachting gevoed werd door eerdere gesprekken: dat neemt je niet in de verdediging, maar erkent hun kant.",
        en = "An excellent summary, including the feeling underneath. You also make explicit that their expectation was fed by earlier meetings: you don't get defensive, you acknowledge their side.",
      },
      next = "onderbouwing",
    },
    {
      text = {
        nl = "In groep 7 zat hij bij een andere collega. Daar kan ik niets over zeggen.",
        en = "In year 7 he was with another colleague. I can't say anything about that.",
      },
      tags = { "defensief" },
      effects = { vertrouwen = -1, spanning = 1 },
      score = { lsd = -1 },
      feedback = {
        nl = "Formeel klopt het, maar je schuift de verantwoordelijkheid door. Voor ouders is 'de school' één geheel. Erken eerst hoe dit voor hen voelt.",
        en = "Formally correct, but you pass the responsibility on. For parents 'the school' is one whole. First acknowledge how this feels for them.",
      },
      next = "onderbouwing",
    },
    {
      text = {
        nl = "Zijn rapport is ook goed, dat klopt. Maar het advies kijkt verder dan cijfers: ook naar hoe hij leest en plant, en wat hij straks nodig heeft op het voortgezet onderwijs.",
        en = "His report is good too, that's true. But the advice looks beyond marks: also at how he reads and plans, and what he will need in secondary school.",
      },
      tags = { "verwachtingen" },
      set = { verder_dan_cijfers = true },
      score = { verwachtingen = 1 },
      feedback = {
        nl = "Inhoudelijk waar, en het helpt de ouders te begrijpen wat een advies is. Maar je slaat over wat moeder eigenlijk zegt: niemand vertelde ons dat er zorgen waren. Eerst dat erkennen, dan uitleggen.",
        en = "True in content, and it helps the parents understand what an advice is. But you skip what the mother is really saying: nobody told us there were concerns. Acknowledge that first, then explain.",
      },
      next = "onderbouwing",
    },
  },
}

node "verdediging" {
  speaker = "vader",
  mood = "boos",
  text = {
    nl = "Dus het ligt allemaal al vast? Waarom zitten we hier dan?",
    en = "So it's all decided already? Then why are we sitting here?",
  },
  effects = { spanning = 1 },
  choices = {
    {
      text = {
        nl = "Het voorlopig advies staat, ja. Als u het er niet mee eens bent, kunt u een klacht indienen.",
        en = "The preliminary advice stands, yes. If you disagree, you can file a complaint.",
      },
      tags = { "defensief" },
      effects = { spanning = 2, vertrouwen = -2 },
      score = { lsd = -2 },
      feedback = {
        nl = "Boven-tegen op de Roos van Leary: je wijst naar de procedure terwijl de vader boos en teleurgesteld is. Gedrag roept gedrag op; hij gaat nu nog harder tegen je in.",
        en = "Above-against on Leary's Rose: you point to procedure while the father is angry and disappointed. Behaviour provokes behaviour; he will push back even harder.",
      },
      next = "escalatie",
    },
    {
      text = {
        nl = "U heeft gelijk, ik bracht het wat kort. U schrikt ervan, en dat begrijp ik.",
        en = "You're right, I was a bit abrupt. It's a shock to you, and I understand that.",
      },
      tags = { "lsd", "excuus" },
      effects = { spanning = -1 },
      effect = excuus_effect,
      score = { lsd = 2 },
      feedback = excuus_feedback(
        "Sterk herstel: je erkent je eigen aandeel en benoemt het gevoel. Daarmee stap je van 'tegen' naar 'samen' op de Roos van Leary.",
        "Strong repair: you own your part and name the feeling. That moves you from 'against' to 'together' on Leary's Rose."),
      next = "herstel",
    },
    {
      text = {
        nl = "Het voorlopig advies staat. Maar u bent hier zodat ik het kan uitleggen, en uw kijk op {kind} telt mee.",
        en = "The preliminary advice stands. But you're here so I can explain it, and your view of {kind} counts.",
      },
      tags = { "verwachtingen" },
      score = { verwachtingen = 1 },
      feedback = {
        nl = "Helder over wat vastligt en wat niet, en je nodigt hun kijk uit. Maar de vader vraagt eigenlijk: telt onze mening wel? Je antwoordt op de inhoud en laat de boosheid eronder liggen.",
        en = "Clear about what is fixed and what isn't, and you invite their view. But the father is really asking: does our view count at all? You answer the content and leave the anger underneath.",
      },
      next = "onderbouwing",
    },
  },
}

node "oma_havo" {
  speaker = "vader",
  mood = "afwijzend",
  text = {
    nl = "Daar gaat het niet om. Ik wil weten waaróm.",
    en = "That's not the point. I want to know why.",
  },
  choices = {
    {
      text = {
        nl = "Dat zal ik uitleggen.",
        en = "I'll explain that.",
      },
      tags = { "verwachtingen" },
      score = { verwachtingen = 1 },
      feedback = {
        nl = "Je gaat door naar de uitleg, wat de vader vraagt. Het gevoel blijft wel onbenoemd, en dat hoor je straks terug in hoe hij luistert.",
        en = "You move on to the explanation, as the father asks. The feeling stays unnamed, though, and you will notice that in how he listens.",
      },
      next = "onderbouwing",
    },
    {
      text = {
        nl = "Ik bedoel alleen dat havo geen slecht niveau is. Veel leerlingen stromen later alsnog door naar het vwo, dus de deur is niet dicht.",
        en = "I only mean that havo isn't a bad level. Many pupils move on to vwo later, so the door isn't closed.",
      },
      tags = { "oma", "defensief" },
      effects = { spanning = 1 },
      score = { lsd = -1 },
      feedback = {
        nl = "Je verdedigt je mening, terwijl de vader net zei dat die niet landde. Doorstromen bestaat, maar nu is het een tweede poging om de pijn weg te praten.",
        en = "You defend your opinion, while the father just said it did not land. Moving on to vwo later exists, but now it is a second attempt to talk the pain away.",
      },
      next = "onderbouwing",
    },
    {
      text = {
        nl = "U heeft gelijk, daar ging het niet om. U had vwo verwacht, en dit komt hard aan. Ik leg uit waarom wij havo adviseren.",
        en = "You're right, that wasn't the point. You expected vwo, and this hits hard. I'll explain why we advise havo.",
      },
      tags = { "lsd" },
      effect = warmer,
      score = { lsd = 2 },
      feedback = {
        nl = "Goed opgemerkt dat je mening niet landde. Je herstelt met een samenvatting van hun verwachting en hun gevoel, en je geeft hem de uitleg waar hij om vraagt.",
        en = "Well noticed that your opinion did not land. You repair with a summary of their expectation and feeling, and you give him the explanation he asks for.",
      },
      next = "herstel",
    },
  },
}

node "valse_hoop" {
  speaker = "moeder",
  mood = "blij",
  text = {
    nl = "O, gelukkig. Dus als hij de toets goed maakt, wordt het gewoon vwo?",
    en = "Oh, thank goodness. So if he does well on the test, it'll just be vwo?",
  },
  choices = {
    {
      text = {
        nl = "Nou, zo eenvoudig is het niet. De school moet dan opnieuw kijken. Maar het kan.",
        en = "Well, it isn't that simple. The school then has to look again. But it's possible.",
      },
      tags = { "vaag" },
      score = { verwachtingen = -1 },
      feedback = {
        nl = "Wat de moeder onthoudt, is 'maar het kan'. Het advies (havo) noem je niet opnieuw, dus de hoop blijft staan. Zeg eerst duidelijk wat het advies is.",
        en = "What the mother remembers is 'but it's possible'. You don't restate the advice (havo), so the hope stays. First say clearly what the advice is.",
      },
      next = "onderbouwing",
    },
    {
      text = {
        nl = "Nee, dat kan ik niet beloven. Ons advies is havo. Valt de toets hoger uit, dan kijken we opnieuw, maar vwo wordt het niet vanzelf.",
        en = "No, I can't promise that. Our advice is havo. If the test comes out higher, we look again, but it won't become vwo automatically.",
      },
      tags = { "slecht-nieuws", "verwachtingen" },
      effects = { spanning = 1, vertrouwen = -1 },
      set = { valse_hoop = false },
      score = { slecht_nieuws = 1, verwachtingen = 2 },
      feedback = {
        nl = "Moedig: je corrigeert je eigen verzachting, ook al kost het even sfeer. Eerlijkheid nu voorkomt een veel groter conflict in maart.",
        en = "Brave: you correct your own softening, even though it costs some goodwill. Honesty now prevents a much bigger conflict in March.",
      },
      next = "correctie",
    },
    {
      text = {
        nl = "Ja, daar komt het wel op neer.",
        en = "Yes, that's basically it.",
      },
      tags = { "belofte" },
      effects = { spanning = -1 },
      effect = warmer,
      set = { belofte = true },
      score = { verwachtingen = -2 },
      feedback = {
        nl = "Je belooft iets wat je niet kunt waarmaken. De sfeer wordt even beter, maar als de uitslag in maart tegenvalt, komt de teleurstelling dubbel hard aan, en dan ligt het aan jou.",
        en = "You promise something you cannot keep. The mood briefly improves, but if the result in March disappoints, it will hit twice as hard, and then it's on you.",
      },
      next = "onderbouwing",
    },
  },
}

node "correctie" {
  speaker = "vader",
  mood = "verward",
  text = {
    nl = "Nu zegt u weer iets anders. Wat is het nou?",
    en = "Now you're saying something else again. Which is it?",
  },
  choices = {
    {
      text = {
        nl = "Havo. Dat is ons advies, en daar blijf ik bij.",
        en = "Havo. That is our advice, and I'm sticking to it.",
      },
      tags = { "slecht-nieuws" },
      score = { slecht_nieuws = 1 },
      feedback = {
        nl = "Helder, dat is winst na je verzachting. Maar de vader is in de war door jóúw wisseling, en 'daar blijf ik bij' klinkt alsof hij degene is die moest bijdraaien.",
        en = "Clear, which is a gain after your softening. But the father is confused by your switch, and 'I'm sticking to it' sounds as if he was the one who had to come round.",
      },
      next = "onderbouwing",
    },
    {
      text = {
        nl = "Het is allemaal wat ingewikkeld met die nieuwe regels rond de toets.",
        en = "It's all a bit complicated with those new rules around the test.",
      },
      tags = { "vaag" },
      effects = { spanning = 1 },
      score = { verwachtingen = -1 },
      feedback = {
        nl = "Je maakt het vager in plaats van helderder. 'Ingewikkeld' zegt de ouder niets; hij wil één duidelijke zin.",
        en = "You make it vaguer instead of clearer. 'Complicated' tells the parent nothing; he wants one clear sentence.",
      },
      next = "onderbouwing",
    },
    {
      text = {
        nl = "Ik was onduidelijk, sorry. Ons advies is havo. Ik leg u uit waarom, en daarna wat de toets nog kan betekenen.",
        en = "I was unclear, sorry. Our advice is havo. I'll explain why, and then what the test can still mean.",
      },
      tags = { "slecht-nieuws", "excuus" },
      effect = excuus_effect,
      score = { slecht_nieuws = 1, verwachtingen = 1 },
      feedback = excuus_feedback(
        "Helder: je erkent je onduidelijkheid, herhaalt de kernboodschap en geeft structuur aan wat komt. Zo krijgt de ouder weer grip.",
        "Clear: you own your lack of clarity, repeat the core message and give structure to what comes next. That gives the parent a grip again."),
      next = "onderbouwing",
    },
  },
}

node "escalatie" {
  speaker = "vader",
  mood = "boos",
  text = {
    nl = "Een klacht. Nou, dan wil ik nu eigenlijk de directeur spreken.",
    en = "A complaint. Well, then I'd actually like to speak to the head teacher now.",
  },
  choices = {
    {
      text = {
        nl = "Dat is uw goed recht. Zal ik haar even bellen? Intussen kan ik alvast vertellen waar het advies op rust.",
        en = "That's your right. Shall I give her a quick call? Meanwhile I can already tell you what the advice rests on.",
      },
      tags = { "lsd" },
      set = { directeur_gevraagd = true },
      score = { lsd = 1 },
      feedback = {
        nl = "Je respecteert het recht van de ouder om hoger op te gaan en blijft zelf in het gesprek. Goed. Alleen blijft je eigen aandeel onbenoemd: jij verwees naar een klacht, en daar is hij boos om.",
        en = "You respect the parent's right to go higher up and stay in the conversation yourself. Good. Only your own part stays unnamed: you pointed to a complaint, and that is what angers him.",
      },
      next = "herstel",
    },
    {
      text = {
        nl = "De directeur zal precies hetzelfde zeggen, hoor.",
        en = "The head teacher will say exactly the same, you know.",
      },
      tags = { "defensief" },
      effects = { spanning = 2, vertrouwen = -2 },
      score = { lsd = -2 },
      feedback = {
        nl = "Je sluit de laatste deur. Boven-tegen roept tegen op: het gesprek is nu voorbij, zonder dat de ouders iets begrepen hebben.",
        en = "You close the last door. Above-against provokes against: the conversation is over now, without the parents having understood anything.",
      },
      next = "naar_directeur",
    },
    {
      text = {
        nl = "Dat kan. Ik reageerde te snel met regels, sorry. Mag ik eerst uitleggen hoe we tot havo komen? Daarna regel ik de directeur, als u dat nog wilt.",
        en = "That's possible. I answered too quickly with rules, sorry. May I first explain how we arrived at havo? Afterwards I'll arrange the head teacher, if you still want that.",
      },
      tags = { "lsd", "excuus" },
      effects = { spanning = -1 },
      effect = excuus_effect,
      set = { directeur_gevraagd = true },
      score = { lsd = 2 },
      feedback = excuus_feedback(
        "Knap: onder druk blijf je rustig, erken je je eigen fout en respecteer je het recht van de ouder om hoger op te gaan. Dat is 'samen' op de Roos van Leary.",
        "Impressive: under pressure you stay calm, own your mistake and respect the parent's right to go higher up. That is 'together' on Leary's Rose."),
      next = "herstel",
    },
    {
      text = {
        nl = "Prima, ik loop even met u mee naar haar kamer.",
        en = "Fine, I'll walk with you to her office.",
      },
      tags = { "meegaan" },
      score = { lsd = -1 },
      feedback = {
        nl = "Je geeft het gesprek uit handen. Doorverwijzen mag, maar nu gebeurt het uit machteloosheid: de ouders hebben nog geen uitleg gekregen, en jij bent als leerkracht uit beeld.",
        en = "You hand the conversation over. Referring on is allowed, but here it happens out of helplessness: the parents have had no explanation yet, and you as the teacher are out of the picture.",
      },
      next = "naar_directeur",
    },
  },
}

node "herstel" {
  speaker = "vader",
  mood = "gespannen",
  text = function(s)
    if s.flags.directeur_gevraagd then
      return {
        nl = "Goed. Leg het dan maar uit. Maar de directeur wil ik daarna misschien nog steeds spreken.",
        en = "All right. Explain it then. But I may still want to see the head teacher afterwards.",
      }
    end
    return {
      nl = "Goed. Leg het dan maar uit. Maar ik wil het wel echt begrijpen.",
      en = "All right. Explain it then. But I really want to understand it.",
    }
  end,
  next = "onderbouwing",
}

---------------------------------------------------------------------------
-- De onderbouwing
---------------------------------------------------------------------------

node "onderbouwing" {
  speaker = "vader",
  effect = vergeet("laat", "twijfel", "directeur_gevraagd"),
  mood = function(s)
    if s.spanning >= 7 then return "afwijzend" end
    return "neutraal"
  end,
  text = function(s)
    if s.flags.belofte then
      return {
        nl = "Goed, maar vertel toch maar waarom het nu havo is. Dan weten we waar hij aan moet werken voor die toets.",
        en = "Fine, but do tell us why it's havo now. Then we know what he has to work on for that test.",
      }
    end
    if s.flags.verder_dan_cijfers then
      return {
        nl = "Verder dan cijfers? Wat ziet u dan precies?",
        en = "Beyond marks? What exactly do you see, then?",
      }
    end
    return {
      nl = "Waar baseert u het advies dan op?",
      en = "So what do you base the advice on?",
    }
  end,
  choices = {
    {
      text = {
        nl = "Op de gegevens uit het leerlingvolgsysteem. Rekenen zit ruim op 1S, maar begrijpend lezen haalt net 2F, met weinig groei sinds M6. Met zijn werkhouding erbij komen we op havo.",
        en = "On the data from the pupil monitoring system. Maths is well above 1S, but reading comprehension just reaches 2F, with little growth since mid-year 6. Add his work attitude and we arrive at havo.",
      },
      tags = { "jargon" },
      effects = { spanning = 1 },
      score = { verwachtingen = -1 },
      feedback = {
        nl = "De inhoud klopt, maar vaktaal (1S, 2F, M6) zegt ouders weinig en vergroot de afstand. Leg het uit in gewone taal, met wat je in de klas ziet.",
        en = "The content is right, but jargon (1S, 2F, mid-year 6) means little to parents and widens the distance. Explain in plain words, with what you see in class.",
      },
      next = "jargon",
    },
    {
      text = {
        nl = "Op drie dingen. Rekenen is sterk. Begrijpend lezen groeit sinds groep 6 nauwelijks. En zelf plannen kost hem veel moeite. Juist lezen en plannen worden op het vwo zwaar.",
        en = "On three things. Maths is strong. Reading comprehension has hardly grown since year 6. And planning his own work is hard for him. Reading and planning are exactly what gets heavy at vwo.",
      },
      tags = { "verwachtingen" },
      set = { uitleg_helder = true },
      score = { verwachtingen = 2, slecht_nieuws = 1 },
      feedback = {
        nl = "Heldere onderbouwing: je begint met wat sterk is, noemt twee concrete aandachtspunten in gewone taal en legt de link met wat het vwo vraagt. Zo wordt het advies navolgbaar.",
        en = "A clear rationale: you start with what is strong, name two concrete concerns in plain words and link them to what vwo demands. That makes the advice traceable.",
      },
      next = "uitleg_helder",
    },
    {
      text = {
        nl = "Eerlijk gezegd werkt {kind} gewoon niet hard genoeg. Hij kan meer, maar hij doet het niet.",
        en = "Honestly, {kind} just doesn't work hard enough. He could do more, but he doesn't.",
      },
      tags = { "oma" },
      effects = { spanning = 2, vertrouwen = -2 },
      score = { lsd = -2, verwachtingen = -1 },
      feedback = {
        nl = "Een oordeel over het kind (de O van OMA), zonder onderbouwing. Ouders horen: 'uw kind is lui'. Beschrijf gedrag dat je ziet, niet je oordeel erover.",
        en = "A judgement about the child (the J in 'opinions, judgements, advice'), without evidence. Parents hear: 'your child is lazy'. Describe behaviour you see, not your verdict on it.",
      },
      next = "oordeel",
    },
    {
      text = {
        nl = "Op zijn toetsen en op wat ik elke dag zie. Bij rekenen scoort hij al jaren hoog. Maar bij begrijpend lezen blijft hij ongeveer gelijk, en bij de weektaak en het huiswerk merk ik dat hij veel hulp nodig heeft met plannen. Alles bij elkaar komen we dan op havo.",
        en = "On his tests and on what I see every day. In maths he has scored high for years. But in reading comprehension he stays roughly level, and with the weekly task and homework I notice he needs a lot of help with planning. All in all that brings us to havo.",
      },
      tags = { "verwachtingen" },
      set = { uitleg_helder = true },
      score = { verwachtingen = 1 },
      feedback = {
        nl = "De goede inhoud, in gewone taal. Maar het is een lange lap: halverwege luisteren ouders die net slecht nieuws kregen al niet meer. Drie korte punten en de link met het vwo blijven beter hangen.",
        en = "The right content, in plain words. But it is a long stretch: halfway through, parents who just got bad news have stopped listening. Three short points and the link with vwo stick better.",
      },
      next = "uitleg_helder",
    },
  },
}

node "jargon" {
  speaker = "vader",
  mood = "verward",
  text = {
    nl = "Sorry, 1S? 2F? M6? Ik heb geen idee wat dat betekent.",
    en = "Sorry, 1S? 2F? Mid-year 6? I have no idea what that means.",
  },
  choices = {
    {
      text = {
        nl = "Dat zijn de referentieniveaus. 1F is het basisniveau dat bijna elk kind haalt; 2F en 1S zijn de streefniveaus voor eind groep 8. Bij lezen haalt hij 2F maar net, en voor het vwo verwacht je dat ruim.",
        en = "Those are the reference levels. 1F is the basic level almost every child reaches; 2F and 1S are the target levels for the end of year 8. In reading he only just reaches 2F, and for vwo you'd expect it comfortably.",
      },
      tags = { "jargon", "verwachtingen" },
      set = { uitleg_helder = true },
      score = { verwachtingen = 1 },
      feedback = {
        nl = "Je legt het correct uit: 1F is het fundament, 2F (taal) en 1S (rekenen) zijn de streefniveaus. Maar je beantwoordt vaktaal met nog meer vaktaal. Ouders hebben meer aan wat je in de klas ziet.",
        en = "You explain it correctly: 1F is the foundation, 2F (language) and 1S (maths) are the target levels. But you answer jargon with more jargon. Parents get more out of what you see in class.",
      },
      next = "uitleg_helder",
    },
    {
      text = {
        nl = "Sorry, ik zeg het gewoon. Rekenen is sterk. Lezen groeit nauwelijks en zelf plannen is lastig. En juist lezen en plannen tellen zwaar op het vwo.",
        en = "Sorry, let me just say it. Maths is strong. Reading is hardly growing and planning his own work is difficult. And reading and planning count heavily at vwo.",
      },
      tags = { "verwachtingen", "excuus" },
      effect = excuus_effect,
      set = { uitleg_helder = true },
      score = { verwachtingen = 2 },
      feedback = excuus_feedback(
        "Goed dat je het direct vertaalt. Drie korte punten in gewone taal: zo kunnen ouders het volgen en later ook aan hun kind uitleggen.",
        "Good that you translate it at once. Three short points in plain words: parents can follow that and later explain it to their child."),
      next = "uitleg_helder",
    },
    {
      text = {
        nl = "Dat zijn de normen van het leerlingvolgsysteem. Die gebruikt elke school.",
        en = "Those are the standards of the pupil monitoring system. Every school uses them.",
      },
      tags = { "jargon", "defensief" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { verwachtingen = -1, lsd = -1 },
      feedback = {
        nl = "De vader zegt dat hij je niet begrijpt, en jij legt uit waarom je gelijk hebt. Zo voelen ouders zich dom en haken ze af.",
        en = "The father says he does not understand you, and you explain why you are right. That makes parents feel stupid and they switch off.",
      },
      next = "jargon2",
    },
  },
}

node "jargon2" {
  speaker = "moeder",
  mood = "afwijzend",
  text = {
    nl = "We voelen ons hier eerlijk gezegd een beetje dom.",
    en = "Honestly, we're feeling a bit stupid here.",
  },
  effects = { spanning = 1 },
  choices = {
    {
      text = {
        nl = "Daar hoeft u zich echt niet dom door te voelen, hoor. Het zijn gewoon de termen die wij op school gebruiken.",
        en = "There's really no need to feel stupid about it. They're just the terms we use at school.",
      },
      tags = { "defensief" },
      effects = { spanning = 1 },
      score = { lsd = -1 },
      feedback = {
        nl = "Geruststellen terwijl je het probleem laat staan: de termen blijven onuitgelegd, en de ouders weten nog steeds niet waar het advies op rust. Het verschil in begrip is aan jou om te overbruggen.",
        en = "Reassuring while leaving the problem in place: the terms stay unexplained, and the parents still don't know what the advice rests on. The gap in understanding is yours to bridge.",
      },
      next = "uitleg_helder",
    },
    {
      text = {
        nl = "Dat is mijn fout, ik gebruik te veel vaktaal. Simpel gezegd: rekenen is sterk, lezen en plannen gaan nog moeizaam, en juist die tellen op het vwo.",
        en = "That's my fault, I'm using too much jargon. Simply put: maths is strong, reading and planning are still hard, and those are exactly what counts at vwo.",
      },
      tags = { "lsd", "excuus" },
      effects = { spanning = -1 },
      effect = excuus_effect,
      set = { uitleg_helder = true },
      score = { lsd = 1, verwachtingen = 1 },
      feedback = excuus_feedback(
        "Goed: je neemt de verantwoordelijkheid (een ik-boodschap over je eigen taal) en vertaalt alsnog. Het verschil in begrip ligt bij jou, niet bij hen.",
        "Good: you take responsibility (an I-message about your own language) and translate after all. The gap in understanding is yours to close, not theirs."),
      next = "uitleg_helder",
    },
  },
}

node "oordeel" {
  speaker = "moeder",
  mood = "boos",
  text = {
    nl = "Dus hij is lui? Hij zit elke avond aan zijn huiswerk!",
    en = "So he's lazy? He sits doing his homework every evening!",
  },
  choices = {
    {
      text = {
        nl = "Ik zie het toch echt in de klas.",
        en = "Well, I really do see it in class.",
      },
      tags = { "defensief" },
      effects = { spanning = 2, vertrouwen = -1 },
      set = { lui_gezegd = true },
      score = { lsd = -1 },
      feedback = {
        nl = "Je houdt vast aan je oordeel. De moeder voelt haar kind aangevallen; vanaf nu luistert ze vooral om zich te verdedigen.",
        en = "You stick to your judgement. The mother feels her child is under attack; from now on she will mainly listen in order to defend.",
      },
      next = "uitleg_helder",
    },
    {
      text = {
        nl = "Lui is niet het goede woord. Maar hij begint laat, gumt veel uit en zijn weektaak is vaak niet af.",
        en = "Lazy isn't the right word. But he starts late, rubs out a lot and his weekly task is often unfinished.",
      },
      tags = { "verwachtingen" },
      set = { uitleg_helder = true },
      score = { verwachtingen = 1 },
      feedback = {
        nl = "Je vervangt het oordeel door waarneembaar gedrag, en dat is het goede idee. Maar zonder het terug te nemen klinkt je lijstje als bewijs tegen hem, en waarom dat tot havo leidt (lezen, plannen) zeg je niet. Een kort 'dat zei ik verkeerd' maakt het verschil.",
        en = "You replace the judgement with observable behaviour, which is the right idea. But without withdrawing it, your list sounds like evidence against him, and you don't say why it leads to havo (reading, planning). A short 'I put that badly' makes the difference.",
      },
      next = "uitleg_helder",
    },
    {
      text = {
        nl = "Dat zei ik verkeerd, sorry. Lui is hij niet. Wat ik zie: rekenen is sterk, maar lezen groeit nauwelijks en zelf plannen kost hem veel moeite.",
        en = "I put that badly, sorry. He isn't lazy. What I see: maths is strong, but reading is hardly growing and planning his own work is hard for him.",
      },
      tags = { "lsd", "verwachtingen", "excuus" },
      effects = { spanning = -1 },
      effect = excuus_tel,
      set = { uitleg_helder = true },
      score = { lsd = 1, verwachtingen = 1 },
      feedback = excuus_feedback(
        "Goed hersteld: je neemt je oordeel terug en vervangt het door waarneembaar gedrag. Dat is het verschil tussen een oordeel en een observatie.",
        "Well repaired: you withdraw your judgement and replace it with observable behaviour. That is the difference between a judgement and an observation."),
      next = "uitleg_helder",
    },
  },
}

node "uitleg_helder" {
  speaker = "vader",
  effect = vergeet("verder_dan_cijfers"),
  mood = function(s)
    if s.vertrouwen >= 6 then return "neutraal" end
    return "afwijzend"
  end,
  text = function(s)
    if s.flags.lui_gezegd then
      return {
        nl = "Hij zit elke avond aan zijn huiswerk, en daarna leest hij nog. En {zus} had in groep 8 ook moeite met lezen, en die doet het prima op het gymnasium. Ik denk dat u hem onderschat.",
        en = "He does his homework every evening, and then he reads as well. And {zus} also struggled with reading in year 8, and she's doing fine at the gymnasium. I think you underestimate him.",
      }
    end
    return {
      nl = "Maar thuis leest hij elke avond. En {zus} had in groep 8 ook moeite met lezen, en die doet het prima op het gymnasium.",
      en = "But at home he reads every evening. And {zus} also struggled with reading in year 8, and she's doing fine at the gymnasium.",
    }
  end,
  choices = {
    {
      text = {
        nl = "Wat leest hij thuis zoal?",
        en = "What does he read at home?",
      },
      tags = { "lsd" },
      score = { lsd = 1 },
      feedback = {
        nl = "Een korte, open vraag die aansluit bij wat de vader noemt: doorvragen levert informatie op die jij nog niet had. De zorg achter zijn woorden (ziet de school onze zoon wel?) blijft wel liggen.",
        en = "A short, open question that links to what the father mentions: asking further brings out information you did not have yet. The worry behind his words (does the school see our son?) is left lying, though.",
      },
      next = "thuisbeeld",
    },
    {
      text = {
        nl = "Dat kan, maar bij {zus} zagen we toen al dat ze heel zelfstandig werkte en goed kon plannen. Bij {kind} zien we dat nog niet, en dat is echt een verschil.",
        en = "That may be, but with {zus} we already saw back then that she worked very independently and planned well. With {kind} we don't see that yet, and that really is a difference.",
      },
      tags = { "oma" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { lsd = -1 },
      feedback = {
        nl = "Nu vergelijk je zelf de kinderen, en {kind} komt er slecht uit. Dat raakt ouders diep, ook als het klopt. Blijf bij dit kind en bij wat de ouders thuis zien.",
        en = "Now you compare the children yourself, and {kind} comes off badly. That cuts parents deeply, even when it is accurate. Stay with this child and with what the parents see at home.",
      },
      next = "vergelijking",
    },
    {
      text = {
        nl = "U ziet thuis een jongen die graag leest, en u vraagt zich af of wij hem wel goed zien.",
        en = "At home you see a boy who likes reading, and you wonder whether we really see him.",
      },
      tags = { "lsd" },
      effects = { spanning = -1 },
      score = { lsd = 2 },
      feedback = {
        nl = "Een samenvatting die ook de zorg achter de woorden benoemt (reflectie van gevoel). De vader voelt zich begrepen zonder dat je het advies loslaat.",
        en = "A summary that also names the worry behind the words (reflecting feeling). The father feels understood without you letting go of the advice.",
      },
      next = "thuisbeeld",
    },
    {
      text = {
        nl = "{zus} is {zus}. Je kunt kinderen niet met elkaar vergelijken.",
        en = "{zus} is {zus}. You can't compare children with each other.",
      },
      tags = { "oma", "defensief" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { lsd = -1 },
      feedback = {
        nl = "Inhoudelijk waar, maar je zet de vader terecht. Hij probeert iets te zeggen over zijn zorg, niet over zijn dochter. Vraag door in plaats van te corrigeren.",
        en = "True in content, but you put the father in his place. He is trying to say something about his worry, not about his daughter. Ask further instead of correcting.",
      },
      next = "vergelijking",
    },
  },
}

node "vergelijking" {
  speaker = "vader",
  effect = vergeet("lui_gezegd"),
  mood = "afwijzend",
  text = {
    nl = "Dat zeg ik toch niet. Ik zeg alleen dat u hem misschien onderschat.",
    en = "That's not what I'm saying. I'm only saying you might be underestimating him.",
  },
  choices = {
    {
      text = {
        nl = "Dat kan ik me voorstellen, en daarom is het goed dat we dit gesprek hebben. Het advies is een inschatting, en uw kijk op {kind} hoort daar ook bij. Wat ziet u thuis?",
        en = "I can imagine that, and that's why it's good we're having this conversation. The advice is an estimate, and your view of {kind} belongs in it too. What do you see at home?",
      },
      tags = { "lsd" },
      score = { lsd = 1 },
      feedback = {
        nl = "Je opent het gesprek weer en vraagt naar hun kennis van {kind}. Goed. Maar het is een omweg: de angst onder zijn woorden (dat jullie zijn zoon tekortdoen) benoem je niet.",
        en = "You reopen the conversation and ask about their knowledge of {kind}. Good. But it is a detour: the fear beneath his words (that you are selling his son short) stays unnamed.",
      },
      next = "thuisbeeld",
    },
    {
      text = {
        nl = "Wij zien hem elke dag, vijf uur lang. We onderschatten hem niet.",
        en = "We see him every day, five hours a day. We don't underestimate him.",
      },
      tags = { "defensief" },
      effects = { spanning = 1, vertrouwen = -1 },
      score = { lsd = -1 },
      feedback = {
        nl = "Een welles-nietesreactie. Je staat nu lijnrecht tegenover de vader, terwijl jullie allebei het beste voor {kind} willen.",
        en = "A tit-for-tat reply. You are now directly opposed to the father, while you both want the best for {kind}.",
      },
      next = "toets_uitleg",
    },
    {
      text = {
        nl = "U bent bang dat we hem tekortdoen. Vertel eens: wat ziet u thuis?",
        en = "You're afraid we're selling him short. Tell me: what do you see at home?",
      },
      tags = { "lsd" },
      effects = { spanning = -1 },
      score = { lsd = 2 },
      feedback = {
        nl = "Goed: je benoemt de angst onder de boosheid en nodigt uit tot vertellen. Ouders kennen hun kind op een andere manier dan jij; die informatie heb je nodig.",
        en = "Good: you name the fear beneath the anger and invite them to tell. Parents know their child differently than you do; you need that information.",
      },
      next = "thuisbeeld",
    },
  },
}

node "thuisbeeld" {
  speaker = "moeder",
  mood = function(s)
    if s.vertrouwen >= 6 then return "verdrietig" end
    return "afwijzend"
  end,
  -- Wat de moeder vertelt, hangt af van het vertrouwen: pas vanaf 6 vertelt
  -- ze meteen dat hij slecht slaapt. Dat onthoudt het scenario, zodat latere
  -- teksten alleen naar de slaap verwijzen als de student het hoorde.
  effect = function(s)
    s.flags.lui_gezegd = nil
    if s.vertrouwen >= 6 then
      s.flags.slaap_gehoord = true
      s.flags.slaap_meteen = true
    end
  end,
  text = function(s)
    if s.vertrouwen >= 6 then
      return {
        nl = "Vooral strips en voetbalboeken. Maar... sinds een paar weken zegt hij 's avonds dat hij dom is. Hij slaapt slecht. Ik denk dat hij bang is voor dit advies.",
        en = "Mostly comics and football books. But... for a few weeks now he's been saying in the evenings that he's stupid. He's sleeping badly. I think he's afraid of this advice.",
      }
    end
    return {
      nl = "Strips, voetbalboeken. Hij is de laatste tijd ook wat onrustig, maar goed.",
      en = "Comics, football books. He's been a bit restless lately, but anyway.",
    }
  end,
  -- Zwijgen is hier goed: de moeder aarzelt ('maar goed', 'ik denk...') en
  -- vertelt verder als je haar de ruimte laat.
  timeout = {
    seconds = 20,
    next = "thuisbeeld_door",
    score = { lsd = 1 },
    tags = { "stilte" },
    feedback = {
      nl = "Goed: je liet een stilte vallen, en de moeder ging verder. Ze aarzelde al; een vraag of een geruststelling had haar verhaal afgekapt. Stilte is hier doorvragen zonder woorden.",
      en = "Good: you let a silence fall, and the mother went on. She was already hesitating; a question or reassurance would have cut her story short. Silence here is asking further without words.",
    },
  },
  choices = {
    {
      text = {
        nl = "Dat hoort bij groep 8, hoor. Veel kinderen zijn nu zenuwachtig.",
        en = "That's normal in year 8. Lots of children are nervous right now.",
      },
      tags = { "oma" },
      effects = { vertrouwen = -1 },
      score = { lsd = -1 },
      feedback = {
        nl = "Geruststellen door te normaliseren (een mening, OMA) maakt de zorg van de moeder kleiner dan die voor haar is. Vraag door of vat samen.",
        en = "Reassuring by normalising (an opinion, which blocks listening) makes the mother's worry smaller than it is to her. Ask further or summarise.",
      },
      next = "toets_uitleg",
    },
    {
      when = function(s) return s.vertrouwen >= 6 end,
      text = {
        nl = "Dank u dat u dit vertelt. Dat wist ik niet, en het is belangrijk. Ik wil er zelf met hem over praten, en ik let er in de klas op.",
        en = "Thank you for telling me. I didn't know that, and it matters. I want to talk to him about it myself, and I'll keep an eye on it in class.",
      },
      tags = { "lsd", "afspraken" },
      effects = { spanning = -1 },
      effect = warmer,
      score = { lsd = 2, afspraken = 1 },
      feedback = {
        nl = "Uitstekend: je bedankt voor de informatie en laat zien dat je er iets mee doet. Zo worden ouders partner: hun kennis van het kind verandert jouw handelen.",
        en = "Excellent: you thank them for the information and show you will act on it. This is how parents become partners: their knowledge of the child changes what you do.",
      },
      next = "toets_uitleg",
    },
    {
      when = function(s) return s.vertrouwen < 6 end,
      text = {
        nl = "U zegt 'onrustig'. Wat merkt u daarvan?",
        en = "You say 'restless'. What do you notice?",
      },
      tags = { "lsd" },
      score = { lsd = 1 },
      feedback = {
        nl = "Goed gehoord: moeder zegt het er terloops bij ('maar goed'), en jij echoot het sleutelwoord. Zo'n kleine doorvraag opent vaak de belangrijkste informatie.",
        en = "Well heard: the mother mentions it in passing ('but anyway'), and you echo the key word. Such a small follow-up question often opens up the most important information.",
      },
      next = "thuisbeeld_door",
    },
    {
      when = function(s) return s.vertrouwen >= 6 end,
      text = {
        nl = "Wat naar. Dat zie ik vaker in groep 8. Het helpt vaak als ze horen dat havo ook een mooie route is.",
        en = "How sad. I see that more often in year 8. It often helps when they hear that havo is a fine route too.",
      },
      tags = { "oma" },
      score = { lsd = -1 },
      feedback = {
        nl = "Je begint met medeleven, maar gaat dan normaliseren en het advies verkopen. De moeder vertelde iets kwetsbaars over haar zoon; dat verdient eerst een samenvatting en een vraag, geen voorlichting.",
        en = "You start with sympathy, but then normalise and sell the advice. The mother told you something vulnerable about her son; that deserves a summary and a question first, not information.",
      },
      next = "toets_uitleg",
    },
    {
      text = {
        nl = "Dan is havo misschien juist goed voor hem. Minder druk.",
        en = "Then maybe havo is actually good for him. Less pressure.",
      },
      tags = { "oma" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { lsd = -1 },
      feedback = {
        nl = "Je gebruikt de zorg van de moeder als argument voor je advies. Dat voelt als 'gelijk halen' en niet als luisteren.",
        en = "You use the mother's worry as an argument for your advice. That feels like scoring a point, not like listening.",
      },
      next = "toets_uitleg",
    },
  },
}

node "thuisbeeld_door" {
  speaker = "moeder",
  mood = "verdrietig",
  effects = { spanning = -1 },
  set = { slaap_gehoord = true },
  text = function(s)
    if s.flags.slaap_meteen then
      return {
        nl = "(Ze slikt.) Gisteren vroeg hij of hij dom is, als het havo wordt. Ik wist niet wat ik moest zeggen.",
        en = "(She swallows.) Yesterday he asked whether he's stupid if it's havo. I didn't know what to say.",
      }
    end
    return {
      nl = "Hij slaapt slecht. En hij zegt 's avonds dat hij dom is. Ik denk dat hij bang is voor dit advies.",
      en = "He sleeps badly. And in the evenings he says he's stupid. I think he's afraid of this advice.",
    }
  end,
  choices = {
    {
      text = {
        nl = "Dat herken ik van meer kinderen in groep 8. Als het advies eenmaal duidelijk is en hij weet waar hij aan toe is, komt er vaak vanzelf weer rust.",
        en = "I recognise that from other children in year 8. Once the advice is clear and he knows where he stands, calm often returns by itself.",
      },
      tags = { "oma" },
      score = { lsd = -1 },
      feedback = {
        nl = "Na wat de moeder net vertelde, sluit je het onderwerp af met een geruststelling die je niet kunt waarmaken. Blijf bij wat zij vertelt en maak er een afspraak van.",
        en = "After what the mother just told you, you close the topic with reassurance you cannot guarantee. Stay with what she tells you and turn it into an agreement.",
      },
      next = "toets_uitleg",
    },
    {
      text = {
        nl = "Dank u dat u dit vertelt. Dat wist ik niet. Ik wil er zelf met hem over praten, mag dat?",
        en = "Thank you for telling me. I didn't know that. I'd like to talk to him about it myself, is that all right?",
      },
      tags = { "lsd", "afspraken" },
      effect = warmer,
      score = { lsd = 1, afspraken = 1 },
      feedback = {
        nl = "Wat de moeder vertelt, had je anders gemist. Je bedankt haar, zegt wat je ermee doet en vraagt of het mag: zo wordt de kennis van ouders bruikbaar.",
        en = "You would otherwise have missed what the mother tells you. You thank her, say what you will do with it and ask if that's all right: that makes the parents' knowledge useful.",
      },
      next = "toets_uitleg",
    },
    {
      text = {
        nl = "Wat verdrietig. Wat zegt u dan tegen hem, als hij dat zegt?",
        en = "How sad. What do you say to him when he says that?",
      },
      tags = { "lsd" },
      score = { lsd = 1 },
      feedback = {
        nl = "Een warme, open vraag: je blijft bij de moeder. Alleen blijft het daarbij. Wat ga jíj doen met wat je nu weet? Dat horen ouders graag terug.",
        en = "A warm, open question: you stay with the mother. But it ends there. What will you do with what you now know? Parents like to hear that.",
      },
      next = "toets_uitleg",
    },
  },
}

---------------------------------------------------------------------------
-- De doorstroomtoets: eerlijk over wat nog kan
---------------------------------------------------------------------------

node "toets_uitleg" {
  speaker = "vader",
  effect = vergeet("slaap_meteen", "lui_gezegd"),
  mood = "gespannen",
  text = function(s)
    if s.flags.belofte then
      return {
        nl = "En die doorstroomtoets, hoe zit dat nou precies? U zei net dat hij dan vwo krijgt.",
        en = "And that transition test, how exactly does that work? You just said he'd get vwo then.",
      }
    end
    return {
      nl = "En die doorstroomtoets dan? Telt die nog mee?",
      en = "And what about the transition test? Does that still count?",
    }
  end,
  choices = {
    {
      text = {
        nl = "Ja. Als hij de toets goed maakt, wordt het vwo. Dat beloof ik u.",
        en = "Yes. If he does well on the test, it'll be vwo. I promise you.",
      },
      tags = { "belofte" },
      effects = { spanning = -1 },
      effect = warmer,
      set = { belofte = true },
      score = { verwachtingen = -3 },
      feedback = {
        nl = "Dit kun je niet beloven: de school heroverweegt na een hogere uitslag, en past dan in principe aan, maar 'goed maken' en 'vwo' zijn niet hetzelfde. Een belofte die je niet waarmaakt, kost later al het vertrouwen.",
        en = "You cannot promise this: after a higher result the school reconsiders and in principle raises the advice, but 'doing well' and 'vwo' are not the same thing. A promise you can't keep will later cost all the trust.",
      },
      next = "belofte",
    },
    {
      text = {
        nl = "Jazeker. De toets geeft een eigen advies. Is dat hoger, dan kunnen we overwegen het aan te passen, maar dat gebeurt niet vaak: het blijft ons advies.",
        en = "Certainly. The test gives its own advice. If that is higher, we may consider adjusting ours, but that doesn't happen often: it remains our advice.",
      },
      tags = { "defensief" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { verwachtingen = -1 },
      feedback = {
        nl = "Half waar en daardoor misleidend. Bij een hogere uitslag 'kán' de school niet overwegen, ze móét heroverwegen en past het advies in principe aan. Ouders hebben recht op die regel; met 'dat gebeurt niet vaak' neem je hem weg.",
        en = "Half true and therefore misleading. After a higher result the school doesn't 'may consider', it must reconsider and in principle raises the advice. Parents are entitled to that rule; with 'that doesn't happen often' you take it away.",
      },
      next = "toets_vaag",
    },
    {
      text = {
        nl = "Ja. Valt de doorstroomtoets in februari hoger uit dan ons advies, dan heroverwegen we en passen we het in principe aan. Lager wordt het niet. Het definitieve advies volgt vóór eind maart.",
        en = "Yes. If the transition test in February comes out higher than our advice, we reconsider and in principle raise it. It won't go lower. The final advice follows before the end of March.",
      },
      tags = { "verwachtingen" },
      set = { toets_uitgelegd = true },
      score = { verwachtingen = 3 },
      feedback = {
        nl = "Precies en eerlijk: je legt de regel uit (hoger resultaat betekent heroverwegen en in principe bijstellen, nooit omlaag) en noemt de datum. Zo weten de ouders wat ze kunnen verwachten, zonder valse belofte.",
        en = "Precise and honest: you explain the rule (a higher result means reconsidering and in principle raising, never lowering) and give the date. Now the parents know what to expect, without a false promise.",
      },
      next = "toets_helder",
    },
    {
      text = {
        nl = "Ja, zeker. Hij maakt hem in februari, en als hij hoger scoort dan havo, kijken we opnieuw.",
        en = "Yes, definitely. He takes it in February, and if he scores higher than havo, we look again.",
      },
      tags = { "verwachtingen" },
      set = { toets_uitgelegd = true },
      score = { verwachtingen = 1 },
      feedback = {
        nl = "Klopt, maar het is de helft. 'Opnieuw kijken' zegt niet dat de school het advies dan in principe aanpast, en ook niet dat het niet omlaag kan of wanneer het definitieve advies komt.",
        en = "Correct, but it's half of it. 'Look again' doesn't say the school then in principle raises the advice, nor that it can't go down or when the final advice comes.",
      },
      next = "toets_helder",
    },
  },
}

node "belofte" {
  speaker = "moeder",
  mood = "blij",
  text = {
    nl = "Nou, dan gaan we thuis elke avond oefenen! Dan gaat het vast lukken.",
    en = "Well then, we'll practise at home every evening! Then it's bound to work.",
  },
  effects = { spanning = -1 },
  choices = {
    {
      text = {
        nl = "Dat is een mooi plan. Er zijn veel oefentoetsen op internet, en oefenboeken bij de boekhandel. Als hij elke avond een half uurtje oefent, is hij in februari goed voorbereid.",
        en = "That's a good plan. There are lots of practice tests online, and practice books in the bookshop. If he practises half an hour every evening, he'll be well prepared in February.",
      },
      tags = { "meegaan", "oma" },
      score = { verwachtingen = -2 },
      feedback = function(s)
        local nl = "Je bouwt verder op je belofte en geeft er een oefenplan bij. De doorstroomtoets meet wat een kind al kan; elke avond drillen verandert dat nauwelijks, en de belofte blijft staan."
        local en = "You build on your promise and add a practice plan. The transition test measures what a child can already do; drilling every evening hardly changes that, and the promise stays."
        if s.flags.slaap_gehoord then
          nl = nl .. " En de moeder vertelde net dat {kind} slecht slaapt: hij krijgt er zo elke avond druk bij."
          en = en .. " And the mother just told you that {kind} sleeps badly: this adds pressure every evening."
        end
        return { nl = nl, en = en }
      end,
      next = "vooruit",
    },
    {
      text = {
        nl = "Goed idee, oefenen kan geen kwaad.",
        en = "Good idea, practising can't hurt.",
      },
      tags = { "meegaan" },
      score = { verwachtingen = -1 },
      feedback = function(s)
        local nl = "Je gaat mee in het plan van de ouders en laat de belofte staan."
        local en = "You go along with the parents' plan and let the promise stand."
        if s.flags.slaap_gehoord then
          nl = nl .. " Bovendien: een kind dat al slecht slaapt, krijgt er zo elke avond druk bij."
          en = en .. " Besides: a child who is already sleeping badly now gets pressure every evening."
        else
          nl = nl .. " Of elke avond oefenen goed is voor {kind}, weet je niet: je hebt niet gevraagd hoe het thuis met hem gaat."
          en = en .. " Whether practising every evening is good for {kind}, you don't know: you haven't asked how he is doing at home."
        end
        return { nl = nl, en = en }
      end,
      next = "vooruit",
    },
    {
      text = {
        nl = "Wacht, ik moet iets rechtzetten: ik kan niets beloven. Valt de uitslag hoger uit dan ons advies, dan passen we het in principe aan. Maar wat hij haalt, kan niemand voorspellen.",
        en = "Wait, I need to correct something: I can't promise anything. If the result is higher than our advice, we in principle raise it. But nobody can predict what he'll score.",
      },
      tags = { "verwachtingen" },
      effects = { vertrouwen = -1, spanning = 1 },
      set = { belofte = false, belofte_rechtgezet = true, toets_uitgelegd = true },
      score = { verwachtingen = 3 },
      feedback = {
        nl = "Heel goed dat je jezelf corrigeert, ook al valt de blijdschap even weg. Een eerlijke verwachting nu is veel beter dan een gebroken belofte in maart.",
        en = "Very good that you correct yourself, even though the joy drops for a moment. An honest expectation now is far better than a broken promise in March.",
      },
      next = "toets_helder",
    },
    {
      text = {
        nl = "Ik moet er wel bij zeggen dat het geen garantie is, hoor. Maar oefenen kan geen kwaad.",
        en = "I should add that it isn't a guarantee, though. But practising can't hurt.",
      },
      tags = { "verwachtingen" },
      set = { belofte = false, valse_hoop = true },
      score = { verwachtingen = 1 },
      feedback = {
        nl = "Je neemt de belofte half terug: 'geen garantie' is eerlijk. Maar de regel zelf (hoger resultaat: in principe aanpassen) blijft onduidelijk, en het oefenplan laat je staan. De ouders onthouden vooral het oefenen.",
        en = "You half take back the promise: 'not a guarantee' is honest. But the rule itself (higher result: in principle raised) stays unclear, and you let the practice plan stand. The parents will mainly remember the practising.",
      },
      next = "vooruit",
    },
  },
}

node "toets_vaag" {
  speaker = "vader",
  mood = "boos",
  text = {
    nl = "Dus die toets telt bijna nooit? Waarom maakt hij hem dan?",
    en = "So the test hardly ever counts? Then why is he taking it?",
  },
  choices = {
    {
      text = {
        nl = "Hij telt alleen als hij hoger uitvalt.",
        en = "It only counts if it comes out higher.",
      },
      set = { toets_uitgelegd = true },
      score = { verwachtingen = 1 },
      feedback = {
        nl = "In de kern juist, maar kortaf, en je mist 'in principe aanpassen' en de datum. De vader hoort vooral je toon.",
        en = "Essentially right, but curt, and you leave out 'in principle raise it' and the date. The father mainly hears your tone.",
      },
      next = "toets_helder",
    },
    {
      text = {
        nl = "Nee, zo bedoel ik het niet. Hij telt zeker mee. Maar we kennen {kind} al acht jaar, en de toets is één ochtend. Dat weegt voor ons gewoon zwaarder, en zo werkt het op de meeste scholen.",
        en = "No, that's not what I mean. It certainly counts. But we've known {kind} for eight years, and the test is one morning. That simply weighs more for us, and that's how it works at most schools.",
      },
      tags = { "defensief" },
      effects = { spanning = 1 },
      set = { toets_onduidelijk = true },
      score = { verwachtingen = -1 },
      feedback = {
        nl = "Je verdedigt het schooladvies en laat de regel weer weg. Die is juist belangrijk voor ouders: is de uitslag hoger, dan móét de school heroverwegen en past ze het advies in principe aan.",
        en = "You defend the school's advice and leave out the rule again. That rule matters to parents: if the result is higher, the school must reconsider and in principle raises the advice.",
      },
      next = "vooruit",
    },
    {
      text = {
        nl = "Sorry, dat was onvolledig. Is de uitslag hoger dan ons advies, dan moeten we heroverwegen en passen we het in principe aan. Lager kan niet. Het definitieve advies krijgt u vóór eind maart.",
        en = "Sorry, that was incomplete. If the result is higher than our advice, we must reconsider and in principle raise it. It can't go lower. You'll get the final advice before the end of March.",
      },
      tags = { "verwachtingen", "excuus" },
      effects = { spanning = -1 },
      effect = excuus_tel,
      set = { toets_uitgelegd = true },
      score = { verwachtingen = 2 },
      feedback = excuus_feedback(
        "Goed dat je het aanvult met de echte regel en de datum. Je had het meteen zo kunnen zeggen, maar herstellen is ook een vaardigheid.",
        "Good that you add the real rule and the date. You could have said it like this straight away, but repairing is a skill too."),
      next = "toets_helder",
    },
  },
}

node "toets_helder" {
  speaker = "vader",
  mood = "neutraal",
  text = function(s)
    if s.flags.belofte_rechtgezet then
      return {
        nl = "Oké. Dus geen belofte. Het kan nog omhoog, maar niet omlaag, en het hangt van de uitslag af.",
        en = "OK. So no promise. It can still go up, but not down, and it depends on the result.",
      }
    end
    return {
      nl = "Oké. Dus het kan nog omhoog, maar niet omlaag. En het is geen garantie.",
      en = "OK. So it can still go up, but not down. And it's no guarantee.",
    }
  end,
  choices = {
    {
      text = {
        nl = "Klopt, u vat het precies samen.",
        en = "Right, you sum it up exactly.",
      },
      tags = { "verwachtingen" },
      score = { verwachtingen = 1 },
      feedback = {
        nl = "Je bevestigt zijn samenvatting: goed, zo weet je dat het is aangekomen. De volgende stap laat je nog bij de ouders liggen.",
        en = "You confirm his summary: good, now you know it has landed. You leave the next step with the parents, though.",
      },
      next = "vooruit",
    },
    {
      text = {
        nl = "Klopt. En eerlijk is eerlijk: de meeste kinderen scoren op de toets ongeveer wat het advies al zegt. Dus ik zou er niet te veel van verwachten, maar je weet het nooit.",
        en = "Right. And to be fair: most children score on the test roughly what the advice already says. So I wouldn't expect too much of it, but you never know.",
      },
      tags = { "oma" },
      effects = { vertrouwen = -1 },
      score = { verwachtingen = -1 },
      feedback = {
        nl = "De vader vatte het net goed samen, en jij haalt er de lucht weer uit. Of {kind} hoger scoort, weet niemand; je eigen verwachting erbij geven maakt de regel kleiner dan hij is.",
        en = "The father just summarised it well, and you let the air out again. Nobody knows whether {kind} will score higher; adding your own expectation makes the rule smaller than it is.",
      },
      next = "vooruit",
    },
    {
      text = {
        nl = "Precies. Zullen we het nu hebben over wat {kind} de komende tijd nodig heeft?",
        en = "Exactly. Shall we now talk about what {kind} needs in the coming period?",
      },
      tags = { "verwachtingen" },
      score = { verwachtingen = 2 },
      feedback = {
        nl = "Je bevestigt zijn samenvatting en maakt de overstap naar 'vooruitkijken', de derde fase van het slechtnieuwsgesprek.",
        en = "You confirm his summary and make the switch to looking ahead, the third phase of a bad-news conversation.",
      },
      next = "vooruit",
    },
    {
      text = {
        nl = "Klopt. Maar reken er niet op, hoor. Het is echt een havist.",
        en = "Right. But don't count on it. He really is a havo kid.",
      },
      tags = { "oma" },
      effects = { vertrouwen = -2, spanning = 2 },
      score = { lsd = -1 },
      feedback = {
        nl = "Met een label als 'een havist' zet je het kind vast en neem je de ouders hun hoop af. Bevestig zijn samenvatting en ga samen vooruit.",
        en = "With a label like 'a havo kid' you pin the child down and take away the parents' hope. Confirm his summary and move forward together.",
      },
      next = "vooruit",
    },
  },
}

---------------------------------------------------------------------------
-- Vooruitkijken en afspraken
---------------------------------------------------------------------------

node "vooruit" {
  speaker = "moeder",
  effect = vergeet("belofte_rechtgezet"),
  mood = function(s)
    if s.vertrouwen >= 6 then return "neutraal" end
    return "verdrietig"
  end,
  text = function(s)
    local begin = { nl = "", en = "" }
    if s.flags.toets_onduidelijk then
      begin = { nl = "(Marco schudt zijn hoofd.) ", en = "(Marco shakes his head.) " }
    end
    if s.flags.slaap_gehoord then
      return {
        nl = begin.nl .. "Wat kunnen we nu doen? Ik zie er echt tegen op om het hem te vertellen, juist nu hij zo onzeker is.",
        en = begin.en .. "What can we do now? I really dread telling him, especially now that he's so insecure.",
      }
    end
    return {
      nl = begin.nl .. "Wat kunnen we nu doen? Hoe vertellen we het hem?",
      en = begin.en .. "What can we do now? How do we tell him?",
    }
  end,
  -- Zwijgen kost hier: de moeder vraagt rechtstreeks om hulp.
  timeout = {
    seconds = 20,
    next = "samen_plannen",
    score = { afspraken = -1 },
    effects = { vertrouwen = -1 },
    set = { vooruit_stil = true },
    tags = { "stilte" },
    feedback = {
      nl = "Je zweeg, terwijl de moeder je rechtstreeks om hulp vroeg. Na slecht nieuws is stilte goed, maar hier voelt ze als 'daar heb ik ook geen antwoord op'. Ouders verwachten dat de school meedenkt over de volgende stap.",
      en = "You stayed silent while the mother asked you directly for help. After bad news silence is good, but here it feels like 'I have no answer to that either'. Parents expect the school to think along about the next step.",
    },
  },
  choices = {
    {
      text = {
        nl = "Wat denkt u dat hij nodig heeft, van u en van mij?",
        en = "What do you think he needs, from you and from me?",
      },
      tags = { "lsd", "afspraken" },
      score = { afspraken = 1, lsd = 1 },
      feedback = {
        nl = "Mooi: je maakt de ouders medeverantwoordelijk voor het plan en begint bij hun kennis van hun kind. Dat is 'samen' op de Roos van Leary.",
        en = "Nice: you make the parents co-owners of the plan and start from their knowledge of their child. That is 'together' on Leary's Rose.",
      },
      next = "samen_plannen",
    },
    {
      text = {
        nl = "Vertel het hem samen, vanavond nog, en begin met wat hij goed kan: rekenen. Zeg dat havo een advies is en geen oordeel over hem. Ik praat morgen ook met hem.",
        en = "Tell him together, tonight, and start with what he's good at: maths. Say that havo is advice and not a verdict on him. I'll talk to him tomorrow too.",
      },
      tags = { "afspraken" },
      score = { afspraken = 1 },
      feedback = {
        nl = "Concreet en goed bedoeld, en jouw gesprek met {kind} morgen is een echte afspraak. Maar je vertelt de ouders hoe ze hun kind moeten aanpakken zonder te vragen wat zij denken. Er is ook nog geen vervolgmoment.",
        en = "Concrete and well meant, and your talk with {kind} tomorrow is a real agreement. But you tell the parents how to handle their child without asking what they think. And there is no follow-up moment yet.",
      },
      next = "afspraak_check",
    },
    {
      text = {
        nl = "U moet vooral niet te veel druk op hem leggen. Dat werkt averechts.",
        en = "Above all you mustn't put too much pressure on him. That backfires.",
      },
      tags = { "oma" },
      effects = { spanning = 1 },
      score = { lsd = -1 },
      feedback = {
        nl = "Een ongevraagd opvoedadvies (de A van OMA). Ouders voelen zich dan beoordeeld. Vraag eerst wat zij zelf denken dat hij nodig heeft.",
        en = "Unrequested parenting advice (the A of 'opinions, judgements, advice'). Parents then feel judged. First ask what they think he needs.",
      },
      next = "advies_ouder",
    },
    {
      text = {
        nl = "Dat laat ik aan u over. U kent hem het best.",
        en = "I'll leave that to you. You know him best.",
      },
      tags = { "passief" },
      effects = { vertrouwen = -1 },
      score = { afspraken = -1 },
      feedback = {
        nl = "Klinkt respectvol, maar je laat de ouders alleen met de moeilijkste stap. Ze vroegen juist om hulp. Denk samen mee en maak het concreet.",
        en = "It sounds respectful, but you leave the parents alone with the hardest step. They asked for help. Think along and make it concrete.",
      },
      next = "afsluiting",
    },
  },
}

node "advies_ouder" {
  speaker = "vader",
  mood = "afwijzend",
  text = {
    nl = "Hoe wij thuis met hem omgaan, bepalen we zelf wel.",
    en = "How we deal with him at home is for us to decide.",
  },
  choices = {
    {
      text = {
        nl = "Ik bedoel het goed, hoor.",
        en = "I do mean well.",
      },
      tags = { "defensief" },
      effects = { spanning = 1 },
      score = { afspraken = -1 },
      feedback = {
        nl = "Je verdedigt je bedoeling in plaats van het effect te erkennen. Het gesprek strandt zonder plan.",
        en = "You defend your intention instead of acknowledging the effect. The conversation runs aground without a plan.",
      },
      next = "afsluiting",
    },
    {
      text = {
        nl = "Natuurlijk, dat is aan u. Wat ik wel kan doen: morgen met hem praten over wat hij goed kan. Zal ik dat doen?",
        en = "Of course, that's up to you. What I can do: talk to him tomorrow about what he's good at. Shall I do that?",
      },
      tags = { "afspraken" },
      score = { afspraken = 1 },
      feedback = {
        nl = "Je respecteert hun rol en biedt iets concreets van jouw kant. Goed. Wat zíj denken dat hij nodig heeft, vraag je niet; zo blijft het jouw plan.",
        en = "You respect their role and offer something concrete from your side. Good. You don't ask what they think he needs, though; so it stays your plan.",
      },
      next = "afspraak_check",
    },
    {
      text = {
        nl = "Daar heeft u gelijk in. Wat denkt u zelf dat hij nu nodig heeft?",
        en = "You're right about that. What do you yourselves think he needs now?",
      },
      tags = { "lsd" },
      effects = { spanning = -1 },
      score = { lsd = 1, afspraken = 1 },
      feedback = {
        nl = "Goed dat je terugschakelt: je erkent hun rol als opvoeders en vraagt naar hun kennis. Zo kom je weer 'samen' uit.",
        en = "Good that you switch back: you acknowledge their role as parents and ask for their knowledge. That brings you back to 'together'.",
      },
      next = "samen_plannen",
    },
  },
}

node "samen_plannen" {
  speaker = "vader",
  mood = function(s)
    if s.vertrouwen >= 7 then return "verdrietig" end
    return "gespannen"
  end,
  text = function(s)
    if s.flags.vooruit_stil then
      return {
        nl = "(Het blijft stil.) Weet u het ook niet? Ik dacht dat u daar als school ervaring mee had.",
        en = "(It stays quiet.) You don't know either? I thought you'd have experience with this as a school.",
      }
    end
    if s.vertrouwen >= 7 then
      return {
        nl = "Hij moet vooral horen dat hij niet dom is. En eerlijk gezegd... ik heb hem op de open dag van {zus}'s gymnasium gezegd dat hij daar later ook heen gaat. Dat had ik misschien niet moeten doen.",
        en = "Above all he needs to hear that he's not stupid. And to be honest... at the open day of {zus}'s gymnasium I told him he'd go there too one day. Maybe I shouldn't have.",
      }
    end
    return {
      nl = "Geen idee. Dat moet u als school toch weten?",
      en = "No idea. Surely that's something you as a school should know?",
    }
  end,
  choices = {
    {
      text = {
        nl = "We houden gewoon goed contact.",
        en = "We'll just stay in close touch.",
      },
      tags = { "vaag" },
      score = { afspraken = -1 },
      feedback = {
        nl = "'Goed contact houden' is geen afspraak: niemand weet wie wat wanneer doet. Maak het concreet.",
        en = "'Staying in touch' is not an agreement: nobody knows who does what and when. Make it concrete.",
      },
      next = "afsluiting",
    },
    {
      text = {
        nl = "Ik stel voor dat u het hem vertelt, dat ik met hem praat, dat u met hem naar open dagen gaat van scholen met een havo/vwo-brugklas, dat we elkaar na de toets weer zien en dat ik u tussendoor op de hoogte houd via de app.",
        en = "I suggest you tell him, I talk to him, you take him to open days of schools with a combined havo/vwo first year, we meet again after the test, and I keep you posted via the app in between.",
      },
      tags = { "afspraken" },
      score = { afspraken = 1 },
      feedback = {
        nl = "Er zitten goede ideeën in: een havo/vwo-brugklas houdt de deur open zonder iets te beloven. Maar het is een opsomming zonder wanneer, en je vraagt niet of het past. Zo'n lijst onthoudt niemand.",
        en = "There are good ideas in it: a combined havo/vwo first year keeps the door open without promising anything. But it is a list without a when, and you don't ask whether it works for them. Nobody remembers such a list.",
      },
      next = "afspraak_check",
    },
    {
      text = function(s)
        local voor = { nl = "", en = "" }
        if s.vertrouwen >= 7 and not s.flags.vooruit_stil then
          voor = { nl = "Dat zegt u eerlijk. ", en = "That's honest of you. " }
        end
        return {
          nl = voor.nl .. "Zullen we het zo doen? U vertelt het hem vanavond samen. Morgen praat ik met hem over wat hij goed kan. Na de uitslag, half maart, zien we elkaar weer. Past dat?",
          en = voor.en .. "Shall we do it like this? You tell him together tonight. Tomorrow I talk to him about what he's good at. After the result, in mid-March, we meet again. Does that work?",
        }
      end,
      tags = { "afspraken" },
      effects = { spanning = -1 },
      effect = warmer,
      set = { afspraken_concreet = true },
      score = { afspraken = 3 },
      feedback = {
        nl = "Concreet en gedeeld: wie doet wat, wanneer, en een vervolgmoment na de uitslag. En je sluit af met een vraag, zodat de ouders kunnen bijsturen.",
        en = "Concrete and shared: who does what, when, and a follow-up moment after the result. And you end with a question, so the parents can adjust.",
      },
      next = "afspraak_check",
    },
  },
}

node "afspraak_check" {
  speaker = "moeder",
  effect = vergeet("vooruit_stil"),
  mood = "neutraal",
  text = function(s)
    if s.flags.afspraken_concreet then
      return {
        nl = "Ja, dat past. Al vind ik het nog steeds moeilijk.",
        en = "Yes, that works. Though I still find it hard.",
      }
    end
    return {
      nl = "Ja, dat kunnen we doen. Al vind ik het nog steeds moeilijk.",
      en = "Yes, we can do that. Though I still find it hard.",
    }
  end,
  choices = {
    {
      text = {
        nl = "Dat begrijp ik. Ik zet de afspraken morgen op de mail.",
        en = "I understand. I'll put the agreements in an e-mail tomorrow.",
      },
      tags = { "afspraken" },
      score = { afspraken = 1 },
      feedback = {
        nl = "Vastleggen is goed. Maar 'dat begrijp ik' is snel gezegd: het 'moeilijk' van de moeder krijgt geen ruimte.",
        en = "Putting it in writing is good. But 'I understand' is quickly said: the mother's 'hard' gets no room.",
      },
      next = "afsluiting",
    },
    {
      text = {
        nl = "Dat begrijp ik. Maar ik weet zeker dat hij het op de havo heel goed gaat doen.",
        en = "I understand. But I'm sure he'll do very well at havo.",
      },
      tags = { "oma" },
      score = { lsd = -1 },
      feedback = {
        nl = "Je stapt over de laatste emotie heen met een geruststelling die je niet kunt waarmaken. Het plan staat, maar moeder voelt zich in haar 'moeilijk' niet gezien.",
        en = "You step over the last emotion with reassurance you cannot back up. The plan is there, but the mother does not feel seen in her 'hard'.",
      },
      next = "afsluiting",
    },
    {
      text = {
        nl = "Dat mag ook. U hoeft het niet eens te zijn met het advies om er samen goed mee om te gaan. Ik mail u morgen de afspraken.",
        en = "That's allowed. You don't have to agree with the advice to deal with it well together. I'll e-mail you the agreements tomorrow.",
      },
      tags = { "lsd", "afspraken" },
      score = { afspraken = 1, lsd = 1 },
      feedback = {
        nl = "Sterk slot: je laat het gevoel bestaan, maakt onderscheid tussen 'eens zijn' en 'samenwerken' en legt de afspraken vast op papier.",
        en = "A strong close: you let the feeling be, separate 'agreeing' from 'working together' and put the agreements in writing.",
      },
      next = "afsluiting",
    },
  },
}

node "afsluiting" {
  speaker = "vader",
  effect = vergeet("vooruit_stil"),
  mood = function(s)
    if s.spanning >= 7 then return "boos" end
    if s.flags.belofte then return "neutraal" end
    if s.vertrouwen >= 7 then return "neutraal" end
    return "verdrietig"
  end,
  -- Wat de vader zegt, volgt wat er gebeurde: een belofte klinkt als
  -- houvast (gespannen of opgelucht), anders telt de spanning en het
  -- vertrouwen. Het einde (hieronder) gebruikt dezelfde grenzen.
  text = function(s)
    if s.flags.belofte then
      if s.spanning >= 7 then
        return {
          nl = "Nou. Leuk was dit niet. Maar we weten tenminste waar hij voor moet gaan: die toets.",
          en = "Well. This wasn't nice. But at least we know what he has to go for: that test.",
        }
      end
      return {
        nl = "Goed. Dan weten we waar hij voor gaat: die toets. Dat geeft toch wat lucht.",
        en = "All right. Then we know what he's going for: that test. That's a bit of a relief.",
      }
    end
    if s.spanning >= 7 then
      return {
        nl = "Nou. We gaan er thuis over nadenken. Fijn was dit niet.",
        en = "Well. We'll think about it at home. This wasn't pleasant.",
      }
    end
    if s.vertrouwen >= 7 then
      return {
        nl = "Dank u. Leuk is het niet, maar ik snap nu waar het op gebaseerd is.",
        en = "Thank you. It's not nice, but I now understand what it's based on.",
      }
    end
    return {
      nl = "Goed. We gaan er thuis over praten.",
      en = "All right. We'll talk about it at home.",
    }
  end,
  next = function(s)
    if s.flags.belofte then return "valse_belofte" end
    if s.spanning >= 8 or s.vertrouwen <= 2 then return "boos_weg" end
    if s.vertrouwen >= 7 and s.flags.afspraken_concreet then return "samen_verder" end
    return "teleurgesteld_helder"
  end,
}

---------------------------------------------------------------------------
-- Eindes
---------------------------------------------------------------------------

ending "samen_verder" {
  title = { nl = "Teleurgesteld, maar samen verder", en = "Disappointed, but moving on together" },
  outcome = "good",
  text = function(s)
    local nl, en = "", ""
    if s.flags.nieuws_laat then
      nl = "Het advies kwam laat, en dat hebben de ouders gemerkt. Toch herstelde het gesprek zich. "
      en = "The advice came late, and the parents noticed. Still, the conversation recovered. "
    end
    nl = nl .. "Marco en Yvonne zijn teleurgesteld, maar ze begrijpen het advies"
    en = en .. "Marco and Yvonne are disappointed, but they understand the advice"
    if s.flags.toets_uitgelegd then
      nl = nl .. " en weten wat de doorstroomtoets nog kan betekenen"
      en = en .. " and know what the transition test can still mean"
    end
    nl = nl .. ". Morgen praat je met {kind}, en half maart zien jullie elkaar weer."
    en = en .. ". Tomorrow you talk to {kind}, and in mid-March you meet again."
    if s.flags.slaap_gehoord then
      nl = nl .. " Je weet nu ook dat hij slecht slaapt en zich dom voelt; daar begin je morgen mee."
      en = en .. " You now also know he sleeps badly and feels stupid; that is where you start tomorrow."
    end
    return { nl = nl .. " De ouders vertrouwen erop dat jij hun zoon ziet.", en = en .. " The parents trust that you see their son." }
  end,
}

ending "teleurgesteld_helder" {
  title = { nl = "Helder, maar op afstand", en = "Clear, but at a distance" },
  outcome = "mixed",
  text = function(s)
    local nl = "Het advies is gebracht en de ouders weten waar ze staan. Maar ze gaan naar huis zonder het gevoel dat jullie samen optrekken"
    local en = "The advice has been given and the parents know where they stand. But they go home without the feeling that you are in this together"
    if s.flags.afspraken_concreet then
      nl = nl .. ", ook al staat er een afspraak."
      en = en .. ", even though there is an agreement."
    else
      nl = nl .. ", en zonder duidelijke vervolgstappen."
      en = en .. ", and without clear next steps."
    end
    if s.flags.toets_onduidelijk then
      nl = nl .. " Wat de doorstroomtoets nog kan betekenen, is hun niet duidelijk geworden."
      en = en .. " What the transition test can still mean has not become clear to them."
    end
    return { nl = nl .. " Hoe vertellen zij het vanavond aan {kind}?", en = en .. " How will they tell {kind} tonight?" }
  end,
}

ending "valse_belofte" {
  title = { nl = "Een belofte die je niet kunt houden", en = "A promise you cannot keep" },
  outcome = "bad",
  -- een belofte over het advies die je niet kunt waarmaken: de kernfout van verwachtingsmanagement
  grade_cap = "onvoldoende",
  text = function(s)
    local nl, en
    if s.spanning >= 7 then
      nl = "De ouders vertrekken gespannen, maar met één houvast: als de toets goed gaat, wordt het vwo, denken ze."
      en = "The parents leave tense, but with one thing to hold on to: if the test goes well, it will be vwo, they think."
    else
      nl = "De ouders vertrekken opgelucht: als de toets goed gaat, wordt het vwo, denken ze."
      en = "The parents leave relieved: if the test goes well, it will be vwo, they think."
    end
    return {
      nl = nl .. " Thuis oefenen ze elke avond met {kind}. In maart, als de uitslag geen hoger advies oplevert, staan ze boos aan je bureau: 'U had het beloofd.'",
      en = en .. " At home they practise with {kind} every evening. In March, when the result does not lead to a higher advice, they stand angrily at your desk: 'You promised.'",
    }
  end,
}

ending "boos_weg" {
  title = { nl = "Boos vertrokken", en = "Left in anger" },
  outcome = "bad",
  -- de ouders vertrekken zonder afspraak: hoe goed de rest ook ging, hoger dan voldoende kan niet
  grade_cap = "voldoende",
  text = {
    nl = "De ouders staan op zonder afspraak. Ze voelen zich niet gehoord en twijfelen aan jouw beeld van {kind}. Een dag later ligt er een mail bij de directeur met het verzoek om een nieuw gesprek, zonder jou.",
    en = "The parents get up without any agreement. They feel unheard and doubt your picture of {kind}. A day later the head teacher receives an e-mail asking for a new meeting, without you.",
  },
}

ending "naar_directeur" {
  title = { nl = "Doorgeschoven naar de directeur", en = "Passed on to the head teacher" },
  outcome = "bad",
  -- het gesprek uit handen gegeven voordat het advies is uitgelegd: een professionele fout
  grade_cap = "onvoldoende",
  text = {
    nl = "De ouders praten verder met de directeur. Het advies is gebracht, maar niet uitgelegd, en jouw rol in het gesprek is uitgespeeld. De directeur vraagt je morgen even langs te komen.",
    en = "The parents continue with the head teacher. The advice has been given, but not explained, and your part in the conversation is over. The head teacher asks you to drop by tomorrow.",
  },
}

---------------------------------------------------------------------------
-- Testplannen
---------------------------------------------------------------------------

-- Beste pad: het advies meteen, stilte na het nieuws, samenvatten,
-- doorvragen, de regel van de doorstroomtoets, een concreet plan.
plan "beste_pad" {
  choices = "2,t,3,3,1,2,3,2,3,3,1,3,3",
  ending = "samen_verder",
  outcome = "good",
  grade = "goed",
  overall = 0.97,
  scores = { slecht_nieuws = 4, lsd = 13, verwachtingen = 9, afspraken = 6 },
}

-- Als het beste pad, maar met een stilte als de moeder aarzelt: ze vertelt
-- verder (de tekst weet dat ze de slaap al noemde).
plan "stilte_bij_moeder" {
  choices = "2,t,3,3,1,2,3,t,2,3,3,1,3,3",
  ending = "samen_verder",
  grade = "goed",
  overall = 0.97,
}

-- Stilte als de moeder om hulp vraagt: dat kost afspraken en vertrouwen,
-- en de vader zegt er iets van.
plan "stilte_bij_hulpvraag" {
  choices = "2,t,3,3,1,2,3,2,3,3,t,3,3",
  ending = "samen_verder",
  grade = "goed",
  overall = 0.889,
  scores = { afspraken = 4 },
}

-- Stilte na de vraag om het advies, dan pas het nieuws: het einde is goed,
-- maar het nieuws kwam laat (het einde zegt dat) en het oordeel blijft
-- onvoldoende.
plan "stilte_voor_het_advies" {
  choices = "3,t,2,2,1,1,2,3,2,2,3,3,1,3,3",
  ending = "samen_verder",
  outcome = "good",
  grade = "onvoldoende",
  overall = 0.478,
}

-- Middenpad: het advies meteen, maar te snel naar de uitleg, en
-- half-goede antwoorden over de toets en het plan.
plan "middenpad" {
  choices = "2,4,2,1,2,1,4,3,1,3,3",
  ending = "teleurgesteld_helder",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.651,
}

-- Twijfel uitspreken ondergraaft het advies; de moeder vraagt of het nog
-- vwo kan worden (tekst hangt af van de twijfel).
plan "twijfel" {
  choices = "2,2,2,3,2,3,3,2,3,3,1,3,3",
  ending = "teleurgesteld_helder",
  grade = "voldoende",
  overall = 0.593,
}

-- Twee excuses: het tweede levert geen vertrouwen meer op.
plan "tweede_excuus" {
  choices = "1,1,2,3,2,2,3,2,2,3,3,1,3,3",
  ending = "teleurgesteld_helder",
  outcome = "mixed",
  grade = "onvoldoende",
  overall = 0.51,
}

-- Een belofte zonder dat de student hoorde dat Daan slecht slaapt: de
-- feedback bij 'oefenen' noemt de slaap dan niet. Opgeluchte ouders.
plan "belofte_pad" {
  choices = "2,1,3,2,4,2,1,2,1,1",
  ending = "valse_belofte",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0.167,
}

-- Dezelfde belofte nadat de moeder vertelde dat hij slecht slaapt.
plan "belofte_na_slaap" {
  choices = "2,1,3,2,1,2,1,2,1,1",
  ending = "valse_belofte",
  grade = "onvoldoende",
  overall = 0.297,
}

-- Een belofte na een gespannen gesprek: de vader en het einde klinken
-- gespannen, niet opgelucht.
plan "belofte_gespannen" {
  choices = "3,2,3,1,1,3,3,1,1,3,1,2,1,1",
  ending = "valse_belofte",
  grade = "onvoldoende",
  overall = 0,
}

-- Slechtste pad: uitstellen, verdedigen, naar de directeur.
plan "slechtste_pad" {
  choices = "3,2,3,1,3,1,2",
  ending = "naar_directeur",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0,
}
