"""Surface forms, phrasings and context modes of the DEV3 split.

A third development split whose main axis is the *context* of a value rather than its
surface form: the many names callers and agents give each value (formal, casual, agent
jargon, whose name it is), questions that never name the value ("go ahead", "and the one
on the back?"), answers that wrap the value in words ("it says 417 on mine"), and context
modes the other splits lack: several values in one turn (`bundle`), typed shorthand labels
(`chat_shorthand`), misheard read-backs corrected by the customer (`customer_corrects`), a
customer's slip corrected through the agent (`agent_corrects`), a pasted form
(`third_party_form`), an interrupted value (`interrupted`), a value fetched after a pause
(`fetch`) and an automated phone menu (`ivr`).

The module builds its scenes itself (`scene`, called by compose.scene) and chooses its own
modes (`pick_mode`); every wording, noun and family here is its own.
"""

import random
import re

from .compose import (
    DIG,
    FILL,
    FIRST,
    LAST,
    MIDDLE,
    MON3,
    MONTHS,
    aba,
    aba_ok,
    add_filler,
    address,
    card,
    chunks,
    day,
    email_of,
    fam,
    fill,
    iban,
    ipv4,
    iso,
    letters,
    luhn_digit,
    luhn_ok,
    norm,
    ordinal,
    person,
    phone,
    portal_url,
    rdigits,
    say3,
    say_digits,
    say_pair,
    say_year,
    self_correct,
    split_value,
    ssn,
    ssn_ok,
    words,
)

MODES = ["ask", "volunteer", "noq", "readback", "split", "form", "readback_only", "bundle",
         "chat_shorthand", "agent_corrects", "customer_corrects", "third_party_form",
         "interrupted", "fetch", "ivr"]  # fmt: skip

A, U, BOT = "agent", "customer", "bot"

# ---------------------------------------------------------------- phrasings
# fmt: off
T = {
    # the agent names the value and asks for it
    "ask": ["Alright, let's do the {noun} next.", "Okay, I'm ready for the {noun}.",
            "Perfect. Now what do you have for the {noun}?", "Could you read off the {noun}?",
            "And then I'll need the {noun}, please.", "What are you showing for the {noun}?",
            "Can you walk me through the {noun}?", "Now, the {noun}, when you get a chance?",
            "Mind giving me the {noun}?", "Let me get the {noun} from you.",
            "What's the {noun} on there?", "Go ahead and give me the {noun}."],
    # a lead-in that names the value, then a question that does not
    "setup": ["Next thing I'm going to need is the {noun}.", "Now I'll just need the {noun}.",
              "For this part I need the {noun}.", "Okay, the last piece is the {noun}.",
              "I'll need you to grab the {noun} for me."],
    "setup_reply": ["Okay, one sec.", "Sure, hang on.", "Alright.", "Yep, I have it here.",
                    "Okay, give me a moment.", "Mm-hmm, okay."],
    "go_ahead": ["Go ahead.", "Whenever you're ready.", "Okay, I'm ready.", "Go for it.",
                 "Alright, shoot.", "Ready when you are.", "Okay, go ahead and read it off.",
                 "I'm listening."],
    # the customer asks which value is meant; the agent says it another way
    "which": ["Sorry, the what?", "Which one is that?", "Is that the one on the card?",
              "Where would I find that?", "Sorry, which number do you need?"],
    "clarify": ["The {noun}.", "Sorry, I mean the {noun}.", "It's the {noun}.",
                "That would be the {noun}."],
    "answer": ["It says {v} on mine.", "Should be {v}, I think.", "{v}, if I'm reading it right.",
               "Mine says {v}.", "Okay, it's {v}.", "I've got {v} here.", "Looks like {v}.",
               "{v}. At least that's what it says.", "The one I have is {v}.",
               "Um, {v}.", "Right, {v}.", "Yeah, {v}.", "So that's {v}.",
               "Alright, {v}. Did you get that?", "Let me look, okay, {v}."],
    "volunteer": ["Oh, and I have the {noun} if you need it: {v}.",
                  "You'll want the {noun} too, right? It's {v}.",
                  "And before you ask, {v} is the {noun}.",
                  "I'll save you a step, the {noun} is {v}.",
                  "The {noun}, if it helps, is {v}.",
                  "Just so it's on there, {v}. That's the {noun}.",
                  "I wrote down the {noun} too. {v}."],
    "ack": ["Okay, noted.", "Perfect, I have that.", "Great, that helps.", "Thank you, got it.",
            "Appreciate it."],
    "noq_agent": ["So I'll be needing the {noun} from you.", "{Noun}?", "And the {noun}.",
                  "Then it's just the {noun} left.", "Now for the {noun}."],
    "noq_cust": ["{v}.", "Yep, {v}.", "Okay. {v}.", "Got it, {v}.", "That's {v}."],
    "readback": ["{v}, got it.", "Okay, {v}. Perfect.", "Let me make sure I have that: {v}.",
                 "So {v}, and that's the {noun}?", "I'm reading {v}. Is that right?",
                 "Okay, so {v}, correct?"],
    "confirm": ["Yes.", "That's right.", "Yep.", "Mm-hmm, that's it.", "You got it.",
                "Correct, yes."],
    "split_a": ["Okay, {v}", "Alright, it's {v}", "So, {v}", "{v}"],
    "split_ack": ["Mm-hmm.", "Okay, and?", "I've got that much.", "Yep, keep going."],
    "split_b": ["Then {v}.", "And the rest is {v}.", "{v}.", "After that it's {v}."],
    "email": ["The {noun} is {v}.", "I'm including the {noun} as well: {v}.",
              "For the {noun}, please use {v}.", "{v} is the {noun}.",
              "You asked for the {noun}, it is {v}."],
    "form": ["{Label}: {v}", "{Label} - {v}", "{Label}:  {v}", "{Label} : {v}"],
    "readback_only": ["I'm showing {v} as the {noun}. Does that still look right?",
                      "On file I have {v} for the {noun}, is that current?",
                      "The {noun} I have here is {v}. Still good?",
                      "Can you confirm the {noun} for me? I have {v}."],
    "intro": ["{org}, you've got {v}. Who am I speaking with?",
              "Good afternoon, {org}, {v} speaking. How can I help?",
              "Hi, thanks for calling {org}. My name's {v} and I'll be helping you today.",
              "Welcome to {org}. I'm {v}, what can I do for you?",
              "Thank you for calling {org}, this is {v} on a recorded line. How can I help?"],
    # corrections
    "wrong_readback": ["Okay, {v}?", "I've got {v}, right?", "So that's {v}.",
                       "Let me read it back. {v}.", "Alright, {v}, is that correct?"],
    "fix": ["No, {v}.", "Not quite, it's {v}.", "No no, {v}.", "Close, but it's {v}.",
            "Sorry, no. {v}.", "Actually, that's wrong. It's {v}."],
    "fixed": ["Ah, {v}. Thanks for catching that.", "Sorry about that, {v}.",
              "My mistake. {v}, got it."],
    "fixed_plain": ["My mistake, I've fixed it.", "Sorry about that, updated.",
                    "Thanks, corrected on my end."],
    "flag_pci": ["Hmm, that one isn't going through. Could you double-check the {noun}?",
                 "I think I might have the {noun} wrong. Can you read it again?",
                 "The system's saying that doesn't match. Can you look at the {noun} again?",
                 "That came back as an error on my side. One more time?"],
    "flag_on_file": ["Hmm, I'm showing something a little different. I have {v}. Could that be it?",
                     "That doesn't quite match our records. We have {v} on file.",
                     "Let me double-check. Our system shows {v}. Does that sound right?"],
    "customer_fix": ["Oh, sorry, I read that wrong. It's {v}.", "Oops, my bad. {v}.",
                     "Sorry, let me look again. {v}.", "Oh, you're right. {v}."],
    "customer_agree": ["Oh, yes, that's right, sorry.", "Yes, that's it. My mistake.",
                       "Oh, yeah, sorry about that."],
    # interruptions
    "cut_a": ["So it's {v}...", "Okay, {v} -", "It's {v}, uh -", "{v}..."],
    "cut_in": ["Sorry, you cut out for a second, go on.", "Mm, sorry, go ahead.",
               "Hang on, okay, keep going.", "Sorry, someone was talking to me. Go on?"],
    "cut_restart": ["Sorry, you broke up. Could you start over from the beginning?",
                    "I'm so sorry, I lost you there. From the top?",
                    "Can you repeat the whole thing? The line got bad."],
    "say_again": ["Sorry, could you say that one more time?", "I missed that, say again?",
                  "One more time, a little slower?", "Sorry, it's loud here. What was that?"],
    "again": ["Sure, {v}.", "{v}.", "Okay, slower. {v}.", "Yep, it's {v}."],
    "chat_cut_b": ["sorry hit enter too soon. {v}", "{v}", "oops, rest is {v}"],
    "chat_resend": ["I think part of that got cut off, could you resend it?",
                    "That came through garbled on my end, could you type it again?"],
    # fetch
    "fetch_go": ["Oh, hold on, let me grab it.", "It's in my wallet, one sec.",
                 "Hang on, I have to find it.", "Let me go get it, it's in the other room.",
                 "Give me a minute, it's in my purse somewhere."],
    "fetch_wait": ["Sure, take your time.", "No rush.", "Of course, I'll be here.",
                   "That's fine, I'll wait."],
    "fetch_back": ["Okay, I'm back. {v}.", "Found it. {v}.", "Alright, here it is. {v}.",
                   "Sorry about that. Okay, {v}.", "Got it. So, {v}."],
    # ivr
    "ivr_prompt": ["Please say or enter your {noun}, followed by the pound key.",
                   "Using your keypad or your voice, enter your {noun}.",
                   "To continue, please say your {noun}."],
    "ivr_readback": ["You entered {v}. If this is correct, press one. To re-enter, press two.",
                     "I heard {v}. Is that right?"],
    "ivr_yes": ["Yes.", "One.", "Yes, that's correct."],
    "ivr_thanks": ["Thank you.", "Thank you. One moment while I verify that."],
    # bundles and shorthand
    "bundle_v": ["Okay, so {v}.", "I've got it all right here: {v}.", "Sure. {v}.", "{v}.",
                 "Let me just give you everything. {v}."],
    "bundle_t": ["{v}", "here you go: {v}", "ok {v}", "{v} thanks", "Here's everything: {v}"],
    "bundle_ask_pci": ["Okay, I'll need the card details now.",
                       "Go ahead with the card info whenever you're ready.",
                       "Can you give me everything off the card?"],
    "bundle_ask_bank": ["I'll need the bank details for the payment.",
                        "Go ahead with the checking account info."],
    "bundle_ask_id": ["First I'll need to verify a few things on the account.",
                      "Can you give me the identifying info for the patient?",
                      "I just need to confirm who I'm speaking about."],
    "short_ask": ["{short}?", "ok, what's the {short}", "pls send {short}", "need the {short} too",
                  "and {short}?"],
    "short": ["{Short} {v}", "{Short}: {v}", "{Short}:{v}", "{Short} - {v}", "ok {Short} {v}",
              "{Short} is {v}", "{Short} {v} thx"],
    "tpf_chat": ["here's what the form says:\n{v}", "copying it from the paperwork:\n{v}",
                 "pasting from the pdf they sent\n{v}", "this is what's on the form\n\n{v}"],
    "tpf_email": ["Please see the details from the form below:\n\n{v}",
                  "I'm copying the information from the enrollment paperwork:\n\n{v}",
                  "Here is what was on the form you mailed me:\n{v}"],
}

