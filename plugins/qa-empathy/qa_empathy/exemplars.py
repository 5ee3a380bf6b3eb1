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

# What an empathic move is NOT, though it may share its topic: questions, advice,
# information, the speaker's own story, business talk. A sentence nearer to one of
# these than to every exemplar above is not counted (written the same way as above).
NOT_EMPATHIC: list[str] = [
    # questions
    "What happened after that?",
    "How long has this been going on?",
    "Can you tell me more about it?",
    "Have you talked to anyone about this?",
    "Could you give me your account number, please?",
    # advice and suggestions
    "You should talk to a doctor about it.",
    "Try going for a walk every morning.",
    "Maybe you could look for another job.",
    "I would recommend seeing a therapist.",
    "You need to restart the router and try again.",
    # information
    "The refund takes five to seven business days.",
    "Your plan includes unlimited calls and texts.",
    "There are support groups that meet every week.",
    "Depression is a common condition that can be treated.",
    # the speaker's own story
    "I went through the same thing last year.",
    "When I was younger I had a job like that too.",
    "My brother has the same problem.",
    # a feeling denied or dismissed (near an acknowledgement in words, its opposite)
    "I don't understand why you are so upset about this.",
    "I don't see what the problem is here.",
    "I'm not going to apologise for our policy.",
    "You are overreacting to a small charge.",
    # business and small talk
    "Thank you for calling, how can I help you today?",
    "Let me check that on the system.",
    "Is there anything else I can help you with?",
    "Okay, I have updated your address.",
    "Haha, that is a funny story.",
]
