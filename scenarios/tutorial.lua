-- =====================================================================
-- TUTORIAL: "Heeft u heel even?"
-- =====================================================================
-- Dit scenario is een rondleiding door het scenarioformaat van Gesprekslab.
-- Het gebruikt ELK onderdeel van het formaat minstens één keer, met een kort
-- commentaar erbij (regels die met -- beginnen, slaat het programma over).
-- Lees het van boven naar beneden; de handleiding staat in README.md.
--
-- Het gesprek: vrijdagmiddag na schooltijd houdt de moeder van Noah (groep 5)
-- je aan de klassendeur aan. Noah huilt 's ochtends en vindt zichzelf dom
-- door de tafels. Oefen: ruimte maken, luisteren, samenvatten, doorvragen
-- (LSD) in plaats van meteen adviseren (OMA), en één kleine, concrete afspraak.
--
-- Zelf proberen (in de map van Gesprekslab):
--   gesprekslab check scenarios/tutorial.lua       controleren
--   gesprekslab play  scenarios/tutorial.lua       spelen in de terminal
--   gesprekslab run   scenarios/tutorial.lua --choices 1,2,1,3,1,3
--   gesprekslab test  scenarios/tutorial.lua       de testplannen onderaan
--
-- Alle teksten die een student ziet zijn tweetalig: { nl = "...", en = "..." }.
-- Een paar teksten zijn met opzet een gewone tekst, om te laten zien hoe dat
-- werkt; daar staat dan commentaar bij.

-- ---------------------------------------------------------------------
-- 1. Het scenario zelf: precies één keer per scenario.
-- ---------------------------------------------------------------------
scenario {
  id = "tutorial",                     -- verplicht; uniek in de hele bibliotheek
  version = 2,                         -- verhoog bij elke inhoudelijke wijziging
  title = { nl = "Heeft u heel even? (tutorial)", en = "Have you got a minute? (tutorial)" },
  language = "nl",                     -- de taal van gewone teksten (zonder nl/en-tabel)
  tags = { "tutorial", "LSD", "deurgesprek", "groep 5" },  -- trefwoorden voor de bibliotheek
  level = 1,                           -- 1 = starter, 2, 3 = gevorderd
  minutes = 5,                         -- verwachte duur in minuten
  summary = {                          -- één of twee zinnen in de bibliotheek
    nl = "Een moeder houdt je na schooltijd aan de deur aan: haar zoon huilt 's ochtends om de tafels. Luister, vat samen en maak één kleine afspraak.",
    en = "After school a mother stops you at the classroom door: her son cries in the morning about his times tables. Listen, summarise and make one small agreement.",
  },
  -- De briefing staat vóór het gesprek op het scherm. [[ ... ]] is een tekst
  -- over meerdere regels. {kind} komt uit vars (hieronder), {moeder} is de
  -- naam van het character "moeder".
  briefing = {
    nl = [[Je bent leraar van groep {groep}. Het is vrijdagmiddag, de kinderen zijn net naar huis.

Bij de klassendeur staat {moeder}, de moeder van {kind}. {kind} is een vriendelijke, wat stille jongen. Bij rekenen geeft hij snel op; bij meten en bouwen straalt hij.

Je hebt zo een teamoverleg, maar je ziet dat ze ergens mee zit.

Je doel: maak ruimte, luister, vat samen en vraag door. En sluit af met één kleine, concrete afspraak.]],
    en = [[You teach year {groep}. It is Friday afternoon and the children have just gone home.

{moeder}, the mother of {kind}, is standing at the classroom door. {kind} is a friendly, rather quiet boy. In maths he gives up quickly; when measuring and building he shines.

You have a team meeting soon, but you can see that something is bothering her.

Your goal: make room, listen, summarise and ask further. And end with one small, concrete agreement.]],
  },
  goals = {                            -- een lijst; de student ziet ze bij de briefing
    { nl = "Je maakt tijd en ruimte voor de zorg van de moeder.", en = "You make time and room for the mother's worry." },
    { nl = "Je vat samen en vraagt door voordat je iets voorstelt (LSD, geen OMA).", en = "You summarise and ask further before you suggest anything (LSD, not OMA)." },
    { nl = "Je vertelt wat jij in de klas ziet.", en = "You tell her what you see in class." },
    { nl = "Je maakt één concrete afspraak: wie, wat, wanneer.", en = "You make one concrete agreement: who, what, when." },
  },
  vars = { kind = "Noah", groep = 5 }, -- vaste waarden: {kind} in teksten, s.vars.kind in functies
  start = "bel",                       -- verplicht: de eerste knoop
  grading = { pass = 0.55, good = 0.80 },  -- voldoende vanaf 55%, goed vanaf 80% (dit is ook de standaard)
  shuffle = false,                     -- true = keuzes per poging in willekeurige volgorde
}