# Lead-ins that name the value, followed by a question that does not.
ELLIPTIC = {
    "CARD_CVV": ["And the other one on the back?", "And the little one on the back?",
                 "Then flip it over for me, what's by the signature?",
                 "Last thing off the card, the one on the back?"],
    "CARD_EXPIRY": ["And when does it run out?", "And what's the date on it?",
                    "When's it good until?", "And it's good through when?",
                    "What's next on the card, the date?"],
    "CREDIT_CARD": ["Okay, read me what's on the front.", "Go ahead with the long one.",
                    "Whenever you've got it in front of you, start with the front."],
    "DATE_OF_BIRTH": ["And when were you born?", "And the birthday?",
                      "And when's the patient's birthday?"],
    "PERSON": ["And who am I speaking with?", "Who's the patient?", "And who's on the card?",
               "Who's the policy under?"],
    "PHONE_NUMBER": ["What's the best way to reach you?", "Where can we call you back?"],
    "ADDRESS": ["And where should we send it?", "Where are you located?"],
    "EMAIL_ADDRESS": ["Where should we send the receipt?", "And where do you get your e-mail?"],
}
# fmt: on

# ---------------------------------------------------------------- nouns
# fmt: off
NOUNS = {
    "CREDIT_CARD": ["sixteen digits on the front", "card you're paying with", "credit card",
                    "number across the front", "account number on the card", "debit card",
                    "long card number", "number on the card",
                    "card on the account", "full sixteen digits", "card info",
                    "primary account number", "PAN", "embossed number", "number for the card"],
    "CARD_CVV": ["code on the back", "three digits by the signature", "CVV number",
                 "verification code", "security digits", "CVV2", "card code", "three-digit number",
                 "code on the signature strip", "little number on the back", "CSC",
                 "card verification value", "last three on the back", "back code",
                 "security number"],
    "CARD_EXPIRY": ["card's end date", "expiration month and year", "date the card expires",
                    "valid through", "good through date", "expiration on the front", "exp",
                    "expiry", "month and year", "date on the card", "card expiration",
                    "valid-thru date", "expiration on that card", "date it runs out",
                    "end date on the card"],
    "BANK_ACCOUNT": ["checking account", "account you want it drafted from", "savings account",
                     "account number for the bank", "bank info", "account the money comes from",
                     "checking number", "account number at the bank", "deposit account"],
    "PERSON": ["patient's name", "caller's name", "spouse's name", "name on the card",
               "cardholder's name", "beneficiary's name", "guarantor's name",
               "name of the subscriber", "primary member's name", "name on the policy",
               "emergency contact's name", "responsible party's name", "dependent's name",
               "name of the account holder", "member's full name", "child's name",
               "name we have on file", "authorized user's name"],
    "DATE_OF_BIRTH": ["birthday", "date of birth", "patient's birthday", "member's birth date",
                      "birth date on file", "subscriber's date of birth", "DOB on the account",
                      "D.O.B.", "day you were born", "date of birth for the patient",
                      "date of birth on the policy", "spouse's birthday", "child's birth date",
                      "birth date for verification"],
    "DATE": ["date of the visit", "day you were seen", "date of service", "appointment day",
             "date on the claim", "day of the procedure", "date you were discharged",
             "admission day", "visit date on the bill", "surgery date", "date of the ER visit",
             "DOS", "date on the statement line", "day of the lab work"],
    "ADDRESS": ["mailing address", "home address", "address on the account", "street address",
                "where you live", "residential address", "address for the statements",
                "shipping address", "address we should use", "physical address",
                "address on your ID", "billing street address", "service address",
                "new address"],
    "PHONE_NUMBER": ["best callback number", "cell", "number we can reach you at",
                     "home phone", "phone on the account", "work number", "mobile",
                     "number for text alerts", "daytime phone", "contact phone",
                     "primary phone", "phone number for the pharmacy", "doctor's office number",
                     "emergency contact number"],
    "EMAIL_ADDRESS": ["e-mail", "email you use", "email for the portal", "login email",
                      "address for e-statements", "personal email", "work email",
                      "email on the account", "email we should send it to",
                      "username email", "email for the receipt", "contact e-mail"],
    "US_SSN": ["Social Security number", "social", "SSN", "nine-digit social",
               "social security", "patient's social", "subscriber's SSN",
               "social on the account", "taxpayer ID", "full social", "SS number"],
    "MEDICAL_RECORD_NUMBER": ["medical record number", "MRN", "chart number", "patient ID",
                              "hospital number", "patient number on the wristband",
                              "record number", "chart ID", "EMR number", "medical ID",
                              "number on the discharge papers", "patient identifier",
                              "clinic ID", "MR number"],
    "HEALTH_PLAN_ID": ["member ID", "ID on the insurance card", "policy number", "subscriber ID",
                       "member number", "insurance ID", "plan ID", "card ID",
                       "ID number on the front of the insurance card", "health plan ID",
                       "identification number", "mbr ID", "insurance number",
                       "beneficiary ID", "enrollee ID"],
    "ACCOUNT_NUMBER": ["account number on the bill", "patient account number",
                       "statement account", "guarantor account", "billing account",
                       "account number at the top of the statement", "invoice account",
                       "hospital account number", "account you're paying on", "HAR",
                       "visit account number", "billing ID", "customer account number"],
    "IP_ADDRESS": ["IP address", "IP", "address it shows under network", "IP on your router",
                   "IP from the error", "IPv4 address", "numbers on the error screen",
                   "connection address", "IP the app shows", "device IP"],
    "URL": ["link", "web address", "page you're on", "address in the browser bar", "URL",
            "site", "link in the text", "portal page", "address at the top of the page",
            "page address", "link they sent", "website address"],
}
ROUTING = ["routing number", "nine digits at the bottom left of the check", "ABA",
           "routing transit number", "bank's routing", "RTN", "routing on the check",
           "first set of numbers on the check", "routing number for the bank"]
CHECKING = ["account number off the check", "checking account number", "second set of numbers",
            "account number at the bank", "savings account number", "bank account number",
            "number after the routing", "account number for the draft"]
IBANS = ["IBAN", "international account number", "IBAN on the statement", "foreign account number"]
CID = ["four digits on the front", "Amex code", "CID", "four-digit security code",
       "little number above the card number", "four-digit code"]
LAST4 = ["last four of the social", "last four of the SSN", "last four of your social",
         "last four digits of the social", "last four of the Social Security number",
         "social's last four", "last four of the patient's social"]
GROUP = ["group number", "group", "group ID", "employer group number", "group on the card",
         "plan group number"]
ZIPS = ["ZIP", "zip code", "postal code", "billing ZIP", "ZIP on the account", "home ZIP"]
AGENT_NOUN = ["name"]

