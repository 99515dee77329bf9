<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AboutDialog</name>
    <message>
        <source>see the package</source>
        <translation>voir le paquet</translation>
    </message>
    <message>
        <source>About Exemptio</source>
        <translation>À propos d&apos;Exemptio</translation>
    </message>
    <message>
        <source>Exemptio logo</source>
        <translation>Logo d&apos;Exemptio</translation>
    </message>
    <message>
        <source>Exemptio version %1</source>
        <translation>Exemptio version %1</translation>
    </message>
    <message>
        <source>Assessing open-source exemption claims under the AI Act: Articles 2(12), 53(2) and 54(6) of Regulation (EU) 2024/1689.</source>
        <translation>Évaluation des demandes d&apos;exemption open source au titre du règlement sur l&apos;IA : article 2, paragraphe 12, article 53, paragraphe 2, et article 54, paragraphe 6, du règlement (UE) 2024/1689.</translation>
    </message>
    <message>
        <source>About sections</source>
        <translation>Sections « À propos »</translation>
    </message>
    <message>
        <source>Installation details</source>
        <translation>Détails de l&apos;installation</translation>
    </message>
    <message>
        <source>Licences of the bundled components</source>
        <translation>Licences des composants fournis</translation>
    </message>
    <message>
        <source>&amp;Installation</source>
        <translation>&amp;Installation</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Licences</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>Ouvrir le &amp;dossier de données</translation>
    </message>
    <message>
        <source>&amp;Copy version details</source>
        <translation>&amp;Copier les détails de version</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Signaler un problème…</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Ouvrir le dossier de données</translation>
    </message>
    <message>
        <source>Copy version details</source>
        <translation>Copier les détails de version</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Signaler un problème</translation>
    </message>
    <message>
        <source>Exemptio</source>
        <translation>Exemptio</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>PySide6</source>
        <translation>PySide6</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Platform</source>
        <translation>Plateforme</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Fichier journal</translation>
    </message>
    <message>
        <source>Exemptio is free software under the European Union Public Licence (EUPL-1.2). It works offline; it contacts a timestamp authority only when one is configured.</source>
        <translation>Exemptio est un logiciel libre sous licence publique de l&apos;Union européenne (EUPL-1.2). Il fonctionne hors ligne ; il ne contacte une autorité d&apos;horodatage que si vous en avez configuré une.</translation>
    </message>
    <message>
        <source>Exemptio uses the Qt toolkit %1 through PySide6, both licensed under the GNU Lesser General Public License version 3 (LGPL-3.0). The Qt and PySide6 libraries are shipped as separate shared libraries in the application folder; you may replace them with your own builds. Their source code is available from the Qt Project.</source>
        <translation>Exemptio utilise la bibliothèque Qt %1 par l&apos;intermédiaire de PySide6, toutes deux sous licence GNU Lesser General Public License version 3 (LGPL-3.0). Les bibliothèques Qt et PySide6 sont livrées sous forme de bibliothèques partagées distinctes dans le dossier de l&apos;application ; vous pouvez les remplacer par vos propres versions compilées. Leur code source est disponible auprès du Qt Project.</translation>
    </message>
    <message>
        <source>Qt and PySide6 (LGPL-3.0)</source>
        <translation>Qt et PySide6 (LGPL-3.0)</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Polices</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Composants</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Composant</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>%1 fonts: SIL Open Font License 1.1 (%2)</source>
        <translation>Polices %1 : SIL Open Font License 1.1 (%2)</translation>
    </message>
