# ruff: noqa: E501, RUF001  (one phrasing per line reads best; typographic quotes are licence text)
"""Paraphrase stress test of the licence screener: independent phrasings of every clause the licence screener must find, written for this
test and not taken from any licence
of the corpus: other verbs, passive and active voice, defined terms used elsewhere, nested
lists, hard-wrapped lines, numbering styles, thresholds in other units and currencies, the EU
left out through territory definitions, country lists or "outside the EEA"; in English,
Chinese, French, German, Italian and Spanish.

POSITIVES: (flag, language, text) — the flag must be raised. A flag is an M2a / M3f flag,
"restriction" (an M4 item), "naming" (M6a) or "policy" (a policy incorporated by reference
that is not attached).
NEGATIVES: (language, text, allowed) — optional wording, negations, breach-conditioned
termination, attribution-only thresholds: no flag, restriction or naming duty may be raised
except those in ``allowed``.
"""

from __future__ import annotations

from tests.helpers.licence_flags import negatives, positives, raised

T = "ACME MODEL LICENCE\n\n"  # a title, so that the clause sits in a licence as it would

POSITIVES: list[tuple[str, str, str]] = [
    # --- geographic exclusion (M2a) -----------------------------------------------------------
    (
        "geographic_exclusion",
        "en",
        T
        + "The rights granted in Section 2 are not available to any person or entity domiciled in a Member State of the European Union.\n",
    ),
    (
        "geographic_exclusion",
        "en",
        T
        + '1. Definitions\n\n"Territory" means all countries of the world except the member states of the European Union and the European Economic Area.\n\n2. Grant\n\nSubject to this Licence, Acme grants you a non-exclusive licence to use the Model in the Territory.\n',
    ),
    (
        "geographic_exclusion",
        "en",
        T + "You may not download, access or use the Model if you are located in the EU.\n",
    ),
    (
        "geographic_exclusion",
        "en",
        T + "This Agreement is offered only to users established outside the EEA.\n",
    ),
    ("geographic_exclusion", "en", T + "Use of the Materials\nis prohibited within the\nEuropean Union.\n"),
    (
        "geographic_exclusion",
        "en",
        T
        + "Distribution of the Model into the European Economic Area is not permitted under this Licence.\n",
    ),
    (
        "geographic_exclusion",
        "en",
        T + "This licence does not extend to the territory of the European Union.\n",
    ),
    (
        "geographic_exclusion",
        "en",
        T
        + "The licence granted herein shall be void for residents of Austria, Belgium, France, Germany, Italy, Spain and every other EU member state.\n",
    ),
    (
        "geographic_exclusion",
        "en",
        T
        + "Licensed Territory: worldwide, with the exception of the European Union.\n\nYou may use the Model only within the Licensed Territory.\n",
    ),
    (
        "geographic_exclusion",
        "en",
        T + "Persons located in the European Union are not licensed to use the Model.\n",
    ),
    (
        "geographic_exclusion",
        "en",
        T
        + '"Excluded Jurisdictions" means the European Union, the United Kingdom and Switzerland.\n\nNo licence is granted to any person in an Excluded Jurisdiction.\n',
    ),
    ("geographic_exclusion", "zh", T + "本许可不适用于欧盟境内的用户。\n"),
    (
        "geographic_exclusion",
        "zh",
        T + "“地区”指除欧洲联盟成员国以外的全球范围。\n\n许可方授予您在地区内使用本模型的非独占许可。\n",
    ),
    (
        "geographic_exclusion",
        "fr",
        T + "La présente licence ne s'applique pas sur le territoire de l'Union européenne.\n",
    ),
    (
        "geographic_exclusion",
        "fr",
        T
        + "L'utilisation du Modèle est interdite aux personnes résidant dans l'Espace économique européen.\n",
    ),
    ("geographic_exclusion", "de", T + "Diese Lizenz gilt nicht in der Europäischen Union.\n"),
    (
        "geographic_exclusion",
        "de",
        T + "Personen mit Sitz im Europäischen Wirtschaftsraum dürfen das Modell nicht nutzen.\n",
    ),
    ("geographic_exclusion", "it", T + "La presente licenza non si applica nell'Unione europea.\n"),
    (
        "geographic_exclusion",
        "it",
        T + "L'uso del Modello è vietato ai residenti nello Spazio economico europeo.\n",
    ),
    ("geographic_exclusion", "es", T + "Esta licencia no se aplica en la Unión Europea.\n"),
    (
        "geographic_exclusion",
        "es",
        T + "Queda prohibido el uso del Modelo a las personas residentes en el Espacio Económico Europeo.\n",
    ),
    # --- discretionary approval (M2a) ---------------------------------------------------------
    (
        "approval_gate_discretionary",
        "en",
        T
        + "Access to the weights is granted only after we approve your application, which we may refuse at our sole discretion.\n",
    ),
    (
        "approval_gate_discretionary",
        "en",
        T + "The Model is made available to applicants whom Acme approves in its absolute discretion.\n",
    ),
    (
        "approval_gate_discretionary",
        "en",
        T
        + "Download requests are reviewed by the Licensor, which may accept or decline any request for any reason.\n",
    ),
    (
        "approval_gate_discretionary",
        "en",
        T
        + "You may access the checkpoints only once your request has been approved by the Foundation; approval is at the Foundation's sole discretion.\n",
    ),
    (
        "approval_gate_discretionary",
        "fr",
        T + "L'accès au Modèle est soumis à l'approbation préalable du Concédant, à sa seule discrétion.\n",
    ),
    (
        "approval_gate_discretionary",
        "de",
        T
        + "Der Zugang zum Modell wird nur nach Genehmigung durch den Lizenzgeber nach freiem Ermessen gewährt.\n",
    ),
    # --- non-commercial / research only (M3f) -------------------------------------------------
    ("non_commercial", "en", T + "You may use the Model solely for non-commercial research.\n"),
    (
        "non_commercial",
        "en",
        T + "The Software is licensed for academic and research purposes exclusively.\n",
    ),
    (
        "non_commercial",
        "en",
        T
        + '"Permitted Purpose" means teaching, academic research and personal study, excluding any commercial activity.\n\nYou may use the Model only for the Permitted Purpose.\n',
    ),
    (
        "non_commercial",
        "en",
        T + "Any use for commercial advantage or monetary compensation is prohibited.\n",
    ),
    (
        "non_commercial",
        "en",
        T + "Use in a production environment or for commercial gain is not permitted.\n",
    ),
    ("non_commercial", "en", T + "No commercial use.\n"),
    ("non_commercial", "en", T + "You shall not sell, rent, or otherwise commercially exploit the Model.\n"),
    (
        "non_commercial",
        "en",
        T + "This licence covers non-profit use only; commercial use is outside its scope.\n",
    ),
    (
        "non_commercial",
        "en",
        T + "The Licensee must not use the Model for any purpose other than internal evaluation.\n",
    ),
    (
        "non_commercial",
        "en",
        T + "Commercial use of the Model, its Derivatives or Outputs is expressly forbidden.\n",
    ),
    ("non_commercial", "en", T + "The Model may be used\nfor scientific research\nonly.\n"),
    ("non_commercial", "zh", T + "本模型仅可用于非商业性的学术研究。\n"),
    ("non_commercial", "zh", T + "禁止将本模型用于商业用途。\n"),
    (
        "non_commercial",
        "fr",
        T + "Le Modèle ne peut être utilisé qu'à des fins de recherche non commerciale.\n",
    ),
    ("non_commercial", "fr", T + "Toute utilisation commerciale du Modèle est interdite.\n"),
    (
        "non_commercial",
        "de",
        T + "Das Modell darf ausschließlich für nichtkommerzielle Forschungszwecke verwendet werden.\n",
    ),
    ("non_commercial", "de", T + "Jede kommerzielle Nutzung des Modells ist untersagt.\n"),
    (
        "non_commercial",
        "it",
        T + "Il Modello può essere utilizzato esclusivamente per scopi di ricerca non commerciale.\n",
    ),
    ("non_commercial", "it", T + "È vietato qualsiasi uso commerciale del Modello.\n"),
    (
        "non_commercial",
        "es",
        T + "El Modelo solo puede utilizarse con fines de investigación no comercial.\n",
    ),
    ("non_commercial", "es", T + "Se prohíbe cualquier uso comercial del Modelo.\n"),
    # --- user / revenue thresholds (M3f) ------------------------------------------------------
    (
        "user_threshold",
        "en",
        T
        + "If your products or services have more than 50 million monthly active users, you must request a licence from us.\n",
    ),
    (
        "user_threshold",
        "en",
        T
        + "Organisations with annual revenue above EUR 10 million must obtain a commercial licence before using the Model.\n",
    ),
    (
        "user_threshold",
        "en",
        T
        + "Where the number of daily users of your service exceeds 1,000,000, the rights granted herein do not apply and a separate agreement is required.\n",
    ),
    (
        "user_threshold",
        "en",
        T + "Deployments serving over 100k monthly visitors require written permission from the Licensor.\n",
    ),
    (
        "user_threshold",
        "en",
        T
        + "This licence is free for companies whose yearly turnover is below 5 million euros; other companies must purchase a commercial licence.\n",
    ),
    (
        "user_threshold",
        "en",
        T + "Free usage is capped at 10,000 API calls per month; beyond that a paid licence is needed.\n",
    ),
    (
        "user_threshold",
        "en",
        T
        + "Licensees with gross revenue exceeding US$1 billion in the prior fiscal year are not licensed under this Agreement.\n",
    ),
    (
        "user_threshold",
        "en",
        T + "Companies with more than 2,000 employees must obtain an enterprise licence.\n",
    ),
    (
        "user_threshold",
        "en",
        T
        + "A company with annual sales of more than ¥100 million shall contact us for a commercial licence.\n",
    ),
    ("user_threshold", "zh", T + "如果您的产品月活跃用户数超过一亿，您须向我们申请商业许可。\n"),
    (
        "user_threshold",
        "fr",
        T
        + "Si votre service compte plus de 10 millions d'utilisateurs actifs par mois, vous devez obtenir une licence commerciale.\n",
    ),
    (
        "user_threshold",
        "de",
        T
        + "Übersteigt die Zahl der monatlich aktiven Nutzer Ihres Dienstes 5 Millionen, müssen Sie eine kommerzielle Lizenz erwerben.\n",
    ),
    (
        "user_threshold",
        "it",
        T
        + "Se il vostro servizio supera i 20 milioni di utenti attivi mensili, dovete richiedere una licenza commerciale.\n",
    ),
    (
        "user_threshold",
        "es",
        T
        + "Si su servicio supera los 10 millones de usuarios activos mensuales, deberá solicitar una licencia comercial.\n",
    ),
    # --- extra licence for commercial use (M3f) -----------------------------------------------
    (
        "commercial_licence_required",
        "en",
        T + "Commercial use requires a separate agreement with the Licensor.\n",
    ),
    (
        "commercial_licence_required",
        "en",
        T + "To use the Model commercially, you need to obtain a commercial licence from Acme.\n",
    ),
    (
        "commercial_licence_required",
        "en",
        T
        + "If you wish to deploy the Model in a commercial product, please contact licensing@acme.example for a commercial licence.\n",
    ),
    (
        "commercial_licence_required",
        "en",
        T + "Commercial exploitation is subject to a prior written agreement with the Licensor.\n",
    ),
    (
        "commercial_licence_required",
        "en",
        T + "Any commercial use is conditional on registering with Acme and obtaining its written consent.\n",
    ),
    (
        "commercial_licence_required",
        "en",
        T
        + "Use for commercial purposes is not permitted under this licence without a commercial licence, which may be purchased from Acme.\n",
    ),
    ("commercial_licence_required", "zh", T + "如需将本模型用于商业用途，须通过电子邮件申请商业授权。\n"),
    (
        "commercial_licence_required",
        "fr",
        T + "Pour toute utilisation commerciale, vous devez demander une licence séparée au Concédant.\n",
    ),
    (
        "commercial_licence_required",
        "de",
        T + "Für eine gewerbliche Nutzung ist eine gesonderte Lizenz des Lizenzgebers erforderlich.\n",
    ),
    (
        "commercial_licence_required",
        "it",
        T + "Per l'uso commerciale è necessario ottenere una licenza separata dal Licenziante.\n",
    ),
    (
        "commercial_licence_required",
        "es",
        T + "Para usos comerciales, debe obtener una licencia separada del Licenciante.\n",
    ),
    # --- bans on training other models on outputs (M3f) ---------------------------------------
    (
        "output_training_ban",
        "en",
        T + "You shall not use the outputs of the Model to train a competing large language model.\n",
    ),
    (
        "output_training_ban",
        "en",
        T + "Outputs may not be used to develop models that compete with the Licensor's models.\n",
    ),
    (
        "output_training_ban",
        "en",
        T + "You agree not to use any content generated by the Model to improve any other AI system.\n",
    ),
    (
        "output_training_ban",
        "en",
        T + "Using generated data to distil or fine-tune another model is prohibited.\n",
    ),
    (
        "output_training_ban",
        "en",
        T + "It is forbidden to create a model that is competitive with the Model using its Outputs.\n",
    ),
    (
        "output_training_ban",
        "en",
        T
        + '"Output" means any text or image generated by the Model.\n\nYou will not use Output to train, improve or fine-tune any machine learning model other than the Model and its Derivatives.\n',
    ),
    (
        "output_training_ban",
        "en",
        T + "Licensee may not leverage the Model's responses to build a rival foundation model.\n",
    ),
    ("output_training_ban", "zh", T + "您不得使用本模型的输出来训练其他大语言模型。\n"),
    ("output_training_ban", "zh", T + "禁止利用本模型生成的内容开发与本模型竞争的模型。\n"),
    (
        "output_training_ban",
        "fr",
        T
        + "Vous ne devez pas utiliser les résultats du Modèle pour entraîner d'autres modèles d'intelligence artificielle.\n",
    ),
    (
        "output_training_ban",
        "fr",
        T + "Il est interdit d'utiliser les contenus générés pour améliorer un modèle concurrent.\n",
    ),
    (
        "output_training_ban",
        "de",
        T + "Sie dürfen die Ausgaben des Modells nicht verwenden, um andere KI-Modelle zu trainieren.\n",
    ),
    (
        "output_training_ban",
        "de",
        T + "Es ist untersagt, mit den erzeugten Inhalten ein konkurrierendes Modell zu entwickeln.\n",
    ),
    (
        "output_training_ban",
        "it",
        T
        + "Non potete utilizzare gli output del Modello per addestrare altri modelli di intelligenza artificiale.\n",
    ),
    (
        "output_training_ban",
        "it",
        T + "È vietato usare i contenuti generati per sviluppare un modello concorrente.\n",
    ),
    (
        "output_training_ban",
        "es",
        T
        + "No podrá utilizar los resultados del Modelo para entrenar otros modelos de inteligencia artificial.\n",
    ),
    (
        "output_training_ban",
        "es",
        T + "Queda prohibido usar el contenido generado para desarrollar un modelo competidor.\n",
    ),
    # --- unilateral stop (M3f) ----------------------------------------------------------------
    (
        "unilateral_stop",
        "en",
        T + "Acme may terminate this licence at any time, for any reason or no reason.\n",
    ),
    (
        "unilateral_stop",
        "en",
        T + "The Licensor reserves the right to revoke access to the Model at its sole discretion.\n",
    ),
    ("unilateral_stop", "en", T + "We can suspend your access to the weights at any time without notice.\n"),
    ("unilateral_stop", "en", T + "This licence may be withdrawn by the Licensor at will.\n"),
    (
        "unilateral_stop",
        "en",
        T
        + "The Licensor may discontinue the licence upon thirty days' written notice, with or without cause.\n",
    ),
    ("unilateral_stop", "zh", T + "许可方有权随时终止本许可，无需说明理由。\n"),
    (
        "unilateral_stop",
        "fr",
        T + "Le Concédant peut résilier la présente licence à tout moment, sans motif.\n",
    ),
    (
        "unilateral_stop",
        "de",
        T + "Der Lizenzgeber kann diese Lizenz jederzeit ohne Angabe von Gründen widerrufen.\n",
    ),
    (
        "unilateral_stop",
        "it",
        T + "Il Licenziante può revocare la presente licenza in qualsiasi momento e senza motivo.\n",
    ),
    (
        "unilateral_stop",
        "es",
        T + "El Licenciante podrá revocar esta licencia en cualquier momento y sin causa.\n",
    ),
    # --- use restrictions (M4) ----------------------------------------------------------------
    (
        "restriction",
        "en",
        T
        + "You agree not to use the Model (i) for military purposes, (ii) for mass surveillance, or (iii) to generate disinformation.\n",
    ),
    (
        "restriction",
        "en",
        T
        + "The Model shall not be used:\n1) to harm minors;\n2) to discriminate against people on the basis of protected characteristics;\n3) for fully automated decisions that affect legal rights.\n",
    ),
    (
        "restriction",
        "en",
        T
        + "Restrictions on use\n\n- Do not use the Model to develop weapons.\n- Do not use the Model to stalk or harass anyone.\n",
    ),
    (
        "restriction",
        "en",
        T
        + "Prohibited activities include: generating malware; defaming real people;\ntracking individuals without their consent.\n",
    ),
    (
        "restriction",
        "en",
        T
        + "A. Use Limitations\n\nLicensee will not deploy the Model in medical devices or in systems that\ncontrol critical infrastructure.\n",
    ),
    (
        "restriction",
        "zh",
        T + "您不得将本模型用于以下目的：\n（一）军事用途；\n（二）大规模监控；\n（三）侵犯他人隐私。\n",
    ),
    (
        "restriction",
        "fr",
        T
        + "Vous vous engagez à ne pas utiliser le Modèle :\na) à des fins militaires ;\nb) pour la surveillance de masse ;\nc) pour discriminer des personnes.\n",
    ),
    (
        "restriction",
        "de",
        T
        + "Sie verpflichten sich, das Modell nicht zu verwenden:\n1. für militärische Zwecke;\n2. zur Massenüberwachung;\n3. zur Diskriminierung von Personen.\n",
    ),
    (
        "restriction",
        "it",
        T
        + "L'utente si impegna a non utilizzare il Modello:\na) per scopi militari;\nb) per la sorveglianza di massa;\nc) per discriminare le persone.\n",
    ),
    (
        "restriction",
        "es",
        T
        + "Usted se compromete a no utilizar el Modelo:\na) con fines militares;\nb) para la vigilancia masiva;\nc) para discriminar a personas.\n",
    ),
    # --- forms met after held-out-3's first run, in phrasings written here ----------------------
    (
        "user_threshold",
        "en",
        T
        + '"Cap" means an annual turnover of EUR 50 million or more.\n\nAny commercial use by an entity above the Cap is not licensed under this Licence.\n',
    ),
    (
        "commercial_licence_required",
        "en",
        T
        + '"Cap" means an annual turnover of EUR 50 million or more.\n\nAny commercial use by an entity above the Cap is not licensed under this Licence.\n',
    ),
    (
        "user_threshold",
        "es",
        T
        + "Si sus ingresos anuales son mayores a 5 millones de euros, debe obtener una licencia comercial.\n",
    ),
    (
        "output_training_ban",
        "en",
        T + "You may not use the outputs to train any general-purpose or foundation models.\n",
    ),
    (
        "output_training_ban",
        "en",
        T
        + "As a condition of use, you agree: (a) not to resell the Model; (b) not to use its outputs to improve any other models.\n",
    ),
    (
        "unilateral_stop",
        "en",
        T + "Either party may terminate this Agreement on thirty days' written notice.\n",
    ),
    (
        "unilateral_stop",
        "en",
        T
        + "Acme may end this licence with written notice if, in Acme's sole discretion, offering the Model is no longer viable.\n",
    ),
    (
        "restriction",
        "en",
        T
        + "You may not use the Model for any of the following prohibited uses:\n\nDeception: writing fake product reviews.\n\nSurveillance: tracking people without their consent.\n",
    ),
    (
        "commercial_licence_required",
        "en",
        T
        + "Production use is available only with a paid subscription to Acme Cloud.\n\nProduction use requires a paid subscription.\n",
    ),
    (
        "policy",
        "en",
        T
        + "Your use must be in accordance with the Acme Responsible AI principles, found at https://acme.example/principles.\n",
    ),
    # --- a second set written after every fix above, measured before the fixes it prompted ----
    # (15 of 20 then; the misses led to: "commercial objective", "generate revenue", "lucratives",
    # "people" as users, German compounds ("Jahresumsatz"), "benötigen", "requiere un acuerdo por
    # escrito", abbreviations such as "Mio." that end no sentence)
    (
        "geographic_exclusion",
        "en",
        "MODEL TERMS\n\nThe Licensor does not offer the Model to, and this Licence may not be accepted by, anyone resident in the European Union.\n",
    ),
    (
        "geographic_exclusion",
        "en",
        "MODEL TERMS\n\nSection 9 (Availability). The Model is not available in EU Member States.\n",
    ),
    ("geographic_exclusion", "de", "MODEL TERMS\n\nDie Nutzung des Modells ist in der EU nicht gestattet.\n"),
    (
        "non_commercial",
        "en",
        "MODEL TERMS\n\nPermitted uses are limited to teaching and non-profit research.\n",
    ),
    (
        "non_commercial",
        "en",
        "MODEL TERMS\n\nYou must not use the Model to generate revenue or for any other commercial objective.\n",
    ),
    ("non_commercial", "fr", "MODEL TERMS\n\nL'utilisation du Modèle à des fins lucratives est interdite.\n"),
    (
        "non_commercial",
        "it",
        "MODEL TERMS\n\nIl Modello è concesso in licenza solo per uso non commerciale.\n",
    ),
    (
        "user_threshold",
        "en",
        "MODEL TERMS\n\nIf more than 10 million people use your application each month, you need our written approval.\n",
    ),
    (
        "user_threshold",
        "de",
        "MODEL TERMS\n\nUnternehmen mit einem Jahresumsatz von mehr als 10 Mio. EUR benötigen eine kommerzielle Lizenz.\n",
    ),
    (
        "commercial_licence_required",
        "en",
        "MODEL TERMS\n\nA commercial licence must be obtained from Acme before any commercial deployment.\n",
    ),
    (
        "commercial_licence_required",
        "es",
        "MODEL TERMS\n\nEl uso comercial requiere un acuerdo por escrito con el Licenciante.\n",
    ),
    (
        "output_training_ban",
        "en",
        "MODEL TERMS\n\nGenerated outputs shall not be used for training competing models.\n",
    ),
    ("output_training_ban", "zh", "MODEL TERMS\n\n不得将本模型的生成结果用于训练任何其他模型。\n"),
    (
        "unilateral_stop",
        "en",
        "MODEL TERMS\n\nAcme reserves the right to suspend or terminate your licence at any time, for any reason.\n",
    ),
    (
        "unilateral_stop",
        "de",
        "MODEL TERMS\n\nDer Lizenzgeber kann die Lizenz jederzeit nach eigenem Ermessen beenden.\n",
    ),
    (
        "restriction",
        "en",
        "MODEL TERMS\n\nYou shall not use the Model: (a) to build weapons; (b) to surveil journalists.\n",
    ),
    (
        "restriction",
        "en",
        "MODEL TERMS\n\nUse Restrictions\n\n1. No use for autonomous weapons.\n2. No use for social scoring.\n",
    ),
    (
        "approval_gate_discretionary",
        "en",
        "MODEL TERMS\n\nAcme decides, in its sole discretion, whether to grant you access to the weights.\n",
    ),
    (
        "naming",
        "en",
        'MODEL TERMS\n\nProducts built on the Model must display "Built with Acme" in their user interface.\n',
    ),
    (
        "policy",
        "en",
        "MODEL TERMS\n\nYou agree to follow the Acme Usage Policy, which is incorporated herein by reference.\n",
    ),
    # --- naming duties (M6a) and policies by reference ----------------------------------------
    ("naming", "en", T + 'Any derivative model must include "Acme" at the beginning of its name.\n'),
    (
        "naming",
        "en",
        T
        + 'If you distribute a product built on the Model, you shall display "Powered by Acme" prominently.\n',
    ),
    (
        "policy",
        "en",
        T
        + "Your use of the Model must comply with the Acme Acceptable Use Policy (https://acme.example/aup), which is incorporated into this Agreement by reference.\n",
    ),
    (
        "policy",
        "en",
        T + "Use of the Model is subject to the Usage Policy available at https://acme.example/usage.\n",
    ),
]