# Labels for typed forms: one per value, many styles.
LABELS = {
    "CREDIT_CARD": ["Card Number", "Card #", "Credit Card No.", "CC Number", "Card No",
                    "CARD NUMBER", "Credit/Debit Card", "Payment Card"],
    "CARD_CVV": ["CVV", "CVV2", "Security Code", "CVC", "Card Code", "CSC", "SECURITY CODE",
                 "3-digit code"],
    "CARD_EXPIRY": ["Exp", "Exp. Date", "Expiration", "Expires", "Valid Thru", "EXP DATE",
                    "Expiration Date (MM/YY)", "Good Thru"],
    "BANK_ACCOUNT": ["Account #", "Checking Account", "Bank Account No.", "Acct Number",
                     "ACCOUNT NO"],
    "routing": ["Routing #", "Routing Number", "ABA", "ABA/Routing", "RTN"],
    "iban": ["IBAN", "IBAN No."],
    "PERSON": ["Name", "Patient Name", "Full Name", "Member Name", "Subscriber", "Insured",
               "Guarantor", "Spouse", "NAME", "Patient", "Beneficiary"],
    "DATE_OF_BIRTH": ["Date of Birth", "DOB", "D.O.B.", "Birth date", "Birthdate", "BIRTH DATE",
                      "Date of birth (MM/DD/YYYY)", "Born"],
    "DATE": ["Date of Service", "DOS", "Visit Date", "Service Date", "Admit Date",
             "Appointment", "Date Seen"],
    "ADDRESS": ["Address", "Mailing Address", "Home Address", "Street", "ADDRESS",
                "Residential Address"],
    "zip": ["ZIP", "Zip Code", "Postal Code", "ZIP CODE"],
    "PHONE_NUMBER": ["Phone", "Cell", "Home Phone", "Tel", "Phone #", "Mobile", "Contact No."],
    "EMAIL_ADDRESS": ["Email", "E-mail", "Email Address", "EMAIL", "E-mail address"],
    "US_SSN": ["SSN", "Social Security #", "Social Security Number", "SS#", "Soc. Sec. No."],
    "last4": ["SSN (last 4)", "Last 4 SSN", "SSN Last Four"],
    "MEDICAL_RECORD_NUMBER": ["MRN", "Medical Record #", "Chart #", "Patient ID", "MR No.",
                              "Medical Record Number"],
    "HEALTH_PLAN_ID": ["Member ID", "Member #", "Subscriber ID", "Policy #", "ID Number",
                       "Insurance ID", "MEMBER ID", "Mbr ID"],
    "group": ["Group #", "Group Number", "Grp No.", "GROUP"],
    "ACCOUNT_NUMBER": ["Account #", "Patient Account", "Acct No.", "Account Number",
                       "Guarantor Acct", "Billing Acct #"],
    "IP_ADDRESS": ["IP", "IP Address", "Client IP"],
    "URL": ["URL", "Link", "Page", "Website"],
}
# Typed chat shorthand, lower case.
SHORT = {
    "CREDIT_CARD": ["cc#", "cc", "card#", "card no", "cc num", "card", "cc #"],
    "CARD_CVV": ["cvv", "cvc", "cvv2", "sec code", "code", "csc", "cvv#"],
    "CARD_EXPIRY": ["exp", "exp date", "expires", "exp.", "expiry", "exp dt"],
    "BANK_ACCOUNT": ["acct #", "acct", "acct no", "checking acct", "chk acct"],
    "routing": ["rtg", "routing", "aba", "rt#", "routing #"],
    "iban": ["iban"],
    "PERSON": ["name", "pt name", "nm", "full name", "pts name"],
    "DATE_OF_BIRTH": ["dob", "d.o.b", "bday", "birthdate", "dob is", "birth"],
    "DATE": ["dos", "appt", "date", "svc date", "visit"],
    "ADDRESS": ["addr", "address", "mailing addr", "st addr", "addy"],
    "zip": ["zip", "zip code", "zip#"],
    "PHONE_NUMBER": ["ph", "phone", "cell", "tel", "mobile", "ph#", "cb#"],
    "EMAIL_ADDRESS": ["email", "e-mail", "em", "email addr"],
    "US_SSN": ["ssn", "ss#", "soc", "social", "ssn#"],
    "last4": ["last 4 ssn", "ssn last4", "last4", "l4 of ssn"],
    "MEDICAL_RECORD_NUMBER": ["mrn", "mr#", "chart #", "med rec #", "pt id"],
    "HEALTH_PLAN_ID": ["mbr id", "member id", "mem #", "id#", "sub id", "policy #", "mbr#"],
    "group": ["grp", "grp #", "group no", "grp#"],
    "ACCOUNT_NUMBER": ["acct #", "acct", "acct no", "pt acct", "guar acct", "acct#"],
    "IP_ADDRESS": ["ip", "ip addr"],
    "URL": ["url", "link", "site"],
}
# Spoken labels inside a bundle.
SPOKEN_LABEL = {
    "CREDIT_CARD": ["card number", "the number", "card's", "number on it"],
    "CARD_CVV": ["code on the back", "security code", "the code", "CVV", "code"],
    "CARD_EXPIRY": ["expires", "expiration", "good through", "exp", "valid through"],
    "BANK_ACCOUNT": ["account", "account number", "checking is"],
    "routing": ["routing", "routing number", "routing is"],
    "PERSON": ["name", "name is", "it's for"],
    "DATE_OF_BIRTH": ["date of birth", "born", "birthday", "D O B"],
    "DATE": ["date of service", "seen on", "visit was"],
    "ADDRESS": ["address", "lives at", "at"],
    "zip": ["zip", "zip code"],
    "PHONE_NUMBER": ["phone", "number", "cell"],
    "EMAIL_ADDRESS": ["email", "e-mail is"],
    "US_SSN": ["social", "social security"],
    "last4": ["last four of the social", "last four"],
    "MEDICAL_RECORD_NUMBER": ["medical record number", "MRN", "chart number"],
    "HEALTH_PLAN_ID": ["member ID", "ID number", "member number"],
    "group": ["group number", "group"],
    "ACCOUNT_NUMBER": ["account number", "account"],
}
IVR_NOUNS = {
    "CREDIT_CARD": ["card number"], "CARD_CVV": ["three or four digit security code"],
    "CARD_EXPIRY": ["card's expiration date as a four digit number"],
    "BANK_ACCOUNT": ["bank account number"], "DATE_OF_BIRTH": ["date of birth"],
    "HEALTH_PLAN_ID": ["member ID"], "ACCOUNT_NUMBER": ["account number"],
    "US_SSN": ["Social Security number"], "PHONE_NUMBER": ["ten digit phone number"],
    "MEDICAL_RECORD_NUMBER": ["medical record number"],
}
# fmt: on


# ---------------------------------------------------------------- saying things
_HY = re.compile(
    r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety) "
    r"(one|two|three|four|five|six|seven|eight|nine|first|second|third|fourth|fifth|sixth"
    r"|seventh|eighth|ninth)\b"
)


def _hy(t, r):
    """Spoken tens with or without a hyphen ('forty-one'), as transcripts vary."""
    return _HY.sub(r"\1-\2", t) if r.random() < 0.5 else t


def _zw(r):
    return r.choice(["oh", "zero", "oh"])


def _sd(s, r, zero=None):
    return say_digits(s, zero or _zw(r))


def _groups(s, sizes, each, sep):
    return sep.join(each(g) for g in chunks(s, sizes))


def _v(fn):
    """A voice rendering gets its spoken tens hyphenated half the time."""

    def g(r, ch):
        out = fn(r, ch)
        return (_hy(out[0], r), *out[1:]) if ch == "voice" else out

    return g


def _num(gen, render):
    """A family over a generated string: render(s, r, ch) gives the text."""

    def fn(r, ch):
        s = gen(r)
        out = render(s, r, ch)
        return (out, s) if isinstance(out, str) else (out[0], s, *out[1:])

    return _v(fn)


def _yy_said(y):
    return words(y % 100) if y % 100 >= 10 else "oh " + DIG[y % 10]


def _year_said(y, r, short=True):
    opts = [say_year(y)] * 2 + ([_yy_said(y)] if short else [])
    if y >= 2010:
        opts.append("two thousand " + words(y % 100))
    return r.choice(opts)


def _th(d):
    return f"{d}{'th' if 10 <= d % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(d % 10, 'th')}"


# ---------------------------------------------------------------- CREDIT_CARD
def _cc(r):
    return card(r, r.choice(["visa", "visa", "mastercard", "mastercard", "discover", "jcb"]))


def _sizes(n):
    return {15: [4, 6, 5], 14: [4, 6, 4]}.get(len(n), [4, 4, 4, 4])


def _cc_then(n, r, ch):
    z = _zw(r)
    gs = [say_digits(g, z) for g in chunks(n, _sizes(n))]
    out = gs[0]
    for g in gs[1:]:
        out += r.choice([", then ", ", and then ", " then ", ", next ", ", "]) + g
    return out


def _cc_run_on(n, r, ch):
    return say_digits(n, _zw(r))


def _cc_asr(n, r, ch):
    return r.choice([n, " ".join(chunks(n, _sizes(n))), " ".join(chunks(n, [2] * 8)),
                     " ".join(chunks(n, [4, 4, 8])) if len(n) == 16 else n])  # fmt: skip


def _cc_typed_mixed(n, r, ch):
    gs = chunks(n, _sizes(n))
    out = gs[0]
    for g in gs[1:]:
        out += r.choice([" ", "-", "", "  ", " ", "-"]) + g
    return out


def _amex_typed(n, r, ch):
    gs = chunks(n, [4, 6, 5])
    return r.choice([" ".join(gs), "-".join(gs), n, f"{gs[0]} {gs[1]}{gs[2]}"])


def _amex_said(n, r, ch):
    z = _zw(r)
    a, b, c = chunks(n, [4, 6, 5])
    j = r.choice([", ", ", then ", " "])
    return j.join([say_digits(a, z), say_digits(b, z), say_digits(c, z)])


# ---------------------------------------------------------------- CARD_CVV
def _cvv(r):
    return rdigits(r, 3)


def _cvv_nz(r):
    return str(r.randint(1, 9)) + rdigits(r, 2)


def _cvv_number(s, r, ch):
    n = int(s)
    opts = [say3(n), words(n)]
    if s[1:] != "00" and s[1] != "0":
        opts.append(words(int(s[:2])) + " " + DIG[int(s[2])])  # 417: forty-one seven
    return r.choice(opts)


def _cvv_asr(s, r, ch):
    return r.choice([s, s, f"{s[0]} {s[1:]}", f"{s[:2]} {s[2]}", " ".join(s)])


def _cid_said(s, r, ch):
    if s[0] != "0" and r.random() < 0.5:
        return say_pair(s[:2]) + " " + say_pair(s[2:])
    return _sd(s, r)


# ---------------------------------------------------------------- CARD_EXPIRY
def _exp(render):
    def fn(r, ch):
        y, m = r.randint(2025, 2032), r.randint(1, 12)
        return render(y, m, r), f"{m:02d}{y % 100:02d}"

    return _v(fn)


def _mm_said(m, r):
    if m >= 10:
        return r.choice([words(m), say_digits(str(m))])
    return r.choice(["oh " + DIG[m], "zero " + DIG[m], DIG[m]])


def _exp_month_yy(y, m, r):
    return MONTHS[m - 1] + r.choice([" ", " of ", ", ", " of "]) + words(y % 100)


def _exp_numbers(y, m, r):
    yy = r.choice([words(y % 100), say_digits(f"{y % 100:02d}")])
    return _mm_said(m, r) + r.choice([" ", ", ", " "]) + yy


def _exp_num_and_name(y, m, r):
    aside = r.choice([", that's ", ", so ", " - ", ", "])
    return f"{_mm_said(m, r)}{aside}{MONTHS[m - 1]}, {r.choice(['', 'of '])}{words(y % 100)}"


def _exp_full_year(y, m, r):
    yr = r.choice([say_year(y), "two thousand " + words(y % 100)])
    return r.choice([MONTHS[m - 1], _mm_said(m, r)]) + r.choice([" ", ", ", " of "]) + yr


def _exp_asr(y, m, r):
    yy = y % 100
    return r.choice([f"{m:02d}/{yy}", f"{m}/{yy}", f"{m:02d}{yy}", f"{MONTHS[m - 1].lower()} {yy}",
                     f"{m:02d} {yy}", f"{m} {y}", f"{MONTHS[m - 1]} {y}"])  # fmt: skip


def _exp_slash(y, m, r):
    yy = y % 100
    return r.choice([f"{m:02d}/{yy}", f"{m}/{yy}", f"{m:02d}/{y}", f"{m}/{y}", f"{m:02d} / {yy}",
                     f"{m:02d}-{yy}", f"{m:02d}/{yy}"])  # fmt: skip


def _exp_month_typed(y, m, r):
    yy = y % 100
    return r.choice([f"{MON3[m - 1]} {yy}", f"{MONTHS[m - 1]} {y}", f"{MON3[m - 1].lower()}/{yy}",
                     f"{MON3[m - 1]}-{y}", f"{MONTHS[m - 1]} '{yy}", f"{MON3[m - 1].upper()} {y}",
                     f"{MONTHS[m - 1].lower()} {y}"])  # fmt: skip


# ---------------------------------------------------------------- BANK_ACCOUNT
def _acct_bank(r):
    return rdigits(r, r.randint(6, 14), lead=True)