</context>
<context>
    <name>AnswerEditor</name>
    <message>
        <source>Answer to %1</source>
        <translation>Réponse à %1</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve the letter draft of %1</source>
        <translation>Approuver le projet de courrier du dossier %1</translation>
    </message>
    <message>
        <source>You approve exactly this letter as the second officer by signing it with your own key: your approval signature is part of the issued letter, bound to its SHA-256 and kept in the audit trail.</source>
        <translation>Vous approuvez exactement cette lettre en tant que second agent, en la signant avec votre propre clé : votre signature d&apos;approbation fait partie de la lettre émise, elle est liée à son SHA-256 et conservée dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>SHA-256 of the draft</source>
        <translation>SHA-256 du projet</translation>
    </message>
    <message>
        <source>SHA-256 of the letter you sign</source>
        <translation>SHA-256 de la lettre que vous signez</translation>
    </message>
    <message>
        <source>Drafted by:</source>
        <translation>Rédigé par :</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Résultat :</translation>
    </message>
    <message>
        <source>SHA-256 of the draft:</source>
        <translation>SHA-256 du projet :</translation>
    </message>
    <message>
        <source>SHA-256 of the letter you sign:</source>
        <translation>SHA-256 de la lettre que vous signez :</translation>
    </message>
    <message>
        <source>Rendering the first page…</source>
        <translation>Rendu de la première page…</translation>
    </message>
    <message>
        <source>First page of the letter you sign</source>
        <translation>Première page de la lettre que vous signez</translation>
    </message>
    <message>
        <source>Key file (PKCS#12)</source>
        <translation>Fichier de clé (PKCS#12)</translation>
    </message>
    <message>
        <source>Signing token (PKCS#11)</source>
        <translation>Jeton de signature (PKCS#11)</translation>
    </message>
    <message>
        <source>Where your signing key is</source>
        <translation>Où se trouve votre clé de signature</translation>
    </message>
    <message>
        <source>&amp;Your key:</source>
        <translation>&amp;Votre clé :</translation>
    </message>
    <message>
        <source>Your own key file, or your token&apos;s PKCS#11 module</source>
        <translation>Votre propre fichier de clé, ou le module PKCS#11 de votre jeton</translation>
    </message>
    <message>
        <source>Choose your key file</source>
        <translation>Choisir votre fichier de clé</translation>
    </message>
    <message>
        <source>&amp;Key file (.p12):</source>
        <translation>Fichier de &amp;clé (.p12) :</translation>
    </message>
    <message>
        <source>Key label on the token</source>
        <translation>Libellé de la clé sur le jeton</translation>
    </message>
    <message>
        <source>Key &amp;label:</source>
        <translation>&amp;Libellé de la clé :</translation>
    </message>
    <message>
        <source>Passphrase of your key, or your token&apos;s PIN</source>
        <translation>Phrase secrète de votre clé, ou code PIN de votre jeton</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>P&amp;hrase secrète :</translation>
    </message>
    <message>
        <source>your role, e.g. Reviewer, AI Office</source>
        <translation>votre rôle, p. ex. Réviseur, Bureau de l&apos;IA</translation>
    </message>
    <message>
        <source>Your function in the approval block</source>
        <translation>Votre fonction dans le bloc d&apos;approbation</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>F&amp;onction :</translation>
    </message>
    <message>
        <source>The passphrase or PIN is used for this signature only and is never stored.</source>
        <translation>La phrase secrète ou le code PIN ne sert qu&apos;à cette signature et n&apos;est jamais enregistré.</translation>
    </message>
    <message>
        <source>&amp;Sign and approve</source>
        <translation>&amp;Signer et approuver</translation>
    </message>
    <message>
        <source>PKCS#11 &amp;module:</source>
        <translation>&amp;Module PKCS#11 :</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>Code P&amp;IN :</translation>
    </message>
    <message>
        <source>PKCS#11 module (*.so *.dll *.dylib);;All files (*)</source>
        <translation>Module PKCS#11 (*.so *.dll *.dylib);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>PKCS#12 key (*.p12 *.pfx);;All files (*)</source>
        <translation>Clé PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Your signing key</source>
        <translation>Votre clé de signature</translation>
    </message>
    <message>
        <source>Give your own key: approving means signing the letter with it.</source>
        <translation>Indiquez votre propre clé : approuver, c&apos;est signer la lettre avec elle.</translation>
    </message>
    <message>
        <source>Signing the approval…</source>
        <translation>Signature de l&apos;approbation…</translation>
    </message>
    <message>
        <source>The draft cannot be shown as it was recorded.</source>
        <translation>Le projet ne peut pas être affiché tel qu&apos;il a été enregistré.</translation>
    </message>
    <message>
        <source>The draft rendered now is not the recorded draft (its SHA-256 differs): draft the letter again before approving it.</source>
        <translation>Le projet produit maintenant n&apos;est pas le projet enregistré (son SHA-256 diffère) : rédigez de nouveau le courrier avant de l&apos;approuver.</translation>
    </message>
    <message>
        <source>The first page cannot be shown (the PDF may be damaged).</source>
        <translation>La première page ne peut pas être affichée (le PDF est peut-être endommagé).</translation>
    </message>
    <message>
        <source>The first page cannot be shown.</source>
        <translation>La première page ne peut pas être affichée.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign case</source>
        <translation>Attribuer le dossier</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Attribuer</translation>
    </message>
    <message>
        <source>Currently assigned to: %1</source>
        <translation>Actuellement attribué à : %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Reason for the assignment</source>
        <translation>Motif de l&apos;attribution</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Agent :</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
</context>
<context>
    <name>AuditSentences</name>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Assigned officer</source>
        <translation>Agent attributaire</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Subject version</source>
        <translation>Version de l&apos;objet</translation>
    </message>
    <message>
        <source>Kind of subject</source>
        <translation>Type d&apos;objet</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signé par</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archive</translation>
    </message>
    <message>
        <source>Checklist version</source>
        <translation>Version de la liste de contrôle</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Days paused</source>
        <translation>Jours de suspension</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>projet</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>approuvé</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>émis</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>remplacé</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>en partie</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Letter exported</source>
        <translation>Courrier exporté</translation>
    </message>
    <message>
        <source>Checklist version changed</source>
        <translation>Version de la liste de contrôle changée</translation>
    </message>
    <message>
        <source>Cases linked</source>
        <translation>Dossiers liés</translation>
    </message>
    <message>
        <source>Cases unlinked</source>
        <translation>Dossiers déliés</translation>
    </message>
    <message>
        <source>Model facts recorded</source>
        <translation>Caractéristiques du modèle enregistrées</translation>
    </message>
    <message>
        <source>Officer recorded</source>
        <translation>Agent enregistré</translation>
    </message>
    <message>
        <source>Officer role changed</source>
        <translation>Rôle de l&apos;agent modifié</translation>
    </message>
    <message>
        <source>Signing certificate added</source>
        <translation>Certificat de signature ajouté</translation>
    </message>
    <message>
        <source>Signing certificate removed</source>
        <translation>Certificat de signature retiré</translation>
    </message>
    <message>
        <source>Demo data dated back</source>
        <translation>Données de démonstration antidatées</translation>
    </message>
    <message>
        <source>Audit checkpoint</source>
        <translation>Point de contrôle de l&apos;audit</translation>
    </message>
    <message>
        <source>Other change</source>
        <translation>Autre modification</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>Délai suspendu</translation>
    </message>
    <message>
        <source>Due date %1 → %2 (%3 days paused)</source>
        <translation>Échéance %1 → %2 (%3 jours de suspension)</translation>
    </message>
    <message>
        <source>Letter %1</source>
        <translation>Courrier %1</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>signé par %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>none ticked</source>
        <translation>aucune case cochée</translation>
    </message>
</context>
<context>
    <name>CandidatesPanel</name>
    <message>
        <source>Clauses found by the licence screening (%1)</source>
        <translation>Clauses relevées par l&apos;analyse de la licence (%1)</translation>
    </message>
    <message>
        <source>Strongest first. Accept a clause to use it in the answer; reject it with a reason, which is kept in the answer&apos;s note for the reviewer.</source>
        <translation>Les plus probantes d&apos;abord. Acceptez une clause pour l&apos;utiliser dans la réponse ; rejetez-la en indiquant un motif, conservé dans la note de la réponse pour le relecteur.</translation>
    </message>
    <message>
        <source>Candidate clauses</source>
        <translation>Clauses candidates</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Force</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Constat</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Emplacement</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Clause</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>forte</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyenne</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>Definitions used: %1</source>
        <translation>Définitions utilisées : %1</translation>
    </message>
    <message>
        <source>Reason for rejecting the selected clause</source>
        <translation>Motif du rejet de la clause sélectionnée</translation>
    </message>
    <message>
        <source>Reason for rejecting</source>
        <translation>Motif du rejet</translation>
    </message>
    <message>
        <source>Acc&amp;ept clause</source>
        <translation>Acc&amp;epter la clause</translation>
    </message>
    <message>
        <source>Re&amp;ject clause</source>
        <translation>Re&amp;jeter la clause</translation>
    </message>
    <message>
        <source>use restriction</source>
        <translation>restriction d&apos;utilisation</translation>
    </message>
    <message>
        <source>naming duty</source>
        <translation>obligation de nommage</translation>
    </message>
    <message>
        <source>policy to attach as evidence</source>
        <translation>politique à joindre comme pièce</translation>
    </message>
    <message>
        <source>Select a clause first.</source>
        <translation>Sélectionnez d&apos;abord une clause.</translation>
    </message>
    <message>
        <source>Attach the policy named at %1 as evidence, then screen again.</source>
        <translation>Joignez comme pièce la politique citée en %1, puis relancez l&apos;analyse.</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Acceptée : %1</translation>
    </message>
    <message>
        <source>Give a reason for rejecting the clause: it goes into the answer&apos;s note.</source>
        <translation>Indiquez le motif du rejet de la clause : il est inscrit dans la note de la réponse.</translation>
    </message>
    <message>
        <source>Rejected: %1 (recorded in the note)</source>
        <translation>Rejetée : %1 (consigné dans la note)</translation>
    </message>
    <message>
        <source>Rejected screening candidate %1 (%2): %3</source>
        <translation>Clause candidate de l&apos;analyse rejetée %1 (%2) : %3</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Search titles, providers, subjects, notes and evidence text…  (Ctrl+F)</source>
        <translation>Rechercher titres, fournisseurs, objets, notes et texte des preuves…  (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Rechercher des dossiers</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Filter by assigned officer</source>
        <translation>Filtrer par agent attributaire</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>En &amp;retard</translation>
    </message>
    <message>
        <source>Only overdue cases</source>
        <translation>Seulement les dossiers en retard</translation>
    </message>
    <message>
        <source>Due this &amp;week</source>
        <translation>Échéance cette &amp;semaine</translation>
    </message>
    <message>
        <source>Only cases due within seven days</source>
        <translation>Seulement les dossiers à échéance sous sept jours</translation>
    </message>
    <message>
        <source>Clock &amp;stopped</source>
        <translation>Délai &amp;suspendu</translation>
    </message>
    <message>
        <source>Only cases with the clock stopped</source>
        <translation>Seulement les dossiers dont le délai est suspendu</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Type words to search; quotes, * and - are treated as plain text.</source>
        <translation>Saisissez des mots ; les guillemets, * et - sont traités comme du texte.</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Tout le monde</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Moi (%1)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>%1 cases loaded</source>
        <translation>%1 dossiers chargés</translation>
    </message>
    <message>
        <source>No case matches: change the search or the filters (Esc clears the search).</source>
        <translation>Aucun dossier ne correspond : modifiez la recherche ou les filtres (Échap efface la recherche).</translation>
    </message>
    <message>
        <source>No cases yet. Press Ctrl+N to open the first one.</source>
        <translation>Aucun dossier pour l&apos;instant. Appuyez sur Ctrl+N pour ouvrir le premier.</translation>
    </message>
    <message>
        <source>%1 of %2 cases match</source>
        <translation>%1 dossiers sur %2 correspondent</translation>
    </message>
    <message>
        <source>%1 of %2 cases loaded</source>
        <translation>%1 dossiers chargés sur %2</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 dossiers</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Attribué à</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Jours restants</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>%1 (stopped)</source>
        <translation>%1 (suspendu)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribué</translation>
    </message>
    <message>
        <source>Overdue by %1 days</source>
        <translation>En retard de %1 jours</translation>
    </message>
    <message>
        <source>Clock stopped since %1</source>
        <translation>Délai suspendu depuis le %1</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <source>Case %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Synthèse</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Courriers</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Chronologie</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <source>Compute</source>
        <translation>Puissance de calcul</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Answer A1 (model, system or both) to start.</source>
        <translation>Répondez d&apos;abord à A1 (modèle, système ou les deux).</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Raisonnement</translation>
    </message>
    <message>
        <source>Model: Art. 53(2), 54(6)</source>
        <translation>Modèle : art. 53, par. 2, et art. 54, par. 6</translation>
    </message>
    <message>
        <source>System: Art. 2(12)</source>
        <translation>Système : art. 2, par. 12</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Motifs</translation>
    </message>
    <message>
        <source>Missing answers</source>
        <translation>Réponses manquantes</translation>
    </message>
    <message>
        <source>Obligations that apply</source>
        <translation>Obligations applicables</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constatations</translation>
    </message>
    <message>
        <source>systemic risk presumed</source>
        <translation>risque systémique présumé</translation>
    </message>
    <message>
        <source>borderline</source>
        <translation>à la limite</translation>
    </message>
    <message>
        <source>not presumed</source>
        <translation>non présumé</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Questions</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>Previous question (Alt+Left, Page Up)</source>
        <translation>Question précédente (Alt+Gauche, Page préc.)</translation>
    </message>
    <message>
        <source>Next question (Alt+Right, Page Down, Ctrl+Enter)</source>
        <translation>Question suivante (Alt+Droite, Page suiv., Ctrl+Entrée)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save this answer (Ctrl+S)</source>
        <translation>Enregistrer cette réponse (Ctrl+S)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Suivant</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Loading the checklist…</source>
        <translation>Chargement de la liste de contrôle…</translation>
    </message>
    <message>
        <source>The checklist cannot be used: %1</source>
        <translation>La liste de contrôle est inutilisable : %1</translation>
    </message>
    <message>
        <source>Checklist %1 %2 · %3</source>
        <translation>Liste de contrôle %1 %2 · %3</translation>
    </message>
    <message>
        <source>Case %1: answers are read-only (reopen to change)</source>
        <translation>Dossier %1 : réponses en lecture seule (rouvrez-le pour les modifier)</translation>
    </message>
    <message>
        <source>Screen the case&apos;s &amp;licence evidence</source>
        <translation>Analyser les preuves de &amp;licence du dossier</translation>
    </message>
    <message>
        <source>Read the licence and policy files attached as evidence; suggest answers for M1-M7</source>
        <translation>Lire les fichiers de licence et de politique joints comme preuves ; proposer des réponses pour M1-M7</translation>
    </message>
    <message>
        <source>Screen other files…</source>
        <translation>Analyser d&apos;autres fichiers…</translation>
    </message>
    <message>
        <source>Read a licence and its policies from disk; suggest answers for M1-M7</source>
        <translation>Lire une licence et ses politiques sur le disque ; proposer des réponses pour M1-M7</translation>
    </message>
    <message>
        <source>Licence knowledge base: %1 · %2</source>
        <translation>Base de connaissances des licences : %1 · %2</translation>
    </message>
    <message>
        <source>The case was opened for this kind of subject.</source>
        <translation>Le dossier a été ouvert pour ce type d&apos;objet.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Model inspection (case subject)</source>
        <translation>Inspection du modèle (objet du dossier)</translation>
    </message>
    <message>
        <source>The model card names the licence &apos;%1&apos;.</source>
        <translation>La fiche du modèle mentionne la licence « %1 ».</translation>
    </message>
    <message>
        <source>The model card names this licence.</source>
        <translation>La fiche du modèle mentionne cette licence.</translation>
    </message>
    <message>
        <source>Architecture recorded from the model&apos;s configuration: %1.</source>
        <translation>Architecture relevée dans la configuration du modèle : %1.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>%1 evidence item(s)</source>
        <translation>%1 preuve(s)</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>note : %1</translation>
    </message>
    <message>
        <source>Read-only: the case is %1</source>
        <translation>Lecture seule : le dossier est au statut %1</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Précédente</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Suivante ▶</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Saving the answer…</source>
        <translation>Enregistrement de la réponse…</translation>
    </message>
    <message>
        <source>Licence and policy files</source>
        <translation>Fichiers de licence et de politique</translation>
    </message>
    <message>
        <source>Text files (*.txt *.md LICENSE*);;All files (*)</source>
        <translation>Fichiers texte (*.txt *.md LICENSE*);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>No licence or policy file among the evidence: attach it first.</source>
        <translation>Aucun fichier de licence ou de politique parmi les preuves : joignez-le d&apos;abord.</translation>
    </message>
    <message>
        <source>Licence screened: %1</source>
        <translation>Licence analysée : %1</translation>
    </message>
    <message>
        <source>Screening the licence…</source>
        <translation>Analyse de la licence…</translation>
    </message>
    <message>
        <source>no clause found</source>
        <translation>aucune clause trouvée</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot;</source>
        <translation>%1, ligne %2 : « %3 »</translation>
    </message>
    <message>
        <source>%1 restriction(s) found</source>
        <translation>%1 restriction(s) trouvée(s)</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>et %1 de plus</translation>
    </message>
    <message>
        <source>From licence screening: %1</source>
        <translation>D&apos;après l&apos;analyse de la licence : %1</translation>
    </message>
    <message>
        <source>Licence screening</source>
        <translation>Analyse de la licence</translation>
    </message>
</context>
<context>
    <name>CheckpointDialog</name>
    <message>
        <source>Sign audit checkpoint</source>
        <translation>Signer un point de contrôle de l&apos;audit</translation>
    </message>
    <message>
        <source>&amp;Sign checkpoint</source>
        <translation>&amp;Signer le point de contrôle</translation>
    </message>
    <message>
        <source>Signing key file of the unit</source>
        <translation>Fichier de clé de signature de l&apos;unité</translation>
    </message>
    <message>
        <source>Choose the signing key file</source>
        <translation>Choisir le fichier de clé de signature</translation>
    </message>
    <message>
        <source>&amp;Key file (.p12):</source>
        <translation>Fichier de &amp;clé (.p12) :</translation>
    </message>
    <message>
        <source>Passphrase of the signing key</source>
        <translation>Phrase secrète de la clé de signature</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>P&amp;hrase secrète :</translation>
    </message>
    <message>
        <source>The unit&apos;s key signs the current end of the audit trail. A later check of the trail then shows whether events were removed or rewritten since. The passphrase is used for this signature only and is never stored.</source>
        <translation>La clé de l&apos;unité signe la fin actuelle de la piste d&apos;audit. Une vérification ultérieure de la piste montre alors si des événements ont été supprimés ou réécrits depuis. La phrase secrète ne sert qu&apos;à cette signature et n&apos;est jamais enregistrée.</translation>
    </message>
    <message>
        <source>Choose the key file (.p12) of the unit.</source>
        <translation>Choisissez le fichier de clé (.p12) de l&apos;unité.</translation>
    </message>
    <message>
        <source>Signing the audit checkpoint…</source>
        <translation>Signature du point de contrôle de l&apos;audit…</translation>
    </message>
</context>
<context>
    <name>CheckpointNotice</name>
    <message>
        <source>Sign audit checkpoint…</source>
        <translation>Signer un point de contrôle de l&apos;audit…</translation>
    </message>
    <message>
        <source>Sign audit checkpoint</source>
        <translation>Signer un point de contrôle de l&apos;audit</translation>
    </message>
    <message>
        <source>The audit trail has never been signed with the unit&apos;s key.</source>
        <translation>La piste d&apos;audit n&apos;a encore jamais été signée avec la clé de l&apos;unité.</translation>
    </message>
    <message>
        <source>The last audit checkpoint is more than a day old (%1).</source>
        <translation>Le dernier point de contrôle de l&apos;audit date de plus d&apos;un jour (%1).</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Oui</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Non</translation>
    </message>
    <message>
        <source>&amp;Partly</source>
        <translation>En &amp;partie</translation>
    </message>
    <message>
        <source>&amp;Unknown</source>
        <translation>&amp;Inconnu</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Palette de commandes</translation>
    </message>
    <message>
        <source>Type an action or a case (title, provider, reference…)</source>
        <translation>Saisissez une action ou un dossier (titre, fournisseur, référence…)</translation>
    </message>
    <message>
        <source>Command or case</source>
        <translation>Commande ou dossier</translation>
    </message>
    <message>
        <source>Matching actions and cases</source>
        <translation>Actions et dossiers correspondants</translation>
    </message>
    <message>
        <source>↑↓ to move · Enter to run · Esc to close</source>
        <translation>↑↓ pour se déplacer · Entrée pour exécuter · Échap pour fermer</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Recherche…</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Rien trouvé pour « %1 ».</translation>
    </message>
</context>
<context>
    <name>ComputeHelper</name>
    <message>
        <source>Compute helper (Guidelines Annex A)</source>
        <translation>Aide au calcul de la puissance de calcul (lignes directrices, annexe A)</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPU</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>heures</translation>
    </message>
    <message>
        <source>peak FLOP/s</source>
        <translation>FLOP/s de crête</translation>
    </message>
    <message>
        <source>utilisation</source>
        <translation>taux d&apos;utilisation</translation>
    </message>
    <message>
        <source>Parameters P</source>
        <translation>Paramètres P</translation>
    </message>
    <message>
        <source>Tokens D</source>
        <translation>Jetons D</translation>
    </message>
    <message>
        <source>Use as A2a</source>
        <translation>Utiliser pour A2a</translation>
    </message>
    <message>
        <source>GPUs N</source>
        <translation>GPU N</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Heures</translation>
    </message>
    <message>
        <source>Peak FLOP/s H</source>
        <translation>FLOP/s de crête H</translation>
    </message>
    <message>
        <source>Utilisation U</source>
        <translation>Taux d&apos;utilisation U</translation>
    </message>
    <message>
        <source>Use as A2b</source>
        <translation>Utiliser pour A2b</translation>
    </message>
    <message>
        <source>Enter P and D, or GPUs, hours, peak FLOP/s and utilisation, to estimate C.</source>
        <translation>Saisissez P et D, ou les GPU, les heures, les FLOP/s de crête et le taux d&apos;utilisation, pour estimer C.</translation>
    </message>
    <message>
        <source>Parameter count from model inspection (safetensors/GGUF headers)</source>
        <translation>Nombre de paramètres issu de l&apos;inspection du modèle (en-têtes safetensors/GGUF)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else saved first</source>
        <translation>Quelqu&apos;un d&apos;autre a enregistré avant vous</translation>
    </message>
    <message>
        <source>Save conflict</source>
        <translation>Conflit d&apos;enregistrement</translation>
    </message>
    <message>
        <source>%1 changed this while you were working on it.</source>
        <translation>%1 a modifié cet élément pendant que vous y travailliez.</translation>
    </message>
    <message>
        <source>Someone else changed this while you were working on it.</source>
        <translation>Quelqu&apos;un d&apos;autre a modifié cet élément pendant que vous y travailliez.</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Quoi :</translation>
    </message>
    <message>
        <source>Changed by:</source>
        <translation>Modifié par :</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Quand :</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Modification :</translation>
    </message>
    <message>
        <source>They saved:</source>
        <translation>L’autre agent a enregistré :</translation>
    </message>
    <message>
        <source>What you entered (not saved; copy it before reloading if you want to keep it):</source>
        <translation>Ce que vous avez saisi (non enregistré ; copiez-le avant de recharger si vous souhaitez le conserver) :</translation>
    </message>
    <message>
        <source>Your unsaved values</source>
        <translation>Vos valeurs non enregistrées</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Recharger</translation>
    </message>
    <message>
        <source>Reload to see their change</source>
        <translation>Recharger pour voir sa modification</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Keep the screen as it is</source>
        <translation>Laisser l&apos;écran tel quel</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Actualiser</translation>
    </message>
    <message>
        <source>Refresh the dashboard</source>
        <translation>Actualiser le tableau de bord</translation>
    </message>
    <message>
        <source>Export register…</source>
        <translation>Exporter le registre…</translation>
    </message>
    <message>
        <source>Export the case register to a file</source>
        <translation>Exporter le registre des dossiers dans un fichier</translation>
    </message>
    <message>
        <source>open cases</source>
        <translation>dossiers ouverts</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>en retard</translation>
    </message>
    <message>
        <source>due within 7 days</source>
        <translation>échéance sous 7 jours</translation>
    </message>
    <message>
        <source>clock stopped</source>
        <translation>délai suspendu</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>Dossiers par statut</translation>
    </message>
    <message>
        <source>Open cases by deadline</source>
        <translation>Dossiers ouverts par échéance</translation>
    </message>
    <message>
        <source>Outcomes by month of decision (last 12 months)</source>
        <translation>Résultats par mois de décision (12 derniers mois)</translation>
    </message>
    <message>
        <source>Open cases by officer (Enter shows them)</source>
        <translation>Dossiers ouverts par agent (Entrée les affiche)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Classeur Excel (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export register</source>
        <translation>Exporter le registre</translation>
    </message>
    <message>
        <source>Exporting the register…</source>
        <translation>Export du registre en cours…</translation>
    </message>
    <message>
        <source>Register exported: %1 case(s) written to %2.</source>
        <translation>Registre exporté : %1 dossier(s) écrit(s) dans %2.</translation>
    </message>
    <message>
        <source>The register was not exported.</source>
        <translation>Le registre n’a pas été exporté.</translation>
    </message>
    <message>
        <source>%1 cases in all</source>
        <translation>%1 dossiers au total</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Cette semaine</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Suspendu</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Plus tard</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Not known</source>
        <translation>Inconnue</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Record the decision on %1</source>
        <translation>Enregistrer la décision sur %1</translation>
    </message>
    <message>
        <source>Outcome assessed: %1.

A case is normally decided by issuing its signed letter (Letters tab, after a second officer approved it). To record the decision without a letter, say why: the reason is kept in the audit trail with the outcome.</source>
        <translation>Résultat évalué : %1.

Un dossier est normalement tranché par l&apos;émission de son courrier signé (onglet Courriers, après l&apos;approbation d&apos;un second agent). Pour enregistrer la décision sans courrier, indiquez pourquoi : le motif est conservé dans la piste d&apos;audit avec le résultat.</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
</context>
<context>
    <name>DecisionLabels</name>
    <message>
        <source>Not a general-purpose AI model</source>
        <translation>Pas un modèle d&apos;IA à usage général</translation>
    </message>
    <message>
        <source>Not exempt: systemic risk</source>
        <translation>Non exempté : risque systémique</translation>
    </message>
    <message>
        <source>Not exempt</source>
        <translation>Non exempté</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>Indéterminé</translation>
    </message>
    <message>
        <source>Partially exempt</source>
        <translation>Partiellement exempté</translation>
    </message>
    <message>
        <source>The Act applies (no open-source exclusion)</source>
        <translation>Le règlement s&apos;applique (pas d&apos;exclusion open source)</translation>
    </message>
    <message>
        <source>Not excluded: high-risk system</source>
        <translation>Non exclu : système à haut risque</translation>
    </message>
    <message>
        <source>Not excluded: Art. 5 applies</source>
        <translation>Non exclu : l&apos;art. 5 s&apos;applique</translation>
    </message>
    <message>
        <source>Art. 50 obligations apply</source>
        <translation>Les obligations de l&apos;art. 50 s&apos;appliquent</translation>
    </message>
    <message>
        <source>Excluded under Art. 2(12)</source>
        <translation>Exclu en vertu de l&apos;art. 2, par. 12</translation>
    </message>
    <message>
        <source>Designated by the Commission as a model with systemic risk</source>
        <translation>Désigné par la Commission comme modèle présentant un risque systémique</translation>
    </message>
    <message>
        <source>Training compute above 10²⁵ FLOP: systemic risk presumed</source>
        <translation>Puissance de calcul d&apos;entraînement supérieure à 10²⁵ FLOP : risque systémique présumé</translation>
    </message>
    <message>
        <source>Not everyone can access the model freely</source>
        <translation>Tout le monde ne peut pas accéder librement au modèle</translation>
    </message>
    <message>
        <source>The licence restricts use beyond attribution and copyleft</source>
        <translation>La licence restreint l&apos;utilisation au-delà de l&apos;attribution et du copyleft</translation>
    </message>
    <message>
        <source>Research-only or non-commercial use</source>
        <translation>Utilisation limitée à la recherche ou non commerciale</translation>
    </message>
    <message>
        <source>A threshold of users or revenue</source>
        <translation>Un seuil d&apos;utilisateurs ou de chiffre d&apos;affaires</translation>
    </message>
    <message>
        <source>A separate (commercial) licence is required for some uses</source>
        <translation>Une licence distincte (commerciale) est requise pour certaines utilisations</translation>
    </message>
    <message>
        <source>Outputs may not be used to train other models</source>
        <translation>Les sorties ne peuvent pas servir à entraîner d&apos;autres modèles</translation>
    </message>
    <message>
        <source>The licensor may restrict or stop use at its discretion</source>
        <translation>Le concédant peut restreindre ou faire cesser l&apos;utilisation à sa discrétion</translation>
    </message>
    <message>
        <source>A use restriction fails the safety test of Guidelines ¶84</source>
        <translation>Une restriction d&apos;utilisation ne satisfait pas au critère de sécurité des lignes directrices, point 84</translation>
    </message>
    <message>
        <source>Modification is not free for everyone</source>
        <translation>La modification n&apos;est pas libre pour tous</translation>
    </message>
    <message>
        <source>Redistribution (also of derivatives) is not free for everyone</source>
        <translation>La redistribution (y compris des œuvres dérivées) n&apos;est pas libre pour tous</translation>
    </message>
    <message>
        <source>The model is monetised</source>
        <translation>Le modèle est monétisé</translation>
    </message>
    <message>
        <source>The weights are not (all) public</source>
        <translation>Les poids ne sont pas (tous) publics</translation>
    </message>
    <message>
        <source>Architecture information is not public</source>
        <translation>Les informations sur l&apos;architecture ne sont pas publiques</translation>
    </message>
    <message>
        <source>Usage information is incomplete</source>
        <translation>Les informations sur l&apos;utilisation sont incomplètes</translation>
    </message>
    <message>
        <source>Not released under a free and open-source licence</source>
        <translation>Non publié sous licence libre et ouverte</translation>
    </message>
    <message>
        <source>Placed on the market or put into service as high-risk</source>
        <translation>Mis sur le marché ou mis en service en tant que système à haut risque</translation>
    </message>
    <message>
        <source>Falls under a prohibited practice (Art. 5)</source>
        <translation>Relève d&apos;une pratique interdite (art. 5)</translation>
    </message>
    <message>
        <source>Falls under Art. 50 transparency obligations</source>
        <translation>Relève des obligations de transparence de l&apos;art. 50</translation>
    </message>
    <message>
        <source>No copyright policy (Art. 53(1)(c))</source>
        <translation>Pas de politique en matière de droit d&apos;auteur (art. 53, par. 1, point c))</translation>
    </message>
    <message>
        <source>No public training-content summary (Art. 53(1)(d))</source>
        <translation>Pas de résumé public du contenu d&apos;entraînement (art. 53, par. 1, point d))</translation>
    </message>
    <message>
        <source>No authorised representative (Art. 54)</source>
        <translation>Pas de mandataire (art. 54)</translation>
    </message>
    <message>
        <source>No technical documentation or downstream information (Art. 53(1)(a)-(b))</source>
        <translation>Pas de documentation technique ni d&apos;informations pour les fournisseurs en aval (art. 53, par. 1, points a) et b))</translation>
    </message>
    <message>
        <source>Art. 53(1)(a) technical documentation (Annex XI)</source>
        <translation>Art. 53, par. 1, point a) : documentation technique (annexe XI)</translation>
    </message>
    <message>
        <source>Art. 53(1)(b) information for downstream providers (Annex XII)</source>
        <translation>Art. 53, par. 1, point b) : informations pour les fournisseurs en aval (annexe XII)</translation>
    </message>
    <message>
        <source>Art. 53(1)(c) copyright policy, honouring opt-outs</source>
        <translation>Art. 53, par. 1, point c) : politique en matière de droit d&apos;auteur, respect des réserves de droits</translation>
    </message>
    <message>
        <source>Art. 53(1)(d) public summary of training content</source>
        <translation>Art. 53, par. 1, point d) : résumé public du contenu d&apos;entraînement</translation>
    </message>
    <message>
        <source>Art. 54 authorised representative in the EU</source>
        <translation>Art. 54 : mandataire établi dans l&apos;Union</translation>
    </message>
    <message>
        <source>Art. 55 obligations for models with systemic risk</source>
        <translation>Art. 55 : obligations pour les modèles présentant un risque systémique</translation>
    </message>
    <message>
        <source>Training compute estimated from the answers.</source>
        <translation>Puissance de calcul d&apos;entraînement estimée à partir des réponses.</translation>
    </message>
    <message>
        <source>The model does not show significant generality: it is not a general-purpose AI model.</source>
        <translation>Le modèle ne présente pas une généralité significative : ce n&apos;est pas un modèle d&apos;IA à usage général.</translation>
    </message>
    <message>
        <source>The model generates text, audio, images or video with significant generality.</source>
        <translation>Le modèle génère du texte, de l&apos;audio, des images ou de la vidéo avec une généralité significative.</translation>
    </message>
    <message>
        <source>Generality unknown: with more than 10²³ FLOP the model is presumed general-purpose.</source>
        <translation>Généralité inconnue : au-delà de 10²³ FLOP, le modèle est présumé à usage général.</translation>
    </message>
    <message>
        <source>Generality unknown and compute not above 10²³ FLOP: general-purpose status undecided.</source>
        <translation>Généralité inconnue et puissance de calcul ne dépassant pas 10²³ FLOP : statut d&apos;usage général non tranché.</translation>
    </message>
    <message>
        <source>The Commission designated the model as having systemic risk.</source>
        <translation>La Commission a désigné le modèle comme présentant un risque systémique.</translation>
    </message>
    <message>
        <source>Cumulative training compute above 10²⁵ FLOP: systemic risk is presumed.</source>
        <translation>Puissance de calcul cumulée d&apos;entraînement supérieure à 10²⁵ FLOP : le risque systémique est présumé.</translation>
    </message>
    <message>
        <source>The officer&apos;s finding on the 10²⁵ FLOP presumption replaces the computed band.</source>
        <translation>La constatation de l&apos;agent sur la présomption de 10²⁵ FLOP remplace la tranche calculée.</translation>
    </message>
    <message>
        <source>The Commission accepted the provider&apos;s arguments against systemic risk.</source>
        <translation>La Commission a accepté les arguments du fournisseur contre le risque systémique.</translation>
    </message>
    <message>
        <source>Compute unknown and no finding on the presumption: systemic risk not established.</source>
        <translation>Puissance de calcul inconnue et aucune constatation sur la présomption : risque systémique non établi.</translation>
    </message>
    <message>
        <source>Not everyone can access the model freely (payment, approval gate, exclusion).</source>
        <translation>Tout le monde ne peut pas accéder librement au modèle (paiement, autorisation préalable, exclusion).</translation>
    </message>
    <message>
        <source>The licence restricts use beyond attribution and copyleft.</source>
        <translation>La licence restreint l&apos;utilisation au-delà de l&apos;attribution et du copyleft.</translation>
    </message>
    <message>
        <source>A use restriction is not a specific, proportionate, safety-oriented one.</source>
        <translation>Une restriction d&apos;utilisation n&apos;est pas spécifique, proportionnée et axée sur la sécurité.</translation>
    </message>
    <message>
        <source>The licence does not let everyone modify the model freely.</source>
        <translation>La licence ne permet pas à chacun de modifier librement le modèle.</translation>
    </message>
    <message>
        <source>The licence does not let everyone redistribute the model and derivatives.</source>
        <translation>La licence ne permet pas à chacun de redistribuer le modèle et ses dérivés.</translation>
    </message>
    <message>
        <source>Derivatives must carry the provider&apos;s name or mark (borderline: legal review).</source>
        <translation>Les dérivés doivent porter le nom ou la marque du fournisseur (cas limite : examen juridique).</translation>
    </message>
    <message>
        <source>The model is monetised.</source>
        <translation>Le modèle est monétisé.</translation>
    </message>
    <message>
        <source>The weights are not (all) publicly available.</source>
        <translation>Les poids ne sont pas (tous) accessibles au public.</translation>
    </message>
    <message>
        <source>Architecture information is not public.</source>
        <translation>Les informations sur l&apos;architecture ne sont pas publiques.</translation>
    </message>
    <message>
        <source>Usage information is incomplete.</source>
        <translation>Les informations sur l&apos;utilisation sont incomplètes.</translation>
    </message>
    <message>
        <source>A use restriction is not yet judged: legal review needed.</source>
        <translation>Une restriction d&apos;utilisation n&apos;est pas encore appréciée : examen juridique nécessaire.</translation>
    </message>
    <message>
        <source>Information needed to decide is missing.</source>
        <translation>Des informations nécessaires à la décision manquent.</translation>
    </message>
    <message>
        <source>At least one condition of the exemption fails.</source>
        <translation>Au moins une condition de l&apos;exemption n&apos;est pas remplie.</translation>
    </message>
    <message>
        <source>No open-source exemption for models with systemic risk.</source>
        <translation>Pas d&apos;exemption open source pour les modèles présentant un risque systémique.</translation>
    </message>
    <message>
        <source>All conditions met: Art. 53(1)(a), (b) and 54 are waived; 53(1)(c) and (d) apply.</source>
        <translation>Toutes les conditions sont remplies : l&apos;article 53, paragraphe 1, points a) et b), et l&apos;article 54 ne s&apos;appliquent pas ; l&apos;article 53, paragraphe 1, points c) et d), s&apos;applique.</translation>
    </message>
    <message>
        <source>No copyright policy honouring text-and-data-mining opt-outs.</source>
        <translation>Pas de politique en matière de droit d&apos;auteur respectant les réserves de droits relatives à la fouille de textes et de données.</translation>
    </message>
    <message>
        <source>No public summary of the training content.</source>
        <translation>Pas de résumé public du contenu d&apos;entraînement.</translation>
    </message>
    <message>
        <source>No authorised representative in the EU.</source>
        <translation>Pas de mandataire établi dans l&apos;Union.</translation>
    </message>
    <message>
        <source>No technical documentation or downstream information.</source>
        <translation>Pas de documentation technique ni d&apos;informations pour l&apos;aval.</translation>
    </message>
    <message>
        <source>Compliance deadline from the placing-on-market date.</source>
        <translation>Échéance de mise en conformité à compter de la date de mise sur le marché.</translation>
    </message>
    <message>
        <source>The provider modified another provider&apos;s model.</source>
        <translation>Le fournisseur a modifié le modèle d&apos;un autre fournisseur.</translation>
    </message>
    <message>
        <source>The system is not free and open-source for the Act (licence or monetisation).</source>
        <translation>Le système n&apos;est pas libre et ouvert au sens du règlement (licence ou monétisation).</translation>
    </message>
    <message>
        <source>High-risk systems are not excluded.</source>
        <translation>Les systèmes à haut risque ne sont pas exclus.</translation>
    </message>
    <message>
        <source>Prohibited practices are not excluded.</source>
        <translation>Les pratiques interdites ne sont pas exclues.</translation>
    </message>
    <message>
        <source>Art. 50 transparency obligations apply to the system.</source>
        <translation>Les obligations de transparence de l&apos;article 50 s&apos;appliquent au système.</translation>
    </message>
    <message>
        <source>The system is excluded from the Regulation by Art. 2(12).</source>
        <translation>Le système est exclu du champ du règlement par l&apos;article 2, paragraphe 12.</translation>
    </message>
    <message>
        <source>questions %1</source>
        <translation>questions %1</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Draft the letter</source>
        <translation>Rédiger le courrier</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Langue du courrier</translation>
    </message>
    <message>
        <source>Legal nature</source>
        <translation>Nature juridique</translation>
    </message>
    <message>
        <source>optional, e.g. Ares(2026)1234567</source>
        <translation>facultatif, p. ex. Ares(2026)1234567</translation>
    </message>
    <message>
        <source>Registry reference</source>
        <translation>Référence d&apos;enregistrement</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Langue :</translation>
    </message>
    <message>
        <source>Legal &amp;nature:</source>
        <translation>&amp;Nature juridique :</translation>
    </message>
    <message>
        <source>&amp;Registry reference:</source>
        <translation>Référence d&apos;&amp;enregistrement :</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
