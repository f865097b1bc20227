-- Het schooladvies van Daan
-- Slechtnieuwsgesprek: het voorlopig schooladvies (havo) is lager dan de ouders verwachten (vwo).
-- Alle teksten zijn tweetalig (nl/en); de scenariotaal is Nederlands.

scenario {
  id = "schooladvies-daan",
  version = 2,
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

Jouw doel: breng het advies vroeg en helder, geef ruimte aan de reactie, leg uit waarop het advies rust en wat de doorstroomtoets nog kan betekenen, en kijk samen vooruit.]],
    en = [[You teach year 8 (the final year) at De Vlinderboom primary school. It is late January: the week of the advice meetings.

Daan Bakker (11) is a cheerful, sporty boy. Maths is his strongest subject; he has scored high for years. Reading comprehension is at an average level and has hardly grown since year 6. Planning and working independently are hard for him: he needs a lot of structure and often hands in work late.

The team (you, the special-needs coordinator and the head teacher) has set the preliminary advice: havo (senior general secondary).

Today his parents, Marco and Yvonne Bakker, come in. You know his sister Noor attends a gymnasium. At the parent meeting in year 7 (with another teacher) they mostly heard that things were going well. You do not know how they talk about the advice at home, nor how Daan himself feels about it.

In February Daan takes the national transition test (doorstroomtoets). If the result is higher than the advice, the school must reconsider the advice and in principle raise it. Lowering it is not allowed. The final advice follows before the end of March.

Your goal: bring the advice early and clearly, make room for the reaction, explain what the advice is based on and what the test can still mean, and look ahead together.]],
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

meter "vertrouwen" { label = { nl = "Vertrouwen", en = "Trust" }, min = 0, max = 10, start = 4, visible = true }
meter "spanning" { label = { nl = "Spanning", en = "Tension" }, min = 0, max = 10, start = 4, visible = false }