NEGATIVES: list[tuple[str, str, tuple[str, ...]]] = [
    ("en", T + "This licence applies worldwide, including in the European Union.\n", ()),
    ("en", T + 'If you are located in the European Union, "Acme" means Acme Europe B.V.\n', ()),
    ("en", T + "Nothing in this licence limits use of the Model in the European Union.\n", ()),
    ("en", T + "You may use the Model for commercial and non-commercial purposes.\n", ()),
    ("en", T + "Commercial use is permitted without further permission.\n", ()),
    ("en", T + "This licence does not restrict commercial use.\n", ()),
    ("en", T + "You are encouraged to cite our paper in research publications.\n", ()),
    ("en", T + "No separate licence is needed for commercial use.\n", ()),
    (
        "en",
        T
        + 'If your product has more than 1 million users, you must display "Built with Acme" in the product documentation.\n',
        ("naming",),
    ),
    ("en", T + "Version 2.0 of the Model was trained on 15 trillion tokens by 120 researchers.\n", ()),
    ("en", T + "You may use the outputs to train other models.\n", ()),
    ("en", T + "Nothing in this licence prevents you from using Outputs to train other models.\n", ()),
    ("en", T + "This licence terminates automatically if you breach any of its terms.\n", ()),
    ("en", T + "The licence is perpetual, worldwide and irrevocable.\n", ()),
    (
        "en",
        T
        + "If you institute patent litigation against any entity, the patent licences granted to you terminate.\n",
        (),
    ),
    ("en", T + "This licence is revocable if you violate it.\n", ()),
    ("en", T + 'You may, if you wish, mention "Powered by Acme" in your product.\n', ()),
    ("en", T + "Access is granted automatically upon acceptance of these terms.\n", ()),
    ("en", T + "We may, at our discretion, offer you support services.\n", ()),
    ("zh", T + "您可以将本模型用于商业和非商业目的。\n", ()),
    ("zh", T + "我们鼓励您在产品中注明“基于Acme构建”。\n", ()),
    ("zh", T + "如果您违反本协议，本许可将自动终止。\n", ()),
    ("fr", T + "Vous pouvez utiliser le Modèle à des fins commerciales ou non commerciales.\n", ()),
    ("fr", T + "La licence prend fin automatiquement en cas de violation de ses conditions.\n", ()),
    ("de", T + "Sie dürfen das Modell für kommerzielle und nichtkommerzielle Zwecke nutzen.\n", ()),
    ("de", T + "Bei einem Verstoß gegen diese Bedingungen endet die Lizenz automatisch.\n", ()),
    ("it", T + "Potete utilizzare il Modello per scopi commerciali e non commerciali.\n", ()),
    ("it", T + "In caso di violazione dei presenti termini la licenza si risolve automaticamente.\n", ()),
    ("es", T + "Puede utilizar el Modelo con fines comerciales y no comerciales.\n", ()),
    ("es", T + "Esta licencia se resolverá automáticamente si incumple sus términos.\n", ()),
    ("en", T + "Our total liability under this Licence is limited to EUR 100.\n", ()),
    (
        "en",
        T
        + "This Licence is governed by the laws of Ireland, and the courts of the European Union member state where Acme is established have exclusive jurisdiction.\n",
        (),
    ),
    (
        "en",
        T
        + "You contract with Acme Europe Ltd (if you are located in the EEA) or with Acme Inc. (if you are located outside the EEA).\n",
        (),
    ),
    (
        "en",
        T
        + '"Acme" means Acme SAS, registered under number 123 456 789, with its registered seat at 12 rue Exemple, 75001 Paris.\n',
        (),
    ),
    ("en", T + "You alone are responsible for the personal data you process with the Model.\n", ()),
    (
        "en",
        T
        + "Disputes are settled under the Arbitration Rules of the Example Centre, which are incorporated by reference into this clause.\n",
        (),
    ),
    (
        "fr",
        T
        + "La présente licence ne donne pas le droit d'utiliser les marques ou les noms commerciaux du Concédant.\n",
        (),
    ),
    ("en", "MODEL TERMS\n\nYou may use the Model in the European Union and elsewhere.\n", ()),
    ("en", "MODEL TERMS\n\nCommercial use is allowed, and no further licence is needed.\n", ()),
    ("en", 'MODEL TERMS\n\nWe encourage, but do not require, attribution such as "Built with Acme".\n', ()),
    (
        "en",
        "MODEL TERMS\n\nAcme may terminate this licence if you materially breach it and fail to cure within 30 days.\n",
        (),
    ),
    ("en", "MODEL TERMS\n\nThe Model has 7 billion parameters and was trained on 2 trillion tokens.\n", ()),
    ("de", "MODEL TERMS\n\nDiese Lizenz gilt weltweit, auch in der Europäischen Union.\n", ()),
    ("fr", "MODEL TERMS\n\nVous pouvez utiliser les résultats pour entraîner d'autres modèles.\n", ()),
    ("de", T + "Die Haftung des Lizenzgebers ist auf 500 EUR beschränkt.\n", ()),
]


@positives(POSITIVES)
def test_each_phrasing_raises_its_flag(flag: str, lang: str, text: str) -> None:
    assert flag in raised(text), f"{lang}: {text!r}"


@negatives(NEGATIVES)
def test_optional_negated_or_breach_wording_raises_nothing(
    lang: str, text: str, allowed: tuple[str, ...]
) -> None:
    assert raised(text) <= set(allowed), f"{lang}: {text!r}"


def test_every_language_and_flag_is_covered() -> None:
    langs = {lg for _, lg, _ in POSITIVES}
    assert langs == {"en", "zh", "fr", "de", "it", "es"}
    for flag in (
        "geographic_exclusion",
        "non_commercial",
        "user_threshold",
        "commercial_licence_required",
        "output_training_ban",
        "unilateral_stop",
        "restriction",
    ):
        assert {lg for f, lg, _ in POSITIVES if f == flag} == langs, flag
