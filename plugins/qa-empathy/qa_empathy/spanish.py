"""The moves and the distress cues in Spanish, over plain text (``text.plain``: lower
case, accents folded, so "está" and ASR's "esta" read the same).

Written from Spanish-language contact-centre practice (Mexico, Central America, the
Caribbean, US Hispanic centres: usted and tú), in the same five kinds as the English
table; never fitted to an evaluation set. VADER is English-only and no Spanish
sentiment model installs from the registry without a download, so a customer turn
sounds negative in Spanish when it holds one of the distress cues below.
"""

from __future__ import annotations

FEELING = (
    r"(?:frustrant\w*|frustrad\w*|molest\w*|dificil\w*|duro|dura|complicad\w*|terrible|"
    r"horrible|feo|fea|preocupant\w*|preocupad\w*|estresant\w*|estresad\w*|agobiant\w*|"
    r"agobiad\w*|angustiant\w*|angustiad\w*|injust\w*|triste|doloroso|dolorosa|pesad[oa]|"
    r"desesperant\w*|desesperad\w*|enojad\w*|agotador\w*|cansad[oa]|abrumad\w*|"
    r"abrumador\w*|lamentable|delicad[oa]|mucho estres|una situacion (?:dificil|complicada))"
)
SO = r"(?:muy |tan |bien |realmente |bastante |super |sumamente )?"
YOU = r"(?:ayudarle|ayudarlo|ayudarla|ayudarte|ayudarles|servirle|usted|ti)"

EMPATHIC: dict[str, list[str]] = {
    "acknowledge": [
        r"\b(?:lo |la |le |te )?(?:entiendo|comprendo|entendemos|comprendemos)\b"
        r"(?! (?:su|tu|el|la) (?:cuenta|numero|pregunta|solicitud|nombre)\b)",
        r"\b(?:me|nos) (?:puedo |podemos )?imagin(?:o|amos|ar)\b",
        r"\bpuedo (?:imaginar|entender|comprender)\b",
        rf"\b(?:debe|debio|tiene que|ha de) (?:de )?(?:ser|haber sido|estar|sentirse) "
        rf"{SO}{FEELING}",
        rf"\b(?:que|eso es|esto es|eso fue|suena|se oye|se escucha) {SO}{FEELING}",
        r"\bque (?:pena|lastima|mal|horror|barbaridad)\b",
        rf"\blo {SO}{FEELING} que (?:debe|debio|ha de|tiene que|puede) (?:de )?(?:ser|estar|haber "
        rf"sido)",
        r"\bcon razon (?:esta|se siente|estas|te sientes|se molesto|esta usted)\b",
        r"\bse (?:lo|le) (?:escucha|oye|nota) (?:muy |bastante "
        r")?(?:preocupad|molest|frustrad|triste|cansad)\w*",
        r"\bme (?:duele|parte el alma|rompe el corazon)\b",
    ],
    "validate": [
        r"\b(?:tiene|tienes|usted tiene) (?:toda la |mucha )?razon\b",
        r"\b(?:es|resulta|seria|me parece) (?:totalmente |completamente |muy |perfectamente )?"
        r"(?:comprensible|entendible|normal|logico|natural|valido|justo que)\b",
        r"\b(?:cualquiera|cualquier persona|cualquier cliente) (?:estaria|se sentiria|se "
        r"pondria)\b",
        r"\b(?:yo|yo tambien) (?:estaria|me sentiria|me pondria) (?:igual|asi|\w+ tambien)\b",
        r"\b(?:buena|excelente|muy buena) pregunta\b",
        r"\b(?:su|tu) (?:molestia|preocupacion|frustracion|enojo|queja) es "
        r"(?:totalmente |completamente |muy )?(?:valida|comprensible|entendible|justificada)\b",
        r"\bhace bien en\b|\bhizo bien en\b",
    ],
    "apologise": [
        r"\b(?:lo |le |les )?(?:siento|sentimos|lamento|lamentamos)"
        r"(?: mucho| muchisimo| de verdad| sinceramente| tanto| profundamente)?\b"
        r"(?! (?:pero|que (?:usted |tu )?(?:se sienta|te sientas|piense|lo vea) asi))",
        r"\b(?:le |les |te )?(?:pido|pedimos|ofrezco|ofrecemos) (?:una |mil )?"
        r"(?:sincera |sinceras |mis |nuestras )?disculpas?\b",
        r"\b(?:disculpe|disculpa|disculpen|perdone|perdona|perdon) (?:usted )?"
        r"(?:la|las|el|los|por) (?:molestia|molestias|inconveniente|inconvenientes|espera|"
        r"demora|retraso|error|confusion|problema)",
        r"\b(?:mil |nuestras |mis )?disculpas (?:por|de)\b",
        r"\b(?:fue|es) (?:un |una )?(?:error|culpa|falla) (?:nuestr[oa]|de nosotros)\b",
        r"\b(?:fue|es) (?:nuestro|nuestra) (?:error|culpa|falla)\b",
        r"\b(?:nos equivocamos|cometimos un error|fallamos)\b",
        r"\bmi (?:mas )?sentido pesame\b|\bmis (?:sinceras )?condolencias\b",
    ],
    "reassure": [
        r"\b(?:me voy a|nos vamos a|voy a|vamos a|le voy a|lo voy a|la voy a|te voy a|"
        r"yo me|me) (?:encargar|asegurar|ocupar)\w*",
        r"\b(?:voy a|vamos a|le voy a|te voy a) (?:ayudar|resolver|solucionar|arreglar)\w*",
        r"\b(?:yo me encargo|me encargo personalmente|lo resolvemos|lo solucionamos)\b",
        r"\bno (?:se |te )?(?:preocupe|preocupes|apure|apures|angustie|angusties|aflija)\b",
        r"\bpierda cuidado\b|\b(?:quedese|estese|este) tranquil[oa]\b|\ben buenas manos\b",
        r"\b(?:le|se lo|te|se la) prometo\b",
        rf"\b(?:estoy|estamos) (?:aqui )?para {YOU}\b",
        r"\bvamos a (?:encontrar|buscar) (?:una|la|alguna) "
        r"(?:solucion|manera|forma|opcion|salida)\b",
        r"\b(?:juntos|entre los dos) (?:lo )?(?:vamos a )?(?:resolver|solucionar|salir)\w*",
        r"\bno (?:esta|estas) sol[oa]\b",
        r"\btodo (?:va a )?(?:estar|salir) bien\b",
        r"\bque se (?:mejore|recupere|mejoren)\b|\bmucho animo\b|\bmucha suerte\b|\bcuidese\b",
        r"\bespero que (?:todo|las cosas|se|pronto) (?:salga|salgan|mejore|mejoren|resuelva|"
        r"arregle|este)\w*",
    ],
    "reflect": [
        r"\bsi (?:le |la |lo |te )?(?:entiendo|entendi|comprendo) bien\b",
        r"\bentonces lo que (?:me )?(?:esta diciendo|dice|estas diciendo|quiere decir) es\b",
        r"\bpor lo que (?:me )?(?:dice|cuenta|comenta|explica)\b",
        rf"\b(?:usted |tu )?(?:se siente|te sientes|se escucha|se oye|suena) {SO}{FEELING}",
        r"\bdejeme (?:ver si|confirmar que) (?:le )?entendi\b",
    ],
}