competency "slecht_nieuws" { label = { nl = "Slecht nieuws helder brengen", en = "Breaking bad news clearly" }, weight = 2 }
competency "lsd" { label = { nl = "Luisteren, samenvatten, doorvragen", en = "Listening, summarising, asking further" }, weight = 2 }
competency "verwachtingen" { label = { nl = "Verwachtingen expliciet maken", en = "Making expectations explicit" }, weight = 1 }
competency "afspraken" { label = { nl = "Concrete afspraken maken", en = "Making concrete agreements" }, weight = 1 }

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
      score = { slecht_nieuws = 0 },
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
      effects = { vertrouwen = 1, spanning = 2 },
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
        nl = "Verwachtingen peilen is waardevol: nu weet je waar de ouders staan. Let wel op dat je het nieuws daarna meteen brengt, anders voelt de vraag als een valkuil.",
        en = "Checking expectations is valuable: now you know where the parents stand. Make sure you bring the news immediately afterwards, or the question feels like a trap.",
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
        nl = "Dat begrijp ik. Dan wil ik u niet langer laten wachten: ons voorlopig advies voor {kind} is havo.",
        en = "I understand. Then I won't keep you waiting any longer: our preliminary advice for {kind} is havo.",
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
  choices = {
    {
      text = {
        nl = "Natuurlijk, sorry. Het voorlopig advies is havo.",
        en = "Of course, sorry. The preliminary advice is havo.",
      },
      tags = { "slecht-nieuws" },
      effects = { spanning = 2 },
      score = { slecht_nieuws = 1 },
      feedback = {
        nl = "Nu breng je het helder, maar de vader moest er zelf om vragen. Daardoor voelt het alsof je het nieuws wilde ontlopen. Volgende keer: vóór de vraag komt.",
        en = "Now you say it clearly, but the father had to ask for it himself. That makes it feel as if you wanted to avoid the news. Next time: before they have to ask.",
      },
      next = "reactie",
    },
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
  choices = {
    {
      text = {
        nl = "Nog even geduld. Ik wil eerst laten zien hoe we tot het advies zijn gekomen.",
        en = "Just a moment longer. I want to show you first how we arrived at the advice.",
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
        nl = "Helder en kort, goed. Het kwam wel laat: de ouders zaten minutenlang te raden, en dat maakt het nieuws zwaarder.",
        en = "Clear and short, good. It did come late: the parents were guessing for minutes, and that makes the news heavier.",
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
        nl = "U voelt het goed aan. Ons advies is havo. Ik had het u meteen moeten zeggen.",
        en = "You sense it correctly. Our advice is havo. I should have told you straight away.",
      },
      tags = { "slecht-nieuws" },
      effects = { vertrouwen = 1 },
      score = { slecht_nieuws = 1 },
      feedback = {
        nl = "Goed herstel: je bevestigt wat de vader aanvoelt, noemt het advies en erkent je eigen uitstel. Dat eerlijke 'ik had' haalt wat angel uit de situatie.",
        en = "Good repair: you confirm what the father senses, state the advice and own your delay. That honest 'I should have' takes some of the sting out.",
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
      effects = { vertrouwen = 1 },
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
  text = {
    nl = "Dus... het kan vwo worden?",
    en = "So... it could be vwo?",
  },
  choices = {
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
        nl = "Je geeft valse hoop en noemt het eigenlijke advies nog steeds niet. De ouders gaan nu naar huis met een verkeerd beeld. Wees eerlijk: eerst het advies, dan pas wat de toets kan betekenen.",
        en = "You give false hope and still don't state the actual advice. The parents will go home with the wrong picture. Be honest: first the advice, only then what the test could mean.",
      },
      next = "valse_hoop",
    },
    {
      text = {
        nl = "Nee. Ik zeg het duidelijker: ons advies is havo.",
        en = "No. Let me say it more clearly: our advice is havo.",
      },
      tags = { "slecht-nieuws" },
      effects = { spanning = 2 },
      score = { slecht_nieuws = 1 },
      feedback = {
        nl = "Goed gecorrigeerd: kort, eerlijk en zonder nieuwe omweg. Je merkt dat vaagheid meteen tot een misverstand leidde.",
        en = "Well corrected: short, honest and without another detour. Notice how vagueness led straight to a misunderstanding.",
      },
      next = "reactie",
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
    {
      text = {
        nl = "U schrikt ervan.",
        en = "This comes as a shock.",
      },
      tags = { "lsd" },
      effects = { spanning = -1, vertrouwen = 1 },
      score = { lsd = 2 },
      feedback = {
        nl = "Kort en raak: je benoemt het gevoel (actief luisteren, Gordon) en laat ruimte. Meer is nu niet nodig; de ouders gaan zelf verder praten.",
        en = "Short and to the point: you name the feeling (active listening, Gordon) and leave room. Nothing more is needed now; the parents will keep talking themselves.",
      },
      next = "gevoel_erkend",
    },
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
        nl = "Dan heeft hij er al een beeld bij. En u ook. Dat maakt dit extra zwaar.",
        en = "So he already has a picture of it. And so do you. That makes this extra hard.",
      },
      tags = { "lsd" },
      effects = { vertrouwen = 1 },
      score = { lsd = 2 },
      feedback = {
        nl = "Mooi: na de stilte vat je samen wat je hoort en benoem je het gevoel. Stilte laten vallen is moeilijk, maar het gaf moeder de ruimte om te vertellen wat er werkelijk speelt.",
        en = "Lovely: after the silence you summarise what you hear and name the feeling. Letting silence fall is hard, but it gave the mother room to say what is really going on.",
      },
      next = "gevoel_erkend",
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
  },
}

node "gevoel_erkend" {
  speaker = "vader",
  mood = "gespannen",
  text = function(s)
    if s.vertrouwen >= 7 then
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
    {
      text = {
        nl = "Ik zal het uitleggen.",
        en = "I'll explain.",
      },
      score = { lsd = 0 },
      feedback = {
        nl = "Redelijk: de vader vraagt om uitleg en die krijgt hij. Je mist wel de kans om eerst te horen wat hem het meest verrast, zodat je gericht kunt uitleggen.",
        en = "Reasonable: the father asks for an explanation and he gets it. You do miss the chance to hear first what surprises him most, so you could explain in a targeted way.",
      },
      next = "onderbouwing",
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
        nl = "U hoorde steeds dat het goed ging, en nu komt dit ineens. Dat voelt als een verrassing, en misschien ook als iets wat u eerder had willen weten.",
        en = "You kept hearing that things were going well, and now this comes out of nowhere. That feels like a surprise, and maybe like something you'd have wanted to know sooner.",
      },
      tags = { "lsd" },
      effects = { vertrouwen = 1 },
      set = { verrassing_erkend = true },
      score = { lsd = 2, verwachtingen = 1 },
      feedback = {
        nl = "Uitstekend samengevat, inclusief het onderliggende gevoel. Je maakt ook expliciet dat hun verwachting gevoed werd door eerdere gesprekken: dat neemt je niet in de verdediging, maar erkent hun kant.",
        en = "An excellent summary, including the underlying feeling. You also make explicit that their expectation was fed by earlier meetings: you don't get defensive, you acknowledge their side.",
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
        nl = "U zit hier zodat ik het kan uitleggen.",
        en = "You're here so I can explain it.",
      },
      effects = { spanning = 1 },
      score = { lsd = 0 },
      feedback = {
        nl = "Inhoudelijk waar, maar de vader vraagt eigenlijk: telt onze mening wel? Je reageert op de inhoud en mist de emotie eronder.",
        en = "True in content, but what the father is really asking is: does our view count at all? You respond to the content and miss the emotion underneath.",
      },
      next = "onderbouwing",
    },
    {
      text = {
        nl = "Het voorlopig advies staat, ja. Als u het er niet mee eens bent, kunt u een klacht indienen.",
        en = "The preliminary advice stands, yes. If you disagree, you can file a complaint.",
      },
      tags = { "defensief" },
      effects = { spanning = 3, vertrouwen = -2 },
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
      tags = { "lsd" },
      effects = { spanning = -2, vertrouwen = 1 },
      score = { lsd = 2 },
      feedback = {
        nl = "Sterk herstel: je erkent je eigen aandeel en benoemt het gevoel. Daarmee stap je van 'tegen' naar 'samen' op de Roos van Leary.",
        en = "Strong repair: you own your part and name the feeling. That moves you from 'against' to 'together' on Leary's Rose.",
      },
      next = "herstel",
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
        nl = "Sorry, u heeft gelijk. Ik ging te snel. U had vwo verwacht, en dit komt hard aan.",
        en = "Sorry, you're right. I went too fast. You expected vwo, and this hits hard.",
      },
      tags = { "lsd" },
      effects = { spanning = -1, vertrouwen = 1 },
      score = { lsd = 2 },
      feedback = {
        nl = "Goed opgemerkt dat je mening niet landde. Je herstelt met een samenvatting van hun verwachting en hun gevoel: zo kan de vader weer luisteren.",
        en = "Well noticed that your opinion did not land. You repair with a summary of their expectation and feeling: now the father can listen again.",
      },
      next = "herstel",
    },
    {
      text = {
        nl = "Dat zal ik uitleggen.",
        en = "I'll explain that.",
      },
      score = { lsd = 0 },
      feedback = {
        nl = "Je gaat door naar de uitleg, wat de vader vraagt. Het gevoel blijft wel onbenoemd, en dat hoor je straks terug in hoe hij luistert.",
        en = "You move on to the explanation, as the father asks. The feeling stays unnamed, though, and you will notice that in how he listens.",
      },
      next = "onderbouwing",
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
        nl = "Ja, daar komt het wel op neer.",
        en = "Yes, that's basically it.",
      },
      tags = { "belofte" },
      effects = { spanning = -2, vertrouwen = 1 },
      set = { belofte = true },
      score = { verwachtingen = -2 },
      feedback = {
        nl = "Je belooft iets wat je niet kunt waarmaken. De sfeer wordt even beter, maar als de uitslag in maart tegenvalt, komt de teleurstelling dubbel hard aan, en dan ligt het aan jou.",
        en = "You promise something you cannot keep. The mood briefly improves, but if the result in March disappoints, it will hit twice as hard, and then it's on you.",
      },
      next = "onderbouwing",
    },
    {
      text = {
        nl = "Nee, dat kan ik niet beloven. Laat ik het eerlijk zeggen: ons advies is havo. De toets kan dat nog veranderen, maar niet vanzelf.",
        en = "No, I can't promise that. Let me be honest: our advice is havo. The test can still change that, but not automatically.",
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
      tags = { "slecht-nieuws" },
      effects = { vertrouwen = 1 },
      score = { slecht_nieuws = 1 },
      feedback = {
        nl = "Helder: je erkent je onduidelijkheid, herhaalt de kernboodschap en geeft structuur aan wat komt. Zo krijgt de ouder weer grip.",
        en = "Clear: you own your lack of clarity, repeat the core message and give structure to what comes next. That gives the parent a grip again.",
      },
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
        nl = "Dat kan. Mag ik eerst nog iets zeggen? Ik zie dat dit u echt raakt, en ik reageerde te snel met regels. Ik wil u graag uitleggen hoe we tot havo komen. Wilt u daarna nog de directeur spreken, dan regel ik dat.",
        en = "That's possible. May I say something first? I can see this really affects you, and I answered too quickly with rules. I'd like to explain how we arrived at havo. If you still want to see the head teacher afterwards, I'll arrange it.",
      },
      tags = { "lsd" },
      effects = { spanning = -2, vertrouwen = 1 },
      score = { lsd = 2 },
      feedback = {
        nl = "Knap: onder druk blijf je rustig, erken je de emotie en je eigen fout, en respecteer je het recht van de ouder om hoger op te gaan. Dat is 'samen' op de Roos van Leary.",
        en = "Impressive: under pressure you stay calm, acknowledge the emotion and your own mistake, and respect the parent's right to go higher up. That is 'together' on Leary's Rose.",
      },
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
  text = {
    nl = "Goed. Leg het dan maar uit. Maar ik wil het wel echt begrijpen.",
    en = "All right. Explain it then. But I really want to understand it.",
  },
  next = "onderbouwing",
}