def _bank_said(s, r, ch):
    z = _zw(r)
    if r.random() < 0.5:
        return say_digits(s, z)
    k = 3 if len(s) % 3 == 0 else 4
    return _groups(s, [k] * (len(s) // k + 1), lambda g: say_digits(g, z), r.choice([", ", " "]))


def _bank_typed(s, r, ch):
    if len(s) >= 10 and r.random() < 0.3:
        return " ".join(chunks(s, [4] * 5))
    return s


def _bank_asr(s, r, ch):
    return r.choice([s, " ".join(chunks(s, [3] * 6)), " ".join(chunks(s, [4] * 5))])


def _routing_typed(s, r, ch):
    return r.choice([s, s, " ".join(chunks(s, [3, 3, 3])), "-".join(chunks(s, [4, 4, 1]))])


def _iban_typed(s, r, ch):
    g = " ".join(chunks(s, [4] * 9))
    return r.choice([g, s, g.lower()])


# ---------------------------------------------------------------- PERSON
FEMALE = {"Maria", "Aisha", "Emily", "Priya", "Sofia", "Fatima", "Yuki", "Grace", "Hannah",
          "Olivia", "Keisha", "Megan", "Lucia", "Ines", "Chloe"}  # fmt: skip
AGENTS = ["Tasha", "Derek", "Monique", "Ray", "Alisha", "Javier", "Corinne", "Malik", "Brenda",
          "Hector", "Jolene", "Vince"]  # fmt: skip


def _p_full(r, ch):
    n = "{} {}".format(*person(r))
    return n, n


def _p_first(r, ch):
    n = r.choice(FIRST)
    return n, n


def _p_last(r, ch):
    n = r.choice(LAST)
    if ch != "email" and r.random() < 0.4:
        return n, n, r.choice(["Mr. ", "Mrs. ", "Ms. "]) if ch != "voice" else "", ""
    return n, n


def _p_spelled_first(r, ch):
    first, last = person(r)
    sp = r.choice([" ", "-", ", "]).join(first.upper())
    return f"{first}, {sp}, {last}", f"{first} {last}"


def _p_case(r, ch):
    first, last = person(r)
    return r.choice([f"{first} {last}".upper(), f"{first} {last}".lower(),
                     f"{first.lower()} {last}"]), f"{first} {last}"  # fmt: skip


def _p_middle(r, ch):
    first, last = person(r)
    mid = r.choice(MIDDLE)
    return f"{first} {mid} {last}", f"{first} {mid} {last}"


def _p_agent(r, ch):
    n = r.choice(AGENTS)
    if r.random() < 0.4:
        n += " " + r.choice(LAST)
    return n, n


# ---------------------------------------------------------------- DATE_OF_BIRTH / DATE
def _d(render, y0, y1):
    def fn(r, ch):
        y, m, d = day(r, y0, y1)
        out = render(y, m, d, r)
        return out if isinstance(out, tuple) else (out, iso(y, m, d))

    return _v(fn)


def _dob(render):
    return _d(render, 1938, 2008)


def _svc(render):
    return _d(render, 2023, 2025)


def _dt_month_day_year(y, m, d, r):
    dd = r.choice([ordinal(d), ordinal(d), words(d)])
    return f"{MONTHS[m - 1]} {dd}{r.choice([', ', ' ', ' of '])}{_year_said(y, r)}"


def _dt_numeric(y, m, d, r):
    z = r.choice(["oh", "zero", ""])

    def two(n):
        return f"{z} {DIG[n]}" if n < 10 and z else words(n)

    return r.choice([", ", " "]).join([two(m), two(d), _year_said(y, r)])


def _dt_day_month(y, m, d, r):
    return f"{r.choice(['the ', ''])}{ordinal(d)} of {MONTHS[m - 1]}, {_year_said(y, r)}"


def _dt_asr(y, m, d, r):
    return r.choice([f"{m}/{d}/{y}", f"{MONTHS[m - 1].lower()} {d} {y}",
                     f"{m:02d} {d:02d} {y % 100:02d}", f"{MONTHS[m - 1]} {_th(d)} {y}",
                     f"{m} {d} {y}"])  # fmt: skip


def _dt_slash(y, m, d, r):
    return r.choice([f"{m:02d}/{d:02d}/{y}", f"{m}/{d}/{y % 100:02d}", f"{m}-{d}-{y}",
                     f"{m:02d}-{d:02d}-{y}", f"{m}/{d}/{y}"])  # fmt: skip


def _dt_month_typed(y, m, d, r):
    return r.choice([f"{MONTHS[m - 1]} {d}, {y}", f"{MON3[m - 1]} {d} {y}",
                     f"{d} {MONTHS[m - 1]} {y}", f"{MONTHS[m - 1]} {_th(d)}, {y}",
                     f"{MON3[m - 1]}. {d}, {y}"])  # fmt: skip


def _dt_compact(y, m, d, r):
    return r.choice([f"{m:02d}{d:02d}{y}", f"{y}-{m:02d}-{d:02d}", f"{m:02d}.{d:02d}.{y}"])


def _dt_yearless_said(y, m, d, r):
    t = r.choice([f"{MONTHS[m - 1]} {ordinal(d)}", f"the {ordinal(d)} of {MONTHS[m - 1]}",
                  f"{MONTHS[m - 1]} {words(d)}"])  # fmt: skip
    return t, f"{m:02d}{d:02d}"


def _dt_yearless_typed(y, m, d, r):
    return r.choice([f"{m}/{d}", f"{MON3[m - 1]} {d}", f"{MONTHS[m - 1]} {_th(d)}",
                     f"{m:02d}/{d:02d}"]), f"{m:02d}{d:02d}"  # fmt: skip


# ---------------------------------------------------------------- ADDRESS
def _house_said(num, r):
    n = int(num)
    if len(num) <= 2:
        return words(n)
    if len(num) == 3:
        return r.choice([say3(n), say_digits(num, "oh")])
    return r.choice([say_pair(num[:2]) + " " + say_pair(num[2:]), say_digits(num, "oh")])


def _addr_said_full(r, ch):
    a = address(r)
    t = f"{_house_said(a['num'], r)} {a['street']} {a['suf']}, {a['city']}, {a['state']}"
    canon = f"{a['num']} {a['street']} {a['suf']} {a['city']} {a['st']}"
    if r.random() < 0.6:
        t += ", " + _sd(a["zip"], r)
        canon += " " + a["zip"]
    return t, canon


def _addr_said_street(r, ch):
    a = address(r)
    return f"{_house_said(a['num'], r)} {a['street']} {a['suf']}", (
        f"{a['num']} {a['street']} {a['suf']}"
    )


def _addr_typed_full(r, ch):
    a = address(r)
    suf = r.choice([a["suf"], a["abbr"]])
    st = f"{a['num']} {a['street']} {suf}"
    t = r.choice([f"{st}, {a['city']}, {a['st']} {a['zip']}",
                  f"{st} {a['city']} {a['st']} {a['zip']}",
                  f"{st}, {a['city']} {a['st']}, {a['zip']}"])  # fmt: skip
    return t, f"{a['num']} {a['street']} {a['suf']} {a['city']} {a['st']} {a['zip']}"


def _addr_typed_street(r, ch):
    a = address(r)
    suf = r.choice([a["suf"], a["abbr"], a["abbr"] + "."])
    if a["abbr"] == a["suf"]:
        suf = a["suf"]
    t = f"{a['num']} {a['street']} {suf}"
    if r.random() < 0.3:
        t = t.lower()
    return t, f"{a['num']} {a['street']} {a['suf']}"


def _zip(r):
    return address(r)["zip"]


# ---------------------------------------------------------------- PHONE / EMAIL / SSN
def _ph_said(p, r, ch):
    z = _zw(r)
    return _groups(p, [3, 3, 4], lambda g: say_digits(g, z), r.choice([", ", " ", ", "]))


def _ph_asr(p, r, ch):
    a, b, c = chunks(p, [3, 3, 4])
    return r.choice([f"{a} {b} {c}", p, f"{a}-{b}-{c}", f"({a}) {b}-{c}"])


def _ph_typed(p, r, ch):
    a, b, c = chunks(p, [3, 3, 4])
    return r.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", p, f"{a} {b} {c}",
                     f"{a}/{b}-{c}"])  # fmt: skip


def _em_typed(r, ch):
    e = email_of(r, *person(r))
    return e, e


def _em_said(r, ch):
    e = email_of(r, *person(r), pattern=r.choice(["f.l", "fl", "il", "l.f"]))
    user, dom = e.split("@")
    name, tld = dom.split(".", 1)
    u = user.replace(".", " dot ")
    return f"{u} at {name} dot {tld.replace('.', ' dot ')}", e


def _em_said_spelled(r, ch):
    first, last = person(r)
    e = email_of(r, first, last, pattern="il")
    user, dom = e.split("@")
    name, tld = dom.split(".", 1)
    sp = " ".join(user.upper())
    return f"{user}, that's {sp}, at {name} dot {tld.replace('.', ' dot ')}", e


def _ssn_typed(s, r, ch):
    a, b, c = chunks(s, [3, 2, 4])
    return r.choice([f"{a}-{b}-{c}", s, f"{a} {b} {c}", f"{a}-{b}-{c}"])


def _ssn_said(s, r, ch):
    z = _zw(r)
    return _groups(s, [3, 2, 4], lambda g: say_digits(g, z), r.choice([", ", " "]))


def _last4(r):
    return ssn(r)[5:]


def _l4_said(s, r, ch):
    if s[0] != "0" and r.random() < 0.4:
        return say_pair(s[:2]) + " " + say_pair(s[2:])
    return _sd(s, r)


# ---------------------------------------------------------------- MRN / plan / account IDs
def _mrn(r):
    return rdigits(r, r.choice([7, 8, 9, 10]), lead=True)


def _mrn_alpha(r):
    return r.choice(["MR", "H", "E", "MRN", "P", "RB"]) + rdigits(r, r.choice([6, 7, 8]))