DISMISSIVE: list[str] = [
    r"\b(?:calmese|tranquilicese|calmate|tranquilizate)\b",
    r"\b(?:no es|eso no es) (?:mi|nuestro) (?:problema|culpa|departamento|asunto)\b",
    r"\bcomo (?:ya )?(?:le|te|se lo|se la) (?:dije|explique|mencione|he dicho)\b",
    r"\bno (?:hay|puedo hacer|podemos hacer) nada(?: mas)?\b",
    r"\b(?:es|son) (?:la |las )?(?:politica|politicas|reglas|normas?) de la (?:empresa|compania)\b",
    r"\bno (?:le|te|lo|la) puedo ayudar\b",
    r"\b(?:siento|lamento) que (?:usted |tu )?(?:se sienta|te sientas|piense|lo vea) asi\b",
    r"\bes lo que hay\b|\bno es para tanto\b|\besta exagerando\b|\bno exagere\b",
    r"\bque quiere que (?:yo )?(?:le )?haga\b",
    r"\b(?:usted|tu) (?:debio|debiste|debia|tenia que) (?:haber "
    r")?(?:pagado|pagar|leido|leer|llamado|revisado)\b",
    r"\bno se que mas (?:decirle|decirte)\b",
]

NEGATORS = frozenset({"no", "nunca", "jamas", "tampoco", "ni"})
TAKEN_BACK = r"^\s*(?:pero|sin embargo)\b"

DISTRESS = (
    r"\b(?:molest[oa]s?|molestia|enojad[oa]s?|enojo|furios[oa]|frustrad[oa]s?|frustrante|"
    r"hart[oa]s?|cansad[oa]s? de|preocupad[oa]s?|asustad[oa]s?|angustiad[oa]s?|"
    r"desesperad[oa]s?|estresad[oa]s?|triste|indignad[oa]s?|injusto|no es justo|abuso|"
    r"ridicul[oa]|inaceptable|pesim[oa]|terrible|horrible|lo peor|otra vez|de nuevo el mismo|"
    r"(?:ya es )?la (?:tercera|cuarta|segunda) vez|todavia no|aun no|sigue sin|siguen sin|"
    r"nunca (?:me )?(?:llego|llegaron|llamaron|funciono|resolvieron|contestaron)|"
    r"perdida de tiempo|me cobraron (?:dos veces|doble|de mas)|cobro doble|cobro de mas|"
    r"(?:quiero|voy a) (?:cancelar|quejarme|poner una queja|demandar)|"
    r"no (?:puedo|podemos|tengo como|tengo con que) pagar|no me alcanza|"
    r"(?:perdi|me quede sin) (?:mi |el )?(?:trabajo|empleo|chamba|tarjeta|cartera)|"
    r"fallecio|se murio|murio|en el hospital|emergencia|voy a colgar|"
    r"(?:dejen|dejenme|deje) de llamar|ya no me llamen|dejenme en paz|me estan acosando|acoso|"
    r"no pueden hacer eso|nadie me (?:ha )?(?:llamado|ayudado|contestado|resuelto)|"
    r"no puede ser|(?:pesimo|mal) servicio|no se que hacer|estoy muy mal)\b"
)