---------------------------------------------------------------------------
-- De onderbouwing
---------------------------------------------------------------------------

node "onderbouwing" {
  speaker = "vader",
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
    return {
      nl = "Waar baseert u het advies dan op?",
      en = "So what do you base the advice on?",
    }
  end,
  choices = {
    {
      text = {
        nl = "Op de gegevens uit het leerlingvolgsysteem. Zijn vaardigheidsscore begrijpend lezen zit op 1F-niveau, met stagnatie sinds M6. Samen met de observaties van de werkhouding komen we uit op havo.",
        en = "On the data from the pupil monitoring system. His reading-comprehension ability score is at 1F level, with stagnation since mid-year 6. Together with our observations of his work attitude we arrive at havo.",
      },
      tags = { "jargon" },
      effects = { spanning = 1 },
      score = { verwachtingen = -1 },
      feedback = {
        nl = "Vakjargon (1F, M6, vaardigheidsscore) zegt ouders weinig en vergroot de afstand. Leg het uit in gewone taal, met wat je in de klas ziet.",
        en = "Jargon (1F, M6, ability score) means little to parents and widens the distance. Explain in plain words, with what you see in class.",
      },
      next = "jargon",
    },
    {
      text = {
        nl = "Eerlijk gezegd werkt {kind} gewoon niet hard genoeg. Hij kan meer, maar hij doet het niet.",
        en = "Honestly, {kind} just doesn't work hard enough. He could do more, but he doesn't.",
      },
      tags = { "oma" },
      effects = { spanning = 3, vertrouwen = -2 },
      score = { lsd = -2, verwachtingen = -1 },
      feedback = {
        nl = "Een oordeel over het kind (de O van OMA), zonder onderbouwing. Ouders horen: 'uw kind is lui'. Beschrijf gedrag dat je ziet, niet je oordeel erover.",
        en = "A judgement about the child (the J in 'opinions, judgements, advice'), without evidence. Parents hear: 'your child is lazy'. Describe behaviour you see, not your verdict on it.",
      },
      next = "oordeel",
    },
    {
      text = {
        nl = "Op drie dingen. Rekenen is sterk, echt vwo-niveau. Begrijpend lezen zit op havoniveau en groeit sinds groep 6 nauwelijks. En zelf plannen gaat nog moeizaam. Op het vwo moet je juist veel lezen en zelfstandig plannen.",
        en = "On three things. Maths is strong, really vwo level. Reading comprehension is at havo level and has hardly grown since year 6. And planning his own work is still difficult. At vwo you have to read a lot and plan independently.",
      },
      tags = { "verwachtingen" },
      effects = { spanning = -1, vertrouwen = 1 },
      set = { uitleg_helder = true },
      score = { verwachtingen = 2, slecht_nieuws = 1 },
      feedback = {
        nl = "Heldere onderbouwing: je begint met wat sterk is, noemt twee concrete aandachtspunten in gewone taal en legt de link met wat het vwo vraagt. Zo wordt het advies navolgbaar.",
        en = "A clear rationale: you start with what is strong, name two concrete concerns in plain words and link them to what vwo demands. That makes the advice traceable.",
      },
      next = "uitleg_helder",
    },
  },
}