-- ---------------------------------------------------------------------
-- 2. Personages. De id ("moeder") gebruik je bij speaker = ... en als {moeder}.
-- ---------------------------------------------------------------------
character "moeder" {
  name = "Samira El Amrani",           -- een naam is in elke taal gelijk: gewone tekst mag
  role = { nl = "moeder van Noah", en = "Noah's mother" },
  portrait = {                         -- een getekend portret; hier ELK veld:
    skin = 3,                          -- huidskleur 1 (lichtst) .. 6 (donkerst)
    hair = "hoofddoek",                -- kort, lang, krullen, kaal, staart, knot, hoofddoek
    hair_color = "#6b2e4a",            -- haarkleur; bij hoofddoek de kleur van de doek
    glasses = true,                    -- bril
    beard = false,                     -- baard
    age = "middel",                    -- jong, middel, oud
    shirt = "#2f6f6a",                 -- kleur van de kleding
  },
  -- In plaats van een tabel mag ook een afbeelding: portrait = "moeder.png"
}

character "noah" {
  name = "Noah",
  role = { nl = "leerling van groep 5", en = "pupil in year 5" },
  portrait = { skin = 3, hair = "krullen", hair_color = "#1e1410", age = "jong", shirt = "#e0a030" },  -- niet alle velden hoeven
}

-- ---------------------------------------------------------------------
-- 3. Meters: de binnenkant van de ouder, die het gesprek verandert.
--    Waarden blijven altijd tussen min en max.
-- ---------------------------------------------------------------------
-- Tempo (schrijf dit bij elk scenario op): vertrouwen stijgt hooguit 1 per
-- beurt. Deze moeder kent je nog nauwelijks; na vijf minuten aan de deur is
-- ze op het beste pad gerustgesteld (7), geen vriendin. Spanning zakt
-- sneller als ze zich gehoord voelt (samenvatten, stilte) en loopt op bij
-- adviezen en verwijten.
meter "vertrouwen" { label = { nl = "Vertrouwen", en = "Trust" }, min = 0, max = 10, start = 4, visible = true }
meter "spanning"   { label = { nl = "Spanning", en = "Tension" }, min = 0, max = 10, start = 6, visible = false }  -- onzichtbaar voor studenten

-- ---------------------------------------------------------------------
-- 4. Competenties: waarop de student wordt beoordeeld.
-- ---------------------------------------------------------------------
competency "luisteren" { label = { nl = "Luisteren, samenvatten, doorvragen", en = "Listening, summarising, asking further" }, weight = 3 }  -- telt drie keer: de kern van dit gesprek
competency "informeren" { label = { nl = "Vertellen wat je in de klas ziet", en = "Sharing what you see in class" }, max = 2 }  -- max zelf vastgelegd; zonder weight telt hij 1 keer
competency "afspraken" { label = { nl = "Een concrete afspraak maken", en = "Making a concrete agreement" }, weight = 2 }  -- telt dubbel

-- ---------------------------------------------------------------------
-- 5. Knopen: de stappen van het gesprek.
-- ---------------------------------------------------------------------

-- Een knoop zonder speaker is vertelling (de verteller). Met alleen `next`
-- en geen keuzes drukt de student op Verder.
node "bel" {
  -- text als functie: s is de toestand van deze poging. s.random(10, 15)
  -- geeft elke poging (elke seed) een eigen getal, maar dezelfde seed geeft
  -- altijd hetzelfde getal (math.random(10, 15) doet precies hetzelfde).
  -- Gebruik toeval voor afwisseling, niet voor punten.
  -- s.vars.kind leest een waarde uit vars.
  text = function(s)
    local minuten = s.random(10, 15)
    return {
      nl = "De bel is gegaan. De laatste kinderen van groep " .. s.vars.groep .. " rennen naar buiten. Over " .. minuten .. " minuten begint je teamoverleg. Dan zie je de moeder van " .. s.vars.kind .. " bij de deur staan.",
      en = "The bell has rung. The last children of year " .. s.vars.groep .. " run outside. Your team meeting starts in " .. minuten .. " minutes. Then you see " .. s.vars.kind .. "'s mother standing at the door.",
    }
  end,
  next = "deur",                       -- next als naam van een knoop
}