</context>
<context>
    <name>DueDateDialog</name>
    <message>
        <source>Change due date</source>
        <translation>Modifier l&apos;échéance</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Modifier</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <source>This is the current due date: choose another one.</source>
        <translation>C&apos;est déjà l&apos;échéance actuelle : choisissez-en une autre.</translation>
    </message>
    <message>
        <source>Reason for the new due date</source>
        <translation>Motif de la nouvelle échéance</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Give a reason: it is kept in the audit trail.</source>
        <translation>Indiquez un motif : il est conservé dans la piste d&apos;audit.</translation>
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <source>Edit case details</source>
        <translation>Modifier le dossier</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Titre du dossier</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>The case title is empty: give the case a title.</source>
        <translation>Le titre du dossier est vide : donnez un titre au dossier.</translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <source>Attach files</source>
        <translation>Joindre des fichiers</translation>
    </message>
    <message>
        <source>Attach a folder</source>
        <translation>Joindre un dossier</translation>
    </message>
    <message>
        <source>Measuring the files…</source>
        <translation>Mesure des fichiers…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was attached.</source>
        <translation>Annulé : rien n&apos;a été joint.</translation>
    </message>
    <message>
        <source>Attached %1 item(s)</source>
        <translation>%1 élément(s) joint(s)</translation>
    </message>
    <message>
        <source>, %1 already attached</source>
        <translation>, %1 déjà joint(s)</translation>
    </message>
    <message>
        <source>, skipped %1 (version-control or linked folders)</source>
        <translation>, %1 ignoré(s) (dossiers de gestion de versions ou liens)</translation>
    </message>
    <message>
        <source>Hashing and storing evidence…</source>
        <translation>Calcul des empreintes et stockage des preuves…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>Importer le dossier d&apos;un modèle</translation>
    </message>
    <message>
        <source>Reading the model folder…</source>
        <translation>Lecture du dossier du modèle…</translation>
    </message>
    <message>
        <source>Updating the case subject…</source>
        <translation>Mise à jour de l&apos;objet du dossier…</translation>
    </message>
    <message>
        <source>Model folder (imported)</source>
        <translation>Dossier du modèle (importé)</translation>
    </message>
    <message>
        <source>Select an item to export.</source>
        <translation>Sélectionnez un élément à exporter.</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>Exporter une copie</translation>
    </message>
    <message>
        <source>Exported a copy to %1.</source>
        <translation>Copie exportée vers %1.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Export en cours…</translation>
    </message>
    <message>
        <source>Re-hashing stored evidence…</source>
        <translation>Recalcul des empreintes des preuves stockées…</translation>
    </message>
    <message>
        <source>All %1 item(s) match their SHA-256.</source>
        <translation>Les %1 élément(s) correspondent à leur SHA-256.</translation>
    </message>
    <message>
        <source>%1 item(s) FAILED verification.</source>
        <translation>ÉCHEC de la vérification pour %1 élément(s).</translation>
    </message>
    <message>
        <source>Evidence verification</source>
        <translation>Vérification des preuves</translation>
    </message>
    <message>
        <source>%1 item(s) no longer match their SHA-256:</source>
        <translation>%1 élément(s) ne correspondent plus à leur SHA-256 :</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <source>Pretty-printed: line numbers are of the formatted view, not of the file.</source>
        <translation>Mise en forme : les numéros de ligne sont ceux de la vue formatée, pas du fichier.</translation>
    </message>
    <message>
        <source>Evidence of the case</source>
        <translation>Preuves du dossier</translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>Filtrer par nom…</translation>
    </message>
    <message>
        <source>Filter evidence by name</source>
        <translation>Filtrer les preuves par nom</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Preuves</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Ajouter des fichiers…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ajouter un dossier…</translation>
    </message>
    <message>
        <source>Import model folder…</source>
        <translation>Importer le dossier d&apos;un modèle…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Vérifier</translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <translation>Exporter une copie…</translation>
    </message>
    <message>
        <source>Loading evidence…</source>
        <translation>Chargement des preuves…</translation>
    </message>
    <message>
        <source>%1 item(s), %2</source>
        <translation>%1 élément(s), %2</translation>
    </message>
    <message>
        <source> · %1 by reference only</source>
        <translation> · %1 par référence seulement</translation>
    </message>
    <message>
        <source>The bytes of %1 are missing.</source>
        <translation>Le contenu de %1 est manquant.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>Ouverture de %1…</translation>
    </message>
    <message>
        <source>Only the first %1 are shown.</source>
        <translation>Seuls les premiers %1 sont affichés.</translation>
    </message>
    <message>
        <source>No preview for %1 files. The file is never run or opened in another program.</source>
        <translation>Pas d&apos;aperçu pour les fichiers %1. Le fichier n&apos;est jamais exécuté ni ouvert dans un autre programme.</translation>
    </message>