node "jargon" {
  speaker = "vader",
  mood = "verward",
  text = {
    nl = "Sorry, 1F? M6? Ik heb geen idee wat dat betekent.",
    en = "Sorry, 1F? Mid-year 6? I have no idea what that means.",
  },
  choices = {
    {
      text = {
        nl = "Ik zeg het in gewone woorden. Rekenen is sterk. Begrijpend lezen zit op havoniveau en groeit nauwelijks. En zelf plannen is nog lastig. Juist lezen en plannen zijn op het vwo heel belangrijk.",
        en = "Let me say it in plain words. Maths is strong. Reading comprehension is at havo level and hardly growing. And planning his own work is still difficult. Reading and planning matter a lot at vwo.",
      },
      tags = { "verwachtingen" },
      effects = { vertrouwen = 1 },
      set = { uitleg_helder = true },
      score = { verwachtingen = 2 },
      feedback = {
        nl = "Goed dat je het direct vertaalt. Drie korte punten in gewone taal: zo kunnen ouders het volgen en later ook aan hun kind uitleggen.",
        en = "Good that you translate it at once. Three short points in plain words: parents can follow that and later explain it to their child.",
      },
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
        nl = "Dat is mijn fout, ik gebruik te veel vaktaal. Simpel gezegd: rekenen is sterk, lezen en plannen gaan nog moeizaam, en juist die zijn op het vwo belangrijk.",
        en = "That's my fault, I'm using too much jargon. Simply put: maths is strong, reading and planning are still hard, and those are exactly what matters at vwo.",
      },
      tags = { "lsd" },
      effects = { vertrouwen = 1, spanning = -1 },
      set = { uitleg_helder = true },
      score = { lsd = 1, verwachtingen = 1 },
      feedback = {
        nl = "Goed: je neemt de verantwoordelijkheid (een ik-boodschap over je eigen taal) en vertaalt alsnog. Het verschil in begrip ligt bij jou, niet bij hen.",
        en = "Good: you take responsibility (an I-message about your own language) and translate after all. The gap in understanding is yours to close, not theirs.",
      },
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
        nl = "Dat zei ik verkeerd, sorry. Ik bedoel niet dat hij lui is. Wat ik in de klas zie: rekenen is sterk, maar lezen groeit nauwelijks en zelf plannen kost hem veel moeite. Op het vwo wordt juist dat zwaarder.",
        en = "I put that badly, sorry. I don't mean he's lazy. What I see in class: maths is strong, but reading is hardly growing and planning his own work is hard for him. At vwo that becomes even more demanding.",
      },
      tags = { "lsd", "verwachtingen" },
      effects = { spanning = -1 },
      set = { uitleg_helder = true },
      score = { lsd = 1, verwachtingen = 1 },
      feedback = {
        nl = "Goed hersteld: je neemt je oordeel terug en vervangt het door waarneembaar gedrag. Dat is het verschil tussen een oordeel en een observatie.",
        en = "Well repaired: you withdraw your judgement and replace it with observable behaviour. That is the difference between a judgement and an observation.",
      },
      next = "uitleg_helder",
    },
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
  },
}