node "deur" {
  speaker = "moeder",                  -- een character-id
  mood = "gespannen",                  -- vaste stemming: neutraal, blij, gespannen, boos, verdrietig, verward, afwijzend
  text = {                             -- text als vertaaltabel
    nl = "Sorry, heeft u heel even? Het gaat over {kind}.",
    en = "Sorry, have you got a minute? It's about {kind}.",
  },
  choices = {
    {
      id = "binnen",                   -- optionele vaste naam van de keuze (voor opgeslagen pogingen)
      text = { nl = "Natuurlijk. Komt u even binnen, dan praten we rustig.", en = "Of course. Do come in, then we can talk quietly." },
      tags = { "ruimte" },             -- labels, te tellen met s.tagged("ruimte")
      effects = { vertrouwen = 1, spanning = -1 },  -- opgeteld bij meters
      score = { luisteren = 1 },       -- opgeteld bij competenties
      feedback = {                     -- wat de student na deze keuze te lezen krijgt
        nl = "Goed: je maakt tijd en een rustige plek. Een deurgesprek is vaak de eerste stap naar vertrouwen.",
        en = "Good: you make time and a quiet place. A talk at the door is often the first step towards trust.",
      },
      next = "zorg",
    },
    {
      id = "afwimpelen",
      text = { nl = "Ik heb zo overleg. Kunt u via de app een afspraak maken?", en = "I have a meeting soon. Could you make an appointment through the app?" },
      tags = { "afhouden" },
      effects = { vertrouwen = -1 },
      score = { luisteren = -1 },      -- een score mag negatief zijn
      feedback = {
        nl = "Begrijpelijk, je hebt weinig tijd. Maar deze moeder komt zelf naar je toe: dat is een kans. Twee minuten luisteren is vaak genoeg om te horen of het kan wachten.",
        en = "Understandable, you have little time. But this mother comes to you herself: that is an opportunity. Two minutes of listening is often enough to hear whether it can wait.",
      },
      next = "afgewimpeld",
    },
    {
      text = { nl = "Ik heb zo overleg, maar zegt u het maar even kort.", en = "I have a meeting soon, but do tell me briefly." },
      tags = { "haast" },
      effects = { spanning = 1 },
      set = { haast = true },          -- set: vlaggen zetten (lees ze met s.flags.haast)
      feedback = {
        nl = "Je luistert, maar met je jas al half aan. 'Kort' maakt het voor haar moeilijker om te vertellen wat er echt is. Twee minuten rustig binnen is vaak sneller.",
        en = "You listen, but with your coat half on. 'Briefly' makes it harder for her to say what is really wrong. Two quiet minutes inside are often quicker.",
      },
      next = "zorg",
    },
  },
}

node "afgewimpeld" {
  speaker = "moeder",
  mood = "verdrietig",
  effects = { spanning = 2 },          -- effects op een knoop: elke keer dat het gesprek hier komt
  text = {
    nl = "Het duurt echt maar twee minuten. Hij huilt elke ochtend.",
    en = "It really only takes two minutes. He cries every morning.",
  },
  choices = {
    {
      text = { nl = "U heeft gelijk, dit gaat voor. Vertelt u maar.", en = "You're right, this comes first. Please, go ahead." },
      tags = { "ruimte" },
      effects = { vertrouwen = 1 },
      set = { haast = true },
      score = { luisteren = 1 },
      feedback = {
        nl = "Mooi dat je bijstuurt. Je laat merken dat haar zorg belangrijker is dan je agenda.",
        en = "Good that you change course. You show that her worry matters more than your schedule.",
      },
      next = "zorg",
    },
    {
      text = { nl = "Echt, het kan nu niet. Mailt u maar.", en = "Really, it's not possible now. Just send me an e-mail." },
      tags = { "afhouden" },
      effects = { vertrouwen = -2 },
      score = { luisteren = -1 },
      feedback = {
        nl = "Ze vroeg twee keer om twee minuten. Nu leert ze dat de deur dicht is, en dat onthoudt ze.",
        en = "She asked twice for two minutes. Now she learns that the door is closed, and she will remember that.",
      },
      next = "dichte_deur",            -- next mag ook meteen naar een einde gaan
    },
  },
}

