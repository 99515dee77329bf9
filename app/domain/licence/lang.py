# ruff: noqa: E501  (lexicon and clause regexes read best one alternative group per line)
"""Which language a stretch of licence text is in, and the clause cues of each language the
screener reads (English, Chinese, French, German, Italian, Spanish).

Cues are lexicons of the words that carry a clause's legal effect (prohibition, "only",
commercial use, thresholds, termination, the European Union ...), not phrasings copied from
any one licence. The rules of :mod:`.judge` combine them the same way in every language.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Mapping, Sequence

READ = ("en", "zh", "fr", "de", "it", "es")
NAMES = {
    "en": "English",
    "zh": "Chinese",
    "fr": "French",
    "de": "German",
    "it": "Italian",
    "es": "Spanish",
    "other": "a language the screener does not read",
}

_CJK = re.compile(r"[\u3400-\u9fff\uf900-\ufaff]")
_KANA_HANGUL = re.compile(r"[\u3040-\u30ff\uac00-\ud7af]")
_LATIN_WORD = re.compile(r"[a-zà-öø-ÿœß]+")
_OTHER_SCRIPT = re.compile(r"[\u0400-\u04ff\u0370-\u03ff\u0590-\u06ff\u0900-\u097f\u0e00-\u0e7f]")

# frequent function words, each list disjoint enough to tell the languages apart
_STOP: Mapping[str, frozenset[str]] = {
    "en": frozenset("the of and to in is that for any this you or by with be are as shall not such".split()),
    "fr": frozenset(
        "le la les des du de et est une un pour dans que qui sur par ne pas ou au aux ce cette vous".split()
    ),
    "de": frozenset(
        "der die das und ist nicht zu den dem des ein eine für mit von auf oder sie sich werden wird".split()
    ),
    "it": frozenset(
        "il lo gli della delle di e è che per non una un con del nel alla sono questa questo o".split()
    ),
    "es": frozenset("el los las del de y es que por para una un con no en se su sus este esta o al".split()),
    "nl": frozenset("het een van en niet voor met op zijn deze dat wordt worden of".split()),
    "pt": frozenset("os as do da dos das e não para uma um com em que por este esta ou ao".split()),
    "id": frozenset(
        "yang dan di untuk dengan dari ini itu atau tidak dalam oleh pada anda kami akan adalah".split()
    ),
    "pl": frozenset("i w na z do nie się że jest lub przez oraz dla od jak".split()),
    "sv": frozenset("och att det som en är för med av på inte den till eller".split()),
    "tr": frozenset("ve bir bu ile için da de olarak veya değil olan her".split()),
}


# spelling marks of one language each (elisions, suffixes, letters), counted beside the stop words
_MARKS: Mapping[str, re.Pattern[str]] = {
    "fr": re.compile(r"\b(?:l|d|qu|n|s|j)['’](?=[a-zéèêàâîôû])|ç|ê|û|â|\w(?:eau|eaux|ées)\b"),
    "it": re.compile(
        r"\b(?:nell|dell|all|sull|dall|un)['’](?=[a-zà-ù])|\w(?:zione|zioni|ità|zza|gli|cch\w)\b|\bè\b"
    ),
    "es": re.compile(r"ñ|\w(?:ción|ciones|dad|dades)\b|¿|¡"),
    "de": re.compile(r"[äöüß]|\w(?:ung|ungen|keit|heit|lich)\b|\bsch\w"),
    "pt": re.compile(r"ção|ções|ã|õ|\bnão\b"),
}


def detect(text: str) -> str:
    """'en', 'zh', 'fr', 'de', 'it', 'es', or 'other' (any other language or script);
    '' for a stretch with too few words to tell."""
    cjk = len(_CJK.findall(text))
    if _KANA_HANGUL.search(text) and len(_KANA_HANGUL.findall(text)) > 5:
        return "other"  # Japanese or Korean
    latin = _LATIN_WORD.findall(text.lower())
    if cjk >= 4 and cjk >= len(latin):
        return "zh"
    if len(_OTHER_SCRIPT.findall(text)) > max(10, len(text) // 5):
        return "other"
    if len(latin) < 4:
        return ""
    counts = {lang: sum(1 for w in latin if w in stop) for lang, stop in _STOP.items()}
    low = text.lower()
    for lang, rx in _MARKS.items():  # spelling that only one language has decides a short clause
        counts[lang] = counts.get(lang, 0) + len(rx.findall(low))
    best = max(counts, key=lambda k: counts[k])
    if counts[best] < max(2, len(latin) // 25):
        # legal English in capitals or lists of terms has few function words
        return "en" if re.search(r"\b(licen[cs]e|software|warrant|copyright)\b", text, re.I) else ""
    return best if best in READ else "other"


# --- cues ------------------------------------------------------------------------------------
# Each class is one regex per language; a class missing for a language never matches.

_EN: dict[str, str] = {
    "prohibit": r"\b(shall|must|may|will|can|should)\s+not\b|\bcannot\b|\bagree(s|d)?\s+not\s+to\b"
    r"|\bnot\s+(be\s+)?(allowed|permitted|licen[cs]ed|authori[sz]ed|granted)\b|\bprohibit(ed|s)?\b"
    r"|\bforbidden\b|\bno\s+(right|licen[cs]e)\s+(is|are)\s+granted\b|\bis\s+not\s+a\s+non-?commercial\b"
    r"|\b(shall|must|may|will)\s+(never|neither)\b|\bexcept\s+for\b|\bnot\s+for\b|\bwithout\s+(our|the\s+licensor'?s?|prior)\b"
    r"|^\W*no\s+(?:[\w-]+\s+){0,2}(use|uses|usage|exploitation|distribution)\b|^\W*not\s+to\s+[a-z]+",
    "oblige": r"\b(must|shall|required\s+to|need\s+to|needs\s+to|have\s+to|is\s+required|are\s+required|requires?|obliged"
    r"|subject\s+to|conditional\s+(up)?on|conditioned\s+(up)?on|contingent\s+(up)?on)\b",
    "optional": r"\b(encouraged|encourage|recommend(ed)?|invited|welcome[ds]?|we\s+(hope|request|ask|suggest|would\s+appreciate)"
    r"|are\s+free\s+to|at\s+your\s+(option|discretion)|optional(ly)?|if\s+you\s+wish(?!\s+to\b)|feel\s+free)\b",
    "only": r"\b(only|solely|exclusively|limited\s+to|restricted\s+to|strictly\s+for|other\s+than|except\s+for|(sole|exclusive)\s+purposes?)\b",
    "noncomm": r"\bnon-?\s?commercial(ly)?\b|\bnoncommercial(ly)?\b|\bnot[- ]for[- ]profit\b|\bnon-?profit\b"
    r"|\b(research|academic|scholarly|evaluation|educational|personal(?!\s+(information|data|details))|experimental|testing|scientific)\b",
    "commercial": r"\bcommercial(ly)?\b|\bfor[- ]profit\b|\bproduction\b|\bmonetary\b|\brevenue[- ]generating\b|\bbusiness\b"
    r"|\bgenerat\w*\s+(revenue|income|profit)|\bmoneti[sz]\w*",
    "licence_need": r"\b(request(s|ed|ing)?|obtain(s|ed|ing)?|apply\s+for|register(ing|ed)?|registration|contact|purchase|acquire|buy|negotiate|(send|write)\s+(an?\s+)?e-?mail)\b"
    r"|\b(separate|additional|written|prior|commercial|specific|express|explicit)\s+((and|or)\s+(written|prior|express|explicit)\s+)?(written\s+)?(agreement|contract|arrangement|permission|consent|approval|licen[cs]e)\b"
    r"|\blicen[cs]es?\s+(is|are)\s+(needed|required|necessary)\b|\b(paid|premium|pro)\s+licen[cs]es?\b"
    r"|\b(paid\s+)?subscriptions?\b|\b(paid|enterprise|commercial)\s+(plans?|tiers?|editions?)\b"
    r"|\b(need|needs|require|requires|required)\s+(a|an)\s+([\w-]+\s+)?licen[cs]e\b"
    r"|\bwritten\s+(consent|permission|approval|authori[sz]ation)\b|\b(separate|commercial|enterprise|additional)\s+licen[cs]es?\b"
    r"|\bsubject\s+to\s+a\s+(fee|royalt)|\bnot\s+(authori[sz]ed|licen[cs]ed|permitted)\s+to\s+exercise\b",
    "users": r"\b(monthly|daily|weekly|annual)?\s*(active\s+)?(users?|MAUs?|DAUs?|visits?|visitors?|customers?|subscribers?"
    r"|downloads?|seats|devices?|installations?|end[- ]users?|accounts?|requests|api\s+calls|employees|staff|personnel|headcount"
    r"|people|persons|individuals)\b",
    "money": r"\b(revenues?|turnover|income|sales|annual\s+gross|gross\s+receipts)\b|[$€£¥]|\b(USD|EUR|GBP|RMB|CNY)\b",
    "number": r"\b\d[\d,. ]*\s*(million|billion|thousand|[mbk])?\b|\b(one|ten|a\s+hundred)\s+(million|billion|thousand)\b",
    "compare": r"\b(exceed(s|ed|ing)?|more\s+than|greater\s+than|above|over|in\s+excess\s+of|less\s+than|fewer\s+than"
    r"|under|below|at\s+least|up\s+to|maximum|threshold|limit(s|ed)?|cap(s|ped)?|reach(es)?|beyond|or\s+more|or\s+greater|and\s+above|or\s+above)\b",
    "output": r"\b(outputs?|results?|generations?|generated\s+(content|data|text|images?)|content\s+generated|(content|data|text|material)\s+(produced|created|generated|returned)\s+by|completions?|data\s+produced|responses|answers|predictions|synthetic\s+data)\b",
    "train": r"\b(train(s|ed|ing)?|improv(e|es|ed|ing)|develop(s|ed|ing)?|fine-?tun(e|es|ed|ing)|distil(l)?(s|ed|ing)?|enhanc(e|es|ed|ing)|creat(e|es|ing)|build(s|ing)?)\b",
    "other": r"\b((any\s+)?other|another|competing|competitive|compet(e|es|ed)|competitors?|rival|third[- ]party|similar|substitut\w*)\b"
    r"|\bmodel\s+derivatives?\b|\bderivatives?\s+of\s+(the\s+|a\s+|any\s+)?models?\b|\bderivative\s+models?\b"
    r"|\bany\b(?=(?:[\s,]+(?:or\s+|and\s+)?[\w-]+){0,6}?\s+(?:models?|LLMs?)\b)",
    "model": r"\b(models?|AI|LLMs?|systems?|products?|technolog(y|ies)|services?)\b",
    "not_only": r"\b(among\s+other\s+reasons|for\s+any\s+(or\s+no\s+)?reason|any\s+other\s+reason|including\s+(but\s+not\s+limited\s+to|without\s+limitation))\b",
    "given": r"\b(made\s+available|make[s]?\s+(them\s+|it\s+)?available|provide[sd]?\s+access|grant(s|ed)?\s+access|access(ing|ed)?|download\w*|request(ing)?\s+access)\b",
    "discretion": r"\b((sole|absolute|own)\s+discretion|subject\s+to\s+(our|its|the\s+licensor'?s?)\s+(prior\s+)?(approval|review)"
    r"|(approve|deny|reject|refuse|decline)\s+(your|any|the|such)\s+(request|application)s?|grant\s+or\s+deny|accept\s+or\s+(decline|reject|refuse))\b",
    "terminate": r"\b(terminat(e|es|ed|ion)|revok(e|es|ed)|revocation|suspend(s|ed)?|suspension|cancel(s|led)?|withdraw(s|n)?|end(s|ed)?\s+(this|the|your)\s+(licen[cs]e|agreement|access|rights)"
    r"|discontinu(e|es)|restrict\s+(\(remotely\s+or\s+otherwise\)\s+)?(your\s+)?(access|usage|use))\b",
    "at_will": r"\b(at\s+any\s+time|for\s+any\s+(or\s+no\s+)?reason|without\s+(cause|reason|notice)|at\s+(its|our|their|the\s+licensor'?s?)\s+(sole|absolute|own)?\s*discretion"
    r"|in\s+(its|our|their)\s+(sole|absolute)\s+discretion|for\s+convenience|with\s+or\s+without\s+(cause|notice)|(up)?on\s+([\w'’]+\s+){0,3}notice|with\s+([\w'’]+\s+){0,2}notice|remotely|at\s+will"
    r"|(in|at)\s+(?!your\b)[\w.&-]+['’]s?\s+(sole|absolute|own|complete)\s+discretion)\b",
    "breach": r"\b(breach(es|ed)?|violat(e|es|ed|ion|ing)|fail(s|ed|ure)?\s+to\s+comply|non-?compliance|infring(e|es|ement)|in\s+violation|misuse"
    r"|if\s+you\s+(institute|commence|initiate|bring))\b",
    "eu": r"\b(European\s+Union|EU|E\.U\.|EEA|European\s+Economic\s+Area|Europe|EU\s+member\s+states?|member\s+states?)\b",
    "exclude": r"\b(not\s+(apply|extend|cover|reach|be\s+valid|be\s+effective)|does\s+not\s+apply|exclud(e|es|ed|ing)|except(ing|ion)?|other\s+than|outside|void|invalid|null|ineffective|not\s+(be\s+)?(available|licen[cs]ed|granted|permitted|authori[sz]ed)"
    r"|not\s+being\s+(available|licen[cs]ed|granted|permitted)|prohibited|may\s+not|shall\s+not|cannot|unavailable|no\s+licen[cs]e|not\s+in)\b",
    "naming": r"[\"“']\s*(built\s+(with|on|upon)|powered\s+by|improved\s+using|made\s+with|based\s+on)\b|\b(built\s+(with|on|upon)|powered\s+by|improved\s+using)\s+[\"“']?[A-Z]"
    r"|\b(at\s+the\s+(beginning|start)\s+of|prefix(ed)?\s+with|begin\s+with)\b[^.;]{0,60}\bnames?\b"
    r"|\bnames?\b[^.;]{0,60}\b(must|shall)\s+(include|contain|begin|start)\b"
    r"|\b(include|contain|use|bear|carry)\s+[\"“'][^\"”']{2,60}[\"”']\s+(in|within|as\s+part\s+of)\s+(its|the|their|that)\s+([\w-]+\s+){0,2}names?\b",
    "display": r"\b(display|mark|label|include|state|indicate)\b",
    "policy": r"\b(acceptable|responsible|permitted|prohibited)[- ]use\s+polic(y|ies)\b|\buse\s+polic(y|ies)\b|\busage\s+polic(y|ies)\b"
    r"|\bservice\s+agreement\b|\bterms\s+of\s+(use|service)\b|\bcommunity\s+guidelines\b|\b(content|usage|safety)\s+guidelines\b",
    "incorporate": r"\bincorporated\s+(herein\s+)?by\s+reference\b|\b(adhere|comply|complies|subject)\s+(to|with)\b|\bavailable\s+at\b|\bsee\b|\bfollow(ing)?\b",
    "use": r"\b(use|uses|used|using|utili[sz]e|deploy|access|run)\b",
}

_ZH: dict[str, str] = {
    "prohibit": r"不得|禁止|不能|不可|不允许|严禁|切勿|不要|不应",
    "oblige": r"必须|应当|应该|须|需要|需|务必",
    "optional": r"鼓励|欢迎|建议|希望|可以选择|自愿",
    "only": r"仅|只|限于|仅限|专门|唯一",
    "noncomm": r"非商业|非营利|学术|研究|科研|教育|个人使用|评估|测试",
    "commercial": r"商业|商用|盈利|营利|营收|生产",
    "licence_need": r"登记|申请|授权|许可|书面同意|联系|购买|备案",
    "users": r"用户|访问量|月活|日活|访问|客户|下载量",
    "money": r"收入|营收|营业额|销售额|美元|人民币|元|￥|\$",
    "number": r"\d[\d,.]*\s*(万|亿|千|百万)?|[一二三四五六七八九十百千]+\s*(万|亿)",
    "compare": r"超过|不超过|以上|以下|多于|少于|达到|低于|高于|上限",
    "output": r"输出|生成内容|生成的内容|结果|成果",
    "train": r"改进|训练|开发|微调|蒸馏|提升|改善",
    "other": r"其他|其它|竞争|第三方|类似|相似",
    "model": r"模型|人工智能|系统|产品|技术",
    "not_only": r"包括但不限于|等原因|任何原因|其他原因",
    "given": r"提供|访问|下载|获取",
    "discretion": r"自行决定|审批|批准|审核|酌情",
    "terminate": r"终止|撤销|撤回|暂停|中止|取消",
    "at_will": r"随时|任何理由|自行决定|单方面|无需理由",
    "breach": r"违反|违约|违背|侵犯|如果您.{0,10}(起诉|诉讼)",
    "eu": r"欧盟|欧洲联盟|欧洲经济区|欧洲",
    "exclude": r"不适用|除外|不包括|以外|之外|排除|不得",
    "naming": r"(标注|注明|显示|展示|包含).{0,20}(名称|字样|标识)|[“\"].{0,12}(构建|驱动|提供支持)[”\"]",
    "display": r"标注|注明|显示|展示",
    "policy": r"使用政策|可接受使用政策|服务协议|使用规范|使用条款|《[^》]{2,40}(协议|政策|条款|规范)》",
    "incorporate": r"纳入|遵守|遵循|参见|详见|以引用方式",
    "use": r"使用|利用|部署|运行|访问",
}

_FR: dict[str, str] = {
    "prohibit": r"\bne\b[^.;]{0,40}\bpas\b|\binterdit(e|s)?\b|\bprohib(é|e)(e|s)?\b|\bn'est\s+pas\s+(autoris|permis)|\bil\s+est\s+interdit\b|\bsans\s+l'accord\b",
    "oblige": r"\bdoi(t|vent)\b|\bdevez\b|\best\s+tenu|\bsont\s+tenus|\bobligatoire",
    "optional": r"\bencourag|\binvit(é|e)|\bpouvez\s+choisir|\bfacultati|\brecommand",
    "only": r"\bne\b[^.;]{0,60}?\bqu(e\b|['’])|\buniquement\b|\bexclusivement\b|\bseulement\b|\blimit(é|e)e?s?\s+à\b|\bà\s+l'exclusion\b|\bautre(s)?\s+que\b",
    "noncomm": r"\bnon[- ]commercial(e|es|aux)?\b|\bà\s+but\s+non\s+lucratif\b|\brecherche\b|\bacad(é|e)mique\b|\b(é|e)valuation\b|\benseignement\b|\busage\s+personnel\b|\bfins\s+personnelles\b",
    "commercial": r"\bcommercia(l|le|les|ux)\b|\bcommercialement\b|\blucrati(f|fs|ve|ves)\b|\bproduction\b",
    "licence_need": r"\bdemander\b|\bobtenir\b|\bcontacter\b|\bautorisation\s+(écrite|préalable)|\blicence\s+(commerciale|séparée|distincte)|\bs'enregistrer\b|\bacheter\b",
    "users": r"\butilisateurs?\b|\bvisites?\b|\bclients?\b|\babonn(é|e)s\b|\bt(é|e)l(é|e)chargements?\b",
    "money": r"\bchiffre\s+d'affaires\b|\brevenus?\b|\brecettes\b|[$€]|\b(EUR|USD)\b",
    "number": r"\b\d[\d  ,.]*\s*(millions?|milliards?|mille)?\b",
    "compare": r"\bd(é|e)passe|\bplus\s+de\b|\bsup(é|e)rieur|\bau-del(à|a)\b|\bmoins\s+de\b|\binf(é|e)rieur|\bseuil\b",
    "output": r"\bsorties?\b|\br(é|e)sultats?\b|\bcontenus?\s+g(é|e)n(é|e)r(é|e)s?\b|\bdonn(é|e)es\s+produites\b",
    "train": r"\bentra(î|i)ner\b|\bam(é|e)liorer\b|\bd(é|e)velopper\b|\baffiner\b",
    "other": r"\b(autres?|concurrent(e|s|es)?|similaires?|semblables?|tiers)\b",
    "model": r"\bmod(è|e)les?\b|\bsyst(è|e)mes?\b|\btechnologies?\b|\bproduits?\b",
    "not_only": r"\b(entre\s+autres|pour\s+quelque\s+raison\s+que\s+ce\soit|notamment)\b",
    "given": r"\bmis(es)?\s+à\s+disposition\b|\bacc(è|e)s\b|\bt(é|e)l(é|e)charg",
    "discretion": r"\b(seule|entière|propre)\s+discr(é|e)tion\b|\bapprobation\b|\bsous\s+r(é|e)serve\s+d'acceptation\b",
    "terminate": r"\br(é|e)silier\b|\br(é|e)siliation\b|\br(é|e)voquer\b|\bsuspendre\b|\bmettre\s+fin\b|\bretirer\b",
    "at_will": r"\b(à\s+tout\s+moment|sans\s+motif|sans\s+pr(é|e)avis|(à\s+sa|à\s+notre)\s+(seule\s+)?discr(é|e)tion|pour\s+quelque\s+raison\s+que\s+ce\s+soit)\b",
    "breach": r"\bviol(ation|e)\b|\bmanquement\b|\bnon[- ]respect\b|\bcontrefa(ç|c)on\b",
    "eu": r"\bUnion\s+europ(é|e)enne\b|\bUE\b|\bEEE\b|\bEspace\s+(é|e)conomique\s+europ(é|e)en\b|\bEurope\b",
    "exclude": r"\bne\s+s'applique\s+pas\b|\bexclu|\bà\s+l'exception\b|\bsauf\b|\ben\s+dehors\b|\bhors\b|\bn'est\s+pas\s+(disponible|accord(é|e)e)|\binterdit",
    "naming": r"\b(construit\s+avec|propuls(é|e)\s+par)\b|\bau\s+d(é|e)but\s+du\s+nom\b",
    "display": r"\bafficher\b|\bmentionner\b|\bindiquer\b",
    "policy": r"\bpolitique\s+d'utilisation\b|\bconditions\s+d'utilisation\b|\bconditions\s+g(é|e)n(é|e)rales\b",
    "incorporate": r"\bincorpor(é|e)e?s?\s+par\s+r(é|e)f(é|e)rence\b|\bdisponible\s+(à|sur)\b|\bconform(é|e)ment\b|\brespecter\b",
    "use": r"\butilis(er|ation|é|e)\b|\bd(é|e)ployer\b|\bexploiter\b",
}

_DE: dict[str, str] = {
    "prohibit": r"\b(darf|dürfen|dürfe|darfst)\b[^.;]{0,50}\bnicht\b|\bnicht\s+(gestattet|erlaubt|zulässig)\b|\bverboten\b|\buntersagt\b|\bist\s+ausgeschlossen\b|\bohne\s+(vorherige|schriftliche)",
    "oblige": r"\bmuss\b|\bmüssen\b|\bist\s+verpflichtet\b|\bsind\s+verpflichtet\b|\berforderlich\b|\bhat\s+zu\b",
    "optional": r"\bermutigt\b|\bempfehlen\b|\bempfohlen\b|\bfreiwillig\b|\bkönnen\s+wählen\b",
    "only": r"\bnur\b|\bausschließlich\b|\blediglich\b|\bbeschränkt\s+auf\b|\bandere\s+als\b",
    "noncomm": r"\bnicht[- ]?kommerziell(e|en|er|es)?\b|\bnichtkommerziell|\bgemeinnützig|\bforschung(s)?|\bwissenschaftlich|\bakademisch|\bevaluierung|\bprivat(e|en)?\b|\blehre\b",
    "commercial": r"\bkommerziell(e|en|er|es)?\b|\bgewerblich(e|en|er|es)?\b|\bgeschäftlich|\bproduktiv",
    "licence_need": r"\b(anfordern|einholen|erwerben|beantragen|kontaktieren|registrieren|benötig\w*)\b|\bschriftliche\s+(zustimmung|genehmigung)|\b(separate|gesonderte|kommerzielle)\s+lizenz",
    "users": r"\bnutzer(n|innen)?\b|\bbenutzer(n)?\b|\bbesuche(r)?\b|\bkunden\b|\babonnenten\b|\bdownloads?\b",
    "money": r"umsatz\b|umsätze\b|erlöse?\b|einnahmen\b|[$€]|\b(EUR|USD)\b",
    "number": r"\b\d[\d.,]*\s*(millionen|million|milliarden|mio\.?|mrd\.?|tausend)?\b",
    "compare": r"\bübersteig|\bmehr\s+als\b|\büber\b|\boberhalb\b|\bweniger\s+als\b|\bunter\b|\bschwellenwert\b|\bhöchstens\b",
    "output": r"\bausgaben?\b|\bergebniss(e|en)?\b|\berzeugte(n)?\s+inhalte(n)?\b|\bgenerierte(n)?\b|\bantworten\b",
    "train": r"\btrainier|\bverbesser|\bentwickel|\bfeinabstimm",
    "other": r"\b(andere(n|s|r)?|konkurrierende(n|s)?|wettbewerb\w*|ähnliche(n|s)?|dritte(r|n)?)\b",
    "model": r"\bmodell\w*|\bsystem\w*|\btechnologie\w*|\bprodukt\w*",
    "not_only": r"\b(unter\s+anderem|aus\s+welchem\s+grund\s+auch\s+immer|insbesondere)\b",
    "given": r"\bzur\s+verfügung\b|\bzugang\b|\bzugriff\b|\bherunterlad",
    "discretion": r"\b(freiem|eigenem|alleinigem)\s+ermessen\b|\bgenehmigung\b",
    "terminate": r"\bkündig|\bbeend|\bwiderruf|\bwiderrufen\b|\baussetzen\b|\bentziehen\b",
    "at_will": r"\bjederzeit\b|\bohne\s+(grund|angabe\s+von\s+gründen|vorankündigung)\b|\bnach\s+(eigenem|freiem)\s+ermessen\b",
    "breach": r"\bverstoß|\bverstößt|\bverletz|\bzuwiderhandl|\bnichteinhaltung\b",
    "eu": r"\bEuropäische(n)?\s+Union\b|\bEU\b|\bEWR\b|\bEuropäische(n)?\s+Wirtschaftsraum|\bEuropa\b",
    "exclude": r"\bgilt\s+nicht\b|\bfindet\s+keine\s+anwendung\b|\bausgenommen\b|\bausgeschlossen\b|\baußer(halb)?\b|\bmit\s+ausnahme\b|\bnicht\s+(verfügbar|erteilt|gewährt)",
    "naming": r"\b(gebaut\s+mit|betrieben\s+von)\b|\bam\s+anfang\s+des\s+namens\b",
    "display": r"\banzeigen\b|\bangeben\b|\bkennzeichnen\b",
    "policy": r"\bnutzungsrichtlinie|\bnutzungsbedingungen\b|\brichtlinie\s+zur\s+(zulässigen\s+)?nutzung",
    "incorporate": r"\bdurch\s+verweis\b|\beinbezogen\b|\bverfügbar\s+unter\b|\beinhalten\b",
    "use": r"\bnutz(en|ung)\b|\bverwend(en|ung)\b|\beinsetzen\b|\bbetreiben\b",
}

_IT: dict[str, str] = {
    "prohibit": r"\bnon\s+(è\s+possibile\s+)?(può|puoi|potete|possono|potrà|potrai|potrete|potranno|deve|devi|dovete|devono|dovrà|dovranno|è\s+consentit|sono\s+consentit|è\s+permess|sono\s+permess|è\s+autorizzat)|\bvieta(no)?\b|\bvietat(o|a|i|e)\b|\bproibit(o|a|i|e)\b|\bsenza\s+(il\s+)?(previo|consenso)",
    "oblige": r"\bdeve\b|\bdevono\b|\bdovete\b|\bdovrà\b|\bdovranno\b|\bè\s+tenut|\bobbligatori|\bè\s+richiest|\bè\s+necessari|\boccorre\b|\bbisogna\b|\bsoggett(o|a|i|e)\s+a\b",
    "optional": r"\bincoraggiat|\bconsigliat|\bfacoltativ|\binvitat",
    "only": r"\besclusivamente\b|\bsolo\b|\bsoltanto\b|\bunicamente\b|\blimitat(o|a|i|e)\s+a\b|\bdivers(o|i)\s+da\b",
    "noncomm": r"\bnon\s+commercial(e|i)\b|\bsenza\s+scopo\s+di\s+lucro\b|\bricerca\b|\baccademic|\bvalutazione\b|\bdidattic|\b(uso|scopi|fini)\s+personal(e|i)\b",
    "commercial": r"\bcommercial(e|i|mente)\b|\blucro\b|\bproduzione\b",
    "licence_need": r"\b(richiedere|ottenere|contattare|registrarsi|acquistare)\b|\bautorizzazione\s+scritta\b|\blicenza\s+(commerciale|separata)",
    "users": r"\butenti\b|\butente\b|\bvisite\b|\bclienti\b|\babbonati\b|\bdownload\b",
    "money": r"\bfatturato\b|\bricavi\b|\bentrate\b|[$€]|\b(EUR|USD)\b",
    "number": r"\b\d[\d.,]*\s*(milioni|milione|miliardi|mila)?\b",
    "compare": r"\bsuper(a|ano|iore|i)|\bpiù\s+di\b|\boltre\b|\bmeno\s+di\b|\binferiore\b|\bsoglia\b|\bmaggiore\s+di\b",
    "output": r"\boutput\b|\brisultati\b|\bcontenuti\s+generati\b",
    "train": r"\baddestra|\bmigliora|\bsviluppa|\bperfeziona",
    "other": r"\b(altri|altre|altro|concorrent(e|i)|simil(e|i)|terz(i|e))\b",
    "model": r"\bmodell(o|i)\b|\bsistem(a|i)\b|\btecnologi(a|e)\b|\bprodott(o|i)\b",
    "not_only": r"\b(tra\s+l'altro|per\s+qualsiasi\s+motivo|tra\s+gli\s+altri\s+motivi)\b",
    "given": r"\bmess(o|i|a|e)\s+a\s+disposizione\b|\baccesso\b|\bscaric",
    "discretion": r"\b(esclusiva|piena|propria)\s+discrezione\b|\bapprovazione\b",
    "terminate": r"\brisolvere\b|\brisoluzione\b|\brevoca(re)?\b|\bsospendere\b|\bcessare\b|\brecedere\b",
    "at_will": r"\bin\s+qualsiasi\s+momento\b|\bsenza\s+(motivo|preavviso|giusta\s+causa)\b|\ba\s+(sua|nostra)\s+(esclusiva\s+)?discrezione\b",
    "breach": r"\bviolazion|\bviola\b|\binadempiment|\bmancato\s+rispetto\b",
    "eu": r"\bUnione\s+europea\b|\bUE\b|\bSEE\b|\bSpazio\s+economico\s+europeo\b|\bEuropa\b",
    "exclude": r"\bnon\s+si\s+applica\b|\bescluso\b|\besclusa\b|\bad\s+eccezione\b|\btranne\b|\bal\s+di\s+fuori\b|\bnon\s+è\s+(disponibile|concessa)",
    "naming": r"\b(costruito\s+con|realizzato\s+con)\b|\ball'inizio\s+del\s+nome\b",
    "display": r"\bvisualizzare\b|\bindicare\b|\briportare\b",
    "policy": r"\bpolitica\s+di\s+(utilizzo|uso)\b|\bcondizioni\s+d'uso\b|\btermini\s+di\s+(utilizzo|servizio)\b",
    "incorporate": r"\bincorporat(o|a)\s+per\s+riferimento\b|\bdisponibile\s+(a|su)\b|\brispettare\b",
    "use": r"\butilizz(are|o)\b|\busare\b|\buso\b",
}

_ES: dict[str, str] = {
    "prohibit": r"\bno\s+(podrá|podrán|podrás|puede|pueden|puedes|podemos|debe|deben|debes|deberá|deberán|está\s+permitid|están\s+permitid|se\s+permite|se\s+autoriza)|\bprohib(id(o|a|os|as)|e|en|ido)\b|\bprohíbe(n)?\b|\bqueda\s+prohibid|\bsin\s+(el\s+)?(consentimiento|autorización)",
    "oblige": r"\bdebe\b|\bdeben\b|\bdeberá\b|\bestá\s+obligad|\bobligatori|\b(se\s+)?requiere(n)?\b|\bsujet[oa]s?\s+a\b",
    "optional": r"\balentad|\banimamos\b|\brecomend|\bopcional|\binvitamos\b",
    "only": r"\bexclusivamente\b|\bsolo\b|\bsólo\b|\bsolamente\b|\búnicamente\b|\blimitad(o|a|os|as)\s+a\b|\bdistint(o|a)s?\s+de\b",
    "noncomm": r"\bno\s+comercial(es)?\b|\bsin\s+ánimo\s+de\s+lucro\b|\binvestigación\b|\bacadémic|\bevaluación\b|\beducativ|\b(uso|fines)\s+personal(es)?\b",
    "commercial": r"\bcomercial(es|mente)?\b|\blucro\b|\bproducción\b",
    "licence_need": r"\b(solicitar|obtener|contactar|registrarse|adquirir|comprar)\b|\bacuerdo\s+(por\s+escrito|escrito|separado|comercial)\b|\bautorización\s+(escrita|previa)\b|\blicencia\s+(comercial|separada)",
    "users": r"\busuarios?\b|\bvisitas\b|\bclientes\b|\bsuscriptores\b|\bdescargas\b",
    "money": r"\bingresos\b|\bfacturación\b|\bventas\b|[$€]|\b(EUR|USD)\b",
    "number": r"\b\d[\d.,]*\s*(millones|millón|mil\s+millones|mil)?\b",
    "compare": r"\bsuper(e|a|en|ior)|\bmás\s+de\b|\bexced|\bmenos\s+de\b|\binferior\b|\bumbral\b|\bmayor(es)?\s+(a|que|de)\b|\bmenor(es)?\s+(a|que|de)\b",
    "output": r"\bsalidas?\b|\bresultados?\b|\bcontenidos?\s+generados?\b",
    "train": r"\bentrenar\b|\bmejorar\b|\bdesarrollar\b|\bajustar\b",
    "other": r"\b(otros?|otras?|competidor(es|as)?|competencia|similar(es)?|terceros?)\b",
    "model": r"\bmodelos?\b|\bsistemas?\b|\btecnolog(í|i)as?\b|\bproductos?\b",
    "not_only": r"\b(entre\s+otros\s+motivos|por\s+cualquier\s+motivo|incluid(o|a)s?\s+(pero\s+)?sin\s+limitarse)\b",
    "given": r"\bpuest(o|a|os|as)\s+a\s+disposici(ó|o)n\b|\bpon(e|en|emos)\s+a\s+disposici(ó|o)n\b|\bacceso\b|\bdescarg",
    "discretion": r"\b(entera|absoluta|sola|propia)\s+discreci(ó|o)n\b|\baprobaci(ó|o)n\b",
    "terminate": r"\brescindir\b|\brescisión\b|\brevocar\b|\bsuspender\b|\bdar\s+por\s+terminad|\bresolver\b",
    "at_will": r"\ben\s+cualquier\s+momento\b|\bsin\s+(causa|motivo|previo\s+aviso)\b|\ba\s+(su|nuestra)\s+(entera\s+|sola\s+)?discreción\b",
    "breach": r"\bincumpl|\bviolación\b|\bviola\b|\binfracción\b",
    "eu": r"\bUnión\s+Europea\b|\bUE\b|\bEEE\b|\bEspacio\s+Económico\s+Europeo\b|\bEuropa\b",
    "exclude": r"\bno\s+se\s+aplica\b|\bexclu(ye|ido|ida|yendo)\b|\bexcepto\b|\bsalvo\b|\bfuera\s+de\b|\bno\s+está\s+disponible\b",
    "naming": r"\b(construido\s+con|impulsado\s+por)\b|\bal\s+principio\s+del\s+nombre\b",
    "display": r"\bmostrar\b|\bindicar\b|\bincluir\b",
    "policy": r"\bpolítica\s+de\s+uso\b|\bcondiciones\s+de\s+uso\b|\btérminos\s+de\s+(uso|servicio)\b",
    "incorporate": r"\bincorporad(o|a)\s+por\s+referencia\b|\bdisponible\s+en\b|\bcumplir\b",
    "use": r"\butiliz(ar|ación)\b|\busar\b|\buso\b",
}

_TABLES = {"en": _EN, "zh": _ZH, "fr": _FR, "de": _DE, "it": _IT, "es": _ES}
CUES: dict[str, dict[str, re.Pattern[str]]] = {
    lang: {k: re.compile(v, re.IGNORECASE) for k, v in table.items()} for lang, table in _TABLES.items()
}


def cue(lg: str, cls: str) -> re.Pattern[str] | None:
    """The cue class ``cls`` of language ``lg`` (English for a language not read)."""
    return CUES.get(lg or "en", CUES["en"]).get(cls)


def find(lg: str, cls: str, s: str) -> list[re.Match[str]]:
    return list(_find(lg, cls, s))


@functools.lru_cache(maxsize=8192)
def _find(lg: str, cls: str, s: str) -> tuple[re.Match[str], ...]:
    # a clause is looked at for the same cue from several judgements (its text, its lead-in
    # and its text, the definitions it uses): each search is made once
    rx = cue(lg, cls)
    return tuple(rx.finditer(s)) if rx else ()


def has(lg: str, cls: str, s: str) -> bool:
    return bool(_find(lg, cls, s))


def near(a: Sequence[re.Match[str]], b: Sequence[re.Match[str]], dist: int) -> bool:
    """Whether a cue of ``a`` starts within ``dist`` characters of one of ``b`` (or inside it)."""
    return any(
        abs(x.start() - y.start()) <= dist or (x.start() <= y.start() <= x.end()) for x in a for y in b
    )