node "uitleg_helder" {
  speaker = "vader",
  mood = function(s)
    if s.vertrouwen >= 6 then return "neutraal" end
    return "afwijzend"
  end,
  text = function(s)
    if s.flags.lui_gezegd then
      return {
        nl = "Mooi verhaal. Maar thuis leest hij elke avond. En {zus} had in groep 8 ook moeite met lezen, en die doet het prima op het gymnasium. Ik denk dat u hem onderschat.",
        en = "Nice story. But at home he reads every evening. And {zus} also struggled with reading in year 8, and she's doing fine at the gymnasium. I think you underestimate him.",
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
    {
      text = {
        nl = "Wat leest hij thuis zoal?",
        en = "What does he read at home?",
      },
      tags = { "lsd" },
      effects = { vertrouwen = 1 },
      score = { lsd = 2 },
      feedback = {
        nl = "Een korte, open vraag die precies aansluit bij wat de vader noemt. Doorvragen levert informatie op die jij nog niet had.",
        en = "A short, open question that links exactly to what the father mentions. Asking further brings out information you did not have yet.",
      },
      next = "thuisbeeld",
    },
    {
      text = {
        nl = "Het verschil is dat {zus} beter kon plannen.",
        en = "The difference is that {zus} was better at planning.",
      },
      tags = { "oma" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { lsd = -1 },
      feedback = {
        nl = "Nu vergelijk je zelf de kinderen, en {kind} komt er slecht uit. Dat raakt ouders diep. Blijf bij dit kind en bij wat de ouders thuis zien.",
        en = "Now you compare the children yourself, and {kind} comes off badly. That cuts parents deeply. Stay with this child and with what the parents see at home.",
      },
      next = "vergelijking",
    },
    {
      text = {
        nl = "U ziet thuis een jongen die graag leest, en u vraagt zich af of wij hem wel goed zien.",
        en = "At home you see a boy who likes reading, and you wonder whether we really see him.",
      },
      tags = { "lsd" },
      effects = { vertrouwen = 1, spanning = -1 },
      score = { lsd = 2 },
      feedback = {
        nl = "Een samenvatting die ook de zorg achter de woorden benoemt (reflectie van gevoel). De vader voelt zich begrepen zonder dat je het advies loslaat.",
        en = "A summary that also names the worry behind the words (reflecting feeling). The father feels understood without you letting go of the advice.",
      },
      next = "thuisbeeld",
    },
  },
}

node "vergelijking" {
  speaker = "vader",
  mood = "afwijzend",
  text = {
    nl = "Dat zeg ik toch niet. Ik zeg alleen dat u hem misschien onderschat.",
    en = "That's not what I'm saying. I'm only saying you might be underestimating him.",
  },
  choices = {
    {
      text = {
        nl = "U bent bang dat we hem tekortdoen. Vertel eens: wat ziet u thuis?",
        en = "You're afraid we're selling him short. Tell me: what do you see at home?",
      },
      tags = { "lsd" },
      effects = { spanning = -1, vertrouwen = 1 },
      score = { lsd = 2 },
      feedback = {
        nl = "Goed: je benoemt de angst onder de boosheid en nodigt uit tot vertellen. Ouders kennen hun kind op een andere manier dan jij; die informatie heb je nodig.",
        en = "Good: you name the fear beneath the anger and invite them to tell. Parents know their child differently than you do; you need that information.",
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
  },
}

node "thuisbeeld" {
  speaker = "moeder",
  mood = function(s)
    if s.vertrouwen >= 6 then return "verdrietig" end
    return "afwijzend"
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
        nl = "Dank u dat u dit vertelt. Dus thuis is {kind} onzeker en slaapt hij slecht sinds het advies eraan komt. Dat wist ik niet, en het is belangrijk. Ik let er in de klas op, en ik wil zelf met hem praten.",
        en = "Thank you for telling me. So at home {kind} feels insecure and sleeps badly since the advice has been coming up. I didn't know that, and it matters. I'll keep an eye on it in class, and I want to talk to him myself.",
      },
      tags = { "lsd", "afspraken" },
      effects = { vertrouwen = 1, spanning = -1 },
      set = { info_gebruikt = true },
      score = { lsd = 2, afspraken = 1 },
      feedback = {
        nl = "Uitstekend: je bedankt voor de informatie, vat samen, en laat zien dat je er iets mee doet. Zo worden ouders partner: hun kennis van het kind verandert jouw handelen.",
        en = "Excellent: you thank them for the information, summarise, and show you will act on it. This is how parents become partners: their knowledge of the child changes what you do.",
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
      effects = { vertrouwen = 1 },
      score = { lsd = 2 },
      feedback = {
        nl = "Goed gehoord: moeder zegt het er terloops bij ('maar goed'), en jij echoot het sleutelwoord. Zo'n kleine doorvraag opent vaak de belangrijkste informatie.",
        en = "Well heard: the mother mentions it in passing ('but anyway'), and you echo the key word. Such a small follow-up question often opens up the most important information.",
      },
      next = "thuisbeeld_door",
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
  text = {
    nl = "Hij slaapt slecht. En hij zegt 's avonds dat hij dom is. Ik denk dat hij bang is voor dit advies.",
    en = "He sleeps badly. And in the evenings he says he's stupid. I think he's afraid of this advice.",
  },
  effects = { spanning = -1 },
  choices = {
    {
      text = {
        nl = "Dank u dat u dit vertelt. Dat wist ik niet, en het is belangrijk. Ik let er in de klas op, en ik wil zelf met hem praten.",
        en = "Thank you for telling me. I didn't know that, and it matters. I'll keep an eye on it in class, and I want to talk to him myself.",
      },
      tags = { "lsd", "afspraken" },
      effects = { vertrouwen = 1 },
      set = { info_gebruikt = true },
      score = { afspraken = 1 },
      feedback = {
        nl = "Je doorvraag leverde iets op wat je anders had gemist. Nu laat je ook zien dat je er iets mee doet: zo wordt de kennis van ouders bruikbaar.",
        en = "Your follow-up question revealed something you would otherwise have missed. Now you also show that you will act on it: that makes the parents' knowledge useful.",
      },
      next = "toets_uitleg",
    },
    {
      text = {
        nl = "Dat komt vast goed als het advies eenmaal duidelijk is.",
        en = "I'm sure that will settle once the advice is clear.",
      },
      tags = { "oma" },
      score = { lsd = -1 },
      feedback = {
        nl = "Na een goede doorvraag sluit je het onderwerp af met een geruststelling die je niet kunt waarmaken. Blijf bij wat moeder vertelt en maak er een afspraak van.",
        en = "After a good follow-up question you close the topic with reassurance you cannot guarantee. Stay with what the mother tells you and turn it into an agreement.",
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
      effects = { spanning = -2, vertrouwen = 1 },
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
        nl = "De toets is maar één momentopname. Ons advies is leidend.",
        en = "The test is just a snapshot. Our advice is what counts.",
      },
      tags = { "defensief" },
      effects = { spanning = 2, vertrouwen = -1 },
      score = { verwachtingen = -1 },
      feedback = {
        nl = "Half waar en daardoor misleidend. Het advies is leidend, maar bij een hogere uitslag móét de school heroverwegen. Ouders hebben recht op die informatie.",
        en = "Half true and therefore misleading. The advice is leading, but after a higher result the school must reconsider. Parents are entitled to know that.",
      },
      next = "toets_vaag",
    },
    {
      text = {
        nl = "Ja. In februari maakt hij de doorstroomtoets. Valt de uitslag hoger uit dan ons advies, dan moeten we het advies heroverwegen, en in principe passen we het dan aan. Valt hij lager uit, dan blijft het havo. Het definitieve advies krijgt u vóór eind maart.",
        en = "Yes. In February he takes the transition test. If the result is higher than our advice, we have to reconsider it, and in principle we then raise it. If it's lower, the advice stays havo. You'll get the final advice before the end of March.",
      },
      tags = { "verwachtingen" },
      effects = { vertrouwen = 1 },
      set = { toets_uitgelegd = true },
      score = { verwachtingen = 3 },
      feedback = {
        nl = "Precies en eerlijk: je legt de regel uit (hoger resultaat betekent heroverwegen en in principe bijstellen, nooit omlaag) en noemt de datum. Zo weten de ouders wat ze kunnen verwachten, zonder valse belofte.",
        en = "Precise and honest: you explain the rule (a higher result means reconsidering and in principle raising, never lowering) and give the date. Now the parents know what to expect, without a false promise.",
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
  effects = { vertrouwen = 1, spanning = -1 },
  choices = {
    {
      text = {
        nl = "Goed idee, oefenen kan geen kwaad.",
        en = "Good idea, practising can't hurt.",
      },
      tags = { "meegaan" },
      score = { verwachtingen = -1 },
      feedback = {
        nl = "Je gaat mee in het plan van de ouders en laat de belofte staan. Bovendien: een kind dat al slecht slaapt, krijgt er zo elke avond druk bij.",
        en = "You go along with the parents' plan and let the promise stand. Besides: a child who is already sleeping badly now gets pressure every evening.",
      },
      next = "vooruit",
    },
    {
      text = {
        nl = "Wacht, ik moet iets rechtzetten. Ik kan niets beloven. Is de uitslag hoger dan ons advies, dan kijken we opnieuw en passen we in principe aan. Maar de uitslag zelf kan niemand voorspellen. En extra oefenen is niet nodig: de toets meet wat hij al kan.",
        en = "Wait, I need to correct something. I can't promise anything. If the result is higher than our advice, we look again and in principle raise it. But nobody can predict the result. And extra practice isn't needed: the test measures what he can already do.",
      },
      tags = { "verwachtingen" },
      effects = { vertrouwen = -1, spanning = 1 },
      set = { belofte = false, toets_uitgelegd = true },
      score = { verwachtingen = 3 },
      feedback = {
        nl = "Heel goed dat je jezelf corrigeert, ook al valt de blijdschap even weg. Een eerlijke verwachting nu is veel beter dan een gebroken belofte in maart.",
        en = "Very good that you correct yourself, even though the joy drops for a moment. An honest expectation now is far better than a broken promise in March.",
      },
      next = "toets_helder",
    },
  },
}

node "toets_vaag" {
  speaker = "vader",
  mood = "boos",
  text = {
    nl = "Dus die toets doet er niet toe? Waarom maakt hij hem dan?",
    en = "So the test doesn't matter? Then why is he taking it?",
  },
  choices = {
    {
      text = {
        nl = "Sorry, dat was onvolledig. Is de uitslag hoger dan ons advies, dan moeten we heroverwegen en passen we in principe aan. Lager bijstellen kan niet. Het definitieve advies krijgt u vóór eind maart.",
        en = "Sorry, that was incomplete. If the result is higher than our advice, we must reconsider and in principle raise it. It can't be lowered. You'll get the final advice before the end of March.",
      },
      tags = { "verwachtingen" },
      effects = { spanning = -1 },
      set = { toets_uitgelegd = true },
      score = { verwachtingen = 2 },
      feedback = {
        nl = "Goed dat je het aanvult met de echte regel en de datum. Je had het meteen zo kunnen zeggen, maar herstellen is ook een vaardigheid.",
        en = "Good that you add the real rule and the date. You could have said it like this straight away, but repairing is a skill too.",
      },
      next = "toets_helder",
    },
    {
      text = {
        nl = "Hij telt alleen als hij hoger uitvalt.",
        en = "It only counts if it comes out higher.",
      },
      effects = { spanning = 1 },
      set = { toets_uitgelegd = true },
      score = { verwachtingen = 1 },
      feedback = {
        nl = "In de kern juist, maar kortaf, en je mist 'in principe aanpassen' en de datum. De vader hoort vooral je toon.",
        en = "Essentially right, but curt, and you leave out 'in principle raise it' and the date. The father mainly hears your tone.",
      },
      next = "toets_helder",
    },
  },
}

node "toets_helder" {
  speaker = "vader",
  mood = "neutraal",
  text = {
    nl = "Oké. Dus het kan nog omhoog, maar niet omlaag. En het is geen garantie.",
    en = "OK. So it can still go up, but not down. And it's no guarantee.",
  },
  choices = {
    {
      text = {
        nl = "Klopt. Maar reken er niet op, hoor. Het is echt een havist.",
        en = "Right. But don't count on it. He really is a havo kid.",
      },
      tags = { "oma" },
      effects = { vertrouwen = -2, spanning = 2 },
      score = { lsd = -1 },
      feedback = {
        nl = "De vader vatte het net zelf goed samen. Met een label als 'een havist' zet je het kind vast en neem je de ouders hun hoop af. Bevestig zijn samenvatting en ga samen vooruit.",
        en = "The father just summarised it correctly himself. With a label like 'a havo kid' you pin the child down and take away the parents' hope. Confirm his summary and move forward together.",
      },
      next = "vooruit",
    },
    {
      text = {
        nl = "Precies. Zullen we het nu hebben over wat {kind} de komende tijd nodig heeft?",
        en = "Exactly. Shall we now talk about what {kind} needs in the coming period?",
      },
      tags = { "verwachtingen" },
      score = { verwachtingen = 1 },
      feedback = {
        nl = "Je bevestigt zijn samenvatting en maakt de overstap naar 'vooruitkijken', de derde fase van het slechtnieuwsgesprek.",
        en = "You confirm his summary and make the switch to looking ahead, the third phase of a bad-news conversation.",
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
  mood = function(s)
    if s.vertrouwen >= 6 then return "neutraal" end
    return "verdrietig"
  end,
  text = function(s)
    if s.flags.info_gebruikt then
      return {
        nl = "Wat kunnen we nu doen? Ik zie er echt tegen op om het hem te vertellen, juist nu hij zo onzeker is.",
        en = "What can we do now? I really dread telling him, especially now that he's so insecure.",
      }
    end
    return {
      nl = "Wat kunnen we nu doen? Hoe vertellen we het hem?",
      en = "What can we do now? How do we tell him?",
    }
  end,
  choices = {
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
        nl = "Wat denkt u dat hij nodig heeft, van u en van mij?",
        en = "What do you think he needs, from you and from me?",
      },
      tags = { "lsd", "afspraken" },
      effects = { vertrouwen = 1 },
      score = { afspraken = 1, lsd = 1 },
      feedback = {
        nl = "Mooi: je maakt de ouders medeverantwoordelijk voor het plan en begint bij hun kennis van hun kind. Dat is 'samen' op de Roos van Leary.",
        en = "Nice: you make the parents co-owners of the plan and start from their knowledge of their child. That is 'together' on Leary's Rose.",
      },
      next = "samen_plannen",
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
  },
}

node "samen_plannen" {
  speaker = "vader",
  mood = function(s)
    if s.vertrouwen >= 7 then return "verdrietig" end
    return "gespannen"
  end,
  text = function(s)
    if s.vertrouwen >= 7 then
      return {
        nl = "Hij moet vooral horen dat hij niet dom is. En eerlijk gezegd... ik heb hem op die open dag gezegd dat hij daar later ook heen gaat. Dat had ik misschien niet moeten doen.",
        en = "Above all he needs to hear that he's not stupid. And to be honest... at that open day I told him he'd go there too one day. Maybe I shouldn't have.",
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
        nl = "Zullen we het zo doen? U vertelt het hem vanavond samen. Morgen praat ik met hem en zeg ik wat hij goed kan. U gaat met hem naar open dagen van scholen met een havo/vwo-brugklas, dan blijft de deur open. En na de uitslag van de doorstroomtoets, half maart, zien we elkaar weer. Past dat?",
        en = "Shall we do it like this? You tell him together tonight. Tomorrow I talk to him and tell him what he's good at. You visit open days of schools with a combined havo/vwo first year, so the door stays open. And after the test result, in mid-March, we meet again. Does that work for you?",
      },
      tags = { "afspraken" },
      effects = { vertrouwen = 1, spanning = -1 },
      set = { afspraken_concreet = true },
      score = { afspraken = 3 },
      feedback = {
        nl = "Concreet en gedeeld: wie doet wat, wanneer, en een vervolgmoment. De havo/vwo-brugklas houdt perspectief open zonder iets te beloven. En je sluit af met een vraag, zodat de ouders kunnen bijsturen.",
        en = "Concrete and shared: who does what, when, and a follow-up moment. The combined havo/vwo first year keeps options open without promising anything. And you end with a question, so the parents can adjust.",
      },
      next = "afspraak_check",
    },
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
  },
}

node "afspraak_check" {
  speaker = "moeder",
  mood = "neutraal",
  text = {
    nl = "Ja, dat past. Al vind ik het nog steeds moeilijk.",
    en = "Yes, that works. Though I still find it hard.",
  },
  choices = {
    {
      text = {
        nl = "Dat mag ook. U hoeft het niet eens te zijn met het advies om er samen goed mee om te gaan. Ik mail u morgen de afspraken.",
        en = "That's allowed. You don't have to agree with the advice to deal with it well together. I'll e-mail you the agreements tomorrow.",
      },
      tags = { "lsd", "afspraken" },
      effects = { vertrouwen = 1 },
      score = { afspraken = 1, lsd = 1 },
      feedback = {
        nl = "Sterk slot: je laat het gevoel bestaan, maakt onderscheid tussen 'eens zijn' en 'samenwerken' en legt de afspraken vast op papier.",
        en = "A strong close: you let the feeling be, separate 'agreeing' from 'working together' and put the agreements in writing.",
      },
      next = "afsluiting",
    },
    {
      text = {
        nl = "Fijn, dan zijn we eruit!",
        en = "Great, then we're done!",
      },
      tags = { "afsluiten" },
      score = { lsd = -1 },
      feedback = {
        nl = "Je stapt over de laatste emotie heen. Het plan staat, maar moeder voelt zich in haar 'moeilijk' niet gezien.",
        en = "You step over the last emotion. The plan is there, but the mother does not feel seen in her 'hard'.",
      },
      next = "afsluiting",
    },
  },
}

node "afsluiting" {
  speaker = "vader",
  mood = function(s)
    if s.spanning >= 7 then return "boos" end
    if s.vertrouwen >= 7 then return "neutraal" end
    return "verdrietig"
  end,
  text = function(s)
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
  text = {
    nl = "Marco en Yvonne zijn teleurgesteld, maar ze begrijpen het advies en weten wat de doorstroomtoets nog kan betekenen. Morgen praat je met {kind}, en half maart zien jullie elkaar weer. De ouders vertrouwen erop dat jij hun zoon ziet.",
    en = "Marco and Yvonne are disappointed, but they understand the advice and know what the transition test can still mean. Tomorrow you talk to {kind}, and in mid-March you meet again. The parents trust that you see their son.",
  },
}

ending "teleurgesteld_helder" {
  title = { nl = "Helder, maar op afstand", en = "Clear, but at a distance" },
  outcome = "mixed",
  text = {
    nl = "Het advies is gebracht en de ouders weten waar ze staan. Maar ze gaan naar huis zonder het gevoel dat jullie samen optrekken, en zonder duidelijke vervolgstappen. Hoe vertellen zij het vanavond aan {kind}?",
    en = "The advice has been given and the parents know where they stand. But they go home without the feeling that you are in this together, and without clear next steps. How will they tell {kind} tonight?",
  },
}

ending "valse_belofte" {
  title = { nl = "Een belofte die je niet kunt houden", en = "A promise you cannot keep" },
  outcome = "bad",
  -- een belofte over het advies die je niet kunt waarmaken: de kernfout van verwachtingsmanagement
  grade_cap = "onvoldoende",
  text = {
    nl = "De ouders vertrekken opgelucht: als de toets goed gaat, wordt het vwo, denken ze. Thuis oefenen ze elke avond met {kind}. In maart, als de uitslag geen hoger advies oplevert, staan ze boos aan je bureau: 'U had het beloofd.'",
    en = "The parents leave relieved: if the test goes well, it will be vwo, they think. At home they practise with {kind} every evening. In March, when the result does not lead to a higher advice, they stand angrily at your desk: 'You promised.'",
  },
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
  text = {
    nl = "De ouders praten verder met de directeur. Het advies is gebracht, maar niet uitgelegd, en jouw rol in het gesprek is uitgespeeld. De directeur vraagt je morgen even langs te komen.",
    en = "The parents continue with the head teacher. The advice has been given, but not explained, and your part in the conversation is over. The head teacher asks you to drop by tomorrow.",
  },
}

---------------------------------------------------------------------------
-- Testplannen
---------------------------------------------------------------------------

plan "beste_pad" {
  choices = "2,t,1,1,2,3,4,2,3,2,2,1,1",
  ending = "samen_verder",
  outcome = "good",
  grade = "goed",
  overall = 0.967,
}

plan "slechtste_pad" {
  choices = "3,1,2,1,1,2,1",
  ending = "naar_directeur",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0,
}

plan "middenpad" {
  choices = "2,3,1,2,3,2,2,3,2,3",
  ending = "teleurgesteld_helder",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.723,
}

plan "belofte_pad" {
  choices = "4,1,1,1,3,2,2,1,1,2,1,1",
  ending = "valse_belofte",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0.321,
}