</context>
<context>
    <name>EvidenceTableModel</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Ajouté par</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Contrôle</translation>
    </message>
    <message>
        <source>Reference only: hashed where it lies, not copied (%1)</source>
        <translation>Par référence seulement : empreinte calculée sur place, non copié (%1)</translation>
    </message>
    <message>
        <source>reference only</source>
        <translation>par référence</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>stocké</translation>
    </message>
    <message>
        <source>✓ matches</source>
        <translation>✓ conforme</translation>
    </message>
    <message>
        <source>✗ changed</source>
        <translation>✗ modifié</translation>
    </message>
    <message>
        <source>✗ missing</source>
        <translation>✗ manquant</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export case archive</source>
        <translation>Exporter l&apos;archive du dossier</translation>
    </message>
    <message>
        <source>Writes case %1 as a BagIt archive (a zip file) that anyone can check with standard tools, years from now, without Exemptio.</source>
        <translation>Enregistre le dossier %1 sous forme d&apos;archive BagIt (un fichier zip) que chacun peut vérifier avec des outils standard, même dans des années, sans Exemptio.</translation>
    </message>
    <message>
        <source>Archive file</source>
        <translation>Fichier d&apos;archive</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the archive file</source>
        <translation>Choisir le fichier d&apos;archive</translation>
    </message>
    <message>
        <source>&amp;Sign the archive (detached CMS signature)</source>
        <translation>&amp;Signer l&apos;archive (signature CMS détachée)</translation>
    </message>
    <message>
        <source>Sign the archive</source>
        <translation>Signer l&apos;archive</translation>
    </message>
    <message>
        <source>Signing key file (PKCS#12)</source>
        <translation>Fichier de clé de signature (PKCS#12)</translation>
    </message>
    <message>
        <source>PKCS#12 file (.p12)</source>
        <translation>Fichier PKCS#12 (.p12)</translation>
    </message>
    <message>
        <source>Passphrase of the signing key</source>
        <translation>Phrase secrète de la clé de signature</translation>
    </message>
    <message>
        <source>Archive &amp;file:</source>
        <translation>&amp;Fichier d&apos;archive :</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>&amp;Clé :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>P&amp;hrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exporter</translation>
    </message>
    <message>
        <source>Export the archive</source>
        <translation>Exporter l&apos;archive</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>Archives zip (*.zip)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Choisissez le fichier à écrire.</translation>
    </message>
    <message>
        <source>Choose the signing key file, or untick Sign.</source>
        <translation>Choisissez le fichier de clé de signature, ou décochez « Signer ».</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>Export de %1…</translation>
    </message>
    <message>
        <source>, signed</source>
        <translation>, signée</translation>
    </message>
    <message>
        <source>Archive of %1 written to %2 (%3 files, %4%5).</source>
        <translation>Archive de %1 écrite dans %2 (%3 fichiers, %4%5).</translation>
    </message>
    <message>
        <source>Archive exported</source>
        <translation>Archive exportée</translation>
    </message>
    <message>
        <source>Export cancelled; no archive was written.</source>
        <translation>Export annulé ; aucune archive n&apos;a été écrite.</translation>
    </message>
</context>
<context>
    <name>FlagsEditor</name>
    <message>
        <source>Not checked yet (unknown)</source>
        <translation>Pas encore vérifié (inconnu)</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Checking and importing %1…</source>
        <translation>Vérification et import de %1…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import annulé</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import annulé ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source> under the new reference %1 (it was %2)</source>
        <translation> sous la nouvelle référence %1 (auparavant %2)</translation>
    </message>
    <message>
        <source>Case %1 imported%2: %3, %4 and %5. Every file matched its checksum.</source>
        <translation>Dossier %1 importé%2 : %3, %4 et %5. Chaque fichier correspond à sa somme de contrôle.</translation>
    </message>
    <message>
        <source>evidence item</source>
        <translation>preuve</translation>
    </message>
    <message>
        <source>evidence items</source>
        <translation>preuves</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>courrier</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>courriers</translation>
    </message>
    <message>
        <source>event of history</source>
        <translation>événement d&apos;historique</translation>
    </message>
    <message>
        <source>events of history</source>
        <translation>événements d&apos;historique</translation>
    </message>
    <message>
        <source>Warning: the archive is not signed, so its origin cannot be proven. The case is marked as of unverified origin.</source>
        <translation>Attention : l&apos;archive n&apos;est pas signée, son origine ne peut donc pas être prouvée. Le dossier est marqué comme étant d&apos;origine non vérifiée.</translation>
    </message>
    <message>
        <source>Warning: the archive is signed, but no trust anchor in Settings vouches for the signer, so its origin is unverified: %1</source>
        <translation>Attention : l&apos;archive est signée, mais aucune ancre de confiance des Paramètres ne garantit le signataire ; son origine n&apos;est donc pas vérifiée : %1</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>Origine : %1</translation>
    </message>
    <message>
        <source>Archive imported</source>
        <translation>Archive importée</translation>
    </message>
    <message>
        <source>Case already here</source>
        <translation>Dossier déjà présent</translation>
    </message>
    <message>
        <source>%1

Import it as a new case? The old reference is kept in its history.</source>
        <translation>%1

L&apos;importer comme nouveau dossier ? L&apos;ancienne référence est conservée dans son historique.</translation>
    </message>
    <message>
        <source>Import as a new case</source>
        <translation>Importer comme nouveau dossier</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Échec de l&apos;import</translation>
    </message>
    <message>
        <source>%1

Nothing was imported; your data is unchanged.</source>
        <translation>%1

Rien n&apos;a été importé ; vos données sont inchangées.</translation>
    </message>
    <message>
        <source>Import case archive</source>
        <translation>Importer l&apos;archive d&apos;un dossier</translation>
    </message>
    <message>
        <source>Zip archives (*.zip);;All files (*)</source>
        <translation>Archives zip (*.zip);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Attach evidence</source>
        <translation>Joindre des preuves</translation>
    </message>
    <message>
        <source>%1 item(s): %2 (%3)</source>
        <translation>%1 élément(s) : %2 (%3)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>URL de la source</translation>
    </message>
    <message>
        <source>Retrieval date</source>
        <translation>Date de récupération</translation>
    </message>
    <message>
        <source>Weight files by reference only (hash them where they lie, do not copy)</source>
        <translation>Fichiers de poids par référence seulement (empreinte calculée sur place, sans copie)</translation>
    </message>
    <message>
        <source>Reference only (hash the files where they lie, do not copy)</source>
        <translation>Par référence seulement (empreinte des fichiers calculée sur place, sans copie)</translation>
    </message>
    <message>
        <source>Reference only</source>
        <translation>Par référence seulement</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Description :</translation>
    </message>
    <message>
        <source>Source &amp;URL:</source>
        <translation>&amp;URL de la source :</translation>
    </message>
    <message>
        <source>&amp;Retrieved on:</source>
        <translation>&amp;Récupéré le :</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Joindre</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Sign and issue the letter</source>
        <translation>Signer et émettre le courrier</translation>
    </message>
    <message>
        <source>Signing key file</source>
        <translation>Fichier de clé de signature</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the signing key file</source>
        <translation>Choisir le fichier de clé de signature</translation>
    </message>
    <message>
        <source>Passphrase of the signing key</source>
        <translation>Phrase secrète de la clé de signature</translation>
    </message>
    <message>
        <source>Function of the signatory</source>
        <translation>Fonction du signataire</translation>
    </message>
    <message>
        <source>&amp;Key file (.p12):</source>
        <translation>Fichier de &amp;clé (.p12) :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>P&amp;hrase secrète :</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>F&amp;onction :</translation>
    </message>
    <message>
        <source>The passphrase is used for this signature only and is never stored.</source>
        <translation>La phrase secrète ne sert qu&apos;à cette signature et n&apos;est jamais enregistrée.</translation>
    </message>
    <message>
        <source>Sign and issue</source>
        <translation>Signer et émettre</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <source>PKCS#12 key (*.p12 *.pfx);;All files (*)</source>
        <translation>Clé PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Réception</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Évaluation</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Relecture</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Décidé</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
    <message>
        <source>Partially exempt</source>
        <translation>Partiellement exempté</translation>
    </message>
    <message>
        <source>Not exempt</source>
        <translation>Non exempté</translation>
    </message>
    <message>
        <source>Not exempt (systemic risk)</source>
        <translation>Non exempté (risque systémique)</translation>
    </message>
    <message>
        <source>Not a GPAI model</source>
        <translation>Pas un modèle d&apos;IA à usage général</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>Indéterminé</translation>
    </message>
    <message>
        <source>Excluded (Art. 2(12))</source>
        <translation>Exclu (art. 2, par. 12)</translation>
    </message>
    <message>
        <source>AI Act applies</source>
        <translation>Le règlement sur l&apos;IA s&apos;applique</translation>
    </message>
    <message>
        <source>Not excluded (high-risk)</source>
        <translation>Non exclu (haut risque)</translation>
    </message>
    <message>
        <source>Art. 5 applies</source>
        <translation>L&apos;art. 5 s&apos;applique</translation>
    </message>
    <message>
        <source>Art. 50 applies</source>
        <translation>L&apos;art. 50 s&apos;applique</translation>
    </message>
    <message>
        <source>No outcome</source>
        <translation>Aucun résultat</translation>
    </message>
    <message>
        <source>Start intake</source>
        <translation>Commencer la réception</translation>
    </message>
    <message>
        <source>Start assessment</source>
        <translation>Commencer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>Envoyer en relecture</translation>
    </message>
    <message>
        <source>Send back to assessment</source>
        <translation>Renvoyer en évaluation</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Enregistrer la décision</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Clore le dossier</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Rouvrir</translation>
    </message>
    <message>
        <source>AI model</source>
        <translation>Modèle d&apos;IA</translation>
    </message>
    <message>
        <source>AI system</source>
        <translation>Système d&apos;IA</translation>
    </message>
    <message>
        <source>Model and system</source>
        <translation>Modèle et système</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Dossier ouvert</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Statut modifié</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Attribué</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>Délai suspendu</translation>
    </message>
    <message>
        <source>Clock resumed</source>
        <translation>Délai repris</translation>
    </message>
    <message>
        <source>Case details changed</source>
        <translation>Données du dossier modifiées</translation>
    </message>
    <message>
        <source>Outcome recorded</source>
        <translation>Résultat enregistré</translation>
    </message>
    <message>
        <source>Evidence received</source>
        <translation>Preuve reçue</translation>
    </message>
    <message>
        <source>Evidence viewed</source>
        <translation>Preuve consultée</translation>
    </message>
    <message>
        <source>Evidence exported</source>
        <translation>Preuve exportée</translation>
    </message>
    <message>
        <source>Evidence verified</source>
        <translation>Preuve vérifiée</translation>
    </message>
    <message>
        <source>Letter drafted</source>
        <translation>Courrier rédigé</translation>
    </message>
    <message>
        <source>Letter approved</source>
        <translation>Courrier approuvé</translation>
    </message>
    <message>
        <source>Letter signed and issued</source>
        <translation>Courrier signé et émis</translation>
    </message>
    <message>
        <source>Signature made long-term (LTV)</source>
        <translation>Signature rendue durable (LTV)</translation>
    </message>
    <message>
        <source>Letter superseded</source>
        <translation>Courrier remplacé</translation>
    </message>
    <message>
        <source>Checklist answer</source>
        <translation>Réponse à la liste de contrôle</translation>
    </message>
    <message>
        <source>Outcome computed</source>
        <translation>Résultat calculé</translation>
    </message>
    <message>
        <source>Checklist version set</source>
        <translation>Version de la liste de contrôle fixée</translation>
    </message>
    <message>
        <source>Case exported</source>
        <translation>Dossier exporté</translation>
    </message>
    <message>
        <source>Case imported</source>
        <translation>Dossier importé</translation>
    </message>
    <message>
        <source>Subject details changed</source>
        <translation>Données de l&apos;objet modifiées</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
</context>
<context>
    <name>LazyTab</name>
    <message>
        <source>This tab could not be opened: %1</source>
        <translation>Cet onglet n&apos;a pas pu être ouvert : %1</translation>
    </message>
</context>
<context>
    <name>LetterTableModel</name>
    <message>
        <source>No.</source>
        <translation>N°</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Legal nature</source>
        <translation>Nature juridique</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation>Rédigé par</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Émis</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Approuvé</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Remplacé</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <source>Internal assessment (note to the file)</source>
        <translation>Évaluation interne (note au dossier)</translation>
    </message>
    <message>
        <source>Letter to the provider (no legal effects)</source>
        <translation>Courrier au fournisseur (sans effets juridiques)</translation>
    </message>
    <message>
        <source>Draft decision (right to be heard)</source>
        <translation>Projet de décision (droit d&apos;être entendu)</translation>
    </message>
    <message>
        <source>Commission decision (means of redress)</source>
        <translation>Décision de la Commission (voies de recours)</translation>
    </message>
    <message>
        <source>&amp;Draft…</source>
        <translation>&amp;Rédiger…</translation>
    </message>
    <message>
        <source>Draft the determination letter</source>
        <translation>Rédiger le courrier de décision</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Approuver</translation>
    </message>
    <message>
        <source>Approve the draft by signing it with your own key</source>
        <translation>Approuver le projet en le signant avec votre propre clé</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>É&amp;mettre…</translation>
    </message>
    <message>
        <source>Sign and issue the approved letter</source>
        <translation>Signer et émettre le courrier approuvé</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>Enregistrer le &amp;PDF…</translation>
    </message>
    <message>
        <source>Save the selected letter as a PDF file</source>
        <translation>Enregistrer le courrier sélectionné en fichier PDF</translation>
    </message>
    <message>
        <source>&amp;Verify a letter…</source>
        <translation>&amp;Vérifier un courrier…</translation>
    </message>
    <message>
        <source>Verify the signature of a letter file</source>
        <translation>Vérifier la signature d&apos;un fichier de courrier</translation>
    </message>
    <message>
        <source>Letter status</source>
        <translation>État du courrier</translation>
    </message>
    <message>
        <source>Letter register</source>
        <translation>Registre des courriers</translation>
    </message>
    <message>
        <source>Draft a letter to see it here.</source>
        <translation>Rédigez un courrier pour le voir ici.</translation>
    </message>
    <message>
        <source>No letter yet: draft one from the checklist outcome.</source>
        <translation>Aucun courrier pour l&apos;instant : rédigez-en un à partir du résultat de la liste de contrôle.</translation>
    </message>
    <message>
        <source>Draft by %1, waiting for approval by another officer.</source>
        <translation>Projet de %1, en attente d&apos;approbation par un autre agent.</translation>
    </message>
    <message>
        <source>Approved by %1: ready to be signed and issued.</source>
        <translation>Approuvé par %1 : prêt à être signé et émis.</translation>
    </message>
    <message>
        <source>Issued %1, signed by %2 (%3).</source>
        <translation>Émis le %1, signé par %2 (%3).</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Rendu en cours…</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Chargement de l’aperçu…</translation>
    </message>
    <message>
        <source>This PDF cannot be shown (it may be damaged or encrypted).</source>
        <translation>Ce PDF ne peut pas être affiché (il est peut-être endommagé ou chiffré).</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>Aperçu du courrier</translation>
    </message>
    <message>
        <source>Drafting the letter…</source>
        <translation>Rédaction du courrier…</translation>
    </message>
    <message>
        <source>Opening your signing key…</source>
        <translation>Ouverture de votre clé de signature…</translation>
    </message>
    <message>
        <source>Signing the approval…</source>
        <translation>Signature de l&apos;approbation…</translation>
    </message>
    <message>
        <source>Opening the signing key…</source>
        <translation>Ouverture de la clé de signature…</translation>
    </message>
    <message>
        <source>Signing the letter…</source>
        <translation>Signature du courrier…</translation>
    </message>
    <message>
        <source>Letter issued offline</source>
        <translation>Courrier émis hors ligne</translation>
    </message>
    <message>
        <source>Save letter</source>
        <translation>Enregistrer le courrier</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>letter draft</source>
        <translation>projet de courrier</translation>
    </message>
</context>
<context>
    <name>LicenceEditor</name>
    <message>
        <source>SPDX id or LicenseRef-… (type or pick)</source>
        <translation>Identifiant SPDX ou LicenseRef-… (saisir ou choisir)</translation>
    </message>
</context>
<context>
    <name>LineNumberedText</name>
    <message>
        <source>Text with line numbers</source>
        <translation>Texte avec numéros de ligne</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Exemptio — open-source exemption cases</source>
        <translation>Exemptio — dossiers d&apos;exemption open source</translation>
    </message>
    <message>
        <source>Exemptio main window</source>
        <translation>Fenêtre principale d&apos;Exemptio</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Dossiers</translation>
    </message>
    <message>
        <source>Audit checkpoint %1 signed by %2: the trail up to event %3 is vouched for.</source>
        <translation>Point de contrôle de l&apos;audit %1 signé par %2 : la piste jusqu&apos;à l&apos;événement %3 est attestée.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Case %1 opened.</source>
        <translation>Dossier %1 ouvert.</translation>
    </message>
    <message>
        <source>Creating the case…</source>
        <translation>Création du dossier…</translation>
    </message>
    <message>
        <source>no officer set (Settings, Ctrl+,)</source>
        <translation>aucun agent défini (Paramètres, Ctrl+,)</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>Agent : %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Dossier %1</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Modifications non enregistrées</translation>
    </message>
    <message>
        <source>Some changes could not be saved. Discard them, or cancel and keep working?</source>
        <translation>Certaines modifications n’ont pas pu être enregistrées. Les abandonner, ou annuler et continuer à travailler ?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Abandonner</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>Messages</name>
    <message>
        <source>Exemptio</source>
        <translation>Exemptio</translation>
    </message>
</context>
<context>
    <name>ModelImportDialog</name>
    <message>
        <source>Import model folder</source>
        <translation>Importer le dossier d&apos;un modèle</translation>
    </message>
    <message>
        <source>Facts read from the model folder</source>
        <translation>Données lues dans le dossier du modèle</translation>
    </message>
    <message>
        <source>Subject name</source>
        <translation>Nom de l&apos;objet</translation>
    </message>
    <message>
        <source>Parameter count</source>
        <translation>Nombre de paramètres</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architecture</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Licence</translation>
    </message>
    <message>
        <source>Set the case subject to these values</source>
        <translation>Définir l&apos;objet du dossier avec ces valeurs</translation>
    </message>
    <message>
        <source>Attach the folder as evidence</source>
        <translation>Joindre le dossier comme preuve</translation>
    </message>
    <message>
        <source>Weight files by reference only (hash them where they lie, do not copy)</source>
        <translation>Fichiers de poids par référence seulement (empreinte calculée sur place, sans copie)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Confirmer</translation>
    </message>
    <message>
        <source>What the folder says (each fact names the file it came from):</source>
        <translation>Ce qu&apos;indique le dossier (chaque donnée cite son fichier d&apos;origine) :</translation>
    </message>
    <message>
        <source>Proposed case subject — check and correct before confirming:</source>
        <translation>Objet du dossier proposé — vérifiez et corrigez avant de confirmer :</translation>
    </message>
    <message>
        <source>The parameter count must be a whole number (or empty if unknown).</source>
        <translation>Le nombre de paramètres doit être un nombre entier (ou vide s&apos;il est inconnu).</translation>
    </message>
    <message>
        <source>The subject name is empty.</source>
        <translation>Le nom de l&apos;objet est vide.</translation>
    </message>
</context>
<context>
    <name>ModifierEditor</name>
    <message>
        <source>— not answered —</source>
        <translation>— sans réponse —</translation>
    </message>
    <message>
        <source>No: the provider trained the model itself</source>
        <translation>Non : le fournisseur a entraîné le modèle lui-même</translation>
    </message>
    <message>
        <source>Yes: it modified another provider&apos;s model</source>
        <translation>Oui : il a modifié le modèle d&apos;un autre fournisseur</translation>
    </message>
    <message>
        <source>base model compute, FLOP</source>
        <translation>puissance de calcul du modèle de base, FLOP</translation>
    </message>
    <message>
        <source>modification compute, FLOP</source>
        <translation>puissance de calcul de la modification, FLOP</translation>
    </message>
    <message>
        <source>Base compute</source>
        <translation>Calcul du modèle de base</translation>
    </message>
    <message>
        <source>Modification compute</source>
        <translation>Calcul de la modification</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>e.g. Llama 3.1 open-source claim</source>
        <translation>p. ex. Demande open source Llama 3.1</translation>
    </message>
    <message>
        <source>Legal name, e.g. Meta Platforms Ireland Ltd</source>
        <translation>Dénomination sociale, p. ex. Meta Platforms Ireland Ltd</translation>
    </message>
    <message>
        <source>AI model or system, e.g. Llama 3.1 8B</source>
        <translation>Modèle ou système d&apos;IA, p. ex. Llama 3.1 8B</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>facultatif</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Titre du dossier</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Fournisseur</translation>
    </message>
    <message>
        <source>Subject (AI model or system)</source>
        <translation>Objet (modèle ou système d&apos;IA)</translation>
    </message>
    <message>
        <source>Subject version</source>
        <translation>Version de l&apos;objet</translation>
    </message>
    <message>
        <source>Kind of subject</source>
        <translation>Type d&apos;objet</translation>
    </message>
    <message>
        <source>Assigned officer</source>
        <translation>Agent attributaire</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Fournisseur :</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Objet :</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version :</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>T&amp;ype :</translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation>Attri&amp;bué à :</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>É&amp;chéance :</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notes :</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Créer le dossier</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <source>e.g. 3.8e25 (empty = not stated)</source>
        <translation>p. ex. 3.8e25 (vide = non indiqué)</translation>
    </message>
</context>
<context>
    <name>OfficerForm</name>
    <message>
        <source>SURNAME Given name</source>
        <translation>NOM Prénom</translation>
    </message>
    <message>
        <source>Case officer</source>
        <translation>Agent instructeur</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Relecteur</translation>
    </message>
    <message>
        <source>Head of unit</source>
        <translation>Chef d&apos;unité</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditeur</translation>
    </message>
    <message>
        <source>e.g. AI Office, Unit A.2</source>
        <translation>p. ex. Bureau de l&apos;IA, unité A.2</translation>
    </message>
    <message>
        <source>name.surname@ec.europa.eu</source>
        <translation>prenom.nom@ec.europa.eu</translation>
    </message>
    <message>
        <source>Your role on this computer&apos;s database. On a team database a head of unit grants roles; this choice is then only a reminder.</source>
        <translation>Votre rôle dans la base de données de cet ordinateur. Sur une base de données d&apos;équipe, les rôles sont attribués par un chef d&apos;unité ; ce choix n&apos;est alors qu&apos;un rappel.</translation>
    </message>
    <message>
        <source>Officer name</source>
        <translation>Nom de l&apos;agent</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Unité</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Unité :</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;Courriel :</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>Type your name: it goes into the audit trail and onto letters.</source>
        <translation>Saisissez votre nom : il figure dans la piste d&apos;audit et sur les courriers.</translation>
    </message>
    <message>
        <source>The e-mail address needs an &apos;@&apos;.</source>
        <translation>L&apos;adresse électronique doit contenir un « @ ».</translation>
    </message>
</context>
<context>
    <name>OverviewActions</name>
    <message>
        <source>Say why the case moves back; the reason is kept in the audit trail.</source>
        <translation>Indiquez pourquoi le dossier revient en arrière ; le motif est conservé dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>not yet assessed</source>
        <translation>pas encore évalué</translation>
    </message>
    <message>
        <source>Changing the status…</source>
        <translation>Changement de statut…</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Nouveau statut</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Stop the clock</source>
        <translation>Suspendre le délai</translation>
    </message>
    <message>
        <source>Why is the clock stopped (for example: waiting for the provider&apos;s reply)? The due date moves by the days it stays stopped.</source>
        <translation>Pourquoi le délai est-il suspendu (par exemple : attente de la réponse du fournisseur) ? L&apos;échéance est reportée du nombre de jours de suspension.</translation>
    </message>
    <message>
        <source>Stop clock</source>
        <translation>Suspendre</translation>
    </message>
    <message>
        <source>Stopping the clock…</source>
        <translation>Suspension du délai…</translation>
    </message>
    <message>
        <source>Resuming the clock…</source>
        <translation>Reprise du délai…</translation>
    </message>
    <message>
        <source>Assigning…</source>
        <translation>Attribution…</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Attribuer à</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Saving the case details…</source>
        <translation>Enregistrement du dossier…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Changing the due date…</source>
        <translation>Modification de l&apos;échéance…</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Case facts</source>
        <translation>Faits du dossier</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Fournisseur :</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Objet :</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Type :</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Liste de contrôle :</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Résultat :</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>Ouvert le :</translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation>Dernière modification :</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notes :</translation>
    </message>
    <message>
        <source>Edit title and notes…</source>
        <translation>Modifier le titre et les notes…</translation>
    </message>
    <message>
        <source>Edit the title and notes of the case</source>
        <translation>Modifier le titre et les notes du dossier</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Cycle de vie</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Stop clock…</source>
        <translation>Suspendre le délai…</translation>
    </message>
    <message>
        <source>Stop the deadline clock</source>
        <translation>Suspendre le délai</translation>
    </message>
    <message>
        <source>Resume clock</source>
        <translation>Reprendre le délai</translation>
    </message>
    <message>
        <source>Resume the deadline clock</source>
        <translation>Reprendre le délai</translation>
    </message>
    <message>
        <source>Change due date…</source>
        <translation>Modifier l&apos;échéance…</translation>
    </message>
    <message>
        <source>Change the due date</source>
        <translation>Modifier l&apos;échéance</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Attribution</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Réattribuer…</translation>
    </message>
    <message>
        <source>Assign or reassign the case</source>
        <translation>Attribuer ou réattribuer le dossier</translation>
    </message>
    <message>
        <source>Assignment history</source>
        <translation>Historique des attributions</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Activité récente</translation>
    </message>
    <message>
        <source>Whole time line (Ctrl+5)</source>
        <translation>Chronologie complète (Ctrl+5)</translation>
    </message>
    <message>
        <source>Show the whole time line</source>
        <translation>Afficher toute la chronologie</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>Délai suspendu</translation>
    </message>
    <message>
        <source>not yet assessed</source>
        <translation>pas encore évalué</translation>
    </message>
    <message>
        <source>Assigned to: %1</source>
        <translation>Attribué à : %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>personne</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Attribuer…</translation>
    </message>
    <message>
        <source>Move the case to &apos;%1&apos;</source>
        <translation>Faire passer le dossier à « %1 »</translation>
    </message>
    <message>
        <source>No further steps</source>
        <translation>Aucune étape suivante</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Pas d&apos;échéance</translation>
    </message>
    <message>
        <source>Decided — no deadline running</source>
        <translation>Décidé — aucun délai en cours</translation>
    </message>
    <message>
        <source>Overdue by %1 days</source>
        <translation>En retard de %1 jours</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>%1 jours restants</translation>
    </message>
    <message>
        <source>Due date: %1</source>
        <translation>Échéance : %1</translation>
    </message>
    <message>
        <source>Clock stopped since %1; the due date moves when it is resumed.</source>
        <translation>Délai suspendu depuis le %1 ; l&apos;échéance sera reportée à la reprise.</translation>
    </message>
    <message>
        <source>Clock running.</source>
        <translation>Délai en cours.</translation>
    </message>
    <message>
        <source>Linked cases</source>
        <translation>Dossiers liés</translation>
    </message>
    <message>
        <source>Linked cases:</source>
        <translation>Dossiers liés :</translation>
    </message>
    <message>
        <source>fine-tune of</source>
        <translation>version affinée de</translation>
    </message>
    <message>
        <source>quantisation of</source>
        <translation>quantification de</translation>
    </message>
    <message>
        <source>merge of</source>
        <translation>fusion de</translation>
    </message>
    <message>
        <source>duplicate of</source>
        <translation>doublon de</translation>
    </message>
    <message>
        <source>same provider as</source>
        <translation>même fournisseur que</translation>
    </message>
    <message>
        <source>related to</source>
        <translation>lié à</translation>
    </message>
    <message>
        <source>has a fine-tune:</source>
        <translation>a une version affinée :</translation>
    </message>
    <message>
        <source>has a quantisation:</source>
        <translation>a une quantification :</translation>
    </message>
    <message>
        <source>merged into</source>
        <translation>fusionné dans</translation>
    </message>
    <message>
        <source>has a duplicate:</source>
        <translation>a un doublon :</translation>
    </message>
</context>
<context>
    <name>PDEditor</name>
    <message>
        <source>parameters, e.g. 8e9 (active parameters for MoE)</source>
        <translation>paramètres, p. ex. 8e9 (paramètres actifs pour un MoE)</translation>
    </message>
    <message>
        <source>training tokens, e.g. 15e12</source>
        <translation>jetons d&apos;entraînement, p. ex. 15e12</translation>
    </message>
    <message>
        <source>&amp;P (parameters)</source>
        <translation>&amp;P (paramètres)</translation>
    </message>
    <message>
        <source>&amp;D (tokens)</source>
        <translation>&amp;D (jetons)</translation>
    </message>
</context>
<context>
    <name>PeriodsEditor</name>
    <message>
        <source>N (chips)</source>
        <translation>N (puces)</translation>
    </message>
    <message>
        <source>L (seconds)</source>
        <translation>L (secondes)</translation>
    </message>
    <message>
        <source>H (peak FLOP/s)</source>
        <translation>H (FLOP/s de crête)</translation>
    </message>
    <message>
        <source>U (0-1)</source>
        <translation>U (0-1)</translation>
    </message>
    <message>
        <source>Hardware periods</source>
        <translation>Périodes matérielles</translation>
    </message>
    <message>
        <source>Add period</source>
        <translation>Ajouter une période</translation>
    </message>
    <message>
        <source>Remove period</source>
        <translation>Supprimer la période</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Période %1</translation>
    </message>
</context>
<context>
    <name>PickEditor</name>
    <message>
        <source>— not answered —</source>
        <translation>— sans réponse —</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Custody log of the item</source>
        <translation>Journal de conservation de l&apos;élément</translation>
    </message>
    <message>
        <source>Select an item to preview it.
Drop files or folders here to attach them.</source>
        <translation>Sélectionnez un élément pour en afficher l&apos;aperçu.
Déposez ici des fichiers ou des dossiers pour les joindre.</translation>
    </message>
    <message>
        <source>Evidence text with line numbers</source>
        <translation>Texte de la preuve avec numéros de ligne</translation>
    </message>
    <message>
        <source>&amp;Fit to pane</source>
        <translation>&amp;Ajuster au volet</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>consulté</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exporté</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>vérifié</translation>
    </message>
    <message>
        <source>%1 earlier</source>
        <translation>%1 plus anciens</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Conservation</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Taille</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Récupéré le</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Description</translation>
    </message>
    <message>
        <source>Original name</source>
        <translation>Nom d&apos;origine</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Contenu</translation>
    </message>
    <message>
        <source>reference only — hashed where it lies, not copied: %1</source>
        <translation>par référence seulement — empreinte calculée sur place, non copié : %1</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Chargement de l’aperçu…</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>Cette image ne peut pas être affichée.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 pixels</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>Aperçu PDF</translation>
    </message>
    <message>
        <source>This PDF cannot be shown (it may be damaged or encrypted).</source>
        <translation>Ce PDF ne peut pas être affiché (il est peut-être endommagé ou chiffré).</translation>
    </message>
    <message>
        <source>%1 page(s)</source>
        <translation>%1 page(s)</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Working…</source>
        <translation>Traitement en cours…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Annuler la tâche en cours</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>%1 restant</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>Question %1 sur %2</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Base juridique : %1</translation>
    </message>
    <message>
        <source>Information only: recorded, not part of the legal test.</source>
        <translation>Pour information : enregistré, mais ne fait pas partie du critère juridique.</translation>
    </message>
    <message>
        <source>&amp;Accept suggestion</source>
        <translation>&amp;Accepter la suggestion</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>Accepter la suggestion</translation>
    </message>
    <message>
        <source>&amp;Evidence cited</source>
        <translation>&amp;Preuves citées</translation>
    </message>
    <message>
        <source>Evidence cited</source>
        <translation>Preuves citées</translation>
    </message>
    <message>
        <source>No evidence attached to this case yet (Evidence tab).</source>
        <translation>Aucune preuve n&apos;est encore jointe à ce dossier (onglet Preuves).</translation>
    </message>
    <message>
        <source>N&amp;ote (e.g. LICENSE line 29, page 4)</source>
        <translation>N&amp;ote (p. ex. LICENSE ligne 29, page 4)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>%1 restriction(s) to judge</source>
        <translation>%1 restriction(s) à apprécier</translation>
    </message>
    <message>
        <source>none of them</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Suggestion</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Motif :</translation>
    </message>
    <message>
        <source>Give a reason: it is kept in the audit trail.</source>
        <translation>Indiquez un motif : il est conservé dans la piste d&apos;audit.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Save the problem report</source>
        <translation>Enregistrer le rapport de problème</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>Archive zip (*.zip)</translation>
    </message>
    <message>
        <source>Problem report saved</source>
        <translation>Rapport de problème enregistré</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>Le rapport a été enregistré sous %1.</translation>
    </message>
    <message>
        <source>It holds the application logs and version details, and no case data. Send it to the Exemptio support contact of your unit.</source>
        <translation>Il contient les journaux de l&apos;application et les détails de version, mais aucune donnée de dossier. Envoyez-le au contact d&apos;assistance Exemptio de votre unité.</translation>
    </message>
    <message>
        <source>Problem report not saved</source>
        <translation>Rapport de problème non enregistré</translation>
    </message>
    <message>
        <source>Writing the problem report…</source>
        <translation>Rédaction du rapport de problème…</translation>
    </message>
</context>
<context>
    <name>RestrictionsEditor</name>
    <message>
        <source>Not checked yet (unknown)</source>
        <translation>Pas encore vérifié (inconnu)</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Restriction</translation>
    </message>
    <message>
        <source>Use restrictions</source>
        <translation>Restrictions d&apos;utilisation</translation>
    </message>
    <message>
        <source>Add restriction</source>
        <translation>Ajouter une restriction</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>Safety-oriented</source>
        <translation>Axée sur la sécurité</translation>
    </message>
    <message>
        <source>Specific</source>
        <translation>Spécifique</translation>
    </message>
    <message>
        <source>Proportionate</source>
        <translation>Proportionnée</translation>
    </message>
    <message>
        <source>Objective, non-discriminatory</source>
        <translation>Objective, non discriminatoire</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>oui</translation>
    </message>
    <message>
        <source>no</source>
        <translation>non</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>PKCS#12 file (.p12) or PKCS#11 token</source>
        <translation>Fichier PKCS#12 (.p12) ou jeton PKCS#11</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Parcourir…</translation>
    </message>
    <message>
        <source>Choose the signing key file</source>
        <translation>Choisir le fichier de clé de signature</translation>
    </message>
    <message>
        <source>empty = the SQLite file in the data folder; or postgresql+psycopg://host/db</source>
        <translation>vide = le fichier SQLite du dossier de données ; ou postgresql+psycopg://hôte/base</translation>
    </message>
    <message>
        <source>empty = in the team database (or the data folder)</source>
        <translation>vide = dans la base de données d&apos;équipe (ou le dossier de données)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
    <message>
        <source>Choose the shared evidence folder</source>
        <translation>Choisir le dossier partagé des preuves</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>Utilisée actuellement : %1</translation>
    </message>
    <message>
        <source>The passphrase of the signing key is asked for each time you sign; it is never stored.</source>
        <translation>La phrase secrète de la clé de signature est demandée à chaque signature ; elle n&apos;est jamais enregistrée.</translation>
    </message>
    <message>
        <source>Default letter language</source>
        <translation>Langue des courriers par défaut</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Signing key location</source>
        <translation>Emplacement de la clé de signature</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>URL de la base de données</translation>
    </message>
    <message>
        <source>Shared evidence folder</source>
        <translation>Dossier partagé des preuves</translation>
    </message>
    <message>
        <source>Officer profile</source>
        <translation>Profil de l&apos;agent</translation>
    </message>
    <message>
        <source>Letters and signing</source>
        <translation>Courriers et signature</translation>
    </message>
    <message>
        <source>Default letter &amp;language:</source>
        <translation>&amp;Langue des courriers :</translation>
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation>Clé de &amp;signature :</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Dossier de données :</translation>
    </message>
    <message>
        <source>&amp;Database URL:</source>
        <translation>URL de la &amp;base :</translation>
    </message>
    <message>
        <source>S&amp;hared evidence folder:</source>
        <translation>Dossier &amp;partagé des preuves :</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Interface</translation>
    </message>
    <message>
        <source>Interface l&amp;anguage:</source>
        <translation>L&amp;angue de l&apos;interface :</translation>
    </message>
    <message>
        <source>Language, database and storage changes apply after a restart.</source>
        <translation>Les changements de langue, de base de données et de stockage s&apos;appliquent après un redémarrage.</translation>
    </message>
    <message>
        <source>The shared evidence folder must be a full path (e.g. /mnt/unit/evidence).</source>
        <translation>Le dossier partagé des preuves doit être un chemin complet (p. ex. /mnt/unit/evidence).</translation>
    </message>
    <message>
        <source>The shared evidence folder %1 does not exist or is not a folder: connect the share first.</source>
        <translation>Le dossier partagé des preuves %1 n&apos;existe pas ou n&apos;est pas un dossier : connectez d&apos;abord le partage.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <source>Empty (recommended): evidence files are kept in the team database, so one pg_dump backs up records and files together. A shared folder (the same path for every officer) suits very large evidence: back it up with the database, and choose it before evidence is stored.</source>
        <translation>Vide (recommandé) : les fichiers de preuve sont conservés dans la base de données d’équipe, de sorte qu’un seul pg_dump sauvegarde ensemble les enregistrements et les fichiers. Un dossier partagé (le même chemin pour chaque agent) convient aux preuves très volumineuses : sauvegardez-le avec la base de données, et choisissez-le avant de stocker des preuves.</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot save the settings: %1</source>
        <translation>Impossible d&apos;enregistrer les paramètres : %1</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Add files</source>
        <translation>Ajouter des fichiers</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Ajouter un dossier de fichiers</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>Importer le dossier d&apos;un modèle</translation>
    </message>
    <message>
        <source>Verify the stored evidence</source>
        <translation>Vérifier les preuves enregistrées</translation>
    </message>
    <message>
        <source>Export a copy of the selected item</source>
        <translation>Exporter une copie de l&apos;élément sélectionné</translation>
    </message>
    <message>
        <source>Draft the letter</source>
        <translation>Rédiger le courrier</translation>
    </message>
    <message>
        <source>Approve the draft</source>
        <translation>Approuver le projet</translation>
    </message>
    <message>
        <source>Sign and issue the approved letter</source>
        <translation>Signer et émettre le courrier approuvé</translation>
    </message>
    <message>
        <source>Save the selected letter as PDF</source>
        <translation>Enregistrer le courrier sélectionné en PDF</translation>
    </message>
    <message>
        <source>Verify a letter file</source>
        <translation>Vérifier un fichier de courrier</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Question précédente</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Question suivante</translation>
    </message>
    <message>
        <source>Save the answer</source>
        <translation>Enregistrer la réponse</translation>
    </message>
    <message>
        <source>Answer yes / no / partly / unknown</source>
        <translation>Répondre oui / non / en partie / inconnu</translation>
    </message>
    <message>
        <source>Go to the note field</source>
        <translation>Aller au champ de note</translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation>Ouvrir le dossier sélectionné</translation>
    </message>
    <message>
        <source>From the search box into the list</source>
        <translation>De la recherche vers la liste</translation>
    </message>
    <message>
        <source>Clear the search box</source>
        <translation>Effacer la recherche</translation>
    </message>
    <message>
        <source>Run the selected action or open the case</source>
        <translation>Exécuter l&apos;action sélectionnée ou ouvrir le dossier</translation>
    </message>
    <message>
        <source>Move through the results</source>
        <translation>Parcourir les résultats</translation>
    </message>
    <message>
        <source>Close the palette</source>
        <translation>Fermer la palette</translation>
    </message>
    <message>
        <source>Everywhere in the main window</source>
        <translation>Partout dans la fenêtre principale</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>Liste des dossiers</translation>
    </message>
    <message>
        <source>Overview tab</source>
        <translation>Onglet Synthèse</translation>
    </message>
    <message>
        <source>Evidence tab</source>
        <translation>Onglet Preuves</translation>
    </message>
    <message>
        <source>Checklist tab</source>
        <translation>Onglet Liste de contrôle</translation>
    </message>
    <message>
        <source>Letters tab</source>
        <translation>Onglet Courriers</translation>
    </message>
    <message>
        <source>Timeline tab</source>
        <translation>Onglet Chronologie</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Palette de commandes</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Raccourcis clavier</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Touches</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Unexpected error while opening the database (%1).</source>
        <translation>Erreur inattendue à l&apos;ouverture de la base de données (%1).</translation>
    </message>
    <message>
        <source>Exemptio cannot open its database</source>
        <translation>Exemptio ne peut pas ouvrir sa base de données</translation>
    </message>
    <message>
        <source>Choose another data folder or database file, or quit.</source>
        <translation>Choisissez un autre dossier de données ou fichier de base, ou quittez.</translation>
    </message>
    <message>
        <source>Choose data folder…</source>
        <translation>Choisir le dossier de données…</translation>
    </message>
    <message>
        <source>Choose database file…</source>
        <translation>Choisir le fichier de base…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Quitter</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Dossier de données</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de base de données</translation>
    </message>
    <message>
        <source>SQLite database (*.db *.sqlite);;All files (*)</source>
        <translation>Base SQLite (*.db *.sqlite);;Tous les fichiers (*)</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Unexpected error (%1). Details are in the log.</source>
        <translation>Erreur inattendue (%1). Les détails figurent dans le journal.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Message d&apos;erreur</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Strand</source>
        <translation>Volet</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Event #%1 · %2 · hash %3</source>
        <translation>Événement n° %1 · %2 · empreinte %3</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation>Attribué par</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribué</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Show events of</source>
        <translation>Afficher les événements de</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Tout</translation>
    </message>
    <message>
        <source>Case events</source>
        <translation>Événements du dossier</translation>
    </message>
    <message>
        <source>Evidence custody</source>
        <translation>Conservation des preuves</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signatures</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Courriers</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Liste de contrôle</translation>
    </message>
    <message>
        <source>Case time line</source>
        <translation>Chronologie du dossier</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Afficher :</translation>
    </message>
    <message>
        <source>%1 events, newest first</source>
        <translation>%1 événements, les plus récents d&apos;abord</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>%1 B</source>
        <translation>%1 o</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 ko</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 Mo</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 Go</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 To</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>VerifyDialog</name>
    <message>
        <source>Verify a letter</source>
        <translation>Vérifier un courrier</translation>
    </message>
    <message>
        <source>Letter file to verify</source>
        <translation>Fichier du courrier à vérifier</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>&amp;Letter (PDF):</source>
        <translation>&amp;Courrier (PDF) :</translation>
    </message>
    <message>
        <source>optional: trusted CA certificate (PEM)</source>
        <translation>facultatif : certificat d&apos;AC de confiance (PEM)</translation>
    </message>
    <message>
        <source>Trusted certificate authority</source>
        <translation>Autorité de certification de confiance</translation>
    </message>
    <message>
        <source>&amp;Trust anchor:</source>
        <translation>&amp;Ancre de confiance :</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Signataire</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Approuvé par</translation>
    </message>
    <message>
        <source>Four eyes</source>
        <translation>Principe des quatre yeux</translation>
    </message>
    <message>
        <source>Signing time</source>
        <translation>Heure de signature</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Niveau</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Intégrité</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Confiance</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Couverture</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Vérifier</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Courrier</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Vérification…</translation>
    </message>
    <message>
        <source>Verifying the letter…</source>
        <translation>Vérification du courrier…</translation>
    </message>
    <message>
        <source>shown: approved by %1, issued by %2 (two different certificates)</source>
        <translation>établi : approuvée par %1, émise par %2 (deux certificats différents)</translation>
    </message>
    <message>
        <source>not shown: the letter carries no approval signature</source>
        <translation>non établi : la lettre ne porte aucune signature d&apos;approbation</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>intact</translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation>MODIFIÉ</translation>
    </message>
    <message>
        <source>not checked (choose a trust anchor)</source>
        <translation>non vérifiée (choisissez une ancre de confiance)</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>de confiance</translation>
    </message>
    <message>
        <source>NOT trusted</source>
        <translation>PAS de confiance</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>fichier entier</translation>
    </message>
    <message>
        <source>NOT the whole file</source>
        <translation>PAS le fichier entier</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Exemptio</source>
        <translation>Bienvenue dans Exemptio</translation>
    </message>
    <message>
        <source>Exemptio logo</source>
        <translation>Logo d&apos;Exemptio</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to Exemptio&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bienvenue dans Exemptio&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Exemptio helps you assess whether an AI model or system that its provider calls “open source” qualifies for the exemptions of the AI Act (Articles 2(12), 53(2) and 54(6)). It works offline. Tell it who you are; everything here can be changed later in Settings.</source>
        <translation>Exemptio vous aide à déterminer si un modèle ou un système d&apos;IA que son fournisseur qualifie d&apos;« open source » remplit les conditions des exemptions prévues par le règlement sur l&apos;IA (article 2, paragraphe 12, article 53, paragraphe 2, et article 54, paragraphe 6). Il fonctionne hors ligne. Indiquez qui vous êtes ; tout ce qui figure ici peut être modifié ultérieurement dans les paramètres.</translation>
    </message>
    <message>
        <source>Your officer profile</source>
        <translation>Votre profil d&apos;agent</translation>
    </message>
    <message>
        <source>optional: your PKCS#12 file (.p12 or .pfx)</source>
        <translation>facultatif : votre fichier PKCS#12 (.p12 ou .pfx)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>Choose the signing key file</source>
        <translation>Choisir le fichier de clé de signature</translation>
    </message>
    <message>
        <source>used only to check the key now; never stored</source>
        <translation>sert uniquement à vérifier la clé maintenant ; jamais enregistrée</translation>
    </message>
    <message>
        <source>C&amp;heck key</source>
        <translation>&amp;Vérifier la clé</translation>
    </message>
    <message>
        <source>Check the signing key</source>
        <translation>Vérifier la clé de signature</translation>
    </message>
    <message>
        <source>Keep a copy of the key file in the data folder (recommended)</source>
        <translation>Conserver une copie du fichier de clé dans le dossier de données (recommandé)</translation>
    </message>
    <message>
        <source>The copy stays encrypted with your passphrase and is readable only by you. Signing then keeps working when the USB stick or folder the key came from is gone.</source>
        <translation>La copie reste chiffrée avec votre phrase secrète et n&apos;est lisible que par vous. La signature continue ainsi de fonctionner lorsque la clé USB ou le dossier d&apos;origine de la clé n&apos;est plus disponible.</translation>
    </message>
    <message>
        <source>Signing key for letters</source>
        <translation>Clé de signature des courriers</translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation>&amp;Fichier de clé :</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>P&amp;hrase secrète :</translation>
    </message>
    <message>
        <source>On this computer (an embedded database in the data folder)</source>
        <translation>Sur cet ordinateur (une base de données intégrée dans le dossier de données)</translation>
    </message>
    <message>
        <source>A team database server (PostgreSQL), used from the next start:</source>
        <translation>Un serveur de base de données d&apos;équipe (PostgreSQL), utilisé à partir du prochain démarrage :</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Test the team database connection</source>
        <translation>Tester la connexion à la base de données d&apos;équipe</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Dossier de données : %1</translation>
    </message>
    <message>
        <source>Where cases are kept</source>
        <translation>Où les dossiers sont conservés</translation>
    </message>
    <message>
        <source>Add a few fictional demo cases to explore</source>
        <translation>Ajouter quelques dossiers de démonstration fictifs pour découvrir l&apos;application</translation>
    </message>
    <message>
        <source>Their providers are called “Fictional …”; delete them when done.</source>
        <translation>Leurs fournisseurs s&apos;appellent « Fictional … » ; supprimez-les lorsque vous avez terminé.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Démarrer</translation>
    </message>
    <message>
        <source>Signing key file</source>
        <translation>Fichier de clé de signature</translation>
    </message>
    <message>
        <source>Signing key passphrase</source>
        <translation>Phrase secrète de la clé de signature</translation>
    </message>
    <message>
        <source>Keep a copy of the key</source>
        <translation>Conserver une copie de la clé</translation>
    </message>
    <message>
        <source>Embedded database</source>
        <translation>Base de données intégrée</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Base de données d&apos;équipe</translation>
    </message>
    <message>
        <source>Team database URL</source>
        <translation>URL de la base de données d&apos;équipe</translation>
    </message>
    <message>
        <source>Add demo cases</source>
        <translation>Ajouter des dossiers de démonstration</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Commencer</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Ignorer pour l&apos;instant</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Clé de signature</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 (*.p12 *.pfx);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Choose the key file first.</source>
        <translation>Choisissez d&apos;abord le fichier de clé.</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>Vérification de la clé…</translation>
    </message>
    <message>
        <source>✓ %1 — valid until %2 (%3 days); %4.</source>
        <translation>✓ %1 — valable jusqu&apos;au %2 (%3 jours) ; %4.</translation>
    </message>
    <message>
        <source>The key could not be checked.</source>
        <translation>La clé n&apos;a pas pu être vérifiée.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>Connecting to the team database…</source>
        <translation>Connexion à la base de données d&apos;équipe…</translation>
    </message>
    <message>
        <source>The team database URL starts with postgresql:// or postgresql+psycopg://.</source>
        <translation>L&apos;URL de la base de données d&apos;équipe commence par postgresql:// ou postgresql+psycopg://.</translation>
    </message>
    <message>
        <source>Cannot save the settings: %1</source>
        <translation>Impossible d&apos;enregistrer les paramètres : %1</translation>
    </message>
    <message>
        <source>Discard the profile?</source>
        <translation>Abandonner le profil ?</translation>
    </message>
    <message>
        <source>Skip without saving the name, unit, e-mail and key you typed?</source>
        <translation>Passer sans enregistrer le nom, l&apos;unité, l&apos;adresse électronique et la clé saisis ?</translation>
    </message>
    <message>
        <source>Discard and skip</source>
        <translation>Abandonner et passer</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Continuer la saisie</translation>
    </message>
    <message>
        <source>Adding demo cases…</source>
        <translation>Ajout des dossiers de démonstration…</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>Open a new case</source>
        <translation>Ouvrir un nouveau dossier</translation>
    </message>
    <message>
        <source>&amp;Import archive…</source>
        <translation>&amp;Importer une archive…</translation>
    </message>
    <message>
        <source>Import a case archive</source>
        <translation>Importer l&apos;archive d&apos;un dossier</translation>
    </message>
    <message>
        <source>&amp;Export archive…</source>
        <translation>&amp;Exporter une archive…</translation>
    </message>
    <message>
        <source>Export the current case as an archive</source>
        <translation>Exporter le dossier courant sous forme d&apos;archive</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Officer profile and settings</source>
        <translation>Profil de l&apos;agent et paramètres</translation>
    </message>
    <message>
        <source>Sign audit &amp;checkpoint…</source>
        <translation>Signer un point de &amp;contrôle de l&apos;audit…</translation>
    </message>
    <message>
        <source>Sign the end of the audit trail with the unit&apos;s key</source>
        <translation>Signer la fin de la piste d&apos;audit avec la clé de l&apos;unité</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Quit Exemptio</source>
        <translation>Quitter Exemptio</translation>
    </message>
    <message>
        <source>&amp;Find cases</source>
        <translation>&amp;Rechercher des dossiers</translation>
    </message>
    <message>
        <source>Search the case list</source>
        <translation>Rechercher dans la liste des dossiers</translation>
    </message>
    <message>
        <source>Command &amp;palette…</source>
        <translation>&amp;Palette de commandes…</translation>
    </message>
    <message>
        <source>Find any action or case by typing</source>
        <translation>Trouver une action ou un dossier en tapant</translation>
    </message>
    <message>
        <source>Case &amp;list</source>
        <translation>&amp;Liste des dossiers</translation>
    </message>
    <message>
        <source>Show the case list</source>
        <translation>Afficher la liste des dossiers</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Show the dashboard</source>
        <translation>Afficher le tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Reload from the database</source>
        <translation>Recharger depuis la base de données</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Onglet suivant</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Onglet précédent</translation>
    </message>
    <message>
        <source>&amp;Open selected case</source>
        <translation>&amp;Ouvrir le dossier sélectionné</translation>
    </message>
    <message>
        <source>Open the case selected in the list</source>
        <translation>Ouvrir le dossier sélectionné dans la liste</translation>
    </message>
    <message>
        <source>&amp;Close case tab</source>
        <translation>&amp;Fermer l&apos;onglet du dossier</translation>
    </message>
    <message>
        <source>Close the current case tab</source>
        <translation>Fermer l&apos;onglet du dossier courant</translation>
    </message>
    <message>
        <source>Start assessment</source>
        <translation>Commencer l&apos;évaluation</translation>
    </message>
    <message>
        <source>Send back to assessment…</source>
        <translation>Renvoyer en évaluation…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Rouvrir…</translation>
    </message>
    <message>
        <source>Assign / reassign…</source>
        <translation>Attribuer / réattribuer…</translation>
    </message>
    <message>
        <source>Stop the clock…</source>
        <translation>Suspendre le délai…</translation>
    </message>
    <message>
        <source>Resume the clock</source>
        <translation>Reprendre le délai</translation>
    </message>
    <message>
        <source>Change due date…</source>
        <translation>Modifier l&apos;échéance…</translation>
    </message>
    <message>
        <source>Edit title and notes…</source>
        <translation>Modifier le titre et les notes…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Raccourcis clavier</translation>
    </message>
    <message>
        <source>&amp;About Exemptio</source>
        <translation>À &amp;propos d&apos;Exemptio</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>&amp;Signaler un problème…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Dossier</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Barre d&apos;outils principale</translation>
    </message>
    <message>
        <source>“%1” is not possible for this case now.</source>
        <translation>« %1 » n&apos;est pas possible pour ce dossier maintenant.</translation>
    </message>
</context>
<context>
    <name>WorkloadTable</name>
    <message>
        <source>Open cases by officer</source>
        <translation>Dossiers ouverts par agent</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Agent</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Ouverts</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Échéance sous 7 jours</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>Délai suspendu</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non attribué</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Refused: {item}: it is nested too deeply to read</source>
        <translation>Refusé : {item} : imbrication trop profonde pour être lu</translation>
    </message>
    <message>
        <source>Refused: it is nested too deeply to read</source>
        <translation>Refusé : imbrication trop profonde pour être lu</translation>
    </message>
    <message>
        <source>Refused: it is too large to read</source>
        <translation>Refusé : trop volumineux pour être lu</translation>
    </message>
    <message>
        <source>Refused: it is not valid UTF-8 text</source>
        <translation>Refusé : ce n&apos;est pas un texte UTF-8 valide</translation>
    </message>
    <message>
        <source>Refused: it cannot be read or written ({reason})</source>
        <translation>Refusé : lecture ou écriture impossible ({reason})</translation>
    </message>
    <message>
        <source>Refused: it is damaged or not a readable zip ({reason})</source>
        <translation>Refusé : fichier endommagé ou archive zip illisible ({reason})</translation>
    </message>
    <message>
        <source>Refused: it is not valid JSON ({reason} at line {line}, column {column})</source>
        <translation>Refusé : JSON non valide ({reason} à la ligne {line}, colonne {column})</translation>
    </message>
    <message>
        <source>Refused: it cannot be read ({reason})</source>
        <translation>Refusé : lecture impossible ({reason})</translation>
    </message>
    <message>
        <source>Refused: the disk is full (no space left on the device for {item}); free some space and try again</source>
        <translation>Refusé : le disque est plein (plus d&apos;espace libre sur le périphérique pour {item}) ; libérez de l&apos;espace et réessayez</translation>
    </message>
    <message>
        <source>Refused: the database is damaged ({detail}); nothing was changed. Restore a backup copy (exemptio.db.backup-* beside the database)</source>
        <translation>Refusé : la base de données est endommagée ({detail}) ; rien n&apos;a été modifié. Restaurez une copie de sauvegarde (exemptio.db.backup-* à côté de la base de données)</translation>
    </message>
    <message>
        <source>Refused: {item}: it is too large to read</source>
        <translation>Refusé : {item} : trop volumineux pour être lu</translation>
    </message>
    <message>
        <source>Refused: {item}: it is not valid UTF-8 text</source>
        <translation>Refusé : {item} : ce n&apos;est pas un texte UTF-8 valide</translation>
    </message>
    <message>
        <source>Refused: {item}: it cannot be read or written ({reason})</source>
        <translation>Refusé : {item} : lecture ou écriture impossible ({reason})</translation>
    </message>
    <message>
        <source>Refused: {item}: it is damaged or not a readable zip ({reason})</source>
        <translation>Refusé : {item} : fichier endommagé ou archive zip illisible ({reason})</translation>
    </message>
    <message>
        <source>Refused: {item}: it is not valid JSON ({reason} at line {line}, column {column})</source>
        <translation>Refusé : {item} : JSON non valide ({reason} à la ligne {line}, colonne {column})</translation>
    </message>
    <message>
        <source>Refused: {item}: it cannot be read ({reason})</source>
        <translation>Refusé : {item} : lecture impossible ({reason})</translation>
    </message>
    <message>
        <source>Refused: the disk is full (no space left on the device); free some space and try again</source>
        <translation>Refusé : le disque est plein (plus d&apos;espace libre sur le périphérique) ; libérez de l&apos;espace et réessayez</translation>
    </message>
    <message>
        <source>interrupted; nothing half-written was kept</source>
        <translation>interrompu ; rien d&apos;écrit à moitié n&apos;a été conservé</translation>
    </message>
    <message>
        <source>unexpected error ({error}); details are in the log</source>
        <translation>erreur inattendue ({error}) ; les détails figurent dans le journal</translation>
    </message>
    <message>
        <source>Refused: {item}: {size} bytes, at most {limit} are read</source>
        <translation>Refusé : {item} : {size} octets, {limit} au plus sont lus</translation>
    </message>
    <message>
        <source>Refused: {item}: nested more than {limit} levels deep</source>
        <translation>Refusé : {item} : plus de {limit} niveaux d&apos;imbrication</translation>
    </message>
    <message>
        <source>Refused: {item}: more than {limit} values</source>
        <translation>Refusé : {item} : plus de {limit} valeurs</translation>
    </message>
    <message>
        <source>Refused: {item}: a text of {length} characters at {path}, at most {limit} are allowed</source>
        <translation>Refusé : {item} : un texte de {length} caractères à {path}, {limit} au plus sont admis</translation>
    </message>
    <message>
        <source>Refused: {item}: {path} is not a finite number</source>
        <translation>Refusé : {item} : {path} n&apos;est pas un nombre fini</translation>
    </message>
    <message>
        <source>Refused: {item}: {path} must be {expected}, not {found}</source>
        <translation>Refusé : {item} : {path} doit être {expected}, et non {found}</translation>
    </message>
    <message>
        <source>Refused: {item}: {path} is missing</source>
        <translation>Refusé : {item} : {path} est absent</translation>
    </message>
    <message>
        <source>Refused: {item}: the key {key} appears twice in one object</source>
        <translation>Refusé : {item} : la clé {key} apparaît deux fois dans un même objet</translation>
    </message>
    <message>
        <source>Refused: {item}: it is not UTF-8 text</source>
        <translation>Refusé : {item} : ce n&apos;est pas un texte UTF-8</translation>
    </message>
    <message>
        <source>Refused: a text is longer than the database allows ({detail}); nothing was saved</source>
        <translation>Refusé : un texte dépasse la longueur admise par la base de données ({detail}) ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>Refused: the database is damaged ({detail}); nothing was changed</source>
        <translation>Refusé : la base de données est endommagée ({detail}) ; rien n&apos;a été modifié</translation>
    </message>
    <message>
        <source>Refused: the database did not accept the operation ({detail}); nothing was saved</source>
        <translation>Refusé : la base de données n&apos;a pas accepté l&apos;opération ({detail}) ; rien n&apos;a été enregistré</translation>
    </message>
    <message>
        <source>Refused: the database file {path} is empty (0 bytes) while the evidence store beside it holds files: it was emptied or truncated, and starting afresh would hide every case. Nothing was changed; restore the newest backup copy ({backups})</source>
        <translation>Refusé : le fichier de base de données {path} est vide (0 octet) alors que le dépôt de pièces à côté contient des fichiers : il a été vidé ou tronqué, et repartir de zéro masquerait tous les dossiers. Rien n&apos;a été modifié ; restaurez la copie de sauvegarde la plus récente ({backups})</translation>
    </message>
    <message>
        <source>Refused: the database file {path} is damaged ({detail}). Nothing was changed; restore the newest backup copy ({backups})</source>
        <translation>Refusé : le fichier de base de données {path} est endommagé ({detail}). Rien n&apos;a été modifié ; restaurez la copie de sauvegarde la plus récente ({backups})</translation>
    </message>
    <message>
        <source>Cannot create the data folder {folder}: {reason}</source>
        <translation>Impossible de créer le dossier de données {folder} : {reason}</translation>
    </message>
    <message>
        <source>The database schema is not up to date: run &apos;exemptio db upgrade&apos;.</source>
        <translation>Le schéma de la base de données n&apos;est pas à jour : exécutez &apos;exemptio db upgrade&apos;.</translation>
    </message>
    <message>
        <source>The database file {path} cannot be written (permission denied).</source>
        <translation>Le fichier de base de données {path} ne peut pas être écrit (permission refusée).</translation>
    </message>
    <message>
        <source>The database path {path} is a folder, not a file.</source>
        <translation>Le chemin de la base de données {path} est un dossier, et non un fichier.</translation>
    </message>
    <message>
        <source>The database file {path} cannot be read: {reason}.</source>
        <translation>Le fichier de base de données {path} ne peut pas être lu : {reason}.</translation>
    </message>
    <message>
        <source>The file {path} is not an Exemptio database (it is not SQLite).</source>
        <translation>Le fichier {path} n&apos;est pas une base de données Exemptio (ce n&apos;est pas un fichier SQLite).</translation>
    </message>
    <message>
        <source>Cannot create the database in {folder}: permission denied.</source>
        <translation>Impossible de créer la base de données dans {folder} : permission refusée.</translation>
    </message>
    <message>
        <source>The text contains a NUL character (\0), which the team database cannot store; remove it and try again. Nothing was saved.</source>
        <translation>Le texte contient un caractère NUL (\0), que la base de données de l&apos;équipe ne peut pas stocker ; supprimez-le et réessayez. Rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Cannot reach the team database {where} ({reason}). Nothing of this change was saved; try again when the server is back, or keep working on a local database (--db or EXEMPTIO_DB).</source>
        <translation>Impossible de joindre la base de données de l&apos;équipe {where} ({reason}). Rien de cette modification n&apos;a été enregistré ; réessayez quand le serveur sera de nouveau disponible, ou travaillez sur une base de données locale (--db ou EXEMPTIO_DB).</translation>
    </message>
    <message>
        <source>The team database is busy: another change has held it for over 30 seconds. Nothing of this change was saved; try again in a moment.</source>
        <translation>La base de données de l&apos;équipe est occupée : une autre modification la bloque depuis plus de 30 secondes. Rien de cette modification n&apos;a été enregistré ; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>{entity} was changed by someone else after you opened it{detail}; your change was not saved. Reload and try again.</source>
        <translation>{entity} a été modifié par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouvert{detail} ; votre modification n&apos;a pas été enregistrée. Rechargez et réessayez.</translation>
    </message>
    <message>
        <source>{entity} was changed by someone else after you opened it{detail}: {changed_by} ({action}, {changed_at}). Your change was not saved; reload to see their change, then try again.</source>
        <translation>{entity} a été modifié par quelqu&apos;un d&apos;autre depuis que vous l&apos;avez ouvert{detail} : {changed_by} ({action}, {changed_at}). Votre modification n&apos;a pas été enregistrée ; rechargez pour voir sa modification, puis réessayez.</translation>
    </message>
    <message>
        <source>Type the team database URL first.</source>
        <translation>Saisissez d&apos;abord l&apos;URL de la base de données de l&apos;équipe.</translation>
    </message>
    <message>
        <source>The team database URL starts with postgresql:// or postgresql+psycopg://.</source>
        <translation>L&apos;URL de la base de données de l&apos;équipe commence par postgresql:// ou postgresql+psycopg://.</translation>
    </message>
    <message>
        <source>This is not a database URL SQLAlchemy understands: {reason}</source>
        <translation>Ce n&apos;est pas une URL de base de données que SQLAlchemy comprend : {reason}</translation>
    </message>
    <message>
        <source>This database already holds other tables: it is not an Exemptio database. Ask for an empty database or the team&apos;s Exemptio database.</source>
        <translation>Cette base de données contient déjà d&apos;autres tables : ce n&apos;est pas une base de données Exemptio. Demandez une base de données vide ou la base de données Exemptio de l&apos;équipe.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name for the report.</source>
        <translation>{path} est un dossier ; choisissez un nom de fichier pour le rapport.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Cannot write the report {path}: {reason}</source>
        <translation>Impossible d&apos;écrire le rapport {path} : {reason}</translation>
    </message>
    <message>
        <source>No archive at {path}.</source>
        <translation>Aucune archive à l&apos;emplacement {path}.</translation>
    </message>
    <message>
        <source>Refused: {name} is not a complete zip file ({reason}).</source>
        <translation>Refusé : {name} n&apos;est pas un fichier zip complet ({reason}).</translation>
    </message>
    <message>
        <source>Refused: &apos;{name}&apos; is too large ({size} bytes).</source>
        <translation>Refusé : &apos;{name}&apos; est trop volumineux ({size} octets).</translation>
    </message>
    <message>
        <source>Refused: &apos;{name}&apos; cannot be read ({reason}).</source>
        <translation>Refusé : &apos;{name}&apos; ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <source>Refused: &apos;{name}&apos; cannot be read.</source>
        <translation>Refusé : &apos;{name}&apos; ne peut pas être lu.</translation>
    </message>
    <message>
        <source>Refused: unsupported BagIt version &apos;{version}&apos;.</source>
        <translation>Refusé : version BagIt non prise en charge &apos;{version}&apos;.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Annulé ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Export cancelled; no archive was written.</source>
        <translation>Export annulé ; aucune archive n&apos;a été écrite.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the zip file to write.</source>
        <translation>{path} est un dossier ; indiquez le nom du fichier zip à écrire.</translation>
    </message>
    <message>
        <source>The stored bytes of {name} are damaged (expected SHA-256 {expected}…, found {found}…); run &apos;exemptio evidence verify&apos;.</source>
        <translation>Les octets enregistrés de {name} sont endommagés (SHA-256 attendu {expected}…, trouvé {found}…) ; vérifiez les pièces (exemptio evidence verify).</translation>
    </message>
    <message>
        <source>Cannot write the archive {name} in {folder}: the disk is full; no archive was written.</source>
        <translation>Impossible d&apos;écrire l&apos;archive {name} dans {folder} : le disque est plein ; aucune archive n&apos;a été écrite.</translation>
    </message>
    <message>
        <source>Cannot write the archive {name} in {folder}: the disk quota is used up; no archive was written.</source>
        <translation>Impossible d&apos;écrire l&apos;archive {name} dans {folder} : le quota disque est épuisé ; aucune archive n&apos;a été écrite.</translation>
    </message>
    <message>
        <source>Cannot write the archive {name} in {folder}: {reason}; no archive was written.</source>
        <translation>Impossible d&apos;écrire l&apos;archive {name} dans {folder} : {reason} ; aucune archive n&apos;a été écrite.</translation>
    </message>
    <message>
        <source>The stored bytes of {name} are missing from the evidence store ({sha}…); run &apos;exemptio evidence verify&apos;.</source>
        <translation>Les octets enregistrés de {name} manquent dans le dépôt de pièces ({sha}…) ; vérifiez les pièces (exemptio evidence verify).</translation>
    </message>
    <message>
        <source>Cannot create the staging folder in {folder}: {reason}</source>
        <translation>Impossible de créer le dossier de préparation dans {folder} : {reason}</translation>
    </message>
    <message>
        <source>Case {reference} already exists here; nothing was imported. Use --as-new to import it under a new reference.</source>
        <translation>Le dossier {reference} existe déjà ici ; rien n&apos;a été importé. Utilisez --as-new pour l&apos;importer sous une nouvelle référence.</translation>
    </message>
    <message>
        <source>The bytes of {sha}… changed in the staging folder; nothing was imported.</source>
        <translation>Les octets de {sha}… ont changé dans le dossier de préparation ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Refused: the archive&apos;s case data does not fit this database ({reason}); nothing was imported.</source>
        <translation>Refusé : les données du dossier contenues dans l&apos;archive ne conviennent pas à cette base de données ({reason}) ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Import failed, nothing was imported: {reason}</source>
        <translation>L&apos;import a échoué, rien n&apos;a été importé : {reason}</translation>
    </message>
    <message>
        <source>No case with reference &apos;{reference}&apos;.</source>
        <translation>Aucun dossier portant la référence &apos;{reference}&apos;.</translation>
    </message>
    <message>
        <source>The imported audit history of {reference} was changed in the store.</source>
        <translation>L&apos;historique d&apos;audit importé de {reference} a été modifié dans le dépôt.</translation>
    </message>
    <message>
        <source>The imported audit history of {reference} is missing from the evidence store.</source>
        <translation>L&apos;historique d&apos;audit importé de {reference} manque dans le dépôt de pièces.</translation>
    </message>
    <message>
        <source>The archive was not signed: the signing key {key}: {reason}</source>
        <translation>L&apos;archive n&apos;a pas été signée : la clé de signature {key} : {reason}</translation>
    </message>
    <message>
        <source>Cannot read the signing key {key}: {reason}</source>
        <translation>Impossible de lire la clé de signature {key} : {reason}</translation>
    </message>
    <message>
        <source>Cannot open the signing key {key}: wrong passphrase or not a PKCS#12 file.</source>
        <translation>Impossible d&apos;ouvrir la clé de signature {key} : phrase secrète erronée ou fichier autre que PKCS#12.</translation>
    </message>
    <message>
        <source>The signing key file {key} holds no key and certificate.</source>
        <translation>Le fichier de clé de signature {key} ne contient ni clé ni certificat.</translation>
    </message>
    <message>
        <source>the time-stamp server {url} did not give a timestamp ({reason})</source>
        <translation>le serveur d&apos;horodatage {url} n&apos;a pas fourni d&apos;horodatage ({reason})</translation>
    </message>
    <message>
        <source>Refused: tagmanifest-sha512.txt.p7s: {reason}.</source>
        <translation>Refusé : tagmanifest-sha512.txt.p7s : {reason}.</translation>
    </message>
    <message>
        <source>Refused: &apos;{name}&apos; expands {ratio} times (a zip bomb?); the limit is {limit}.</source>
        <translation>Refusé : &apos;{name}&apos; se décompresse {ratio} fois plus grand (une bombe zip ?) ; la limite est de {limit}.</translation>
    </message>
    <message>
        <source>Refused: the sizes recorded for &apos;{name}&apos; do not agree.</source>
        <translation>Refusé : les tailles enregistrées pour &apos;{name}&apos; ne concordent pas.</translation>
    </message>
    <message>
        <source>Refused: &apos;{name}&apos; is outside the bag&apos;s top folder.</source>
        <translation>Refusé : &apos;{name}&apos; se trouve hors du dossier principal du paquet.</translation>
    </message>
    <message>
        <source>Refused: the archive must hold exactly one top folder, it holds {count}.</source>
        <translation>Refusé : l&apos;archive doit contenir exactement un dossier principal, elle en contient {count}.</translation>
    </message>
    <message>
        <source>Refused: the archive would expand to {size} bytes (the limit is {limit}).</source>
        <translation>Refusé : l&apos;archive occuperait {size} octets une fois décompressée (la limite est de {limit}).</translation>
    </message>
    <message>
        <source>Not enough free disk space to import: about {need} bytes needed (checked copy and stored copy), {free} free; nothing was imported.</source>
        <translation>Espace disque insuffisant pour l&apos;import : environ {need} octets nécessaires (copie vérifiée et copie enregistrée), {free} libres ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Refused: the bag has no SHA-256 manifest; it was not made by Exemptio.</source>
        <translation>Refusé : le paquet n&apos;a pas de manifeste SHA-256 ; il n&apos;a pas été créé par Exemptio.</translation>
    </message>
    <message>
        <source>Refused: the bag has no data/case.json or data/audit.jsonl.</source>
        <translation>Refusé : le paquet ne contient ni data/case.json ni data/audit.jsonl.</translation>
    </message>
    <message>
        <source>Refused: data/case.json is too large.</source>
        <translation>Refusé : data/case.json est trop volumineux.</translation>
    </message>
    <message>
        <source>Refused: data/case.json is not valid JSON ({reason}).</source>
        <translation>Refusé : data/case.json n&apos;est pas un JSON valide ({reason}).</translation>
    </message>
    <message>
        <source>Refused: data/case.json is not a case.</source>
        <translation>Refusé : data/case.json n&apos;est pas un dossier.</translation>
    </message>
    <message>
        <source>Refused: case.json names &apos;{path}&apos;, which is not in the archive.</source>
        <translation>Refusé : case.json mentionne &apos;{path}&apos;, qui ne figure pas dans l&apos;archive.</translation>
    </message>
    <message>
        <source>Refused: &apos;{path}&apos; does not have the SHA-256 case.json gives for it.</source>
        <translation>Refusé : &apos;{path}&apos; n&apos;a pas le SHA-256 que case.json indique pour lui.</translation>
    </message>
    <message>
        <source>Refused: case.json contradicts the audit trail: {problem}; nothing was imported.</source>
        <translation>Refusé : case.json contredit la piste d&apos;audit : {problem} ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Refused: &apos;{path}&apos; is in the archive but case.json does not name it.</source>
        <translation>Refusé : &apos;{path}&apos; figure dans l&apos;archive mais case.json ne le mentionne pas.</translation>
    </message>
    <message>
        <source>Refused: provenance.json is not valid JSON.</source>
        <translation>Refusé : provenance.json n&apos;est pas un JSON valide.</translation>
    </message>
    <message>
        <source>Refused: provenance.json is malformed.</source>
        <translation>Refusé : provenance.json est mal formé.</translation>
    </message>
    <message>
        <source>Refused: audit.jsonl line {line} is not JSON.</source>
        <translation>Refusé : la ligne {line} de audit.jsonl n&apos;est pas du JSON.</translation>
    </message>
    <message>
        <source>Refused: audit.jsonl line {line} is not an event.</source>
        <translation>Refusé : la ligne {line} de audit.jsonl n&apos;est pas un événement.</translation>
    </message>
    <message>
        <source>Refused: audit.jsonl event {event}: its hash does not match its content.</source>
        <translation>Refusé : audit.jsonl, événement {event} : son empreinte ne correspond pas à son contenu.</translation>
    </message>
    <message>
        <source>Refused: audit.jsonl line {line} lacks a field ({reason}).</source>
        <translation>Refusé : il manque un champ à la ligne {line} de audit.jsonl ({reason}).</translation>
    </message>
    <message>
        <source>Refused: audit.jsonl: event {event} of the trail is missing.</source>
        <translation>Refusé : audit.jsonl : l&apos;événement {event} de la piste manque.</translation>
    </message>
    <message>
        <source>Refused: audit.jsonl event {event} does not link to the event before it.</source>
        <translation>Refusé : l&apos;événement {event} de audit.jsonl n&apos;est pas relié à l&apos;événement qui le précède.</translation>
    </message>
    <message>
        <source>Refused: unknown archive format &apos;{format}&apos;; this archive needs a newer Exemptio.</source>
        <translation>Refusé : format d&apos;archive inconnu &apos;{format}&apos; ; cette archive nécessite une version plus récente d&apos;Exemptio.</translation>
    </message>
    <message>
        <source>Refused: this bag is not an Exemptio case archive (no Exemptio-Archive-Format).</source>
        <translation>Refusé : ce paquet n&apos;est pas une archive de dossier Exemptio (pas de Exemptio-Archive-Format).</translation>
    </message>
    <message>
        <source>Refused: unknown archive format &apos;{format}&apos;; this needs a newer Exemptio.</source>
        <translation>Refusé : format d&apos;archive inconnu &apos;{format}&apos; ; une version plus récente d&apos;Exemptio est nécessaire.</translation>
    </message>
    <message>
        <source>Refused: unknown schema version &apos;{version}&apos;; this archive was made by a newer Exemptio.</source>
        <translation>Refusé : version de schéma inconnue &apos;{version}&apos; ; cette archive a été créée par une version plus récente d&apos;Exemptio.</translation>
    </message>
    <message>
        <source>Refused: case.json: evidence item {n} is malformed.</source>
        <translation>Refusé : case.json : la pièce {n} est mal formée.</translation>
    </message>
    <message>
        <source>Refused: case.json: evidence item {n} has no size.</source>
        <translation>Refusé : case.json : la pièce {n} n&apos;a pas de taille.</translation>
    </message>
    <message>
        <source>Refused: case.json: evidence item {n} does not have the size of its file.</source>
        <translation>Refusé : case.json : la pièce {n} n&apos;a pas la taille de son fichier.</translation>
    </message>
    <message>
        <source>Refused: case.json: letter {n} is malformed.</source>
        <translation>Refusé : case.json : le courrier {n} est mal formé.</translation>
    </message>
    <message>
        <source>Refused: case.json: letter {n} has a malformed SHA-256.</source>
        <translation>Refusé : case.json : le courrier {n} a un SHA-256 mal formé.</translation>
    </message>
    <message>
        <source>Refused: case.json: letter {n} has an unknown state &apos;{state}&apos;.</source>
        <translation>Refusé : case.json : le courrier {n} a un état inconnu &apos;{state}&apos;.</translation>
    </message>
    <message>
        <source>Refused: case.json: unknown case status &apos;{status}&apos;.</source>
        <translation>Refusé : case.json : statut de dossier inconnu &apos;{status}&apos;.</translation>
    </message>
    <message>
        <source>Refused: {file} starts with a byte-order mark, which BagIt forbids.</source>
        <translation>Refusé : {file} commence par une marque d&apos;ordre des octets, ce que BagIt interdit.</translation>
    </message>
    <message>
        <source>Refused: {file} is not UTF-8 text (byte {byte}).</source>
        <translation>Refusé : {file} n&apos;est pas un texte UTF-8 (octet {byte}).</translation>
    </message>
    <message>
        <source>Refused: the bag&apos;s tag files are not declared as UTF-8.</source>
        <translation>Refusé : les fichiers d&apos;étiquettes du paquet ne sont pas déclarés en UTF-8.</translation>
    </message>
    <message>
        <source>Refused: {file} line {line} lists &apos;{path}&apos;, which is not in the data folder.</source>
        <translation>Refusé : {file}, ligne {line}, mentionne &apos;{path}&apos;, qui ne se trouve pas dans le dossier data.</translation>
    </message>
    <message>
        <source>Refused: {file} lists &apos;{path}&apos; twice.</source>
        <translation>Refusé : {file} mentionne &apos;{path}&apos; deux fois.</translation>
    </message>
    <message>
        <source>Refused: {file} line {line} names an unsafe path.</source>
        <translation>Refusé : {file}, ligne {line}, indique un chemin dangereux.</translation>
    </message>
    <message>
        <source>Refused: case.json: &apos;{field}&apos; is missing or of the wrong type.</source>
        <translation>Refusé : case.json : &apos;{field}&apos; est absent ou n&apos;a pas le bon type.</translation>
    </message>
    <message>
        <source>Refused: case.json: &apos;{field}&apos; is not text.</source>
        <translation>Refusé : case.json : &apos;{field}&apos; n&apos;est pas du texte.</translation>
    </message>
    <message>
        <source>Refused: case.json: an assignment is malformed.</source>
        <translation>Refusé : case.json : une attribution est mal formée.</translation>
    </message>
    <message>
        <source>Refused: case.json: a checklist answer is malformed.</source>
        <translation>Refusé : case.json : une réponse de la liste de contrôle est mal formée.</translation>
    </message>
    <message>
        <source>Refused: case.json: assignment {n} is malformed.</source>
        <translation>Refusé : case.json : l&apos;attribution {n} est mal formée.</translation>
    </message>
    <message>
        <source>Refused: case.json: answer {n} is malformed.</source>
        <translation>Refusé : case.json : la réponse {n} est mal formée.</translation>
    </message>
    <message>
        <source>Refused: the archive entry &apos;{name}&apos; has a name that is not marked as UTF-8.</source>
        <translation>Refusé : le nom de l&apos;entrée d&apos;archive &apos;{name}&apos; n&apos;est pas marqué comme UTF-8.</translation>
    </message>
    <message>
        <source>Refused: the archive entry &apos;{name}&apos; is encrypted.</source>
        <translation>Refusé : l&apos;entrée d&apos;archive &apos;{name}&apos; est chiffrée.</translation>
    </message>
    <message>
        <source>Refused: the archive entry &apos;{name}&apos; has control characters or backslashes in its name.</source>
        <translation>Refusé : le nom de l&apos;entrée d&apos;archive &apos;{name}&apos; contient des caractères de contrôle ou des barres obliques inverses.</translation>
    </message>
    <message>
        <source>Refused: the archive entry &apos;{name}&apos; has an absolute path.</source>
        <translation>Refusé : l&apos;entrée d&apos;archive &apos;{name}&apos; a un chemin absolu.</translation>
    </message>
    <message>
        <source>Refused: the archive entry &apos;{name}&apos; has an empty, &apos;.&apos; or &apos;..&apos; path part.</source>
        <translation>Refusé : le chemin de l&apos;entrée d&apos;archive &apos;{name}&apos; contient un élément vide, &apos;.&apos; ou &apos;..&apos;.</translation>
    </message>
    <message>
        <source>Refused: the archive entry &apos;{name}&apos; is not in Unicode normal form C (NFC).</source>
        <translation>Refusé : le nom de l&apos;entrée d&apos;archive &apos;{name}&apos; n&apos;est pas en forme normale Unicode C (NFC).</translation>
    </message>
    <message>
        <source>Refused: the archive entry &apos;{name}&apos; is a symbolic link.</source>
        <translation>Refusé : l&apos;entrée d&apos;archive &apos;{name}&apos; est un lien symbolique.</translation>
    </message>
    <message>
        <source>Refused: the archive entry &apos;{name}&apos; is not a regular file (a link or device).</source>
        <translation>Refusé : l&apos;entrée d&apos;archive &apos;{name}&apos; n&apos;est pas un fichier ordinaire (lien ou périphérique).</translation>
    </message>
    <message>
        <source>Refused: the archive entry &apos;{name}&apos; uses an unsupported compression method.</source>
        <translation>Refusé : l&apos;entrée d&apos;archive &apos;{name}&apos; utilise une méthode de compression non prise en charge.</translation>
    </message>
    <message>
        <source>Refused: the zip file is empty.</source>
        <translation>Refusé : le fichier zip est vide.</translation>
    </message>
    <message>
        <source>Refused: the archive has {count} entries (the limit is {limit}).</source>
        <translation>Refusé : l&apos;archive compte {count} entrées (la limite est de {limit}).</translation>
    </message>
    <message>
        <source>Refused: the archive lists &apos;{name}&apos; twice.</source>
        <translation>Refusé : l&apos;archive mentionne &apos;{name}&apos; deux fois.</translation>
    </message>
    <message>
        <source>Refused: the names &apos;{first}&apos; and &apos;{second}&apos; would be the same file on some computers.</source>
        <translation>Refusé : les noms &apos;{first}&apos; et &apos;{second}&apos; désigneraient le même fichier sur certains ordinateurs.</translation>
    </message>
    <message>
        <source>Refused: the entries &apos;{first}&apos; and &apos;{second}&apos; share bytes (a hard link or zip bomb).</source>
        <translation>Refusé : les entrées &apos;{first}&apos; et &apos;{second}&apos; partagent des octets (un lien physique ou une bombe zip).</translation>
    </message>
    <message>
        <source>Refused: unexpected file &apos;{path}&apos; at the top of the bag.</source>
        <translation>Refusé : fichier inattendu &apos;{path}&apos; au niveau supérieur du paquet.</translation>
    </message>
    <message>
        <source>Refused: unexpected file &apos;{path}&apos; outside the bag&apos;s data folder.</source>
        <translation>Refusé : fichier inattendu &apos;{path}&apos; hors du dossier de données du paquet.</translation>
    </message>
    <message>
        <source>Refused: this is not a BagIt bag: {file} is missing.</source>
        <translation>Refusé : ce n&apos;est pas un paquet BagIt : {file} est absent.</translation>
    </message>
    <message>
        <source>Refused: this bag has no SHA-256 or SHA-512 manifest.</source>
        <translation>Refusé : ce paquet n&apos;a pas de manifeste SHA-256 ni SHA-512.</translation>
    </message>
    <message>
        <source>Refused: {file}: the line &apos;{line}&apos; is not &apos;Label: value&apos;.</source>
        <translation>Refusé : {file} : la ligne &apos;{line}&apos; n&apos;est pas de la forme &apos;Label: value&apos;.</translation>
    </message>
    <message>
        <source>Refused: {file} line {line} is not &apos;checksum path&apos;.</source>
        <translation>Refusé : {file}, ligne {line}, n&apos;est pas de la forme &apos;checksum path&apos;.</translation>
    </message>
    <message>
        <source>Refused: {file} line {line} has a malformed {alg} checksum.</source>
        <translation>Refusé : {file}, ligne {line}, contient une somme de contrôle {alg} mal formée.</translation>
    </message>
    <message>
        <source>{file} {reason}</source>
        <translation>{file} : {reason}</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>illisible ({reason})</translation>
    </message>
    <message>
        <source>is listed in {manifest} but missing</source>
        <translation>figure dans {manifest} mais est absent</translation>
    </message>
    <message>
        <source>{alg} checksum does not match {manifest}</source>
        <translation>la somme de contrôle {alg} ne correspond pas à {manifest}</translation>
    </message>
    <message>
        <source>is not listed in {manifest}</source>
        <translation>ne figure pas dans {manifest}</translation>
    </message>
    <message>
        <source>Payload-Oxum says {oxum}, the payload is {actual}</source>
        <translation>Payload-Oxum indique {oxum}, le contenu est {actual}</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>est absent</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>est trop volumineux</translation>
    </message>
    <message>
        <source>is not a case</source>
        <translation>n&apos;est pas un dossier</translation>
    </message>
    <message>
        <source>contradicts the audit trail: {problem}</source>
        <translation>contredit la piste d&apos;audit : {problem}</translation>
    </message>
    <message>
        <source>letter {n} (issued PDF) is not an intact signed letter: {reason}</source>
        <translation>le PDF émis du courrier {n} n&apos;est pas un courrier signé intact : {reason}</translation>
    </message>
    <message>
        <source>letter {n} (current PDF) is not an intact signed letter: {reason}</source>
        <translation>le PDF en vigueur du courrier {n} n&apos;est pas un courrier signé intact : {reason}</translation>
    </message>
    <message>
        <source>its signature does not check</source>
        <translation>sa signature n&apos;est pas valide</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is not in the signature</source>
        <translation>le certificat du signataire ne figure pas dans la signature</translation>
    </message>
    <message>
        <source>unsupported digest algorithm {alg}</source>
        <translation>algorithme de hachage non pris en charge : {alg}</translation>
    </message>
    <message>
        <source>the signature does not match tagmanifest-sha512.txt</source>
        <translation>la signature ne correspond pas à tagmanifest-sha512.txt</translation>
    </message>
    <message>
        <source>unsupported signature key type</source>
        <translation>type de clé de signature non pris en charge</translation>
    </message>
    <message>
        <source>the signature is not valid</source>
        <translation>la signature n&apos;est pas valide</translation>
    </message>
    <message>
        <source>is not a readable CMS signature ({reason})</source>
        <translation>n&apos;est pas une signature CMS lisible ({reason})</translation>
    </message>
    <message>
        <source>its timestamp cannot be checked ({reason})</source>
        <translation>son horodatage ne peut pas être vérifié ({reason})</translation>
    </message>
    <message>
        <source>its timestamp does not cover this signature</source>
        <translation>son horodatage ne porte pas sur cette signature</translation>
    </message>
    <message>
        <source>its timestamp was made by a time-stamp server no trust anchor vouches for</source>
        <translation>son horodatage a été établi par un serveur d&apos;horodatage qu&apos;aucune ancre de confiance ne garantit</translation>
    </message>
    <message>
        <source>the signing certificate does not chain to a trusted certificate</source>
        <translation>le certificat de signature ne remonte pas à un certificat de confiance</translation>
    </message>
    <message>
        <source>the signing certificate is self-signed and does not chain to a trusted certificate</source>
        <translation>le certificat de signature est auto-signé et ne remonte pas à un certificat de confiance</translation>
    </message>
    <message>
        <source>the signing certificate is not valid: {reason}</source>
        <translation>le certificat de signature n&apos;est pas valide : {reason}</translation>
    </message>
    <message>
        <source>Refused: {first}; nothing was imported.</source>
        <translation>Refusé : {first} ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Refused: {first} (and {more} more problems); nothing was imported.</source>
        <translation>Refusé : {first} (et {more} autres problèmes) ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Refused: case.json: {item} has a malformed SHA-256.</source>
        <translation>Refusé : case.json : {item} a un SHA-256 mal formé.</translation>
    </message>
    <message>
        <source>Refused: case.json: {item} has a malformed path.</source>
        <translation>Refusé : case.json : {item} a un chemin mal formé.</translation>
    </message>
    <message>
        <source>evidence item {n}</source>
        <translation>la pièce {n}</translation>
    </message>
    <message>
        <source>letter {n} (issued)</source>
        <translation>le courrier {n} (émis)</translation>
    </message>
    <message>
        <source>letter {n} (current)</source>
        <translation>le courrier {n} (en vigueur)</translation>
    </message>
    <message>
        <source>letter {n} (draft)</source>
        <translation>le courrier {n} (projet)</translation>
    </message>
    <message>
        <source>letter {n} (approved)</source>
        <translation>le courrier {n} (approuvé)</translation>
    </message>
    <message>
        <source>Refused: {problem}; nothing was imported.</source>
        <translation>Refusé : {problem} ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Refused: tagmanifest-sha512.txt.p7s {problem}; nothing was imported.</source>
        <translation>Refusé : tagmanifest-sha512.txt.p7s : {problem} ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Refused: tagmanifest-sha512.txt.p7s: {problem} (the signer is {signer}); nothing was imported.</source>
        <translation>Refusé : tagmanifest-sha512.txt.p7s : {problem} (le signataire est {signer}) ; rien n&apos;a été importé.</translation>
    </message>
    <message>
        <source>Refused: bag-info.txt does not state Exemptio-Audit-Events (the length of the audit trail).</source>
        <translation>Refusé : bag-info.txt n&apos;indique pas Exemptio-Audit-Events (la longueur de la piste d&apos;audit).</translation>
    </message>
    <message>
        <source>Refused: audit.jsonl holds {events} events, bag-info.txt Exemptio-Audit-Events says {count}.</source>
        <translation>Refusé : audit.jsonl contient {events} événements, Exemptio-Audit-Events de bag-info.txt en indique {count}.</translation>
    </message>
    <message>
        <source>Refused: audit.jsonl&apos;s first event is not the one bag-info.txt Exemptio-Audit-First-Hash names: events were removed or added at that end.</source>
        <translation>Refusé : le premier événement de audit.jsonl n&apos;est pas celui que désigne Exemptio-Audit-First-Hash dans bag-info.txt : des événements ont été supprimés ou ajoutés au début.</translation>
    </message>
    <message>
        <source>Refused: audit.jsonl&apos;s last event is not the one bag-info.txt Exemptio-Audit-Last-Hash names: events were removed or added at that end.</source>
        <translation>Refusé : le dernier événement de audit.jsonl n&apos;est pas celui que désigne Exemptio-Audit-Last-Hash dans bag-info.txt : des événements ont été supprimés ou ajoutés à la fin.</translation>
    </message>
    <message>
        <source>Refused: the bag has no {file}.</source>
        <translation>Refusé : le paquet ne contient pas {file}.</translation>
    </message>
    <message>
        <source>Refused: &apos;{file}&apos; cannot be rebuilt from case.json ({reason}).</source>
        <translation>Refusé : &apos;{file}&apos; ne peut pas être reconstitué à partir de case.json ({reason}).</translation>
    </message>
    <message>
        <source>Refused: &apos;{file}&apos; is not the one case.json and audit.jsonl give: it was edited.</source>
        <translation>Refusé : &apos;{file}&apos; ne correspond pas à ce que donnent case.json et audit.jsonl : il a été modifié.</translation>
    </message>
    <message>
        <source>case.json: {field} is not a date and time.</source>
        <translation>case.json : {field} n&apos;est pas une date et une heure.</translation>
    </message>
    <message>
        <source>case.json: {field} &apos;{value}&apos; is not a date and time.</source>
        <translation>case.json : {field} &apos;{value}&apos; n&apos;est pas une date et une heure.</translation>
    </message>
    <message>
        <source>case.json: {field} is not a date.</source>
        <translation>case.json : {field} n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>case.json: {field} &apos;{value}&apos; is not a date.</source>
        <translation>case.json : {field} &apos;{value}&apos; n&apos;est pas une date.</translation>
    </message>
    <message>
        <source>{item} is a symbolic link loop; nothing was stored.</source>
        <translation>{item} est une boucle de liens symboliques ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>{item} is a broken symbolic link; nothing was stored.</source>
        <translation>{item} est un lien symbolique rompu ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>{item} does not exist; nothing was stored.</source>
        <translation>{item} n&apos;existe pas ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>{item} cannot be read (permission denied); nothing was stored.</source>
        <translation>{item} ne peut pas être lu (permission refusée) ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>{item} cannot be read ({reason}); nothing was stored.</source>
        <translation>{item} ne peut pas être lu ({reason}) ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>{item} is a named pipe (FIFO), not a file; nothing was stored.</source>
        <translation>{item} est un tube nommé (FIFO), et non un fichier ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>{item} is a socket, not a file; nothing was stored.</source>
        <translation>{item} est un socket, et non un fichier ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>{item} is a device, not a file; nothing was stored.</source>
        <translation>{item} est un périphérique, et non un fichier ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be read (permission denied); nothing was stored.</source>
        <translation>Le dossier {folder} ne peut pas être lu (permission refusée) ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>Name at least one file or folder to attach.</source>
        <translation>Indiquez au moins un fichier ou un dossier à joindre.</translation>
    </message>
    <message>
        <source>{item} is empty (0 bytes): there is nothing to attach.</source>
        <translation>{item} est vide (0 octet) : il n&apos;y a rien à joindre.</translation>
    </message>
    <message>
        <source>The folders hold no files to attach.</source>
        <translation>Les dossiers ne contiennent aucun fichier à joindre.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be read ({reason}).</source>
        <translation>Le dossier {folder} ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <source>{folder} loops back on itself; nothing was stored.</source>
        <translation>{folder} renvoie à lui-même en boucle ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>No evidence item {id}.</source>
        <translation>Aucune pièce n° {id}.</translation>
    </message>
    <message>
        <source>The bytes of {item} cannot be read ({reason}).</source>
        <translation>Les octets de {item} ne peuvent pas être lus ({reason}).</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} existe déjà ; choisissez un autre nom.</translation>
    </message>
    <message>
        <source>The bytes of {item} no longer match their hash; not exported.</source>
        <translation>Les octets de {item} ne correspondent plus à leur empreinte ; pièce non exportée.</translation>
    </message>
    <message>
        <source>The bytes of {item} are missing.</source>
        <translation>Les octets de {item} manquent.</translation>
    </message>
    <message>
        <source>Cannot export {item}: {reason}.</source>
        <translation>Impossible d&apos;exporter {item} : {reason}.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a URL (it should start with https:// or similar).</source>
        <translation>&apos;{url}&apos; n&apos;est pas une URL (elle devrait commencer par https:// ou un préfixe semblable).</translation>
    </message>
    <message>
        <source>Cancelled; nothing was stored.</source>
        <translation>Annulé ; rien n&apos;a été enregistré.</translation>
    </message>
    <message>
        <source>The stored bytes of {item} disappeared before they were recorded; nothing was stored. Try again.</source>
        <translation>Les octets enregistrés de {item} ont disparu avant d&apos;être consignés ; rien n&apos;a été enregistré. Réessayez.</translation>
    </message>
    <message>
        <source>The subject name is empty: name the AI model.</source>
        <translation>Le nom de l&apos;objet est vide : nommez le modèle d&apos;IA.</translation>
    </message>
    <message>
        <source>The parameter count cannot be negative.</source>
        <translation>Le nombre de paramètres ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>The bytes of {item} are missing at its original place.</source>
        <translation>Les octets de {item} manquent à leur emplacement d&apos;origine.</translation>
    </message>
    <message>
        <source>The bytes of {item} are missing in the evidence store.</source>
        <translation>Les octets de {item} manquent dans le dépôt de pièces.</translation>
    </message>
    <message>
        <source>Not enough free space for this intake: {need} to store, {free} free in {folder}; nothing was stored. Free some space, or attach large weights by reference only (--reference-only).</source>
        <translation>Espace libre insuffisant pour ce versement : {need} à enregistrer, {free} libres dans {folder} ; rien n&apos;a été enregistré. Libérez de l&apos;espace, ou joignez les poids volumineux par simple référence (--reference-only).</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Vérification annulée.</translation>
    </message>
    <message>
        <source>The checklist schema {path} cannot be read: {reason}</source>
        <translation>Le schéma de liste de contrôle {path} ne peut pas être lu : {reason}</translation>
    </message>
    <message>
        <source>Checklist definition {origin} is invalid at {where}: {problem}</source>
        <translation>La définition de liste de contrôle {origin} n&apos;est pas valide à {where} : {problem}</translation>
    </message>
    <message>
        <source>Checklist definition {origin} is invalid at {where}: {problem} (and {more} more problem(s))</source>
        <translation>La définition de liste de contrôle {origin} n&apos;est pas valide à {where} : {problem} (et {more} autre(s) problème(s))</translation>
    </message>
    <message>
        <source>Checklist definition {path} says it is {checklist} {version}; its folder and file name must match.</source>
        <translation>La définition de liste de contrôle {path} indique qu&apos;elle est {checklist} {version} ; son dossier et son nom de fichier doivent correspondre.</translation>
    </message>
    <message>
        <source>Unknown checklist {checklist} version {version} (known versions: {known}).</source>
        <translation>Liste de contrôle {checklist} inconnue en version {version} (versions connues : {known}).</translation>
    </message>
    <message>
        <source>Unknown checklist {checklist}.</source>
        <translation>Liste de contrôle {checklist} inconnue.</translation>
    </message>
    <message>
        <source>Checklist {checklist} has no version {version} (versions: {known}).</source>
        <translation>La liste de contrôle {checklist} n&apos;a pas de version {version} (versions : {known}).</translation>
    </message>
    <message>
        <source>Case {reference} is already assessed with {checklist} {version}.</source>
        <translation>Le dossier {reference} est déjà évalué avec {checklist} {version}.</translation>
    </message>
    <message>
        <source>Case {reference} is {status}: reopen it before moving it to another version.</source>
        <translation>Le dossier {reference} est au statut {status} : rouvrez-le avant de le passer à une autre version.</translation>
    </message>
    <message>
        <source>No suggestion for {questions} (suggested: {offered}).</source>
        <translation>Aucune suggestion pour {questions} (suggestions : {offered}).</translation>
    </message>
    <message>
        <source>The licence screening suggests no answers for this case.</source>
        <translation>L&apos;examen des licences ne suggère aucune réponse pour ce dossier.</translation>
    </message>
    <message>
        <source>{question}: the expected answer version must be a whole number (0 = no answer).</source>
        <translation>{question} : la version de réponse attendue doit être un nombre entier (0 = pas de réponse).</translation>
    </message>
    <message>
        <source>Case {reference} is {status}: reopen it before changing its checklist answers.</source>
        <translation>Le dossier {reference} est au statut {status} : rouvrez-le avant de modifier les réponses de sa liste de contrôle.</translation>
    </message>
    <message>
        <source>Case {reference} is assessed with checklist {checklist} {version}; answers for {other} {other_version} cannot be merged.</source>
        <translation>Le dossier {reference} est évalué avec la liste de contrôle {checklist} {version} ; les réponses pour {other} {other_version} ne peuvent pas être fusionnées.</translation>
    </message>
    <message>
        <source>{question}: evidence {sha}… is not evidence of case {reference}.</source>
        <translation>{question} : la pièce {sha}… n&apos;est pas une pièce du dossier {reference}.</translation>
    </message>
    <message>
        <source>{question}: &apos;{symbol}&apos; is not an SPDX licence id (e.g. Apache-2.0, MIT); write LicenseRef-&lt;name&gt; for a licence without one.</source>
        <translation>{question} : &apos;{symbol}&apos; n&apos;est pas un identifiant de licence SPDX (p. ex. Apache-2.0, MIT) ; écrivez LicenseRef-&lt;nom&gt; pour une licence qui n&apos;en a pas.</translation>
    </message>
    <message>
        <source>The answers file must be a JSON object {shape}.</source>
        <translation>Le fichier de réponses doit être un objet JSON {shape}.</translation>
    </message>
    <message>
        <source>The answers file has an unknown field {field}.</source>
        <translation>Le fichier de réponses contient un champ inconnu {field}.</translation>
    </message>
    <message>
        <source>The answers file must name its &quot;checklist&quot; id and &quot;version&quot;.</source>
        <translation>Le fichier de réponses doit indiquer l&apos;identifiant « checklist » et la « version ».</translation>
    </message>
    <message>
        <source>The answers file needs an &quot;answers&quot; object {shape}.</source>
        <translation>Le fichier de réponses doit contenir un objet « answers » {shape}.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>{path} is not a folder or a single .gguf/.safetensors file: give the model&apos;s folder or its weight file.</source>
        <translation>{path} n&apos;est ni un dossier ni un fichier .gguf/.safetensors unique : indiquez le dossier du modèle ou son fichier de poids.</translation>
    </message>
    <message>
        <source>{path} is not a folder: give the model&apos;s folder.</source>
        <translation>{path} n&apos;est pas un dossier : indiquez le dossier du modèle.</translation>
    </message>
    <message>
        <source>{path} cannot be read (permission denied).</source>
        <translation>{path} ne peut pas être lu (permission refusée).</translation>
    </message>
    <message>
        <source>Unknown format &apos;{format}&apos;. Use one of: {formats}.</source>
        <translation>Format inconnu &apos;{format}&apos;. Utilisez l&apos;un des formats suivants : {formats}.</translation>
    </message>
    <message>
        <source>Unknown format &apos;{format}&apos;.</source>
        <translation>Format inconnu &apos;{format}&apos;.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file {path}: {reason}</source>
        <translation>Impossible de lire le fichier de phrase secrète {path} : {reason}</translation>
    </message>
    <message>
        <source>--passphrase-file needs --sign-key.</source>
        <translation>--passphrase-file nécessite --sign-key.</translation>
    </message>
    <message>
        <source>--offset must be 0 or more (got {offset}).</source>
        <translation>--offset doit valoir 0 ou plus (reçu {offset}).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; use YYYY-MM-DD.</source>
        <translation>&apos;{value}&apos; n&apos;est pas une date ; utilisez AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Give --assigned NAME or --unassigned, not both.</source>
        <translation>Indiquez --assigned NOM ou --unassigned, pas les deux.</translation>
    </message>
    <message>
        <source>Give --due-within DAYS or --due-this-week, not both.</source>
        <translation>Indiquez --due-within JOURS ou --due-this-week, pas les deux.</translation>
    </message>
    <message>
        <source>--due-within takes a number of days, 0 or more.</source>
        <translation>--due-within prend un nombre de jours, 0 ou plus.</translation>
    </message>
    <message>
        <source>--limit and --offset take numbers, 0 or more.</source>
        <translation>--limit et --offset prennent des nombres, 0 ou plus.</translation>
    </message>
    <message>
        <source>Cannot read the notes file {path}: {reason}</source>
        <translation>Impossible de lire le fichier de notes {path} : {reason}</translation>
    </message>
    <message>
        <source>Nothing to change: give --title, --notes or --notes-file.</source>
        <translation>Rien à modifier : indiquez --title, --notes ou --notes-file.</translation>
    </message>
    <message>
        <source>The key file {path} is not a PKCS#12 (.p12/.pfx) file or is damaged.</source>
        <translation>Le fichier de clé {path} n&apos;est pas un fichier PKCS#12 (.p12/.pfx) ou il est endommagé.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the key file {name}: nothing was signed.</source>
        <translation>Phrase secrète erronée pour le fichier de clé {name} : rien n&apos;a été signé.</translation>
    </message>
    <message>
        <source>The key file {path} could not be opened (unsupported or damaged).</source>
        <translation>Le fichier de clé {path} n&apos;a pas pu être ouvert (format non pris en charge ou fichier endommagé).</translation>
    </message>
    <message>
        <source>The key file {path} holds no private key with its certificate.</source>
        <translation>Le fichier de clé {path} ne contient pas de clé privée avec son certificat.</translation>
    </message>
    <message>
        <source>PKCS#11 support is not installed (pyhanko[pkcs11]).</source>
        <translation>La prise en charge PKCS#11 n&apos;est pas installée (pyhanko[pkcs11]).</translation>
    </message>
    <message>
        <source>The PKCS#11 module {path} does not exist.</source>
        <translation>Le module PKCS#11 {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Wrong PIN for the signing token: nothing was signed.</source>
        <translation>Code PIN erroné pour le jeton de signature : rien n&apos;a été signé.</translation>
    </message>
    <message>
        <source>The signing token&apos;s PIN is locked.</source>
        <translation>Le code PIN du jeton de signature est bloqué.</translation>
    </message>
    <message>
        <source>Cannot open the signing token: {reason}</source>
        <translation>Impossible d&apos;ouvrir le jeton de signature : {reason}</translation>
    </message>
    <message>
        <source>The token holds no usable key and certificate ({reason}).</source>
        <translation>Le jeton ne contient aucune clé ni aucun certificat utilisables ({reason}).</translation>
    </message>
    <message>
        <source>No officer named &apos;{name}&apos; is recorded. Record a new colleague first with &apos;exemptio officer add NAME --role officer&apos;.</source>
        <translation>Aucun agent nommé « {name} » n&apos;est enregistré. Enregistrez d&apos;abord un nouveau collègue avec &apos;exemptio officer add NAME --role officer&apos;.</translation>
    </message>
    <message>
        <source>No officer named &apos;{name}&apos; is recorded. Did you mean {close}? Record a new colleague first with &apos;exemptio officer add NAME --role officer&apos;.</source>
        <translation>Aucun agent nommé « {name} » n&apos;est enregistré. Vouliez-vous dire {close} ? Enregistrez d&apos;abord un nouveau collègue avec &apos;exemptio officer add NAME --role officer&apos;.</translation>
    </message>
    <message>
        <source>{name} is a {role} and cannot be assigned cases; assign an officer, reviewer or head of unit.</source>
        <translation>{name} a le rôle {role} et ne peut pas se voir attribuer de dossiers ; attribuez-les à un agent, un relecteur ou un chef d&apos;unité.</translation>
    </message>
    <message>
        <source>{name} is an {role} and cannot be assigned cases; assign an officer, reviewer or head of unit.</source>
        <translation>{name} a le rôle {role} et ne peut pas se voir attribuer de dossiers ; attribuez-les à un agent, un relecteur ou un chef d&apos;unité.</translation>
    </message>
    <message>
        <source>The case title is empty: give the case a title.</source>
        <translation>Le titre du dossier est vide : donnez un titre au dossier.</translation>
    </message>
    <message>
        <source>The provider is empty: name the provider the case is about.</source>
        <translation>Le fournisseur est vide : nommez le fournisseur concerné par le dossier.</translation>
    </message>
    <message>
        <source>The subject is empty: name the AI model or system.</source>
        <translation>L&apos;objet est vide : nommez le modèle ou le système d&apos;IA.</translation>
    </message>
    <message>
        <source>Subject kind must be one of {kinds}.</source>
        <translation>Le type d&apos;objet doit être l&apos;un de {kinds}.</translation>
    </message>
    <message>
        <source>Cannot change {fields} here.</source>
        <translation>Impossible de modifier {fields} ici.</translation>
    </message>
    <message>
        <source>Say why the due date changes: the reason is kept in the audit trail.</source>
        <translation>Indiquez pourquoi l&apos;échéance change : le motif est conservé dans la piste d&apos;audit.</translation>
    </message>
    <message>
        <source>The due date must be a date (YYYY-MM-DD).</source>
        <translation>L&apos;échéance doit être une date (AAAA-MM-JJ).</translation>
    </message>
    <message>
        <source>Unknown outcome &apos;{label}&apos;. Use one of: {labels}.</source>
        <translation>Résultat inconnu « {label} ». Utilisez l&apos;un de : {labels}.</translation>
    </message>
    <message>
        <source>The clock of {reference} is already stopped.</source>
        <translation>Le délai de {reference} est déjà suspendu.</translation>
    </message>
    <message>
        <source>The clock of {reference} is running; there is nothing to resume.</source>
        <translation>Le délai de {reference} court ; il n&apos;y a rien à reprendre.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a SHA-256: give the 64 hexadecimal digits, or at least the first {prefix}.</source>
        <translation>« {value} » n'est pas un SHA-256 : donnez les 64 chiffres hexadécimaux, ou au moins les {prefix} premiers.</translation>
    </message>
    <message>
        <source>Unknown status &apos;{status}&apos;. Use one of: {allowed}.</source>
        <translation>Statut inconnu « {status} ». Utilisez l'un de : {allowed}.</translation>
    </message>
    <message>
        <source>Cannot sort by &apos;{sort}&apos;. Use one of: {columns}.</source>
        <translation>Impossible de trier par « {sort} ». Utilisez l'un de : {columns}.</translation>
    </message>
    <message>
        <source>Unknown link type &apos;{type}&apos;. Use one of: {types}.</source>
        <translation>Type de lien inconnu « {type} ». Utilisez l'un de : {types}.</translation>
    </message>
    <message>
        <source>A case cannot be linked to itself ({reference}).</source>
        <translation>Un dossier ne peut pas être lié à lui-même ({reference}).</translation>
    </message>
    <message>
        <source>{reference} is already linked to {other} as {link}.</source>
        <translation>{reference} est déjà lié à {other} comme {link}.</translation>
    </message>
    <message>
        <source>{other} is already {link} {reference}; a case cannot be both ways.</source>
        <translation>{other} est déjà {link} {reference} ; un dossier ne peut pas être lié dans les deux sens.</translation>
    </message>
    <message>
        <source>{reference} is not linked to {other} as {link}.</source>
        <translation>{reference} n'est pas lié à {other} comme {link}.</translation>
    </message>
    <message>
        <source>The audit trail is not intact (event {event}: {reason}); no checkpoint was made.</source>
        <translation>La piste d'audit n'est pas intacte (événement {event} : {reason}) ; aucun point de contrôle n'a été créé.</translation>
    </message>
    <message>
        <source>--limit must be at least 1 (got {limit}).</source>
        <translation>--limit doit valoir au moins 1 (reçu {limit}).</translation>
    </message>
    <message>
        <source>Case {reference} has no licence or policy text evidence to screen.</source>
        <translation>Le dossier {reference} n&apos;a aucune pièce de texte de licence ou de politique d&apos;utilisation à examiner.</translation>
    </message>
    <message>
        <source>#{id} {item} is {media_type}, not text: export it instead.</source>
        <translation>La pièce n° {id} {item} est de type {media_type}, et non du texte : exportez-la plutôt.</translation>
    </message>
    <message>
        <source>The passphrase file {path} does not exist.</source>
        <translation>Le fichier de phrase secrète {path} n&apos;existe pas.</translation>
    </message>
    <message>
        <source>The passphrase file {path} cannot be read ({reason}).</source>
        <translation>Le fichier de phrase secrète {path} ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <source>No passphrase: give --passphrase-file FILE, or run on a terminal to be asked.</source>
        <translation>Aucune phrase secrète : indiquez --passphrase-file FICHIER, ou lancez la commande dans un terminal pour qu&apos;elle vous soit demandée.</translation>
    </message>
    <message>
        <source>No signing key: give --key FILE.p12 (or --pkcs11-lib for a token).</source>
        <translation>Aucune clé de signature : indiquez --key FICHIER.p12 (ou --pkcs11-lib pour un jeton).</translation>
    </message>
    <message>
        <source>The chain file {path} cannot be read: {reason}.</source>
        <translation>Le fichier de chaîne {path} ne peut pas être lu : {reason}.</translation>
    </message>
    <message>
        <source>The chain file {path} is not a PEM or DER certificate file.</source>
        <translation>Le fichier de chaîne {path} n&apos;est pas un fichier de certificats PEM ou DER.</translation>
    </message>
    <message>
        <source>The licence knowledge base has no entry &apos;{licence}&apos; (see &apos;exemptio licence list&apos;).</source>
        <translation>La base de connaissances des licences n&apos;a pas d&apos;entrée &apos;{licence}&apos; (voir &apos;exemptio licence list&apos;).</translation>
    </message>
    <message>
        <source>An XLSX register is a binary file: give --out FILE.xlsx.</source>
        <translation>Un registre XLSX est un fichier binaire : indiquez --out FICHIER.xlsx.</translation>
    </message>
</context>
</TS>