node "zorg" {
  speaker = "moeder",
  -- mood als functie: de stemming hangt af van de meters (s.spanning).
  mood = function(s)
    if s.spanning >= 7 then return "boos" end
    if s.spanning >= 5 then return "verdrietig" end
    return "gespannen"
  end,
  text = {
    nl = "{kind} wil 's ochtends niet naar school. Hij huilt en zegt dat hij dom is, door de tafels. Ik weet gewoon niet meer wat ik moet doen.",
    en = "{kind} doesn't want to go to school in the morning. He cries and says he's stupid, because of the times tables. I just don't know what to do any more.",
  },
  -- Zegt de student 20 seconden niets, dan gaat het gesprek naar "stilte".
  -- Ook zwijgen is een zet. In run/test/plan heet dat de keuze t.
  -- Een timeout mag, net als een keuze, tags, effects, score en feedback
  -- hebben. Deze stilte kost niets: ze geeft de moeder ruimte (zie de knoop
  -- "stilte"). Punten levert ze niet op: een samenvatting laat beter merken
  -- dat je haar gehoord hebt. Bij de knoop "afspraak" kost zwijgen wél punten.
  timeout = {
    seconds = 20,
    next = "stilte",
    tags = { "stilte" },
    feedback = {
      nl = "Je zweeg en knikte. Dat gaf haar ruimte om verder te praten. Weet ze al dat je haar gehoord hebt? Een korte samenvatting had dat laten merken.",
      en = "You stayed silent and nodded. That gave her room to go on. But does she know yet that you heard her? A short summary would have shown it.",
    },
  },
  choices = {
    {
      id = "advies",
      text = {
        nl = "Oefent u elke avond tien minuten met hem? Dan gaat het vanzelf beter, dat zie ik vaak.",
        en = "Why not practise ten minutes with him every evening? It gets better by itself, I see that a lot.",
      },
      tags = { "oma" },
      effects = { spanning = 1 },
      score = { luisteren = -1 },      -- een score mag negatief zijn
      -- feedback als gewone tekst (geen nl/en-tabel): geldt voor de
      -- scenariotaal. Een Engelstalige student ziet hier dus het Nederlands.
      feedback = "Een advies dat niemand vroeg (de A van OMA). Goed bedoeld, maar je weet nog niet wat er thuis al gebeurt. Eerst luisteren, dan pas meedenken.",
      next = "advies_reactie",
    },
    {
      id = "samenvatten",
      text = {
        nl = "Hij huilt 's ochtends en vindt zichzelf dom. Wat naar om te zien.",
        en = "He cries in the morning and thinks he's stupid. That must be hard to see.",
      },
      tags = { "lsd" },
      effects = { vertrouwen = 1 },
      -- effect (enkelvoud): een functie voor wat een tabel niet kan.
      -- Hier: de spanning halveert. Toewijzen mag alleen in effect.
      effect = function(s)
        s.spanning = math.floor(s.spanning / 2)
      end,
      score = { luisteren = 2 },
      -- feedback als functie: afhankelijk van wat er eerder gebeurde.
      feedback = function(s)
        if s.flags.haast then
          return {
            nl = "Mooi hersteld: eerst wilde je door, nu vat je precies samen wat ze zei, ook het gevoel. Ze voelt zich gehoord.",
            en = "Well recovered: at first you wanted to move on, now you summarise exactly what she said, including the feeling. She feels heard.",
          }
        end
        return {
          nl = "Sterk: in twee zinnen vat je samen wat ze zei en benoem je het gevoel. Dat is de S van LSD. Meer hoeft niet.",
          en = "Strong: in two sentences you summarise what she said and name the feeling. That is the S of LSD (listen, summarise, ask further). No more is needed.",
        }
      end,
      next = "vertelt_meer",
    },
    {
      text = { nl = "Ach, dat vinden veel kinderen lastig.", en = "Oh, lots of children find that hard." },
      tags = { "oma" },
      effects = { vertrouwen = -1 },
      set = { gerustgesteld = true },
      score = { luisteren = -1 },
      feedback = {
        nl = "Geruststellend bedoeld, maar je maakt haar zorg kleiner (een oordeel, de O van OMA). Ze hoort: u overdrijft.",
        en = "Meant to reassure, but you make her worry smaller (a judgement, the O of OMA). What she hears: you're exaggerating.",
      },
      next = "advies_reactie",
    },
    {
      text = { nl = "Wat vervelend. Sinds wanneer speelt dit?", en = "How awful. Since when has this been going on?" },
      tags = { "lsd" },
      score = { luisteren = 1 },
      feedback = {
        nl = "Doorvragen is goed (de D van LSD). Maar ze zei net iets zwaars: 'hij zegt dat hij dom is'. Eerst samenvatten laat merken dat je dát gehoord hebt; daarna komt de vraag beter aan.",
        en = "Asking further is good (the D of LSD). But she just said something heavy: 'he says he's stupid'. Summarising first shows you heard that; the question lands better afterwards.",
      },
      next = "vertelt_meer",
    },
  },
}

-- Hier komt het gesprek alleen als de timeout afloopt.
node "stilte" {
  -- Geen speaker: vertelling. {moeder} wordt de naam van het character
  -- "moeder" (Samira El Amrani).
  text = {
    nl = "Je zegt even niets en knikt. {moeder} haalt diep adem en praat verder.",
    en = "You say nothing for a moment and nod. {moeder} takes a deep breath and goes on.",
  },
  set = { stilte = true },             -- set op een knoop
  effect = function(s)                 -- effect op een knoop
    s.vertrouwen = s.vertrouwen + 1
    if s.spanning > 4 then s.spanning = 4 end
  end,
  next = "vertelt_meer",
}

