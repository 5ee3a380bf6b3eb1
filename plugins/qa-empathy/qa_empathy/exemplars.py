"""Sentences that ARE empathic moves, for semantic mode to compare agent sentences with.

Written for this plugin from contact-centre practice and from the empathy literature's
definition of emotional reactions (warmth, compassion and concern, stated outright or
alluded to), never taken from, or chosen on, an evaluation set. A sentence close
enough in meaning to any of them counts as a move of that kind, as well as anything
the lexicon finds.
"""

from __future__ import annotations

EXEMPLARS: dict[str, list[str]] = {
    "acknowledge": [
        "I understand how frustrating this must be for you.",
        "That sounds really stressful.",
        "I can imagine how upsetting that was.",
        "I can hear how worried you are.",
        "That must have been a difficult experience.",
        "I'm sad to hear you have been dealing with this.",
        "I really feel for you.",
        "That must feel so lonely.",
        "It hurts to hear how much pain you are in.",
        "I know how hard this is.",
    ],
    "validate": [
        "You are completely right to be upset about this.",
        "Your frustration makes total sense.",
        "Anyone in your position would feel the same way.",
        "It's perfectly normal to feel like that.",
        "It's okay to feel the way you do.",
    ],
    "apologise": [
        "I am so sorry this happened to you.",
        "I apologise, that was our mistake.",
        "I'm really sorry for the trouble we caused.",
        "Sorry you have had to go through all of this.",
        "I'm so sorry you are going through this right now.",
    ],
    "reassure": [
        "Don't worry, I will sort this out for you today.",
        "I'll make sure this gets fixed.",
        "You're in good hands, we will get through this together.",
        "I hope things get better for you soon.",
        "You are not alone in this.",
        "Wishing you all the best, stay strong.",
        "I'm here for you if you need to talk.",
        "Things will get better, I promise.",
        "Please take care of yourself.",
        "You don't deserve to feel this way.",
        "Sending you a big hug.",
    ],
    "reflect": [
        "So what I'm hearing is that the refund never arrived.",
        "It sounds like you have had a really hard time lately.",
        "If I understand you correctly, you were charged twice.",
        "So you're feeling let down because nobody called you back.",
    ],
}