def _alpha_typed(s, r, ch):
    k = len(s) - len(s.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    return r.choice([s, s, s[:k] + "-" + s[k:], s.lower()])


def _alpha_said(s, r, ch):
    z = _zw(r)
    k = len(s) - len(s.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    lets = " ".join(s[:k])
    digs = s[k:]
    if r.random() < 0.5:
        return f"{lets}, {say_digits(digs, z)}"
    return f"{lets} {_groups(digs, [3] * 4, lambda g: say_digits(g, z), ', ')}"


def _digits_said(s, r, ch):
    z = _zw(r)
    if r.random() < 0.4:
        return say_digits(s, z)
    return _groups(s, [3] * 4 if len(s) % 3 == 0 else [4] * 3, lambda g: say_digits(g, z), ", ")


def _digits_asr(s, r, ch):
    return r.choice([s, " ".join(chunks(s, [3] * 4)), " ".join(chunks(s, [4] * 3))])


def _digits_typed(s, r, ch):
    return r.choice([s, s, "-".join(chunks(s, [4, 4, 4])), " ".join(chunks(s, [3] * 4))])


def _hp_member(r):
    k = r.random()
    if k < 0.4:
        return letters(r, 3) + rdigits(r, 9)
    if k < 0.7:
        return r.choice("WHJMRK") + rdigits(r, r.choice([8, 9, 10]))
    return rdigits(r, 9, lead=True) + r.choice(["01", "02", "00"])


def _hp_said(s, r, ch):
    k = len(s) - len(s.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    if k == 0:
        return _digits_said(s, r, ch)
    return _alpha_said(s, r, ch)


def _hp_asr(s, r, ch):
    k = len(s) - len(s.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    if k == 0:
        return _digits_asr(s, r, ch)
    return r.choice([f"{s[:k].lower()} {s[k:]}", f"{' '.join(s[:k])} {s[k:]}", s])


def _group(r):
    return r.choice([rdigits(r, 5, lead=True), rdigits(r, 6, lead=True), "0" + rdigits(r, 6),
                     letters(r, 1) + rdigits(r, 5)])  # fmt: skip


def _acct(r):
    return rdigits(r, r.randint(7, 12), lead=True)


def _acct_alpha(r):
    return r.choice(["HB", "PA", "G", "AR", "V", "HAR"]) + rdigits(r, r.choice([6, 7, 8, 9]))


# ---------------------------------------------------------------- IP / URL
def _ip_said(ip, r, ch):
    dot = r.choice([" dot ", " dot ", " point "])
    if r.random() < 0.5:
        return dot.join(say3(int(o)) if o != "0" else "zero" for o in ip.split("."))
    return dot.join(say_digits(o) for o in ip.split("."))


def _url_typed(r, ch):
    u = portal_url(r, r.random() < 0.6)
    return u, u


def _url_said(r, ch):
    u = portal_url(r, False)
    host, path = u.split("/", 1)
    seg = path.split("/")[0]
    return f"{host.replace('.', ' dot ').replace('-', ' dash ')} slash {seg}", f"{host}/{seg}"


# ---------------------------------------------------------------- families
# fmt: off
FAMILIES = {
    "CREDIT_CARD": [
        fam("d3_cc_spoken_groups_then", "v", _num(card, _cc_then)),
        fam("d3_cc_spoken_run_on", "v", _num(_cc, _cc_run_on)),
        fam("d3_cc_asr_digit_chunks", "v", _num(card, _cc_asr)),
        fam("d3_cc_typed_mixed_separators", "t", _num(card, _cc_typed_mixed)),
        fam("d3_cc_typed_amex", "t", _num(lambda r: card(r, "amex"), _amex_typed)),
        fam("d3_cc_spoken_amex", "v", _num(lambda r: card(r, "amex"), _amex_said)),
    ],
    "CARD_CVV": [
        fam("d3_cvv_spoken_digits", "v", _num(_cvv, lambda s, r, ch: _sd(s, r))),
        fam("d3_cvv_spoken_number", "v", _num(_cvv_nz, _cvv_number)),
        fam("d3_cvv_asr_digits", "v", _num(_cvv, _cvv_asr)),
        fam("d3_cvv_typed", "t", _num(_cvv, lambda s, r, ch: s)),
        fam("d3_cvv_amex_cid_spoken", "v", _num(lambda r: rdigits(r, 4), _cid_said), nouns=CID),
        fam("d3_cvv_amex_cid_typed", "t", _num(lambda r: rdigits(r, 4), lambda s, r, ch: s),
            nouns=CID),
    ],
    "CARD_EXPIRY": [
        fam("d3_exp_spoken_month_yy", "v", _exp(_exp_month_yy)),
        fam("d3_exp_spoken_numbers", "v", _exp(_exp_numbers)),
        fam("d3_exp_spoken_number_and_name", "v", _exp(_exp_num_and_name)),
        fam("d3_exp_spoken_full_year", "v", _exp(_exp_full_year)),
        fam("d3_exp_asr_formats", "v", _exp(_exp_asr)),
        fam("d3_exp_typed_slash_dash", "t", _exp(_exp_slash)),
        fam("d3_exp_typed_month_name", "t", _exp(_exp_month_typed)),
    ],
    "BANK_ACCOUNT": [
        fam("d3_bank_routing_spoken", "v", _num(aba, _bank_said), nouns=ROUTING),
        fam("d3_bank_routing_typed", "t", _num(aba, _routing_typed), nouns=ROUTING),
        fam("d3_bank_account_spoken", "v", _num(_acct_bank, _bank_said), nouns=CHECKING),
        fam("d3_bank_account_typed", "t", _num(_acct_bank, _bank_typed), nouns=CHECKING),
        fam("d3_bank_account_asr", "v", _num(_acct_bank, _bank_asr), nouns=CHECKING),
        fam("d3_bank_iban_typed", "t", _num(iban, _iban_typed), nouns=IBANS),
    ],
    "PERSON": [
        fam("d3_person_full_name", "vt", _p_full),
        fam("d3_person_first_name_only", "vt", _p_first),
        fam("d3_person_surname_only", "vt", _p_last),
        fam("d3_person_spelled_first", "v", _p_spelled_first),
        fam("d3_person_typed_case", "t", _p_case),
        fam("d3_person_first_middle_last", "vt", _p_middle),
        fam("d3_person_agent_greeting", "vt", _p_agent, ctx="intro", nouns=AGENT_NOUN),
    ],
    "DATE_OF_BIRTH": [
        fam("d3_dob_spoken_month_day_year", "v", _dob(_dt_month_day_year)),
        fam("d3_dob_spoken_numeric", "v", _dob(_dt_numeric)),
        fam("d3_dob_spoken_day_of_month", "v", _dob(_dt_day_month)),
        fam("d3_dob_asr_formats", "v", _dob(_dt_asr)),
        fam("d3_dob_typed_slash_dash", "t", _dob(_dt_slash)),
        fam("d3_dob_typed_month_name", "t", _dob(_dt_month_typed)),
        fam("d3_dob_typed_compact_iso", "t", _dob(_dt_compact)),
    ],
    "DATE": [
        fam("d3_date_spoken_month_day_year", "v", _svc(_dt_month_day_year)),
        fam("d3_date_spoken_yearless", "v", _svc(_dt_yearless_said)),
        fam("d3_date_asr_formats", "v", _svc(_dt_asr)),
        fam("d3_date_typed_numeric", "t", _svc(_dt_slash)),
        fam("d3_date_typed_month_name", "t", _svc(_dt_month_typed)),
        fam("d3_date_typed_yearless", "t", _svc(_dt_yearless_typed)),
    ],
    "ADDRESS": [
        fam("d3_addr_spoken_full", "v", _v(_addr_said_full)),
        fam("d3_addr_spoken_street_only", "v", _v(_addr_said_street)),
        fam("d3_addr_typed_full", "t", _addr_typed_full),
        fam("d3_addr_typed_street_only", "t", _addr_typed_street),
        fam("d3_addr_zip_spoken", "v", _num(_zip, lambda s, r, ch: _sd(s, r)), nouns=ZIPS),
        fam("d3_addr_zip_typed", "t", _num(_zip, lambda s, r, ch: s), nouns=ZIPS),
    ],
    "PHONE_NUMBER": [
        fam("d3_phone_spoken_groups", "v", _num(phone, _ph_said)),
        fam("d3_phone_asr_formats", "v", _num(phone, _ph_asr)),
        fam("d3_phone_typed_formats", "t", _num(phone, _ph_typed)),
    ],
    "EMAIL_ADDRESS": [
        fam("d3_email_typed_plain", "t", _em_typed),
        fam("d3_email_spoken_at_dot", "v", _em_said),
        fam("d3_email_spoken_then_spelled", "v", _em_said_spelled),
    ],
    "US_SSN": [
        fam("d3_ssn_typed_formats", "t", _num(ssn, _ssn_typed)),
        fam("d3_ssn_spoken_groups", "v", _num(ssn, _ssn_said)),
        fam("d3_ssn_last4_spoken", "v", _num(_last4, _l4_said), nouns=LAST4),
        fam("d3_ssn_last4_typed", "t", _num(_last4, lambda s, r, ch: s), nouns=LAST4),
    ],
    "MEDICAL_RECORD_NUMBER": [
        fam("d3_mrn_typed_digits", "t", _num(_mrn, _digits_typed)),
        fam("d3_mrn_spoken_digits", "v", _num(_mrn, _digits_said)),
        fam("d3_mrn_asr_digits", "v", _num(_mrn, _digits_asr)),
        fam("d3_mrn_typed_letter_prefix", "t", _num(_mrn_alpha, _alpha_typed)),
        fam("d3_mrn_spoken_letter_prefix", "v", _num(_mrn_alpha, _alpha_said)),
    ],
    "HEALTH_PLAN_ID": [
        fam("d3_hp_member_typed", "t", _num(_hp_member, _alpha_typed)),
        fam("d3_hp_member_spoken", "v", _num(_hp_member, _hp_said)),
        fam("d3_hp_member_asr", "v", _num(_hp_member, _hp_asr)),
        fam("d3_hp_group_typed", "t", _num(_group, lambda s, r, ch: s), nouns=GROUP),
        fam("d3_hp_group_spoken", "v", _num(_group, _alpha_said), nouns=GROUP),
    ],
    "ACCOUNT_NUMBER": [
        fam("d3_acct_typed_digits", "t", _num(_acct, _digits_typed)),
        fam("d3_acct_spoken_digits", "v", _num(_acct, _digits_said)),
        fam("d3_acct_asr_digits", "v", _num(_acct, _digits_asr)),
        fam("d3_acct_typed_letter_prefix", "t", _num(_acct_alpha, _alpha_typed)),
    ],
    "IP_ADDRESS": [
        fam("d3_ip_v4_typed", "t", _num(ipv4, lambda s, r, ch: s)),
        fam("d3_ip_v4_spoken", "v", _num(ipv4, _ip_said)),
    ],
    "URL": [
        fam("d3_url_typed", "t", _url_typed),
        fam("d3_url_spoken_host_path", "v", _url_said),
    ],
}
# fmt: on
ENTITY_OF = {f.name: e for e, fs in FAMILIES.items() for f in fs}
PCI_ENTS = ("CREDIT_CARD", "CARD_CVV", "CARD_EXPIRY", "BANK_ACCOUNT")
CARD_PARTS = ("CREDIT_CARD", "CARD_EXPIRY", "CARD_CVV")
IDENT = ["PERSON", "DATE_OF_BIRTH", "HEALTH_PLAN_ID", "MEDICAL_RECORD_NUMBER", "ACCOUNT_NUMBER",
         "PHONE_NUMBER", "ADDRESS", "EMAIL_ADDRESS", "US_SSN", "DATE"]  # fmt: skip


def _kind(f):
    """What a family's value is, finer than its entity (routing vs account, ZIP vs street)."""
    for k in ("routing", "iban", "zip", "last4", "group"):
        if k in f.name:
            return k
    return ENTITY_OF[f.name]


# ---------------------------------------------------------------- a near miss of a value
# fmt: off
SOUNDALIKE = {"Smith": "Smyth", "Reid": "Reed", "Chen": "Chan", "Kim": "Kin", "Lopez": "Lopes",
              "Tran": "Train", "Rossi": "Ross", "Costa": "Acosta", "Brooks": "Brook",
              "Jenkins": "Jenkin", "Novak": "Nowak", "Murphy": "Murphey", "Patel": "Patil",
              "Iyer": "Ayer", "Haddad": "Hadad", "Moreno": "Marino", "Garcia": "Garza",
              "Maria": "Mario", "Emily": "Emilie", "Grace": "Gracie", "Liam": "Leon",
              "Megan": "Meghan", "Sofia": "Sophia", "Chloe": "Cloey", "Robert": "Roberta",
              "Hannah": "Anna", "Diego": "Dayo", "Wei": "Way", "Ines": "Inez", "Yuki": "Yuri"}
SIMILAR = {"b": "d", "d": "b", "m": "n", "n": "m", "p": "b", "t": "d", "s": "f", "f": "s",
           "v": "b", "c": "k", "k": "c", "j": "g", "g": "j"}
# fmt: on


def _other_digit(r, c, lo=0):
    return r.choice([x for x in "0123456789"[lo:] if x != c])


def _mutate(f, canon, r):
    """A value one slip away from `canon` (a misheard digit, month or name), still a well-formed
    value of its kind; None where a near miss makes no sense here."""
    ent, kind = ENTITY_OF[f.name], _kind(f)
    if kind in ("iban",) or ent in ("URL",) or (ent == "ADDRESS" and kind != "zip"):
        return None
    if ent == "CREDIT_CARD":
        i = r.randrange(2, len(canon) - 1)
        body = canon[:i] + _other_digit(r, canon[i]) + canon[i + 1 : -1]
        return body + luhn_digit(body)
    if kind == "routing":
        i = r.randrange(2, 8)
        body = canon[:i] + _other_digit(r, canon[i]) + canon[i + 1 : 8]
        return next(body + d for d in "0123456789" if aba_ok(body + d))
    if ent == "CARD_EXPIRY":
        m, yy = int(canon[:2]), int(canon[2:])
        if r.random() < 0.5:
            m = m + 1 if m < 12 else m - 1
        else:
            yy = yy + 1 if yy < 31 else yy - 1
        return f"{m:02d}{yy:02d}"
    if ent in ("DATE_OF_BIRTH", "DATE"):
        md = canon[-4:]
        m, d = int(md[:2]), int(md[2:])
        if r.random() < 0.6 or d > 28:
            d = d + 1 if d < 28 else d - 1
        else:
            m = r.choice([k for k in range(1, 13) if k != m])
        return canon[:-4] + f"{m:02d}{d:02d}"
    if ent == "PERSON":
        parts = canon.split(" ")
        for i in reversed(range(len(parts))):
            if parts[i] in SOUNDALIKE:
                parts[i] = SOUNDALIKE[parts[i]]
                return " ".join(parts)
        pool = FIRST if len(parts) > 1 or parts[0] in FIRST else LAST
        parts[-1 if len(parts) == 1 else 0] = r.choice([n for n in pool if n not in parts])
        return " ".join(parts)
    if ent == "EMAIL_ADDRESS":
        user, dom = canon.split("@")
        idx = [i for i, c in enumerate(user) if c in SIMILAR]
        if not idx:
            return None
        i = r.choice(idx)
        return user[:i] + SIMILAR[user[i]] + user[i + 1 :] + "@" + dom
    if ent == "IP_ADDRESS":
        head, last = canon.rsplit(".", 1)
        return f"{head}.{(int(last) % 254) + 1}"
    idx = [i for i, c in enumerate(canon) if c.isdigit() and i > 0]
    if ent == "US_SSN" and len(canon) == 9:
        idx = [5, 6, 7, 8]
    for _ in range(20):
        i = r.choice(idx)
        w = canon[:i] + _other_digit(r, canon[i]) + canon[i + 1 :]
        if ent != "US_SSN" or (ssn_ok(w) if len(w) == 9 else w != "0000"):
            return w
    return None


def _say_alnum(s, r, sizes):
    z = _zw(r)
    k = len(s) - len(s.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ"))
    head = " ".join(s[:k])
    body = _groups(s[k:], sizes, lambda g: say_digits(g, z), ", ")
    return (head + ", " + body) if head else body


def _render(f, canon, r, ch):
    """The value as an agent (or a phone menu) says or types it back; None for kinds read back
    only in the caller's own words."""
    ent, kind = ENTITY_OF[f.name], _kind(f)
    voice = ch == "voice"
    if kind == "iban" or (ent in ("URL", "ADDRESS") and kind != "zip"):
        return None
    if ent == "CREDIT_CARD":
        gs = chunks(canon, _sizes(canon))
        return ", ".join(say_digits(g, "zero") for g in gs) if voice else " ".join(gs)
    if ent == "CARD_EXPIRY":
        m, yy = int(canon[:2]), int(canon[2:])
        if voice:
            return _hy(r.choice([f"{MONTHS[m - 1]} {words(yy)}", f"{_mm_said(m, r)}, {words(yy)}"]),
                       r)  # fmt: skip
        return f"{canon[:2]}/{canon[2:]}"
    if ent in ("DATE_OF_BIRTH", "DATE"):
        m, d = int(canon[-4:-2]), int(canon[-2:])
        y = int(canon[:4]) if len(canon) == 8 else None
        if voice:
            t = f"{MONTHS[m - 1]} {ordinal(d)}" + (f", {say_year(y)}" if y else "")
            return _hy(t, r)
        return f"{m:02d}/{d:02d}" + (f"/{y}" if y else "")
    if ent == "PERSON":
        return canon
    if ent == "EMAIL_ADDRESS":
        if not voice:
            return canon
        user, dom = canon.split("@")
        return user.replace(".", " dot ") + " at " + dom.replace(".", " dot ")
    if ent == "IP_ADDRESS":
        return " dot ".join(say_digits(o) for o in canon.split(".")) if voice else canon
    if ent == "PHONE_NUMBER":
        a, b, c = chunks(canon, [3, 3, 4])
        return _ph_said(canon, r, ch) if voice else f"({a}) {b}-{c}"
    if ent == "US_SSN" and len(canon) == 9:
        return _ssn_said(canon, r, ch) if voice else "-".join(chunks(canon, [3, 2, 4]))
    if not voice:
        return canon
    sizes = [4] * 5 if kind == "CARD_CVV" or len(canon) in (4, 8) else [3] * 6
    return _say_alnum(canon, r, sizes)


# ---------------------------------------------------------------- choosing a context
_VOICE = [
    "ask",
    "ask",
    "ask",
    "volunteer",
    "noq",
    "readback",
    "split",
    "readback_only",
    "bundle",
    "agent_corrects",
    "customer_corrects",
    "interrupted",
    "fetch",
    "ivr",
]
_CHAT = [
    "ask",
    "ask",
    "ask",
    "volunteer",
    "noq",
    "readback",
    "split",
    "form",
    "readback_only",
    "bundle",
    "chat_shorthand",
    "agent_corrects",
    "customer_corrects",
    "third_party_form",
    "interrupted",
    "fetch",
]
_EMAIL = ["email", "email", "form", "bundle", "third_party_form"]


def _bundle_ok(f):
    ent, kind = ENTITY_OF[f.name], _kind(f)
    return kind != "iban" and (ent in PCI_ENTS or ent in IDENT)


def _correct_ok(f):
    return not (_kind(f) == "iban" or ENTITY_OF[f.name] in ("URL",) or
                (ENTITY_OF[f.name] == "ADDRESS" and _kind(f) != "zip"))  # fmt: skip


def pick_mode(r, f, channel, n_words):
    """The context mode of one value (compose.pick_mode defers here for dev3)."""
    ent = ENTITY_OF[f.name]
    pool = {"voice": _VOICE, "chat": _CHAT, "email": _EMAIL}[channel]
    bad = set()
    if not _bundle_ok(f):
        bad |= {"bundle", "third_party_form"}
    if not _correct_ok(f):
        bad |= {"agent_corrects", "customer_corrects"}
    if ent == "CARD_CVV":
        bad.add("readback_only")  # nobody keeps a card code on file
    if ent not in IVR_NOUNS or _kind(f) in ("iban", "group"):
        bad.add("ivr")
    if n_words < 2:
        bad |= {"split"}
    return r.choice([m for m in pool if m not in bad])


# ---------------------------------------------------------------- scenes
class _Scene:
    """One value in one context: the labels, the wording helpers and the turns."""

    def __init__(self, r, ent, f, out, mode, noise, pos, org, channel):
        self.r, self.ent, self.f, self.mode, self.pos = r, ent, f, mode, pos
        self.org, self.ch, self.kind = org, channel, _kind(f)
        self.text, self.canon = out[0], out[1]
        self.pre, self.post = (out[2], out[3]) if len(out) > 2 else ("", "")
        fn = {"fillers": add_filler, "selfcorrect": self_correct}.get(noise)
        noisy = fn(r, self.text) if fn else self.text
        self.noise = noise if noisy != self.text else "none"
        self.clean, self.text = self.text, noisy
        self.noun = r.choice(f.opts.get("nouns") or NOUNS[ent])
        self.lead = (r.choice(FILL) + ", ") if noise == "fillers" and r.random() < 0.5 else ""
        self.lab = self.label(self.canon, noise=self.noise)

    def label(self, canon, noise="none", f=None, ent=None):
        return dict(entity=ent or self.ent, category=(f or self.f).name, value=norm(canon),
                    context=self.mode, noise=noise, position=self.pos)  # fmt: skip

    def val(self, t=None, lab=None, pre=None, post=None):
        pre = self.pre if pre is None else pre
        post = self.post if post is None else post
        return [(pre, None), (self.text if t is None else t, lab or self.lab), (post, None)]

    def pick(self, k):
        return self.r.choice(T[k])

    def line(self, who, k, segs=None, lead=False, **kw):
        t = self.pick(k) if k in T else k
        if lead and self.lead and who == U:
            t = self.lead + (t if t[:2] in ("I ", "I'") else t[0].lower() + t[1:])
        noun = kw.pop("noun", self.noun)
        kw.update(noun=noun, Noun=noun[0].upper() + noun[1:], org=self.org)
        if segs is None:
            return (who, fill(t.replace("{v}", ""), None, None, **kw))
        return (who, fill(t, segs, None, **kw))

    def ask(self):
        return self.line(A, "ask")


def _ask(s):
    r = s.r
    k = r.random()
    ans = s.line(U, "answer", s.val(), lead=True)
    if k < 0.4:
        return [s.ask(), ans]
    if k < 0.6:
        return [s.line(A, "setup"), s.line(U, "setup_reply"), s.line(A, "go_ahead"), ans]
    if k < 0.8 and s.ent in ELLIPTIC:
        lead_in = {"CARD_CVV": "Okay, I'll need a couple more things off the card.",
                   "CARD_EXPIRY": "Okay, I'll need a couple more things off the card.",
                   "CREDIT_CARD": "Alright, grab the card you'd like to use."}.get(
            s.ent, "I just need to confirm a few details with you.")  # fmt: skip
        return [(A, [(lead_in, None)]), s.line(U, "setup_reply"), (A, [(r.choice(ELLIPTIC[s.ent]),
                                                                       None)]), ans]  # fmt: skip
    other = [n for n in (s.f.opts.get("nouns") or NOUNS[s.ent]) if n != s.noun] or [s.noun]
    return [s.ask(), s.line(U, "which"), s.line(A, "clarify", noun=r.choice(other)), ans]


def _readback(s):
    back = _render(s.f, s.canon, s.r, s.ch) if s.r.random() < 0.5 else None
    return [s.ask(), s.line(U, "answer", s.val(), lead=True),
            s.line(A, "readback", s.val(back or s.clean)), s.line(U, "confirm")]  # fmt: skip


def _split(s, halves):
    a, b = halves
    return [s.ask(), s.line(U, "split_a", [(s.pre, None), (a, s.lab)]), s.line(A, "split_ack"),
            s.line(U, "split_b", [(b, s.lab), (s.post, None)])]  # fmt: skip


def _form_label(s, kind, ent):
    return s.r.choice(LABELS.get(kind) or LABELS[ent])


def _siblings(s):
    """Other values that travel with this one: the rest of the card, the other half of the
    bank details, or a few more identifiers of the same person."""
    r, cv = s.r, "v" if s.ch == "voice" else "t"

    def fams(e, kind=None):
        return [g for g in FAMILIES[e] if cv in g.chans and not g.opts.get("ctx")
                and (kind is None or _kind(g) == kind) and _kind(g) != "iban"]  # fmt: skip

    if s.ent == "BANK_ACCOUNT":
        other = "BANK_ACCOUNT" if s.kind == "routing" else "routing"
        return [("BANK_ACCOUNT", r.choice(fams("BANK_ACCOUNT", other)))]
    if s.ent in PCI_ENTS:
        others = [e for e in CARD_PARTS if e != s.ent]
        picked = others if r.random() < 0.6 else [r.choice(others)]
        return [(e, r.choice(fams(e))) for e in picked]
    pool = [e for e in IDENT if e != s.ent and fams(e)]
    return [(e, r.choice(fams(e))) for e in r.sample(pool, r.randint(1, 2))]


def _values(s):
    """[(entity, family, kind, text, canonical, pre, post, label)] for a bundle or a form."""
    items = [(s.ent, s.f, s.kind, s.text, s.canon, s.pre, s.post, s.lab)]
    sibs = sorted(_siblings(s), key=lambda x: x[0] != "CREDIT_CARD")  # the card before its code
    amex = s.ent == "CREDIT_CARD" and s.canon[:2] in ("34", "37")
    for e, g in sibs:
        if e == "CARD_CVV":  # an Amex takes its four-digit code, other cards three
            cv = "v" if s.ch == "voice" else "t"
            g = s.r.choice([h for h in FAMILIES[e] if cv in h.chans and ("cid" in h.name) == amex])
        out = g.fn(s.r, s.ch)
        if e == "CREDIT_CARD" and s.ent == "CARD_CVV":
            want = "cid" in s.f.name
            cv = "v" if s.ch == "voice" else "t"
            g = s.r.choice([h for h in FAMILIES[e] if cv in h.chans and ("amex" in h.name) == want])
            out = g.fn(s.r, s.ch)
            while (out[1][:2] in ("34", "37")) != want:
                out = g.fn(s.r, s.ch)
        if e == "CREDIT_CARD":
            amex = out[1][:2] in ("34", "37")
        pre, post = (out[2], out[3]) if len(out) > 2 else ("", "")
        items.append((e, g, _kind(g), out[0], out[1], pre, post, s.label(out[1], f=g, ent=e)))
    s.r.shuffle(items)
    first = [i for i, x in enumerate(items) if x[0] in ("CREDIT_CARD", "PERSON")]
    if first and s.r.random() < 0.6:
        items.insert(0, items.pop(first[0]))
    return items


def _bundle(s):
    r = s.r
    items = _values(s)
    segs = []
    if s.ch == "voice":
        for i, (e, _, kind, text, _, pre, post, lab) in enumerate(items):
            if i:
                segs.append((r.choice([", ", ", and ", ". ", ", then "]), None))
            bare = i == 0 and e in ("CREDIT_CARD", "PERSON") and r.random() < 0.5
            if not bare:
                segs.append((r.choice(SPOKEN_LABEL.get(kind) or SPOKEN_LABEL[e]) + " ", None))
            segs += [(pre, None), (text, lab), (post, None)]
        turn = s.line(U, "bundle_v", segs, lead=True)
    else:
        style = r.choice(["short", "form", "none"])
        sep = r.choice([" ", ", ", " / ", " | ", "; ", "\n", " - "])
        if style == "none" and sep == " ":
            sep = r.choice([", ", " / "])
        for i, (e, _, kind, text, _, pre, post, lab) in enumerate(items):
            if i:
                segs.append((sep, None))
            if style == "short":
                segs.append((r.choice(SHORT.get(kind) or SHORT[e]) + r.choice([" ", ": "]), None))
            elif style == "form":
                segs.append((_form_label(s, kind, e) + ": ", None))
            segs += [(pre, None), (text, lab), (post, None)]
        if s.ch == "email":
            return [(U, segs)]
        turn = s.line(U, "bundle_t", segs)
    if s.ent in PCI_ENTS:
        ask = "bundle_ask_bank" if s.ent == "BANK_ACCOUNT" else "bundle_ask_pci"
    else:
        ask = "bundle_ask_id"
    return ([s.line(A, ask)] if r.random() < 0.7 else []) + [turn]


_TPF_EXTRA = {"id": ["Relationship to patient: Self", "Plan type: PPO", "Relationship: Spouse",
                     "Reason for visit: follow-up", "Preferred language: English",
                     "Coverage: Primary"],
              "pci": ["Card type: Credit", "Payment method: Card", "Billing same as shipping: Yes",
                      "Recurring: No"]}  # fmt: skip


def _third_party_form(s):
    r = s.r
    items = _values(s)
    lines = [[(_form_label(s, kind, e) + r.choice([": ", ": ", " - ", ":  "]), None),
              (pre, None), (text, lab), (post, None)]
             for e, _, kind, text, _, pre, post, lab in items]  # fmt: skip
    extra = _TPF_EXTRA["pci" if s.ent in PCI_ENTS else "id"]
    for x in r.sample(extra, r.randint(0, 2)):
        lines.insert(r.randint(0, len(lines)), [(x, None)])
    if r.random() < 0.3:
        head = "PAYMENT INFORMATION" if s.ent in PCI_ENTS else "Patient Information"
        lines.insert(0, [(head, None)])
    body = []
    for i, ln in enumerate(lines):
        body += ([("\n", None)] if i else []) + ln
    if s.ch == "email":
        return [s.line(U, "tpf_email", body)]
    return [s.line(U, "tpf_chat", body)]


def _shorthand(s):
    r = s.r
    short = r.choice(SHORT.get(s.kind) or SHORT[s.ent])
    low = [(p.lower(), lab) for p, lab in s.val()]
    turns = [s.line(A, "short_ask", short=short)] if r.random() < 0.6 else []
    return [*turns, s.line(U, "short", low, Short=short)]


def _corrects(s, who):
    r = s.r
    wrong = _mutate(s.f, s.canon, r)
    w_text = _render(s.f, wrong, r, s.ch) if wrong else None
    if not w_text:
        return _readback(s)
    w_lab = s.label(wrong)
    w = [(w_text, w_lab)]
    right = s.val(s.clean)
    if who == "customer":  # the agent misreads; the customer puts it right
        out = [s.ask(), s.line(U, "answer", s.val(), lead=True), s.line(A, "wrong_readback", w),
               s.line(U, "fix", right)]  # fmt: skip
        back = _render(s.f, s.canon, r, s.ch)
        if back and r.random() < 0.6:
            return [*out, s.line(A, "fixed", [(back, s.lab)])]
        return [*out, s.line(A, "fixed_plain")]
    # the customer slips; the agent catches it (a card fails, a record does not match)
    out = [s.ask(), s.line(U, "answer", w, lead=True)]
    if s.ent in PCI_ENTS:
        return [*out, s.line(A, "flag_pci"), s.line(U, "customer_fix", right)]
    back = _render(s.f, s.canon, r, s.ch)
    if not back:
        return [*out, s.line(A, "flag_pci"), s.line(U, "customer_fix", right)]
    out.append(s.line(A, "flag_on_file", [(back, s.lab)]))
    if r.random() < 0.5:
        return [*out, s.line(U, "customer_agree")]
    return [*out, s.line(U, "customer_fix", right)]


def _interrupted(s, halves):
    r = s.r
    k = r.random()
    if s.ch == "voice":
        if halves and k < 0.4:
            a, b = halves
            return [s.ask(), s.line(U, "cut_a", [(s.pre, None), (a, s.lab)]), s.line(A, "cut_in"),
                    s.line(U, "split_b", [(b, s.lab), (s.post, None)])]  # fmt: skip
        if halves and k < 0.7:
            a = halves[0]
            return [s.ask(), s.line(U, "cut_a", [(s.pre, None), (a, s.lab)]),
                    s.line(A, "cut_restart"), s.line(U, "again", s.val(s.clean))]  # fmt: skip
        return [s.ask(), s.line(U, "answer", s.val(), lead=True), s.line(A, "say_again"),
                s.line(U, "again", s.val(s.clean))]  # fmt: skip
    if halves and k < 0.5:
        a, b = halves
        return [s.ask(), (U, [(s.pre, None), (a, s.lab)]),
                s.line(U, "chat_cut_b", [(b, s.lab), (s.post, None)])]  # fmt: skip
    return [s.ask(), s.line(U, "answer", s.val()), s.line(A, "chat_resend"),
            s.line(U, "again", s.val(s.clean))]  # fmt: skip


def _fetch(s):
    first = s.ask() if s.r.random() < 0.5 else s.line(A, "setup")
    return [first, s.line(U, "fetch_go"), s.line(A, "fetch_wait"),
            s.line(U, "fetch_back", s.val(), lead=True)]  # fmt: skip


_IVR_KIND = {"routing": "bank routing number", "last4": "last four digits of your Social Security "
             "number", "zip": "billing ZIP code"}  # fmt: skip


def _ivr(s):
    r = s.r
    noun = _IVR_KIND.get(s.kind) or r.choice(IVR_NOUNS[s.ent])
    where = "secure payment line" if s.ent in PCI_ENTS else "automated verification line"
    out = [
        (A, [(f"I'm going to transfer you to our {where} for this part. Please hold.", None)]),
        s.line(BOT, "ivr_prompt", noun=noun),
        (U, s.val()) if r.random() < 0.6 else s.line(U, "noq_cust", s.val(), lead=True),
    ]
    back = _render(s.f, s.canon, r, "voice")
    if back and r.random() < 0.6:
        out += [s.line(BOT, "ivr_readback", [(back, s.lab)]), s.line(U, "ivr_yes")]
    else:
        out.append(s.line(BOT, "ivr_thanks"))
    return [*out, (A, [("Okay, I'm back on the line, and that went through.", None)])]


def scene(r, ent, f, out, mode, noise, pos, org, channel):
    """One value in one context (compose.scene defers here for dev3): (speaker, segments)."""
    s = _Scene(r, ent, f, out, mode, noise, pos, org, channel)
    halves = None
    if mode in ("split", "interrupted") and s.noise != "selfcorrect" and " " in s.text:
        halves = split_value(s.text)
    if mode == "split" and not halves:
        s.mode = "ask"
        s.lab["context"] = "ask"
    if s.mode == "signature":
        return [(U, s.val())]
    if s.mode == "email":
        return [s.line(U, "email", s.val())]
    if s.mode == "form":
        return [(U, fill(r.choice(T["form"]), s.val(), None, Label=_form_label(s, s.kind, ent)))]
    if s.mode == "intro":
        greet = r.choice(T["intro"])
        if channel == "chat":
            greet = greet.replace("calling", "contacting").replace(" on a recorded line", "")
        return [(A, fill(greet, s.val(), None, org=org))]
    if s.mode == "readback_only":
        return [s.line(A, "readback_only", s.val()), s.line(U, "confirm")]
    if s.mode == "ask":
        return _ask(s)
    if s.mode == "volunteer":
        return [s.line(U, "volunteer", s.val(), lead=True), s.line(A, "ack")]
    if s.mode == "noq":
        return [s.line(A, "noq_agent"), s.line(U, "noq_cust", s.val(), lead=True)]
    if s.mode == "readback":
        return _readback(s)
    if s.mode == "split":
        return _split(s, halves)
    if s.mode == "bundle":
        return _bundle(s)
    if s.mode == "third_party_form":
        return _third_party_form(s)
    if s.mode == "chat_shorthand":
        return _shorthand(s)
    if s.mode == "agent_corrects":
        return _corrects(s, "agent")
    if s.mode == "customer_corrects":
        return _corrects(s, "customer")
    if s.mode == "interrupted":
        return _interrupted(s, halves)
    if s.mode == "fetch":
        return _fetch(s)
    if s.mode == "ivr":
        return _ivr(s)
    raise ValueError(mode)


# ---------------------------------------------------------------- negatives (PCI calls)
# fn(r, channel) -> [(speaker, template, decoy value or None)]; nothing here is labeled.
# An e-mail keeps only customer lines and decoy-bearing agent lines, so each negative is one
# self-contained line there.
def _said(s, ch, r, sizes=None):
    if ch != "voice":
        return s
    z = _zw(r)
    return ", ".join(say_digits(g, z) for g in chunks(s, sizes)) if sizes else say_digits(s, z)


def _neg_order(r, ch):
    s = rdigits(r, r.choice([10, 11, 12]), lead=True)
    v = r.choice([s, "-".join(chunks(s, [4] * 3))])
    if ch == "voice":
        v = _said(s, ch, r, [3, 3, 3, 3])
    return [(A, "Your order number is {v}, and you'll get an e-mail with it as well.", v)]


def _neg_dispute(r, ch):
    s = rdigits(r, 3, lead=True) + rdigits(r, 8)
    v = r.choice(["DSP-" + s, "-".join(chunks(s, [3, 4, 4]))])
    if ch == "voice":
        v = _said(s, ch, r, [3, 4, 4])
    return [(A, "I've opened a dispute for that charge, the claim number is {v}.", v)]


def _neg_price_cvv(r, ch):
    n = int(_cvv_nz(r))
    if ch == "voice":
        v = r.choice([say3(n), f"{say3(n)} {words(r.randint(10, 99))}", f"{words(n)} dollars"])
        return [(U, "The total came to {v} with tax, right?", _hy(v, r))]
    return [(U, "The total came to {v} with tax, right?",
             r.choice([f"${n // 100}.{n % 100:02d}", f"${n}.00", f"${n}"]))]  # fmt: skip


def _neg_time(r, ch):
    h, m = r.randint(1, 12), r.randint(10, 59)
    ap = r.choice(["pm", "am", "p.m.", "in the afternoon"])
    v = f"{words(h)} {words(m)} {ap}" if ch == "voice" else f"{h}:{m:02d} {ap}"
    return [
        (U, "I tried paying online around {v} yesterday and it wouldn't go through.", _hy(v, r))
    ]


def _neg_quantity(r, ch):
    n = r.randint(101, 999)
    v = _hy(r.choice([say3(n), words(n)]), r) if ch == "voice" else str(n)
    return [(U, "It's for the bulk order, {v} units of the same filter.", v)]


def _neg_delivery_date(r, ch):
    m, d = r.randint(1, 12), r.randint(20, 28)
    v = _hy(f"{MONTHS[m - 1]} {ordinal(d)}", r) if ch == "voice" else f"{m:02d}/{d}"
    return [(A, "It should arrive by {v}, give or take a day.", v)]


def _neg_posted_date(r, ch):
    y, m, d = day(r, 2024, 2025)
    if ch == "voice":
        v = _hy(r.choice([f"the {ordinal(d)}", f"{MONTHS[m - 1]} {ordinal(d)}"]), r)
    else:
        v = r.choice([f"{m}/{d}", f"{m:02d}/{d:02d}", f"{m}/{d}/{y}"])
    return [(U, "The charge I'm asking about posted on {v}.", v)]


def _neg_extension(r, ch):
    s = rdigits(r, 4, lead=True)
    return [(A, "If you need to call back, ask for extension {v}.", _said(s, ch, r))]


def _neg_card_ending(r, ch):
    s = rdigits(r, 4)
    v = (
        _said(s, ch, r)
        if r.random() < 0.6
        else (
            _hy(say_pair(s[:2]) + " " + say_pair(s[2:]), r) if ch == "voice" and s[0] != "0" else s
        )
    )
    if ch == "email":
        return [(A, "We charged the card ending {v} this morning.", v)]
    return [(A, "Is this the one ending in {v}?", v), (U, "Yeah, that's the one.", None)]


def _neg_zip(r, ch):
    z = _zip(r)
    if ch == "email":
        return [(U, "The billing ZIP on the card is {v}.", z)]
    return [(A, "And what ZIP code is the card billed to?", None), (U, "{v}.", _said(z, ch, r))]


def _neg_phone(r, ch):
    p = phone(r)
    v = _ph_said(p, r, ch) if ch == "voice" else _ph_typed(p, r, ch)
    return [(U, "Best number for a text is {v} if anything goes wrong.", v)]


def _neg_version(r, ch):
    a, b, c = r.randint(2, 9), r.randint(0, 20), r.randint(0, 9)
    v = f"{words(a)} point {words(b)} point {words(c)}" if ch == "voice" else f"{a}.{b}.{c}"
    return [(U, "The app on my phone says version {v}, if that matters.", v)]


def _neg_year(r, ch):
    y = r.randint(2009, 2023)
    v = _year_said(y, r, short=False) if ch == "voice" else str(y)
    return [(U, "I've been a customer here since {v}.", _hy(v, r))]


def _neg_promo(r, ch):
    c = r.choice(["SAVE", "SPRING", "WELCOME", "FREESHIP"]) + str(r.randint(10, 499))
    if ch == "voice":
        word, num = c.rstrip("0123456789").lower(), c.lstrip("ABCDEFGHIJKLMNOPQRSTUVWXYZ")
        return [(U, "I tried the promo code {v} and it didn't take it.", f"{word} {_sd(num, r)}")]
    return [(U, "I tried the promo code {v} and it didn't take it.", c)]


def _neg_txn_id(r, ch):
    s = "9" + rdigits(r, 15)
    v = _said(s, ch, r, [4, 4, 4, 4]) if ch == "voice" else " ".join(chunks(s, [4] * 4))
    return [(A, "For your records, the transaction ID is {v}.", v)]


def _neg_balance(r, ch):
    d, c = r.randint(1000, 4999), r.randint(1, 99)
    v = f"${d:,}.{c:02d}"
    if ch == "voice":
        v = _hy(f"{words(d)} dollars and {words(c)} cents", r)
    return [(A, "Your current balance is {v}.", v)]


# fmt: off
NEGATIVES = [
    fam("d3_neg_order_number", "vt", _neg_order),
    fam("d3_neg_dispute_claim_number", "vt", _neg_dispute),
    fam("d3_neg_price_like_cvv", "vt", _neg_price_cvv),
    fam("d3_neg_time_of_day", "vt", _neg_time),
    fam("d3_neg_quantity", "vt", _neg_quantity),
    fam("d3_neg_delivery_date_mm_dd", "vt", _neg_delivery_date),
    fam("d3_neg_posted_date", "vt", _neg_posted_date),
    fam("d3_neg_phone_extension", "vt", _neg_extension),
    fam("d3_neg_card_ending_in", "vt", _neg_card_ending),
    fam("d3_neg_billing_zip", "vt", _neg_zip),
    fam("d3_neg_phone_number", "vt", _neg_phone),
    fam("d3_neg_version_number", "vt", _neg_version),
    fam("d3_neg_year_alone", "vt", _neg_year),
    fam("d3_neg_promo_code", "vt", _neg_promo),
    fam("d3_neg_transaction_id_16", "vt", _neg_txn_id),
    fam("d3_neg_balance_amount", "vt", _neg_balance),
]
# fmt: on

assert all(luhn_ok(_mutate(FAMILIES["CREDIT_CARD"][0], card(random.Random(i)), random.Random(i)))
           for i in range(50))  # fmt: skip