node "vertelt_meer" {
  speaker = "moeder",
  mood = "verdrietig",
  set = { zorg_gehoord = true },
  -- s.visits.vertelt_meer telt hoe vaak het gesprek hier was (dit bezoek meegeteld).
  -- {{ schrijft een letterlijke { : de student ziet 'Goed zo, {naam}!'.
  text = function(s)
    if s.visits.vertelt_meer > 1 then
      return { nl = "Ja. Zo gaat het elke ochtend.", en = "Yes. That's how it goes every morning." }
    end
    return {
      nl = "Thuis oefent hij met een rekenapp. Die zegt dan 'Goed zo, {{naam}!'. 'Zelfs de app kent me niet', zei hij gisteren.",
      en = "At home he practises with a maths app. It then says 'Well done, {{name}!'. 'Even the app doesn't know me,' he said yesterday.",
    }
  end,
  choices = {
    {
      text = { nl = "Kunt u een voorbeeld geven van zo'n ochtend?", en = "Could you give an example of such a morning?" },
      tags = { "lsd" },
      -- when: de keuze staat er alleen als de functie true geeft.
      -- Deze vraag kan één keer: daarna is s.visits.voorbeeld 1, en schuiven
      -- de keuzes eronder een plek op (de student ziet ze als 1 en 2).
      when = function(s) return s.visits.voorbeeld == 0 end,
      score = { luisteren = 1 },
      feedback = {
        nl = "Goed doorgevraagd (de D van LSD): een concreet voorbeeld laat zien wat er echt speelt.",
        en = "Good follow-up question (the D of LSD, asking further): a concrete example shows what is really going on.",
      },
      next = "voorbeeld",
    },
    {
      text = {
        nl = "In de klas zie ik dat hij bij rekenen snel opgeeft. Bij meten en bouwen straalt hij.",
        en = "In class I see him give up quickly in maths. When measuring and building he shines.",
      },
      tags = { "informeren" },
      effects = { vertrouwen = 1 },
      score = { informeren = 2 },
      feedback = function(s)
        if s.visits.voorbeeld > 0 then
          return {
            nl = "Fijn: je hoorde eerst haar voorbeeld, en nu deel je wat jij ziet, ook wat goed gaat. Zo wordt het een gesprek van twee kanten.",
            en = "Nice: you first heard her example, and now you share what you see, including what goes well. That makes it a two-way conversation.",
          }
        end
        return {
          nl = "Fijn dat je deelt wat jij ziet, ook wat goed gaat. Eén vraag naar een voorbeeld had je eerst nog meer laten horen over thuis.",
          en = "Good that you share what you see, including what goes well. One question asking for an example would first have told you more about home.",
        }
      end,
      next = "afspraak",
    },
    {
      text = {
        nl = "Ik ga de komende weken eens extra op hem letten en kijken wat ik voor hem kan betekenen.",
        en = "Over the coming weeks I'll keep an extra eye on him and see what I can do for him.",
      },
      tags = { "vaag" },
      feedback = {
        nl = "Vriendelijk, maar vaag: wat ga je doen, en wanneer hoort ze ervan? En wat jij in de klas ziet, weet ze nog steeds niet.",
        en = "Kind, but vague: what will you do, and when will she hear from you? And she still doesn't know what you see in class.",
      },
      next = "hm",
    },
    {
      text = { nl = "Misschien kunt u die rekenapp een tijdje weglaten?", en = "Perhaps you could leave that maths app alone for a while?" },
      tags = { "oma" },
      effects = { spanning = 1 },
      score = { luisteren = -1 },
      feedback = {
        nl = "Een advies (de A van OMA) over één detail uit haar verhaal. Misschien helpt het zelfs, maar je weet nog te weinig, en zij voelt zich nu gecorrigeerd.",
        en = "Advice (the A of OMA) about one detail of her story. It might even help, but you still know too little, and now she feels corrected.",
      },
      next = "afspraak",
    },
  },
}

-- Een lus: na het voorbeeld gaat het gesprek terug naar "vertelt_meer".
node "voorbeeld" {
  speaker = "moeder",
  mood = "verdrietig",
  text = {
    nl = "Vanochtend zat hij met zijn jas aan op de trap. 'Als ik ziek ben, hoef ik niet', zei hij.",
    en = "This morning he sat on the stairs with his coat on. 'If I'm ill, I don't have to go,' he said.",
  },
  choices = {
    {
      text = { nl = "Dan moet u hem gewoon brengen, hoor. Anders leert hij dat het werkt.", en = "Then just take him anyway. Otherwise he learns that it works." },
      tags = { "oma" },
      effects = { vertrouwen = -1, spanning = 1 },
      score = { luisteren = -1 },
      feedback = {
        nl = "Een advies over opvoeden, net nu ze iets pijnlijks vertelt (de A van OMA). Ze vroeg niet hoe ze hem naar school krijgt.",
        en = "Parenting advice, just when she tells you something painful (the A of OMA). She didn't ask how to get him to school.",
      },
    },
    {
      text = { nl = "Dat doen wel meer kinderen in groep {groep}. Dat gaat vanzelf over.", en = "Quite a few children in year {groep} do that. It passes by itself." },
      tags = { "oma" },
      effects = { vertrouwen = -1 },
      score = { luisteren = -1 },
      feedback = {
        nl = "Geruststellen met andere kinderen maakt haar zorg kleiner (de O van OMA). Voor haar is het geen 'meer kinderen', het is Noah.",
        en = "Reassuring her with other children makes her worry smaller (the O of OMA). For her it is not 'quite a few children', it is Noah.",
      },
    },
    {
      text = { nl = "Hij zou liever ziek zijn dan naar school gaan. Dat doet pijn om te horen.", en = "He would rather be ill than go to school. That must hurt to hear." },
      tags = { "lsd" },
      score = { luisteren = 1 },
      feedback = {
        nl = "Je vat de kern van haar voorbeeld samen en benoemt wat het met haar doet. Zo hoort ze dat haar verhaal aankomt.",
        en = "You summarise the heart of her example and name what it does to her. That way she hears that her story has landed.",
      },
    },
  },
  next = "vertelt_meer",               -- de keuzes hierboven hebben geen eigen next: ze gaan hierheen
}

node "hm" {
  speaker = "moeder",
  mood = "verward",
  text = "Hm.",                        -- text als gewone tekst: "Hm." is in elke taal gelijk
  next = "afspraak",
}

-- Hier komt het gesprek na een advies of na een geruststelling. Wat de
-- moeder zegt, hangt af van wat de student net zei (de vlag gerustgesteld).
node "advies_reactie" {
  speaker = "moeder",
  mood = "boos",
  text = function(s)
    if s.flags.gerustgesteld then
      return { nl = "Veel kinderen? Hij huilt élke ochtend. Dat is toch niet normaal?", en = "Lots of children? He cries every single morning. That's not normal, is it?" }
    end
    return { nl = "Dat doen we al elke avond. Daarom huilt hij juist!", en = "We already do that every evening. That's exactly why he cries!" }
  end,
  choices = {
    {
      text = { nl = "Dan moet u misschien wat minder druk op hem zetten.", en = "Then perhaps you should put less pressure on him." },
      tags = { "oma" },
      effects = { vertrouwen = -2, spanning = 2 },
      score = { luisteren = -1 },
      feedback = {
        nl = "Weer een advies, en nu klinkt het als een verwijt. De spanning loopt op.",
        en = "Advice again, and now it sounds like a reproach. Tension rises.",
      },
      -- next als functie: de functie geeft de naam van een knoop of einde.
      next = function(s)
        if s.spanning >= 9 then return "dichte_deur" end
        return "afspraak"
      end,
    },
    {
      -- Ook de tekst van een keuze mag een functie zijn.
      text = function(s)
        if s.flags.gerustgesteld then
          return { nl = "Sorry, dat klonk kleiner dan ik het bedoelde. Hoe gaan die ochtenden?", en = "Sorry, that sounded smaller than I meant. How do those mornings go?" }
        end
        return { nl = "Sorry, daar ging ik te snel. Wat gebeurt er dan, bij dat oefenen?", en = "Sorry, I went too fast there. What happens, when you practise?" }
      end,
      tags = { "lsd" },
      -- Niet elk excuus werkt even goed. Had je eerst geen tijd voor haar
      -- (vlag haast) en kwam je daarna met een advies, dan is dit de tweede
      -- misser: het excuus haalt dan geen spanning weg.
      effect = function(s)
        if not s.flags.haast then s.spanning = s.spanning - 1 end
      end,
      score = { luisteren = 1 },
      feedback = function(s)
        if s.flags.haast then
          return {
            nl = "Terecht dat je je misstap erkent en doorvraagt. Maar het is je tweede misser: eerst had je geen tijd voor haar. Ze luistert, maar ontspannen is ze niet.",
            en = "Right to own your misstep and ask further. But it is your second miss: first you had no time for her. She listens, but she is not at ease.",
          }
        end
        return {
          nl = "Goed hersteld: je erkent je misstap en vraagt door in plaats van je te verdedigen.",
          en = "Well recovered: you own your misstep and ask further instead of defending yourself.",
        }
      end,
      next = "vertelt_meer",
    },
    {
      text = function(s)
        if s.flags.gerustgesteld then
          return { nl = "Echt, dat zie ik in groep {groep} vaker. Meestal gaat het na een paar weken vanzelf beter.", en = "Really, I see that more often in year {groep}. Usually it gets better by itself after a few weeks." }
        end
        return { nl = "Herhaling werkt echt, hoor. Bij de meeste kinderen in mijn klas zie ik na een paar weken oefenen al verschil.", en = "Repetition really works. With most children in my class I see a difference after a few weeks of practice." }
      end,
      tags = { "verdedigen" },
      effects = { vertrouwen = -1, spanning = 1 },
      score = { luisteren = -1 },
      feedback = {
        nl = "Je verdedigt wat je zei, met andere kinderen als bewijs. Maar zij vertelt over háár kind, dat elke ochtend huilt. Ze voelt zich niet gehoord.",
        en = "You defend what you said, with other children as evidence. But she is telling you about her child, who cries every morning. She does not feel heard.",
      },
      next = function(s)
        if s.spanning >= 9 then return "dichte_deur" end
        return "afspraak"
      end,
    },
  },
}

-- Een knoop met keuzes ÉN next: als geen enkele keuze geldt (alle when's
-- geven false), drukt de student op Verder en gaat het gesprek naar next.
-- Keuzes zonder eigen next gaan ook naar deze next.
node "afspraak" {
  speaker = "moeder",
  mood = function(s)
    if s.vertrouwen >= 6 then return "neutraal" end
    return "afwijzend"
  end,
  text = function(s)
    if s.vertrouwen < 4 then
      return { nl = "Laat maar. Ik moet Noah ophalen.", en = "Never mind. I have to pick up Noah." }
    end
    return { nl = "En wat doen we nu?", en = "So what do we do now?" }
  end,
  -- Een stilte die wél kost: ze stelt een rechtstreekse vraag. Een timeout
  -- werkt alleen als er keuzes zijn; bij weinig vertrouwen (geen keuzes)
  -- drukt de student gewoon op Verder.
  timeout = {
    seconds = 20,
    next = "noah",
    tags = { "stilte" },
    effects = { vertrouwen = -1 },
    score = { afspraken = -1 },
    feedback = {
      nl = "Ze vroeg je rechtstreeks wat er nu gebeurt, en je zei niets. Na een vraag is stilte geen ruimte geven: ze concludeert dat er niets gebeurt.",
      en = "She asked you directly what happens now, and you said nothing. After a question, silence is not giving room: she concludes that nothing will happen.",
    },
  },
  choices = {
    {
      text = { nl = "Ik houd hem goed in de gaten.", en = "I'll keep a close eye on him." },
      tags = { "vaag" },
      when = function(s) return s.vertrouwen >= 4 end,
      feedback = {
        nl = "Goed bedoeld, maar ze weet niet wat je gaat doen en wanneer ze iets hoort. Maak het concreet.",
        en = "Well meant, but she doesn't know what you will do or when she'll hear from you. Make it concrete.",
      },
      -- geen next: deze keuze gebruikt de next van de knoop
    },
    {
      text = { nl = "Ik zorg dat hij de tafels voor de kerst kent, dat beloof ik.", en = "I'll make sure he knows his tables by Christmas, I promise." },
      tags = { "belofte" },
      when = function(s) return s.vertrouwen >= 4 end,
      score = { afspraken = -1 },
      feedback = {
        nl = "Een belofte over een resultaat dat je niet in de hand hebt. En het gaat weer over de tafels, niet over een jongen die zichzelf dom vindt.",
        en = "A promise about a result you don't control. And it is about the tables again, not about a boy who thinks he's stupid.",
      },
    },
    {
      id = "concreet",
      text = {
        nl = "Zullen we afspreken: hij oefent volgende week met een maatje, en ik bel u vrijdag om vier uur?",
        en = "Shall we agree: next week he practises with a buddy, and I'll call you on Friday at four?",
      },
      tags = { "afspraken" },
      -- s.flags en meters in een voorwaarde: alleen wie echt luisterde en
      -- vertrouwen opbouwde, kan hier een afspraak maken.
      when = function(s) return s.flags.zorg_gehoord and s.vertrouwen >= 6 end,
      set = { afspraak = true },
      score = { afspraken = 2 },
      feedback = {
        nl = "Concreet en klein: wie (hij en een maatje), wat (oefenen), wanneer (vrijdag om vier uur). En je vraagt of het haar past.",
        en = "Concrete and small: who (he and a buddy), what (practising), when (Friday at four). And you ask whether it suits her.",
      },
    },
    {
      text = {
        nl = "Ik ga in de klas extra met hem oefenen, en over een paar weken praten we nog eens over hoe het gaat.",
        en = "I'll do some extra practice with him in class, and in a few weeks we'll talk again about how it's going.",
      },
      tags = { "afspraken" },
      when = function(s) return s.vertrouwen >= 4 end,
      score = { afspraken = 1 },
      feedback = {
        nl = "Half concreet: ze weet wat jij doet, maar niet wanneer ze iets hoort. 'Over een paar weken' is voor een moeder met een huilend kind lang en vaag.",
        en = "Half concrete: she knows what you will do, but not when she'll hear from you. 'In a few weeks' is long and vague for a mother whose child cries.",
      },
    },
  },
  next = "noah",
}

node "noah" {
  speaker = "noah",
  mood = "blij",
  -- s.turn: het aantal keuzes dat tot nu toe is gemaakt (timeouts tellen mee).
  text = function(s)
    if s.turn >= 5 then
      return { nl = "Mam! Je staat hier al súperlang! Kom je?", en = "Mum! You've been standing here for ages! Are you coming?" }
    end
    return { nl = "Mam, kom je? Ik wil naar huis.", en = "Mum, are you coming? I want to go home." }
  end,
  -- next als functie op een knoop: kies het einde. s.score.luisteren leest
  -- de punten tot nu toe (alleen lezen), s.tagged("oma") telt hoe vaak een
  -- gekozen keuze het label "oma" had.
  next = function(s)
    if s.tagged("oma") >= 2 or s.vertrouwen <= 3 then return "dichte_deur" end
    if s.flags.afspraak and s.score.luisteren >= 2 then return "samen_verder" end
    return "beleefd_uit_elkaar"
  end,
}

-- ---------------------------------------------------------------------
-- 6. Einden: outcome is good, mixed of bad.
-- ---------------------------------------------------------------------
ending "samen_verder" {
  title = { nl = "Samen verder", en = "Moving on together" },
  outcome = "good",
  -- text als functie, één keer bij een einde
  text = function(s)
    local extra_nl, extra_en = "", ""
    if s.flags.stilte then
      extra_nl = " Dat je haar even liet praten, deed haar goed."
      extra_en = " Letting her talk for a moment did her good."
    end
    return {
      nl = "{moeder} loopt met {kind} aan de hand naar buiten en zwaait nog even." .. extra_nl .. " Vrijdag om vier uur bel je haar.",
      en = "{moeder} walks out with {kind} by the hand and waves once more." .. extra_en .. " On Friday at four you will call her.",
    }
  end,
}

ending "beleefd_uit_elkaar" {
  title = { nl = "Beleefd uit elkaar", en = "A polite goodbye" },
  outcome = "mixed",
  text = {
    nl = "{moeder} bedankt je en gaat. Gerust is ze niet: heeft de leraar echt gehoord hoe het thuis gaat, en wanneer hoort ze iets? Maandagochtend zit {kind} weer met zijn jas aan op de trap.",
    en = "{moeder} thanks you and leaves. She is not reassured: did the teacher really hear how things are at home, and when will she hear anything? On Monday morning {kind} sits on the stairs with his coat on again.",
  },
}

ending "dichte_deur" {
  title = { nl = "Een dichte deur", en = "A closed door" },
  outcome = "bad",
  -- Een einde dat voor een professionele fout staat (een bezorgde ouder
  -- wegsturen of verwijten maken) begrenst het oordeel: hooguit onvoldoende,
  -- hoe goed de rest ook ging.
  grade_cap = "onvoldoende",
  text = {
    nl = "{moeder} loopt zonder groeten weg. De volgende keer gaat ze met haar zorg naar de directeur, niet naar jou.",
    en = "{moeder} walks off without saying goodbye. Next time she will take her worry to the head teacher, not to you.",
  },
}

-- ---------------------------------------------------------------------
-- 7. Testplannen: vaste routes met de verwachte uitkomst.
--    `gesprekslab test scenarios/tutorial.lua` speelt ze en vergelijkt.
--    choices: per stap het nummer van de keuze zoals de student die ziet
--    (vanaf 1); t = de timeout laten aflopen. Verder-knoppen tel je niet.
-- ---------------------------------------------------------------------

-- Beste pad: binnen, samenvatten (keuze 2), doorvragen naar een voorbeeld,
-- het voorbeeld samenvatten (keuze 3), vertellen wat je in de klas ziet
-- (de vraag naar een voorbeeld is dan weg, dus dat is nu keuze 1) en bij
-- "afspraak" de concrete afspraak (keuze 3).
plan "beste_pad" {
  choices = "1,2,1,3,1,3",
  ending = "samen_verder",
  outcome = "good",
  grade = "goed",
  overall = 1,
  scores = { luisteren = 5, informeren = 2, afspraken = 2 },
}

-- Slechtste pad: twee keer afhouden.
plan "slechtste_pad" {
  choices = "2,2",
  ending = "dichte_deur",
  outcome = "bad",
  grade = "onvoldoende",
  overall = 0,
}

-- Middenpad: advies (OMA), dan herstel, vertellen wat je ziet en een
-- afspraak. Maar er is te weinig geluisterd voor het goede einde.
plan "middenpad" {
  choices = "1,1,2,2,3",
  ending = "beleefd_uit_elkaar",
  outcome = "mixed",
  grade = "voldoende",
  overall = 0.6,
  scores = { luisteren = 1, informeren = 2, afspraken = 2 },
}

-- Via de stilte: bij "zorg" laat de student de timeout aflopen (t). De
-- stilte zelf levert geen punten op, de rest van het gesprek wel.
plan "stilte_pad" {
  choices = "1,t,1,3,1,3",
  seed = 7,                            -- een andere seed: ander getal bij s.random, zelfde uitkomst
  ending = "samen_verder",
  outcome = "good",
  grade = "goed",
  overall = 0.8,
}

-- Oordeel en einde zijn twee dingen: een doorvraag in plaats van een
-- samenvatting, daarna vertellen wat je ziet en de concrete afspraak. Het
-- goede einde, met het oordeel voldoende.
plan "einde_goed_oordeel_voldoende" {
  choices = "1,4,2,3",
  ending = "samen_verder",
  outcome = "good",
  grade = "voldoende",
  overall = 0.7,
}

-- Zwijgen op een vraag kost: bij "afspraak" laat de student de timeout
-- aflopen. Geen afspraak, en een punt minder.
plan "zwijgen_op_vraag" {
  choices = "1,2,1,3,1,t",
  ending = "beleefd_uit_elkaar",
  outcome = "mixed",
  grade = "voldoende",
  scores = { luisteren = 5, informeren = 2, afspraken = -1 },
}

-- Een excuus dat minder werkt: eerst afgewimpeld (vlag haast), dan een
-- advies, dan sorry. De feedback noemt de tweede misser, en de spanning
-- zakt niet.
plan "tweede_misser" {
  choices = "2,1,1,2,2,3",
  ending = "beleefd_uit_elkaar",
  outcome = "mixed",
  grade = "onvoldoende",
}

-- Zonder vertrouwen geen afspraak: bij "afspraak" geldt geen enkele keuze
-- (vertrouwen is 3), dus de student drukt op Verder en het gesprek volgt
-- de next van de knoop. Die Verder-stap staat niet in choices.
plan "geen_afspraak" {
  choices = "2,1,3,2,3",
  ending = "dichte_deur",
  outcome = "bad",
  grade = "onvoldoende",
  scores = { luisteren = 0, informeren = 0, afspraken = 0 },
}
