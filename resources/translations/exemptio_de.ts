<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AboutDialog</name>
    <message>
        <source>see the package</source>
        <translation>siehe Paket</translation>
    </message>
    <message>
        <source>About Exemptio</source>
        <translation>Über Exemptio</translation>
    </message>
    <message>
        <source>Exemptio logo</source>
        <translation>Exemptio-Logo</translation>
    </message>
    <message>
        <source>Exemptio version %1</source>
        <translation>Exemptio Version %1</translation>
    </message>
    <message>
        <source>Assessing open-source exemption claims under the AI Act: Articles 2(12), 53(2) and 54(6) of Regulation (EU) 2024/1689.</source>
        <translation>Prüfung von Open-Source-Ausnahmeansprüchen nach der KI-Verordnung: Artikel 2 Absatz 12, Artikel 53 Absatz 2 und Artikel 54 Absatz 6 der Verordnung (EU) 2024/1689.</translation>
    </message>
    <message>
        <source>About sections</source>
        <translation>Abschnitte „Über“</translation>
    </message>
    <message>
        <source>Installation details</source>
        <translation>Installationsdetails</translation>
    </message>
    <message>
        <source>Licences of the bundled components</source>
        <translation>Lizenzen der mitgelieferten Komponenten</translation>
    </message>
    <message>
        <source>&amp;Installation</source>
        <translation>&amp;Installation</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Lizenzen</translation>
    </message>
    <message>
        <source>Open &amp;data folder</source>
        <translation>&amp;Datenordner öffnen</translation>
    </message>
    <message>
        <source>&amp;Copy version details</source>
        <translation>Versionsdetails &amp;kopieren</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>Problem &amp;melden…</translation>
    </message>
    <message>
        <source>Open the data folder</source>
        <translation>Den Datenordner öffnen</translation>
    </message>
    <message>
        <source>Copy version details</source>
        <translation>Versionsdetails kopieren</translation>
    </message>
    <message>
        <source>Report a problem</source>
        <translation>Ein Problem melden</translation>
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
        <translation>Plattform</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Datenbank</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Protokolldatei</translation>
    </message>
    <message>
        <source>Exemptio is free software under the European Union Public Licence (EUPL-1.2). It works offline; it contacts a timestamp authority only when one is configured.</source>
        <translation>Exemptio ist freie Software unter der Open-Source-Lizenz der Europäischen Union (EUPL-1.2). Es arbeitet offline; einen Zeitstempeldienst kontaktiert es nur, wenn einer eingerichtet ist.</translation>
    </message>
    <message>
        <source>Exemptio uses the Qt toolkit %1 through PySide6, both licensed under the GNU Lesser General Public License version 3 (LGPL-3.0). The Qt and PySide6 libraries are shipped as separate shared libraries in the application folder; you may replace them with your own builds. Their source code is available from the Qt Project.</source>
        <translation>Exemptio verwendet das Qt-Toolkit %1 über PySide6; beide stehen unter der GNU Lesser General Public License Version 3 (LGPL-3.0). Die Qt- und PySide6-Bibliotheken liegen als getrennte gemeinsam genutzte Bibliotheken im Anwendungsordner; Sie können sie durch eigene Builds ersetzen. Ihr Quellcode ist beim Qt Project erhältlich.</translation>
    </message>
    <message>
        <source>Qt and PySide6 (LGPL-3.0)</source>
        <translation>Qt und PySide6 (LGPL-3.0)</translation>
    </message>
    <message>
        <source>Fonts</source>
        <translation>Schriften</translation>
    </message>
    <message>
        <source>Components</source>
        <translation>Komponenten</translation>
    </message>
    <message>
        <source>Component</source>
        <translation>Komponente</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>%1 fonts: SIL Open Font License 1.1 (%2)</source>
        <translation>Schriften %1: SIL Open Font License 1.1 (%2)</translation>
    </message>
</context>
<context>
    <name>AnswerEditor</name>
    <message>
        <source>Answer to %1</source>
        <translation>Antwort auf %1</translation>
    </message>
</context>
<context>
    <name>ApproveDialog</name>
    <message>
        <source>Approve the letter draft of %1</source>
        <translation>Entwurf des Schreibens zu %1 billigen</translation>
    </message>
    <message>
        <source>You approve exactly this letter as the second officer by signing it with your own key: your approval signature is part of the issued letter, bound to its SHA-256 and kept in the audit trail.</source>
        <translation>Sie geben genau dieses Schreiben als zweite Person frei, indem Sie es mit Ihrem eigenen Schlüssel signieren: Ihre Freigabesignatur ist Teil des ausgestellten Schreibens, an dessen SHA-256 gebunden und im Prüfpfad festgehalten.</translation>
    </message>
    <message>
        <source>SHA-256 of the draft</source>
        <translation>SHA-256 des Entwurfs</translation>
    </message>
    <message>
        <source>SHA-256 of the letter you sign</source>
        <translation>SHA-256 des Schreibens, das Sie signieren</translation>
    </message>
    <message>
        <source>Drafted by:</source>
        <translation>Entworfen von:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>SHA-256 of the draft:</source>
        <translation>SHA-256 des Entwurfs:</translation>
    </message>
    <message>
        <source>SHA-256 of the letter you sign:</source>
        <translation>SHA-256 des Schreibens, das Sie signieren:</translation>
    </message>
    <message>
        <source>Rendering the first page…</source>
        <translation>Erste Seite wird dargestellt…</translation>
    </message>
    <message>
        <source>First page of the letter you sign</source>
        <translation>Erste Seite des Schreibens, das Sie signieren</translation>
    </message>
    <message>
        <source>Key file (PKCS#12)</source>
        <translation>Schlüsseldatei (PKCS#12)</translation>
    </message>
    <message>
        <source>Signing token (PKCS#11)</source>
        <translation>Signatur-Token (PKCS#11)</translation>
    </message>
    <message>
        <source>Where your signing key is</source>
        <translation>Wo sich Ihr Signaturschlüssel befindet</translation>
    </message>
    <message>
        <source>&amp;Your key:</source>
        <translation>&amp;Ihr Schlüssel:</translation>
    </message>
    <message>
        <source>Your own key file, or your token&apos;s PKCS#11 module</source>
        <translation>Ihre eigene Schlüsseldatei oder das PKCS#11-Modul Ihres Tokens</translation>
    </message>
    <message>
        <source>Choose your key file</source>
        <translation>Ihre Schlüsseldatei wählen</translation>
    </message>
    <message>
        <source>&amp;Key file (.p12):</source>
        <translation>S&amp;chlüsseldatei (.p12):</translation>
    </message>
    <message>
        <source>Key label on the token</source>
        <translation>Bezeichnung des Schlüssels auf dem Token</translation>
    </message>
    <message>
        <source>Key &amp;label:</source>
        <translation>Schlüssel&amp;bezeichnung:</translation>
    </message>
    <message>
        <source>Passphrase of your key, or your token&apos;s PIN</source>
        <translation>Passphrase Ihres Schlüssels oder PIN Ihres Tokens</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>your role, e.g. Reviewer, AI Office</source>
        <translation>Ihre Rolle, z. B. Prüfer, Büro für Künstliche Intelligenz</translation>
    </message>
    <message>
        <source>Your function in the approval block</source>
        <translation>Ihre Funktion im Freigabefeld</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>The passphrase or PIN is used for this signature only and is never stored.</source>
        <translation>Die Passphrase oder PIN wird nur für diese Signatur verwendet und nie gespeichert.</translation>
    </message>
    <message>
        <source>&amp;Sign and approve</source>
        <translation>&amp;Signieren und freigeben</translation>
    </message>
    <message>
        <source>PKCS#11 &amp;module:</source>
        <translation>PKCS#11-&amp;Modul:</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>P&amp;IN:</translation>
    </message>
    <message>
        <source>PKCS#11 module (*.so *.dll *.dylib);;All files (*)</source>
        <translation>PKCS#11-Modul (*.so *.dll *.dylib);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>PKCS#12 key (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-Schlüssel (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Your signing key</source>
        <translation>Ihr Signaturschlüssel</translation>
    </message>
    <message>
        <source>Give your own key: approving means signing the letter with it.</source>
        <translation>Geben Sie Ihren eigenen Schlüssel an: Freigeben heißt, das Schreiben damit zu signieren.</translation>
    </message>
    <message>
        <source>Signing the approval…</source>
        <translation>Freigabe wird signiert…</translation>
    </message>
    <message>
        <source>The draft cannot be shown as it was recorded.</source>
        <translation>Der Entwurf kann nicht so angezeigt werden, wie er gespeichert wurde.</translation>
    </message>
    <message>
        <source>The draft rendered now is not the recorded draft (its SHA-256 differs): draft the letter again before approving it.</source>
        <translation>Der jetzt erzeugte Entwurf ist nicht der gespeicherte (sein SHA-256 weicht ab): Entwerfen Sie das Schreiben erneut, bevor Sie es billigen.</translation>
    </message>
    <message>
        <source>The first page cannot be shown (the PDF may be damaged).</source>
        <translation>Die erste Seite kann nicht angezeigt werden (das PDF ist möglicherweise beschädigt).</translation>
    </message>
    <message>
        <source>The first page cannot be shown.</source>
        <translation>Die erste Seite kann nicht angezeigt werden.</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign case</source>
        <translation>Fall zuweisen</translation>
    </message>
    <message>
        <source>Assign</source>
        <translation>Zuweisen</translation>
    </message>
    <message>
        <source>Currently assigned to: %1</source>
        <translation>Derzeit zugewiesen an: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemanden</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <source>Reason for the assignment</source>
        <translation>Grund der Zuweisung</translation>
    </message>
    <message>
        <source>&amp;Officer:</source>
        <translation>&amp;Sachbearbeiter:</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
</context>
<context>
    <name>AuditSentences</name>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Assigned officer</source>
        <translation>Zuständige Person</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Subject version</source>
        <translation>Version des Gegenstands</translation>
    </message>
    <message>
        <source>Kind of subject</source>
        <translation>Art des Gegenstands</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Signed by</source>
        <translation>Signiert von</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>Archiv</translation>
    </message>
    <message>
        <source>Checklist version</source>
        <translation>Version der Prüfliste</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Days paused</source>
        <translation>Tage angehalten</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>approved</source>
        <translation>gebilligt</translation>
    </message>
    <message>
        <source>issued</source>
        <translation>erlassen</translation>
    </message>
    <message>
        <source>superseded</source>
        <translation>ersetzt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>teilweise</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Letter exported</source>
        <translation>Schreiben exportiert</translation>
    </message>
    <message>
        <source>Checklist version changed</source>
        <translation>Version der Prüfliste geändert</translation>
    </message>
    <message>
        <source>Cases linked</source>
        <translation>Fälle verknüpft</translation>
    </message>
    <message>
        <source>Cases unlinked</source>
        <translation>Verknüpfung der Fälle gelöst</translation>
    </message>
    <message>
        <source>Model facts recorded</source>
        <translation>Modelldaten erfasst</translation>
    </message>
    <message>
        <source>Officer recorded</source>
        <translation>Person erfasst</translation>
    </message>
    <message>
        <source>Officer role changed</source>
        <translation>Rolle geändert</translation>
    </message>
    <message>
        <source>Signing certificate added</source>
        <translation>Signaturzertifikat hinzugefügt</translation>
    </message>
    <message>
        <source>Signing certificate removed</source>
        <translation>Signaturzertifikat entfernt</translation>
    </message>
    <message>
        <source>Demo data dated back</source>
        <translation>Demodaten rückdatiert</translation>
    </message>
    <message>
        <source>Audit checkpoint</source>
        <translation>Prüfpunkt des Prüfpfads</translation>
    </message>
    <message>
        <source>Other change</source>
        <translation>Sonstige Änderung</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemand</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>Frist angehalten</translation>
    </message>
    <message>
        <source>Due date %1 → %2 (%3 days paused)</source>
        <translation>Frist %1 → %2 (%3 Tage angehalten)</translation>
    </message>
    <message>
        <source>Letter %1</source>
        <translation>Schreiben %1</translation>
    </message>
    <message>
        <source>signed by %1</source>
        <translation>signiert von %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>none ticked</source>
        <translation>nichts angekreuzt</translation>
    </message>
</context>
<context>
    <name>CandidatesPanel</name>
    <message>
        <source>Clauses found by the licence screening (%1)</source>
        <translation>Von der Lizenzprüfung gefundene Klauseln (%1)</translation>
    </message>
    <message>
        <source>Strongest first. Accept a clause to use it in the answer; reject it with a reason, which is kept in the answer&apos;s note for the reviewer.</source>
        <translation>Die stärksten zuerst. Übernehmen Sie eine Klausel in die Antwort oder lehnen Sie sie mit Begründung ab; die Begründung bleibt in der Notiz zur Antwort für die prüfende Person.</translation>
    </message>
    <message>
        <source>Candidate clauses</source>
        <translation>Gefundene Klauseln</translation>
    </message>
    <message>
        <source>Strength</source>
        <translation>Stärke</translation>
    </message>
    <message>
        <source>Finding</source>
        <translation>Befund</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Fundstelle</translation>
    </message>
    <message>
        <source>Clause</source>
        <translation>Klausel</translation>
    </message>
    <message>
        <source>strong</source>
        <translation>stark</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>weak</source>
        <translation>schwach</translation>
    </message>
    <message>
        <source>Definitions used: %1</source>
        <translation>Verwendete Begriffsbestimmungen: %1</translation>
    </message>
    <message>
        <source>Reason for rejecting the selected clause</source>
        <translation>Grund für die Ablehnung der ausgewählten Klausel</translation>
    </message>
    <message>
        <source>Reason for rejecting</source>
        <translation>Ablehnungsgrund</translation>
    </message>
    <message>
        <source>Acc&amp;ept clause</source>
        <translation>Klausel üb&amp;ernehmen</translation>
    </message>
    <message>
        <source>Re&amp;ject clause</source>
        <translation>Klausel ab&amp;lehnen</translation>
    </message>
    <message>
        <source>use restriction</source>
        <translation>Nutzungsbeschränkung</translation>
    </message>
    <message>
        <source>naming duty</source>
        <translation>Namenspflicht</translation>
    </message>
    <message>
        <source>policy to attach as evidence</source>
        <translation>als Beweismittel beizufügende Richtlinie</translation>
    </message>
    <message>
        <source>Select a clause first.</source>
        <translation>Wählen Sie zuerst eine Klausel aus.</translation>
    </message>
    <message>
        <source>Attach the policy named at %1 as evidence, then screen again.</source>
        <translation>Fügen Sie die unter %1 genannte Richtlinie als Beweismittel bei und prüfen Sie erneut.</translation>
    </message>
    <message>
        <source>Accepted: %1</source>
        <translation>Übernommen: %1</translation>
    </message>
    <message>
        <source>Give a reason for rejecting the clause: it goes into the answer&apos;s note.</source>
        <translation>Geben Sie einen Grund für die Ablehnung an: Er wird in die Notiz zur Antwort geschrieben.</translation>
    </message>
    <message>
        <source>Rejected: %1 (recorded in the note)</source>
        <translation>Abgelehnt: %1 (in der Notiz festgehalten)</translation>
    </message>
    <message>
        <source>Rejected screening candidate %1 (%2): %3</source>
        <translation>Abgelehnter Prüfungsbefund %1 (%2): %3</translation>
    </message>
</context>
<context>
    <name>CaseListPage</name>
    <message>
        <source>Search titles, providers, subjects, notes and evidence text…  (Ctrl+F)</source>
        <translation>Titel, Anbieter, Gegenstände, Notizen und Beweistexte durchsuchen…  (Strg+F)</translation>
    </message>
    <message>
        <source>Search cases</source>
        <translation>Fälle durchsuchen</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Nach Status filtern</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Filter by assigned officer</source>
        <translation>Nach zuständigem Sachbearbeiter filtern</translation>
    </message>
    <message>
        <source>&amp;Overdue</source>
        <translation>Ü&amp;berfällig</translation>
    </message>
    <message>
        <source>Only overdue cases</source>
        <translation>Nur überfällige Fälle</translation>
    </message>
    <message>
        <source>Due this &amp;week</source>
        <translation>Fällig diese &amp;Woche</translation>
    </message>
    <message>
        <source>Only cases due within seven days</source>
        <translation>Nur Fälle, die binnen sieben Tagen fällig sind</translation>
    </message>
    <message>
        <source>Clock &amp;stopped</source>
        <translation>Frist &amp;angehalten</translation>
    </message>
    <message>
        <source>Only cases with the clock stopped</source>
        <translation>Nur Fälle mit angehaltener Frist</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Type words to search; quotes, * and - are treated as plain text.</source>
        <translation>Geben Sie Wörter ein; Anführungszeichen, * und - gelten als normaler Text.</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Me (%1)</source>
        <translation>Ich (%1)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>%1 cases loaded</source>
        <translation>%1 Fälle geladen</translation>
    </message>
    <message>
        <source>No case matches: change the search or the filters (Esc clears the search).</source>
        <translation>Kein Fall passt: Ändern Sie die Suche oder die Filter (Esc leert die Suche).</translation>
    </message>
    <message>
        <source>No cases yet. Press Ctrl+N to open the first one.</source>
        <translation>Noch keine Fälle. Mit Strg+N eröffnen Sie den ersten.</translation>
    </message>
    <message>
        <source>%1 of %2 cases match</source>
        <translation>%1 von %2 Fällen passen</translation>
    </message>
    <message>
        <source>%1 of %2 cases loaded</source>
        <translation>%1 von %2 Fällen geladen</translation>
    </message>
    <message>
        <source>%1 cases</source>
        <translation>%1 Fälle</translation>
    </message>
</context>
<context>
    <name>CaseTableModel</name>
    <message>
        <source>Reference</source>
        <translation>Aktenzeichen</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Gegenstand</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Zugewiesen an</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Fällig</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>Tage übrig</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>%1 (stopped)</source>
        <translation>%1 (angehalten)</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
    <message>
        <source>Overdue by %1 days</source>
        <translation>Seit %1 Tagen überfällig</translation>
    </message>
    <message>
        <source>Clock stopped since %1</source>
        <translation>Frist angehalten seit %1</translation>
    </message>
</context>
<context>
    <name>CaseWorkspace</name>
    <message>
        <source>Case %1</source>
        <translation>Fall %1</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Übersicht</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beweismittel</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Prüfliste</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Timeline</source>
        <translation>Zeitleiste</translation>
    </message>
</context>
<context>
    <name>ChecklistTab</name>
    <message>
        <source>Compute</source>
        <translation>Rechenaufwand</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Answer A1 (model, system or both) to start.</source>
        <translation>Beantworten Sie zunächst A1 (Modell, System oder beides).</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Model: Art. 53(2), 54(6)</source>
        <translation>Modell: Art. 53 Abs. 2, Art. 54 Abs. 6</translation>
    </message>
    <message>
        <source>System: Art. 2(12)</source>
        <translation>System: Art. 2 Abs. 12</translation>
    </message>
    <message>
        <source>Grounds</source>
        <translation>Gründe</translation>
    </message>
    <message>
        <source>Missing answers</source>
        <translation>Fehlende Antworten</translation>
    </message>
    <message>
        <source>Obligations that apply</source>
        <translation>Geltende Pflichten</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Feststellungen</translation>
    </message>
    <message>
        <source>systemic risk presumed</source>
        <translation>systemisches Risiko vermutet</translation>
    </message>
    <message>
        <source>borderline</source>
        <translation>Grenzfall</translation>
    </message>
    <message>
        <source>not presumed</source>
        <translation>nicht vermutet</translation>
    </message>
    <message>
        <source>Questions</source>
        <translation>Fragen</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>Previous question (Alt+Left, Page Up)</source>
        <translation>Vorherige Frage (Alt+Links, Bild auf)</translation>
    </message>
    <message>
        <source>Next question (Alt+Right, Page Down, Ctrl+Enter)</source>
        <translation>Nächste Frage (Alt+Rechts, Bild ab, Strg+Eingabe)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save this answer (Ctrl+S)</source>
        <translation>Diese Antwort speichern (Strg+S)</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Loading the checklist…</source>
        <translation>Prüfliste wird geladen…</translation>
    </message>
    <message>
        <source>The checklist cannot be used: %1</source>
        <translation>Die Prüfliste kann nicht verwendet werden: %1</translation>
    </message>
    <message>
        <source>Checklist %1 %2 · %3</source>
        <translation>Prüfliste %1 %2 · %3</translation>
    </message>
    <message>
        <source>Case %1: answers are read-only (reopen to change)</source>
        <translation>Fall %1: Antworten schreibgeschützt (zum Ändern wieder eröffnen)</translation>
    </message>
    <message>
        <source>Screen the case&apos;s &amp;licence evidence</source>
        <translation>&amp;Lizenz-Beweismittel des Falls prüfen</translation>
    </message>
    <message>
        <source>Read the licence and policy files attached as evidence; suggest answers for M1-M7</source>
        <translation>Die als Beweismittel beigefügten Lizenz- und Richtliniendateien lesen; Antworten für M1-M7 vorschlagen</translation>
    </message>
    <message>
        <source>Screen other files…</source>
        <translation>Andere Dateien prüfen…</translation>
    </message>
    <message>
        <source>Read a licence and its policies from disk; suggest answers for M1-M7</source>
        <translation>Eine Lizenz und ihre Richtlinien vom Datenträger lesen; Antworten für M1-M7 vorschlagen</translation>
    </message>
    <message>
        <source>Licence knowledge base: %1 · %2</source>
        <translation>Lizenz-Wissensbasis: %1 · %2</translation>
    </message>
    <message>
        <source>The case was opened for this kind of subject.</source>
        <translation>Der Fall wurde für diese Art von Gegenstand eröffnet.</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
    <message>
        <source>Model inspection (case subject)</source>
        <translation>Modellprüfung (Gegenstand des Falls)</translation>
    </message>
    <message>
        <source>The model card names the licence &apos;%1&apos;.</source>
        <translation>Die Modellkarte nennt die Lizenz „%1“.</translation>
    </message>
    <message>
        <source>The model card names this licence.</source>
        <translation>Die Modellkarte nennt diese Lizenz.</translation>
    </message>
    <message>
        <source>Architecture recorded from the model&apos;s configuration: %1.</source>
        <translation>Aus der Konfiguration des Modells erfasste Architektur: %1.</translation>
    </message>
    <message>
        <source>Unsaved changes</source>
        <translation>Nicht gespeicherte Änderungen</translation>
    </message>
    <message>
        <source>%1 evidence item(s)</source>
        <translation>%1 Beweismittel</translation>
    </message>
    <message>
        <source>note: %1</source>
        <translation>Notiz: %1</translation>
    </message>
    <message>
        <source>Read-only: the case is %1</source>
        <translation>Schreibgeschützt: Der Fall hat den Status %1</translation>
    </message>
    <message>
        <source>◀ Back</source>
        <translation>◀ Zurück</translation>
    </message>
    <message>
        <source>Next ▶</source>
        <translation>Weiter ▶</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Gespeichert</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Nicht gespeichert: %1</translation>
    </message>
    <message>
        <source>Saving the answer…</source>
        <translation>Antwort wird gespeichert…</translation>
    </message>
    <message>
        <source>Licence and policy files</source>
        <translation>Lizenz- und Richtliniendateien</translation>
    </message>
    <message>
        <source>Text files (*.txt *.md LICENSE*);;All files (*)</source>
        <translation>Textdateien (*.txt *.md LICENSE*);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>No licence or policy file among the evidence: attach it first.</source>
        <translation>Unter den Beweismitteln ist keine Lizenz- oder Richtliniendatei: Fügen Sie sie zuerst bei.</translation>
    </message>
    <message>
        <source>Licence screened: %1</source>
        <translation>Lizenz geprüft: %1</translation>
    </message>
    <message>
        <source>Screening the licence…</source>
        <translation>Lizenz wird geprüft…</translation>
    </message>
    <message>
        <source>no clause found</source>
        <translation>keine Klausel gefunden</translation>
    </message>
    <message>
        <source>%1, line %2: &quot;%3&quot;</source>
        <translation>%1, Zeile %2: „%3“</translation>
    </message>
    <message>
        <source>%1 restriction(s) found</source>
        <translation>%1 Beschränkung(en) gefunden</translation>
    </message>
    <message>
        <source>and %1 more</source>
        <translation>und %1 weitere</translation>
    </message>
    <message>
        <source>From licence screening: %1</source>
        <translation>Aus der Lizenzprüfung: %1</translation>
    </message>
    <message>
        <source>Licence screening</source>
        <translation>Lizenzprüfung</translation>
    </message>
</context>
<context>
    <name>CheckpointDialog</name>
    <message>
        <source>Sign audit checkpoint</source>
        <translation>Prüfpunkt des Audit-Protokolls signieren</translation>
    </message>
    <message>
        <source>&amp;Sign checkpoint</source>
        <translation>Prüfpunkt &amp;signieren</translation>
    </message>
    <message>
        <source>Signing key file of the unit</source>
        <translation>Signaturschlüsseldatei des Referats</translation>
    </message>
    <message>
        <source>Choose the signing key file</source>
        <translation>Die Signaturschlüsseldatei wählen</translation>
    </message>
    <message>
        <source>&amp;Key file (.p12):</source>
        <translation>&amp;Schlüsseldatei (.p12):</translation>
    </message>
    <message>
        <source>Passphrase of the signing key</source>
        <translation>Passphrase des Signaturschlüssels</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>The unit&apos;s key signs the current end of the audit trail. A later check of the trail then shows whether events were removed or rewritten since. The passphrase is used for this signature only and is never stored.</source>
        <translation>Der Schlüssel des Referats signiert das aktuelle Ende des Audit-Protokolls. Eine spätere Prüfung zeigt dann, ob seither Ereignisse entfernt oder umgeschrieben wurden. Die Passphrase wird nur für diese Signatur verwendet und nie gespeichert.</translation>
    </message>
    <message>
        <source>Choose the key file (.p12) of the unit.</source>
        <translation>Wählen Sie die Schlüsseldatei (.p12) des Referats.</translation>
    </message>
    <message>
        <source>Signing the audit checkpoint…</source>
        <translation>Prüfpunkt des Audit-Protokolls wird signiert…</translation>
    </message>
</context>
<context>
    <name>CheckpointNotice</name>
    <message>
        <source>Sign audit checkpoint…</source>
        <translation>Prüfpunkt des Audit-Protokolls signieren…</translation>
    </message>
    <message>
        <source>Sign audit checkpoint</source>
        <translation>Prüfpunkt des Audit-Protokolls signieren</translation>
    </message>
    <message>
        <source>The audit trail has never been signed with the unit&apos;s key.</source>
        <translation>Das Audit-Protokoll wurde noch nie mit dem Schlüssel des Referats signiert.</translation>
    </message>
    <message>
        <source>The last audit checkpoint is more than a day old (%1).</source>
        <translation>Der letzte Prüfpunkt des Audit-Protokolls ist älter als ein Tag (%1).</translation>
    </message>
</context>
<context>
    <name>ChoiceEditor</name>
    <message>
        <source>&amp;Yes</source>
        <translation>&amp;Ja</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>&amp;Nein</translation>
    </message>
    <message>
        <source>&amp;Partly</source>
        <translation>&amp;Teilweise</translation>
    </message>
    <message>
        <source>&amp;Unknown</source>
        <translation>&amp;Unbekannt</translation>
    </message>
</context>
<context>
    <name>CommandPalette</name>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
    <message>
        <source>Type an action or a case (title, provider, reference…)</source>
        <translation>Aktion oder Fall eingeben (Titel, Anbieter, Aktenzeichen…)</translation>
    </message>
    <message>
        <source>Command or case</source>
        <translation>Befehl oder Fall</translation>
    </message>
    <message>
        <source>Matching actions and cases</source>
        <translation>Passende Aktionen und Fälle</translation>
    </message>
    <message>
        <source>↑↓ to move · Enter to run · Esc to close</source>
        <translation>↑↓ zum Bewegen · Eingabe zum Ausführen · Esc zum Schließen</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche läuft…</translation>
    </message>
    <message>
        <source>Nothing found for “%1”.</source>
        <translation>Nichts gefunden für „%1“.</translation>
    </message>
</context>
<context>
    <name>ComputeHelper</name>
    <message>
        <source>Compute helper (Guidelines Annex A)</source>
        <translation>Rechenhilfe für den Rechenaufwand (Leitlinien, Anhang A)</translation>
    </message>
    <message>
        <source>GPUs</source>
        <translation>GPUs</translation>
    </message>
    <message>
        <source>hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>peak FLOP/s</source>
        <translation>Spitzen-FLOP/s</translation>
    </message>
    <message>
        <source>utilisation</source>
        <translation>Auslastung</translation>
    </message>
    <message>
        <source>Parameters P</source>
        <translation>Parameter P</translation>
    </message>
    <message>
        <source>Tokens D</source>
        <translation>Token D</translation>
    </message>
    <message>
        <source>Use as A2a</source>
        <translation>Für A2a übernehmen</translation>
    </message>
    <message>
        <source>GPUs N</source>
        <translation>GPUs N</translation>
    </message>
    <message>
        <source>Hours</source>
        <translation>Stunden</translation>
    </message>
    <message>
        <source>Peak FLOP/s H</source>
        <translation>Spitzen-FLOP/s H</translation>
    </message>
    <message>
        <source>Utilisation U</source>
        <translation>Auslastung U</translation>
    </message>
    <message>
        <source>Use as A2b</source>
        <translation>Für A2b übernehmen</translation>
    </message>
    <message>
        <source>Enter P and D, or GPUs, hours, peak FLOP/s and utilisation, to estimate C.</source>
        <translation>Geben Sie P und D oder GPUs, Stunden, Spitzen-FLOP/s und Auslastung ein, um C zu schätzen.</translation>
    </message>
    <message>
        <source>Parameter count from model inspection (safetensors/GGUF headers)</source>
        <translation>Parameterzahl aus der Modellprüfung (safetensors-/GGUF-Header)</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <source>Someone else saved first</source>
        <translation>Jemand anderes hat zuerst gespeichert</translation>
    </message>
    <message>
        <source>Save conflict</source>
        <translation>Speicherkonflikt</translation>
    </message>
    <message>
        <source>%1 changed this while you were working on it.</source>
        <translation>%1 hat dies geändert, während Sie daran gearbeitet haben.</translation>
    </message>
    <message>
        <source>Someone else changed this while you were working on it.</source>
        <translation>Jemand anderes hat dies geändert, während Sie daran gearbeitet haben.</translation>
    </message>
    <message>
        <source>What:</source>
        <translation>Was:</translation>
    </message>
    <message>
        <source>Changed by:</source>
        <translation>Geändert von:</translation>
    </message>
    <message>
        <source>When:</source>
        <translation>Wann:</translation>
    </message>
    <message>
        <source>Change:</source>
        <translation>Änderung:</translation>
    </message>
    <message>
        <source>They saved:</source>
        <translation>Die andere Person hat gespeichert:</translation>
    </message>
    <message>
        <source>What you entered (not saved; copy it before reloading if you want to keep it):</source>
        <translation>Ihre Eingabe (nicht gespeichert; kopieren Sie sie vor dem Neuladen, wenn Sie sie behalten möchten):</translation>
    </message>
    <message>
        <source>Your unsaved values</source>
        <translation>Ihre nicht gespeicherten Werte</translation>
    </message>
    <message>
        <source>&amp;Reload</source>
        <translation>&amp;Neu laden</translation>
    </message>
    <message>
        <source>Reload to see their change</source>
        <translation>Neu laden, um die Änderung zu sehen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Keep the screen as it is</source>
        <translation>Die Anzeige unverändert lassen</translation>
    </message>
</context>
<context>
    <name>DashboardPage</name>
    <message>
        <source>Dashboard</source>
        <translation>Übersichtstafel</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Refresh the dashboard</source>
        <translation>Übersichtstafel aktualisieren</translation>
    </message>
    <message>
        <source>Export register…</source>
        <translation>Register exportieren…</translation>
    </message>
    <message>
        <source>Export the case register to a file</source>
        <translation>Das Fallregister in eine Datei exportieren</translation>
    </message>
    <message>
        <source>open cases</source>
        <translation>offene Fälle</translation>
    </message>
    <message>
        <source>overdue</source>
        <translation>überfällig</translation>
    </message>
    <message>
        <source>due within 7 days</source>
        <translation>fällig binnen 7 Tagen</translation>
    </message>
    <message>
        <source>clock stopped</source>
        <translation>Frist angehalten</translation>
    </message>
    <message>
        <source>Cases by status</source>
        <translation>Fälle nach Status</translation>
    </message>
    <message>
        <source>Open cases by deadline</source>
        <translation>Offene Fälle nach Frist</translation>
    </message>
    <message>
        <source>Outcomes by month of decision (last 12 months)</source>
        <translation>Ergebnisse nach Entscheidungsmonat (letzte 12 Monate)</translation>
    </message>
    <message>
        <source>Open cases by officer (Enter shows them)</source>
        <translation>Offene Fälle nach Person (Eingabetaste zeigt sie)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-Arbeitsmappe (*.xlsx)</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>Export register</source>
        <translation>Register exportieren</translation>
    </message>
    <message>
        <source>Exporting the register…</source>
        <translation>Register wird exportiert…</translation>
    </message>
    <message>
        <source>Register exported: %1 case(s) written to %2.</source>
        <translation>Register exportiert: %1 Fall/Fälle in %2 geschrieben.</translation>
    </message>
    <message>
        <source>The register was not exported.</source>
        <translation>Das Register wurde nicht exportiert.</translation>
    </message>
    <message>
        <source>%1 cases in all</source>
        <translation>%1 Fälle insgesamt</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Diese Woche</translation>
    </message>
    <message>
        <source>Stopped</source>
        <translation>Angehalten</translation>
    </message>
    <message>
        <source>Later</source>
        <translation>Später</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <source>Not known</source>
        <translation>Unbekannt</translation>
    </message>
</context>
<context>
    <name>DecisionDialog</name>
    <message>
        <source>Record the decision on %1</source>
        <translation>Entscheidung zu %1 festhalten</translation>
    </message>
    <message>
        <source>Outcome assessed: %1.

A case is normally decided by issuing its signed letter (Letters tab, after a second officer approved it). To record the decision without a letter, say why: the reason is kept in the audit trail with the outcome.</source>
        <translation>Bewertetes Ergebnis: %1.

Über einen Fall wird in der Regel durch den Erlass seines signierten Schreibens entschieden (Reiter Schreiben, nach Billigung durch eine zweite Person). Um die Entscheidung ohne Schreiben festzuhalten, geben Sie den Grund an: Er wird mit dem Ergebnis im Prüfpfad gespeichert.</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Entscheidung festhalten</translation>
    </message>
</context>
<context>
    <name>DecisionLabels</name>
    <message>
        <source>Not a general-purpose AI model</source>
        <translation>Kein KI-Modell mit allgemeinem Verwendungszweck</translation>
    </message>
    <message>
        <source>Not exempt: systemic risk</source>
        <translation>Nicht ausgenommen: systemisches Risiko</translation>
    </message>
    <message>
        <source>Not exempt</source>
        <translation>Nicht ausgenommen</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>Unbestimmt</translation>
    </message>
    <message>
        <source>Partially exempt</source>
        <translation>Teilweise ausgenommen</translation>
    </message>
    <message>
        <source>The Act applies (no open-source exclusion)</source>
        <translation>Die Verordnung gilt (keine Open-Source-Ausnahme)</translation>
    </message>
    <message>
        <source>Not excluded: high-risk system</source>
        <translation>Nicht ausgenommen: Hochrisiko-System</translation>
    </message>
    <message>
        <source>Not excluded: Art. 5 applies</source>
        <translation>Nicht ausgenommen: Art. 5 anwendbar</translation>
    </message>
    <message>
        <source>Art. 50 obligations apply</source>
        <translation>Pflichten nach Art. 50 gelten</translation>
    </message>
    <message>
        <source>Excluded under Art. 2(12)</source>
        <translation>Ausgenommen nach Art. 2 Abs. 12</translation>
    </message>
    <message>
        <source>Designated by the Commission as a model with systemic risk</source>
        <translation>Von der Kommission als Modell mit systemischem Risiko eingestuft</translation>
    </message>
    <message>
        <source>Training compute above 10²⁵ FLOP: systemic risk presumed</source>
        <translation>Trainingsrechenaufwand über 10²⁵ FLOP: systemisches Risiko vermutet</translation>
    </message>
    <message>
        <source>Not everyone can access the model freely</source>
        <translation>Nicht jeder kann frei auf das Modell zugreifen</translation>
    </message>
    <message>
        <source>The licence restricts use beyond attribution and copyleft</source>
        <translation>Die Lizenz beschränkt die Nutzung über Namensnennung und Copyleft hinaus</translation>
    </message>
    <message>
        <source>Research-only or non-commercial use</source>
        <translation>Nur Forschung oder nichtkommerzielle Nutzung</translation>
    </message>
    <message>
        <source>A threshold of users or revenue</source>
        <translation>Ein Schwellenwert für Nutzer oder Umsatz</translation>
    </message>
    <message>
        <source>A separate (commercial) licence is required for some uses</source>
        <translation>Für manche Nutzungen ist eine gesonderte (kommerzielle) Lizenz erforderlich</translation>
    </message>
    <message>
        <source>Outputs may not be used to train other models</source>
        <translation>Ausgaben dürfen nicht zum Training anderer Modelle verwendet werden</translation>
    </message>
    <message>
        <source>The licensor may restrict or stop use at its discretion</source>
        <translation>Der Lizenzgeber kann die Nutzung nach eigenem Ermessen beschränken oder beenden</translation>
    </message>
    <message>
        <source>A use restriction fails the safety test of Guidelines ¶84</source>
        <translation>Eine Nutzungsbeschränkung besteht die Sicherheitsprüfung der Leitlinien, Rn. 84, nicht</translation>
    </message>
    <message>
        <source>Modification is not free for everyone</source>
        <translation>Die Änderung ist nicht für jeden frei</translation>
    </message>
    <message>
        <source>Redistribution (also of derivatives) is not free for everyone</source>
        <translation>Die Weitergabe (auch abgeleiteter Werke) ist nicht für jeden frei</translation>
    </message>
    <message>
        <source>The model is monetised</source>
        <translation>Das Modell wird monetarisiert</translation>
    </message>
    <message>
        <source>The weights are not (all) public</source>
        <translation>Die Gewichte sind nicht (alle) öffentlich</translation>
    </message>
    <message>
        <source>Architecture information is not public</source>
        <translation>Informationen zur Architektur sind nicht öffentlich</translation>
    </message>
    <message>
        <source>Usage information is incomplete</source>
        <translation>Die Informationen zur Nutzung sind unvollständig</translation>
    </message>
    <message>
        <source>Not released under a free and open-source licence</source>
        <translation>Nicht unter einer freien und quelloffenen Lizenz veröffentlicht</translation>
    </message>
    <message>
        <source>Placed on the market or put into service as high-risk</source>
        <translation>Als Hochrisiko-System in Verkehr gebracht oder in Betrieb genommen</translation>
    </message>
    <message>
        <source>Falls under a prohibited practice (Art. 5)</source>
        <translation>Fällt unter eine verbotene Praktik (Art. 5)</translation>
    </message>
    <message>
        <source>Falls under Art. 50 transparency obligations</source>
        <translation>Fällt unter die Transparenzpflichten nach Art. 50</translation>
    </message>
    <message>
        <source>No copyright policy (Art. 53(1)(c))</source>
        <translation>Keine Strategie zur Einhaltung des Urheberrechts (Art. 53 Abs. 1 Buchst. c)</translation>
    </message>
    <message>
        <source>No public training-content summary (Art. 53(1)(d))</source>
        <translation>Keine öffentliche Zusammenfassung der Trainingsinhalte (Art. 53 Abs. 1 Buchst. d)</translation>
    </message>
    <message>
        <source>No authorised representative (Art. 54)</source>
        <translation>Kein Bevollmächtigter (Art. 54)</translation>
    </message>
    <message>
        <source>No technical documentation or downstream information (Art. 53(1)(a)-(b))</source>
        <translation>Keine technische Dokumentation oder Informationen für nachgelagerte Anbieter (Art. 53 Abs. 1 Buchst. a und b)</translation>
    </message>
    <message>
        <source>Art. 53(1)(a) technical documentation (Annex XI)</source>
        <translation>Art. 53 Abs. 1 Buchst. a: technische Dokumentation (Anhang XI)</translation>
    </message>
    <message>
        <source>Art. 53(1)(b) information for downstream providers (Annex XII)</source>
        <translation>Art. 53 Abs. 1 Buchst. b: Informationen für nachgelagerte Anbieter (Anhang XII)</translation>
    </message>
    <message>
        <source>Art. 53(1)(c) copyright policy, honouring opt-outs</source>
        <translation>Art. 53 Abs. 1 Buchst. c: Strategie zur Einhaltung des Urheberrechts, unter Beachtung von Rechtevorbehalten</translation>
    </message>
    <message>
        <source>Art. 53(1)(d) public summary of training content</source>
        <translation>Art. 53 Abs. 1 Buchst. d: öffentliche Zusammenfassung der Trainingsinhalte</translation>
    </message>
    <message>
        <source>Art. 54 authorised representative in the EU</source>
        <translation>Art. 54: Bevollmächtigter in der Union</translation>
    </message>
    <message>
        <source>Art. 55 obligations for models with systemic risk</source>
        <translation>Art. 55: Pflichten für Modelle mit systemischem Risiko</translation>
    </message>
    <message>
        <source>Training compute estimated from the answers.</source>
        <translation>Trainingsrechenaufwand aus den Antworten geschätzt.</translation>
    </message>
    <message>
        <source>The model does not show significant generality: it is not a general-purpose AI model.</source>
        <translation>Das Modell weist keine erhebliche allgemeine Verwendbarkeit auf: Es ist kein KI-Modell mit allgemeinem Verwendungszweck.</translation>
    </message>
    <message>
        <source>The model generates text, audio, images or video with significant generality.</source>
        <translation>Das Modell erzeugt Text, Audio, Bilder oder Video mit erheblicher allgemeiner Verwendbarkeit.</translation>
    </message>
    <message>
        <source>Generality unknown: with more than 10²³ FLOP the model is presumed general-purpose.</source>
        <translation>Allgemeine Verwendbarkeit unbekannt: Mit mehr als 10²³ FLOP gilt das Modell als Modell mit allgemeinem Verwendungszweck.</translation>
    </message>
    <message>
        <source>Generality unknown and compute not above 10²³ FLOP: general-purpose status undecided.</source>
        <translation>Allgemeine Verwendbarkeit unbekannt und Rechenaufwand nicht über 10²³ FLOP: Einstufung mit allgemeinem Verwendungszweck offen.</translation>
    </message>
    <message>
        <source>The Commission designated the model as having systemic risk.</source>
        <translation>Die Kommission hat das Modell als Modell mit systemischem Risiko eingestuft.</translation>
    </message>
    <message>
        <source>Cumulative training compute above 10²⁵ FLOP: systemic risk is presumed.</source>
        <translation>Kumulierter Trainingsrechenaufwand über 10²⁵ FLOP: Ein systemisches Risiko wird vermutet.</translation>
    </message>
    <message>
        <source>The officer&apos;s finding on the 10²⁵ FLOP presumption replaces the computed band.</source>
        <translation>Die Feststellung des Sachbearbeiters zur 10²⁵-FLOP-Vermutung ersetzt die berechnete Spanne.</translation>
    </message>
    <message>
        <source>The Commission accepted the provider&apos;s arguments against systemic risk.</source>
        <translation>Die Kommission hat die Argumente des Anbieters gegen ein systemisches Risiko angenommen.</translation>
    </message>
    <message>
        <source>Compute unknown and no finding on the presumption: systemic risk not established.</source>
        <translation>Rechenaufwand unbekannt und keine Feststellung zur Vermutung: systemisches Risiko nicht festgestellt.</translation>
    </message>
    <message>
        <source>Not everyone can access the model freely (payment, approval gate, exclusion).</source>
        <translation>Nicht jeder kann frei auf das Modell zugreifen (Bezahlung, Freigabeschranke, Ausschluss).</translation>
    </message>
    <message>
        <source>The licence restricts use beyond attribution and copyleft.</source>
        <translation>Die Lizenz beschränkt die Nutzung über Namensnennung und Copyleft hinaus.</translation>
    </message>
    <message>
        <source>A use restriction is not a specific, proportionate, safety-oriented one.</source>
        <translation>Eine Nutzungsbeschränkung ist nicht spezifisch, verhältnismäßig und sicherheitsbezogen.</translation>
    </message>
    <message>
        <source>The licence does not let everyone modify the model freely.</source>
        <translation>Die Lizenz erlaubt nicht jedem, das Modell frei zu ändern.</translation>
    </message>
    <message>
        <source>The licence does not let everyone redistribute the model and derivatives.</source>
        <translation>Die Lizenz erlaubt nicht jedem, das Modell und abgeleitete Werke weiterzugeben.</translation>
    </message>
    <message>
        <source>Derivatives must carry the provider&apos;s name or mark (borderline: legal review).</source>
        <translation>Abgeleitete Werke müssen den Namen oder die Marke des Anbieters tragen (Grenzfall: rechtliche Prüfung).</translation>
    </message>
    <message>
        <source>The model is monetised.</source>
        <translation>Das Modell wird monetarisiert.</translation>
    </message>
    <message>
        <source>The weights are not (all) publicly available.</source>
        <translation>Die Gewichte sind nicht (alle) öffentlich zugänglich.</translation>
    </message>
    <message>
        <source>Architecture information is not public.</source>
        <translation>Informationen zur Architektur sind nicht öffentlich.</translation>
    </message>
    <message>
        <source>Usage information is incomplete.</source>
        <translation>Die Informationen zur Nutzung sind unvollständig.</translation>
    </message>
    <message>
        <source>A use restriction is not yet judged: legal review needed.</source>
        <translation>Eine Nutzungsbeschränkung ist noch nicht beurteilt: rechtliche Prüfung erforderlich.</translation>
    </message>
    <message>
        <source>Information needed to decide is missing.</source>
        <translation>Für die Entscheidung erforderliche Informationen fehlen.</translation>
    </message>
    <message>
        <source>At least one condition of the exemption fails.</source>
        <translation>Mindestens eine Voraussetzung der Ausnahme ist nicht erfüllt.</translation>
    </message>
    <message>
        <source>No open-source exemption for models with systemic risk.</source>
        <translation>Keine Open-Source-Ausnahme für Modelle mit systemischem Risiko.</translation>
    </message>
    <message>
        <source>All conditions met: Art. 53(1)(a), (b) and 54 are waived; 53(1)(c) and (d) apply.</source>
        <translation>Alle Voraussetzungen erfüllt: Artikel 53 Absatz 1 Buchstaben a und b sowie Artikel 54 entfallen; Artikel 53 Absatz 1 Buchstaben c und d gelten.</translation>
    </message>
    <message>
        <source>No copyright policy honouring text-and-data-mining opt-outs.</source>
        <translation>Keine Strategie zur Einhaltung des Urheberrechts, die Vorbehalte gegen Text- und Data-Mining beachtet.</translation>
    </message>
    <message>
        <source>No public summary of the training content.</source>
        <translation>Keine öffentliche Zusammenfassung der Trainingsinhalte.</translation>
    </message>
    <message>
        <source>No authorised representative in the EU.</source>
        <translation>Kein Bevollmächtigter in der Union.</translation>
    </message>
    <message>
        <source>No technical documentation or downstream information.</source>
        <translation>Keine technische Dokumentation oder Informationen für nachgelagerte Anbieter.</translation>
    </message>
    <message>
        <source>Compliance deadline from the placing-on-market date.</source>
        <translation>Frist für die Einhaltung ab dem Datum des Inverkehrbringens.</translation>
    </message>
    <message>
        <source>The provider modified another provider&apos;s model.</source>
        <translation>Der Anbieter hat das Modell eines anderen Anbieters verändert.</translation>
    </message>
    <message>
        <source>The system is not free and open-source for the Act (licence or monetisation).</source>
        <translation>Das System ist im Sinne der Verordnung nicht frei und quelloffen (Lizenz oder Monetarisierung).</translation>
    </message>
    <message>
        <source>High-risk systems are not excluded.</source>
        <translation>Hochrisiko-Systeme sind nicht ausgenommen.</translation>
    </message>
    <message>
        <source>Prohibited practices are not excluded.</source>
        <translation>Verbotene Praktiken sind nicht ausgenommen.</translation>
    </message>
    <message>
        <source>Art. 50 transparency obligations apply to the system.</source>
        <translation>Für das System gelten die Transparenzpflichten nach Artikel 50.</translation>
    </message>
    <message>
        <source>The system is excluded from the Regulation by Art. 2(12).</source>
        <translation>Das System ist nach Artikel 2 Absatz 12 vom Anwendungsbereich der Verordnung ausgenommen.</translation>
    </message>
    <message>
        <source>questions %1</source>
        <translation>Fragen %1</translation>
    </message>
</context>
<context>
    <name>DraftDialog</name>
    <message>
        <source>Draft the letter</source>
        <translation>Schreiben entwerfen</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Sprache des Schreibens</translation>
    </message>
    <message>
        <source>Legal nature</source>
        <translation>Rechtsnatur</translation>
    </message>
    <message>
        <source>optional, e.g. Ares(2026)1234567</source>
        <translation>optional, z. B. Ares(2026)1234567</translation>
    </message>
    <message>
        <source>Registry reference</source>
        <translation>Registriernummer</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Sprache:</translation>
    </message>
    <message>
        <source>Legal &amp;nature:</source>
        <translation>&amp;Rechtsnatur:</translation>
    </message>
    <message>
        <source>&amp;Registry reference:</source>
        <translation>Registrier&amp;nummer:</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
</context>
<context>
    <name>DueDateDialog</name>
    <message>
        <source>Change due date</source>
        <translation>Fälligkeitsdatum ändern</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Ändern</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <source>This is the current due date: choose another one.</source>
        <translation>Das ist bereits die aktuelle Frist: Wählen Sie ein anderes Datum.</translation>
    </message>
    <message>
        <source>Reason for the new due date</source>
        <translation>Grund für die neue Frist</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Give a reason: it is kept in the audit trail.</source>
        <translation>Geben Sie einen Grund an: Er wird im Prüfpfad gespeichert.</translation>
    </message>
</context>
<context>
    <name>EditCaseDialog</name>
    <message>
        <source>Edit case details</source>
        <translation>Falldaten bearbeiten</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Speichern</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Falltitel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>The case title is empty: give the case a title.</source>
        <translation>Der Titel des Falls ist leer: Geben Sie dem Fall einen Titel.</translation>
    </message>
</context>
<context>
    <name>EvidenceActions</name>
    <message>
        <source>Attach files</source>
        <translation>Dateien beifügen</translation>
    </message>
    <message>
        <source>Attach a folder</source>
        <translation>Einen Ordner beifügen</translation>
    </message>
    <message>
        <source>Measuring the files…</source>
        <translation>Dateien werden gemessen…</translation>
    </message>
    <message>
        <source>Cancelled: nothing was attached.</source>
        <translation>Abgebrochen: Es wurde nichts beigefügt.</translation>
    </message>
    <message>
        <source>Attached %1 item(s)</source>
        <translation>%1 Element(e) beigefügt</translation>
    </message>
    <message>
        <source>, %1 already attached</source>
        <translation>, %1 bereits beigefügt</translation>
    </message>
    <message>
        <source>, skipped %1 (version-control or linked folders)</source>
        <translation>, %1 übersprungen (Versionsverwaltungs- oder verknüpfte Ordner)</translation>
    </message>
    <message>
        <source>Hashing and storing evidence…</source>
        <translation>Beweismittel werden gehasht und gespeichert…</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>Einen Modellordner importieren</translation>
    </message>
    <message>
        <source>Reading the model folder…</source>
        <translation>Modellordner wird gelesen…</translation>
    </message>
    <message>
        <source>Updating the case subject…</source>
        <translation>Gegenstand des Falls wird aktualisiert…</translation>
    </message>
    <message>
        <source>Model folder (imported)</source>
        <translation>Modellordner (importiert)</translation>
    </message>
    <message>
        <source>Select an item to export.</source>
        <translation>Wählen Sie ein Element zum Exportieren aus.</translation>
    </message>
    <message>
        <source>Export a copy</source>
        <translation>Eine Kopie exportieren</translation>
    </message>
    <message>
        <source>Exported a copy to %1.</source>
        <translation>Kopie nach %1 exportiert.</translation>
    </message>
    <message>
        <source>Exporting…</source>
        <translation>Wird exportiert…</translation>
    </message>
    <message>
        <source>Re-hashing stored evidence…</source>
        <translation>Gespeicherte Beweismittel werden erneut gehasht…</translation>
    </message>
    <message>
        <source>All %1 item(s) match their SHA-256.</source>
        <translation>Alle %1 Element(e) stimmen mit ihrem SHA-256 überein.</translation>
    </message>
    <message>
        <source>%1 item(s) FAILED verification.</source>
        <translation>%1 Element(e) haben die Prüfung NICHT bestanden.</translation>
    </message>
    <message>
        <source>Evidence verification</source>
        <translation>Prüfung der Beweismittel</translation>
    </message>
    <message>
        <source>%1 item(s) no longer match their SHA-256:</source>
        <translation>%1 Element(e) stimmen nicht mehr mit ihrem SHA-256 überein:</translation>
    </message>
</context>
<context>
    <name>EvidenceTab</name>
    <message>
        <source>Pretty-printed: line numbers are of the formatted view, not of the file.</source>
        <translation>Formatiert dargestellt: Die Zeilennummern beziehen sich auf die formatierte Ansicht, nicht auf die Datei.</translation>
    </message>
    <message>
        <source>Evidence of the case</source>
        <translation>Beweismittel des Falls</translation>
    </message>
    <message>
        <source>Filter by name…</source>
        <translation>Nach Name filtern…</translation>
    </message>
    <message>
        <source>Filter evidence by name</source>
        <translation>Beweismittel nach Name filtern</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Beweismittel</translation>
    </message>
    <message>
        <source>Add files…</source>
        <translation>Dateien hinzufügen…</translation>
    </message>
    <message>
        <source>Add folder…</source>
        <translation>Ordner hinzufügen…</translation>
    </message>
    <message>
        <source>Import model folder…</source>
        <translation>Modellordner importieren…</translation>
    </message>
    <message>
        <source>Verify</source>
        <translation>Prüfen</translation>
    </message>
    <message>
        <source>Export a copy…</source>
        <translation>Kopie exportieren…</translation>
    </message>
    <message>
        <source>Loading evidence…</source>
        <translation>Beweismittel werden geladen…</translation>
    </message>
    <message>
        <source>%1 item(s), %2</source>
        <translation>%1 Element(e), %2</translation>
    </message>
    <message>
        <source> · %1 by reference only</source>
        <translation> · %1 nur per Verweis</translation>
    </message>
    <message>
        <source>The bytes of %1 are missing.</source>
        <translation>Der Inhalt von %1 fehlt.</translation>
    </message>
    <message>
        <source>Opening %1…</source>
        <translation>%1 wird geöffnet…</translation>
    </message>
    <message>
        <source>Only the first %1 are shown.</source>
        <translation>Nur die ersten %1 werden angezeigt.</translation>
    </message>
    <message>
        <source>No preview for %1 files. The file is never run or opened in another program.</source>
        <translation>Keine Vorschau für %1-Dateien. Die Datei wird nie ausgeführt oder in einem anderen Programm geöffnet.</translation>
    </message>
</context>
<context>
    <name>EvidenceTableModel</name>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Added by</source>
        <translation>Hinzugefügt von</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt am</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>Check</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Reference only: hashed where it lies, not copied (%1)</source>
        <translation>Nur per Verweis: am Ablageort gehasht, nicht kopiert (%1)</translation>
    </message>
    <message>
        <source>reference only</source>
        <translation>nur Verweis</translation>
    </message>
    <message>
        <source>stored</source>
        <translation>gespeichert</translation>
    </message>
    <message>
        <source>✓ matches</source>
        <translation>✓ stimmt überein</translation>
    </message>
    <message>
        <source>✗ changed</source>
        <translation>✗ verändert</translation>
    </message>
    <message>
        <source>✗ missing</source>
        <translation>✗ fehlt</translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Export case archive</source>
        <translation>Fallarchiv exportieren</translation>
    </message>
    <message>
        <source>Writes case %1 as a BagIt archive (a zip file) that anyone can check with standard tools, years from now, without Exemptio.</source>
        <translation>Schreibt den Fall %1 als BagIt-Archiv (eine ZIP-Datei), das jeder mit Standardwerkzeugen prüfen kann, auch in Jahren und ohne Exemptio.</translation>
    </message>
    <message>
        <source>Archive file</source>
        <translation>Archivdatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the archive file</source>
        <translation>Die Archivdatei wählen</translation>
    </message>
    <message>
        <source>&amp;Sign the archive (detached CMS signature)</source>
        <translation>Archiv &amp;signieren (abgesetzte CMS-Signatur)</translation>
    </message>
    <message>
        <source>Sign the archive</source>
        <translation>Das Archiv signieren</translation>
    </message>
    <message>
        <source>Signing key file (PKCS#12)</source>
        <translation>Signaturschlüsseldatei (PKCS#12)</translation>
    </message>
    <message>
        <source>PKCS#12 file (.p12)</source>
        <translation>PKCS#12-Datei (.p12)</translation>
    </message>
    <message>
        <source>Passphrase of the signing key</source>
        <translation>Passphrase des Signaturschlüssels</translation>
    </message>
    <message>
        <source>Archive &amp;file:</source>
        <translation>&amp;Archivdatei:</translation>
    </message>
    <message>
        <source>&amp;Key:</source>
        <translation>Schlüsse&amp;l:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>Export the archive</source>
        <translation>Das Archiv exportieren</translation>
    </message>
    <message>
        <source>Zip archives (*.zip)</source>
        <translation>ZIP-Archive (*.zip)</translation>
    </message>
    <message>
        <source>Choose the file to write.</source>
        <translation>Wählen Sie die zu schreibende Datei.</translation>
    </message>
    <message>
        <source>Choose the signing key file, or untick Sign.</source>
        <translation>Wählen Sie die Signaturschlüsseldatei oder deaktivieren Sie „Signieren“.</translation>
    </message>
    <message>
        <source>Exporting %1…</source>
        <translation>%1 wird exportiert…</translation>
    </message>
    <message>
        <source>, signed</source>
        <translation>, signiert</translation>
    </message>
    <message>
        <source>Archive of %1 written to %2 (%3 files, %4%5).</source>
        <translation>Archiv von %1 nach %2 geschrieben (%3 Dateien, %4%5).</translation>
    </message>
    <message>
        <source>Archive exported</source>
        <translation>Archiv exportiert</translation>
    </message>
    <message>
        <source>Export cancelled; no archive was written.</source>
        <translation>Export abgebrochen; es wurde kein Archiv geschrieben.</translation>
    </message>
</context>
<context>
    <name>FlagsEditor</name>
    <message>
        <source>Not checked yet (unknown)</source>
        <translation>Noch nicht geprüft (unbekannt)</translation>
    </message>
</context>
<context>
    <name>ImportFlow</name>
    <message>
        <source>Checking and importing %1…</source>
        <translation>%1 wird geprüft und importiert…</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>Import abgebrochen</translation>
    </message>
    <message>
        <source>Import cancelled; nothing was imported.</source>
        <translation>Import abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source> under the new reference %1 (it was %2)</source>
        <translation> unter dem neuen Aktenzeichen %1 (bisher %2)</translation>
    </message>
    <message>
        <source>Case %1 imported%2: %3, %4 and %5. Every file matched its checksum.</source>
        <translation>Fall %1 importiert%2: %3, %4 und %5. Jede Datei stimmte mit ihrer Prüfsumme überein.</translation>
    </message>
    <message>
        <source>evidence item</source>
        <translation>Beweismittel</translation>
    </message>
    <message>
        <source>evidence items</source>
        <translation>Beweismittel</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>letters</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>event of history</source>
        <translation>Ereignis der Historie</translation>
    </message>
    <message>
        <source>events of history</source>
        <translation>Ereignisse der Historie</translation>
    </message>
    <message>
        <source>Warning: the archive is not signed, so its origin cannot be proven. The case is marked as of unverified origin.</source>
        <translation>Achtung: Das Archiv ist nicht signiert, daher lässt sich seine Herkunft nicht nachweisen. Der Fall ist als Fall unbestätigter Herkunft gekennzeichnet.</translation>
    </message>
    <message>
        <source>Warning: the archive is signed, but no trust anchor in Settings vouches for the signer, so its origin is unverified: %1</source>
        <translation>Warnung: Das Archiv ist signiert, aber kein Vertrauensanker in den Einstellungen bürgt für den Unterzeichner; seine Herkunft ist daher nicht geprüft: %1</translation>
    </message>
    <message>
        <source>Origin: %1</source>
        <translation>Herkunft: %1</translation>
    </message>
    <message>
        <source>Archive imported</source>
        <translation>Archiv importiert</translation>
    </message>
    <message>
        <source>Case already here</source>
        <translation>Fall bereits vorhanden</translation>
    </message>
    <message>
        <source>%1

Import it as a new case? The old reference is kept in its history.</source>
        <translation>%1

Als neuen Fall importieren? Das alte Aktenzeichen bleibt in seiner Historie erhalten.</translation>
    </message>
    <message>
        <source>Import as a new case</source>
        <translation>Als neuen Fall importieren</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Import failed</source>
        <translation>Import fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1

Nothing was imported; your data is unchanged.</source>
        <translation>%1

Es wurde nichts importiert; Ihre Daten sind unverändert.</translation>
    </message>
    <message>
        <source>Import case archive</source>
        <translation>Fallarchiv importieren</translation>
    </message>
    <message>
        <source>Zip archives (*.zip);;All files (*)</source>
        <translation>ZIP-Archive (*.zip);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>IntakeDialog</name>
    <message>
        <source>Attach evidence</source>
        <translation>Beweismittel beifügen</translation>
    </message>
    <message>
        <source>%1 item(s): %2 (%3)</source>
        <translation>%1 Element(e): %2 (%3)</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Source URL</source>
        <translation>Quell-URL</translation>
    </message>
    <message>
        <source>Retrieval date</source>
        <translation>Abrufdatum</translation>
    </message>
    <message>
        <source>Weight files by reference only (hash them where they lie, do not copy)</source>
        <translation>Gewichtsdateien nur per Verweis (am Ablageort hashen, nicht kopieren)</translation>
    </message>
    <message>
        <source>Reference only (hash the files where they lie, do not copy)</source>
        <translation>Nur per Verweis (Dateien am Ablageort hashen, nicht kopieren)</translation>
    </message>
    <message>
        <source>Reference only</source>
        <translation>Nur per Verweis</translation>
    </message>
    <message>
        <source>&amp;Description:</source>
        <translation>&amp;Beschreibung:</translation>
    </message>
    <message>
        <source>Source &amp;URL:</source>
        <translation>&amp;Quell-URL:</translation>
    </message>
    <message>
        <source>&amp;Retrieved on:</source>
        <translation>&amp;Abgerufen am:</translation>
    </message>
    <message>
        <source>Attach</source>
        <translation>Beifügen</translation>
    </message>
</context>
<context>
    <name>IssueDialog</name>
    <message>
        <source>Sign and issue the letter</source>
        <translation>Schreiben signieren und erlassen</translation>
    </message>
    <message>
        <source>Signing key file</source>
        <translation>Signaturschlüsseldatei</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the signing key file</source>
        <translation>Die Signaturschlüsseldatei wählen</translation>
    </message>
    <message>
        <source>Passphrase of the signing key</source>
        <translation>Passphrase des Signaturschlüssels</translation>
    </message>
    <message>
        <source>Function of the signatory</source>
        <translation>Funktion des Unterzeichners</translation>
    </message>
    <message>
        <source>&amp;Key file (.p12):</source>
        <translation>&amp;Schlüsseldatei (.p12):</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>&amp;Function:</source>
        <translation>&amp;Funktion:</translation>
    </message>
    <message>
        <source>The passphrase is used for this signature only and is never stored.</source>
        <translation>Die Passphrase wird nur für diese Signatur verwendet und nie gespeichert.</translation>
    </message>
    <message>
        <source>Sign and issue</source>
        <translation>Signieren und erlassen</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>PKCS#12 key (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12-Schlüssel (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Intake</source>
        <translation>Eingang</translation>
    </message>
    <message>
        <source>Assessment</source>
        <translation>Prüfung</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Überprüfung</translation>
    </message>
    <message>
        <source>Decided</source>
        <translation>Entschieden</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Partially exempt</source>
        <translation>Teilweise ausgenommen</translation>
    </message>
    <message>
        <source>Not exempt</source>
        <translation>Nicht ausgenommen</translation>
    </message>
    <message>
        <source>Not exempt (systemic risk)</source>
        <translation>Nicht ausgenommen (systemisches Risiko)</translation>
    </message>
    <message>
        <source>Not a GPAI model</source>
        <translation>Kein KI-Modell mit allgemeinem Verwendungszweck</translation>
    </message>
    <message>
        <source>Undetermined</source>
        <translation>Unbestimmt</translation>
    </message>
    <message>
        <source>Excluded (Art. 2(12))</source>
        <translation>Ausgenommen (Art. 2 Abs. 12)</translation>
    </message>
    <message>
        <source>AI Act applies</source>
        <translation>KI-Verordnung anwendbar</translation>
    </message>
    <message>
        <source>Not excluded (high-risk)</source>
        <translation>Nicht ausgenommen (Hochrisiko)</translation>
    </message>
    <message>
        <source>Art. 5 applies</source>
        <translation>Art. 5 anwendbar</translation>
    </message>
    <message>
        <source>Art. 50 applies</source>
        <translation>Art. 50 anwendbar</translation>
    </message>
    <message>
        <source>No outcome</source>
        <translation>Kein Ergebnis</translation>
    </message>
    <message>
        <source>Start intake</source>
        <translation>Eingang beginnen</translation>
    </message>
    <message>
        <source>Start assessment</source>
        <translation>Prüfung beginnen</translation>
    </message>
    <message>
        <source>Send for review</source>
        <translation>Zur Überprüfung senden</translation>
    </message>
    <message>
        <source>Send back to assessment</source>
        <translation>Zur Prüfung zurückgeben</translation>
    </message>
    <message>
        <source>Record decision</source>
        <translation>Entscheidung erfassen</translation>
    </message>
    <message>
        <source>Close case</source>
        <translation>Fall abschließen</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>Wiedereröffnen</translation>
    </message>
    <message>
        <source>AI model</source>
        <translation>KI-Modell</translation>
    </message>
    <message>
        <source>AI system</source>
        <translation>KI-System</translation>
    </message>
    <message>
        <source>Model and system</source>
        <translation>Modell und System</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Fall angelegt</translation>
    </message>
    <message>
        <source>Status changed</source>
        <translation>Status geändert</translation>
    </message>
    <message>
        <source>Assigned</source>
        <translation>Zugewiesen</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>Frist angehalten</translation>
    </message>
    <message>
        <source>Clock resumed</source>
        <translation>Frist fortgesetzt</translation>
    </message>
    <message>
        <source>Case details changed</source>
        <translation>Falldaten geändert</translation>
    </message>
    <message>
        <source>Outcome recorded</source>
        <translation>Ergebnis erfasst</translation>
    </message>
    <message>
        <source>Evidence received</source>
        <translation>Beweismittel eingegangen</translation>
    </message>
    <message>
        <source>Evidence viewed</source>
        <translation>Beweismittel eingesehen</translation>
    </message>
    <message>
        <source>Evidence exported</source>
        <translation>Beweismittel exportiert</translation>
    </message>
    <message>
        <source>Evidence verified</source>
        <translation>Beweismittel geprüft</translation>
    </message>
    <message>
        <source>Letter drafted</source>
        <translation>Schreiben entworfen</translation>
    </message>
    <message>
        <source>Letter approved</source>
        <translation>Schreiben gebilligt</translation>
    </message>
    <message>
        <source>Letter signed and issued</source>
        <translation>Schreiben signiert und erlassen</translation>
    </message>
    <message>
        <source>Signature made long-term (LTV)</source>
        <translation>Signatur langzeitfähig gemacht (LTV)</translation>
    </message>
    <message>
        <source>Letter superseded</source>
        <translation>Schreiben ersetzt</translation>
    </message>
    <message>
        <source>Checklist answer</source>
        <translation>Antwort in der Prüfliste</translation>
    </message>
    <message>
        <source>Outcome computed</source>
        <translation>Ergebnis berechnet</translation>
    </message>
    <message>
        <source>Checklist version set</source>
        <translation>Prüflistenversion festgelegt</translation>
    </message>
    <message>
        <source>Case exported</source>
        <translation>Fall exportiert</translation>
    </message>
    <message>
        <source>Case imported</source>
        <translation>Fall importiert</translation>
    </message>
    <message>
        <source>Subject details changed</source>
        <translation>Angaben zum Gegenstand geändert</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Verwahrung</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Prüfliste</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Fall</translation>
    </message>
</context>
<context>
    <name>LazyTab</name>
    <message>
        <source>This tab could not be opened: %1</source>
        <translation>Dieser Reiter konnte nicht geöffnet werden: %1</translation>
    </message>
</context>
<context>
    <name>LetterTableModel</name>
    <message>
        <source>No.</source>
        <translation>Nr.</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Stand</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Legal nature</source>
        <translation>Rechtsnatur</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signatur</translation>
    </message>
    <message>
        <source>Drafted by</source>
        <translation>Entworfen von</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Gebilligt von</translation>
    </message>
    <message>
        <source>Issued</source>
        <translation>Erlassen</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Entwurf</translation>
    </message>
    <message>
        <source>Approved</source>
        <translation>Gebilligt</translation>
    </message>
    <message>
        <source>Superseded</source>
        <translation>Ersetzt</translation>
    </message>
</context>
<context>
    <name>LettersTab</name>
    <message>
        <source>Internal assessment (note to the file)</source>
        <translation>Interne Bewertung (Vermerk zur Akte)</translation>
    </message>
    <message>
        <source>Letter to the provider (no legal effects)</source>
        <translation>Schreiben an den Anbieter (ohne Rechtswirkung)</translation>
    </message>
    <message>
        <source>Draft decision (right to be heard)</source>
        <translation>Entscheidungsentwurf (Anspruch auf rechtliches Gehör)</translation>
    </message>
    <message>
        <source>Commission decision (means of redress)</source>
        <translation>Beschluss der Kommission (Rechtsbehelfe)</translation>
    </message>
    <message>
        <source>&amp;Draft…</source>
        <translation>&amp;Entwerfen…</translation>
    </message>
    <message>
        <source>Draft the determination letter</source>
        <translation>Das Bescheidschreiben entwerfen</translation>
    </message>
    <message>
        <source>&amp;Approve</source>
        <translation>&amp;Billigen</translation>
    </message>
    <message>
        <source>Approve the draft by signing it with your own key</source>
        <translation>Den Entwurf freigeben, indem Sie ihn mit Ihrem eigenen Schlüssel signieren</translation>
    </message>
    <message>
        <source>&amp;Issue…</source>
        <translation>Er&amp;lassen…</translation>
    </message>
    <message>
        <source>Sign and issue the approved letter</source>
        <translation>Das gebilligte Schreiben signieren und erlassen</translation>
    </message>
    <message>
        <source>&amp;Save PDF…</source>
        <translation>&amp;PDF speichern…</translation>
    </message>
    <message>
        <source>Save the selected letter as a PDF file</source>
        <translation>Das ausgewählte Schreiben als PDF-Datei speichern</translation>
    </message>
    <message>
        <source>&amp;Verify a letter…</source>
        <translation>Schreiben p&amp;rüfen…</translation>
    </message>
    <message>
        <source>Verify the signature of a letter file</source>
        <translation>Die Signatur einer Schreiben-Datei prüfen</translation>
    </message>
    <message>
        <source>Letter status</source>
        <translation>Stand des Schreibens</translation>
    </message>
    <message>
        <source>Letter register</source>
        <translation>Register der Schreiben</translation>
    </message>
    <message>
        <source>Draft a letter to see it here.</source>
        <translation>Entwerfen Sie ein Schreiben, um es hier zu sehen.</translation>
    </message>
    <message>
        <source>No letter yet: draft one from the checklist outcome.</source>
        <translation>Noch kein Schreiben: Entwerfen Sie eines aus dem Ergebnis der Prüfliste.</translation>
    </message>
    <message>
        <source>Draft by %1, waiting for approval by another officer.</source>
        <translation>Entwurf von %1, wartet auf Billigung durch einen anderen Sachbearbeiter.</translation>
    </message>
    <message>
        <source>Approved by %1: ready to be signed and issued.</source>
        <translation>Gebilligt von %1: bereit zur Signatur und zum Erlass.</translation>
    </message>
    <message>
        <source>Issued %1, signed by %2 (%3).</source>
        <translation>Erlassen am %1, signiert von %2 (%3).</translation>
    </message>
    <message>
        <source>Rendering…</source>
        <translation>Wird dargestellt…</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Vorschau wird geladen…</translation>
    </message>
    <message>
        <source>This PDF cannot be shown (it may be damaged or encrypted).</source>
        <translation>Dieses PDF kann nicht angezeigt werden (es ist möglicherweise beschädigt oder verschlüsselt).</translation>
    </message>
    <message>
        <source>Letter preview</source>
        <translation>Vorschau des Schreibens</translation>
    </message>
    <message>
        <source>Drafting the letter…</source>
        <translation>Schreiben wird entworfen…</translation>
    </message>
    <message>
        <source>Opening your signing key…</source>
        <translation>Ihr Signaturschlüssel wird geöffnet…</translation>
    </message>
    <message>
        <source>Signing the approval…</source>
        <translation>Freigabe wird signiert…</translation>
    </message>
    <message>
        <source>Opening the signing key…</source>
        <translation>Signaturschlüssel wird geöffnet…</translation>
    </message>
    <message>
        <source>Signing the letter…</source>
        <translation>Schreiben wird signiert…</translation>
    </message>
    <message>
        <source>Letter issued offline</source>
        <translation>Schreiben offline erlassen</translation>
    </message>
    <message>
        <source>Save letter</source>
        <translation>Schreiben speichern</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>letter draft</source>
        <translation>Entwurf des Schreibens</translation>
    </message>
</context>
<context>
    <name>LicenceEditor</name>
    <message>
        <source>SPDX id or LicenseRef-… (type or pick)</source>
        <translation>SPDX-Kennung oder LicenseRef-… (eingeben oder wählen)</translation>
    </message>
</context>
<context>
    <name>LineNumberedText</name>
    <message>
        <source>Text with line numbers</source>
        <translation>Text mit Zeilennummern</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Exemptio — open-source exemption cases</source>
        <translation>Exemptio — Open-Source-Ausnahmefälle</translation>
    </message>
    <message>
        <source>Exemptio main window</source>
        <translation>Exemptio-Hauptfenster</translation>
    </message>
    <message>
        <source>Cases</source>
        <translation>Fälle</translation>
    </message>
    <message>
        <source>Audit checkpoint %1 signed by %2: the trail up to event %3 is vouched for.</source>
        <translation>Prüfpunkt %1 des Audit-Protokolls von %2 signiert: das Protokoll bis Ereignis %3 ist bestätigt.</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Übersichtstafel</translation>
    </message>
    <message>
        <source>Case %1 opened.</source>
        <translation>Fall %1 angelegt.</translation>
    </message>
    <message>
        <source>Creating the case…</source>
        <translation>Fall wird angelegt…</translation>
    </message>
    <message>
        <source>no officer set (Settings, Ctrl+,)</source>
        <translation>kein Sachbearbeiter festgelegt (Einstellungen, Strg+,)</translation>
    </message>
    <message>
        <source>Officer: %1</source>
        <translation>Sachbearbeiter: %1</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Case %1</source>
        <translation>Fall %1</translation>
    </message>
    <message>
        <source>Changes not saved</source>
        <translation>Änderungen nicht gespeichert</translation>
    </message>
    <message>
        <source>Some changes could not be saved. Discard them, or cancel and keep working?</source>
        <translation>Einige Änderungen konnten nicht gespeichert werden. Verwerfen, oder abbrechen und weiterarbeiten?</translation>
    </message>
    <message>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
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
        <translation>Modellordner importieren</translation>
    </message>
    <message>
        <source>Facts read from the model folder</source>
        <translation>Aus dem Modellordner gelesene Angaben</translation>
    </message>
    <message>
        <source>Subject name</source>
        <translation>Name des Gegenstands</translation>
    </message>
    <message>
        <source>Parameter count</source>
        <translation>Parameterzahl</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <source>Licence</source>
        <translation>Lizenz</translation>
    </message>
    <message>
        <source>Set the case subject to these values</source>
        <translation>Den Gegenstand des Falls auf diese Werte setzen</translation>
    </message>
    <message>
        <source>Attach the folder as evidence</source>
        <translation>Den Ordner als Beweismittel beifügen</translation>
    </message>
    <message>
        <source>Weight files by reference only (hash them where they lie, do not copy)</source>
        <translation>Gewichtsdateien nur per Verweis (am Ablageort hashen, nicht kopieren)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Parameters</source>
        <translation>Parameter</translation>
    </message>
    <message>
        <source>Confirm</source>
        <translation>Bestätigen</translation>
    </message>
    <message>
        <source>What the folder says (each fact names the file it came from):</source>
        <translation>Was der Ordner angibt (jede Angabe nennt ihre Herkunftsdatei):</translation>
    </message>
    <message>
        <source>Proposed case subject — check and correct before confirming:</source>
        <translation>Vorgeschlagener Gegenstand des Falls — prüfen und korrigieren Sie ihn vor dem Bestätigen:</translation>
    </message>
    <message>
        <source>The parameter count must be a whole number (or empty if unknown).</source>
        <translation>Die Parameterzahl muss eine ganze Zahl sein (oder leer, wenn unbekannt).</translation>
    </message>
    <message>
        <source>The subject name is empty.</source>
        <translation>Der Name des Gegenstands ist leer.</translation>
    </message>
</context>
<context>
    <name>ModifierEditor</name>
    <message>
        <source>— not answered —</source>
        <translation>— nicht beantwortet —</translation>
    </message>
    <message>
        <source>No: the provider trained the model itself</source>
        <translation>Nein: Der Anbieter hat das Modell selbst trainiert</translation>
    </message>
    <message>
        <source>Yes: it modified another provider&apos;s model</source>
        <translation>Ja: Er hat das Modell eines anderen Anbieters verändert</translation>
    </message>
    <message>
        <source>base model compute, FLOP</source>
        <translation>Rechenaufwand des Basismodells, FLOP</translation>
    </message>
    <message>
        <source>modification compute, FLOP</source>
        <translation>Rechenaufwand der Änderung, FLOP</translation>
    </message>
    <message>
        <source>Base compute</source>
        <translation>Rechenaufwand Basismodell</translation>
    </message>
    <message>
        <source>Modification compute</source>
        <translation>Rechenaufwand Änderung</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>New case</source>
        <translation>Neuer Fall</translation>
    </message>
    <message>
        <source>e.g. Llama 3.1 open-source claim</source>
        <translation>z. B. Open-Source-Anspruch Llama 3.1</translation>
    </message>
    <message>
        <source>Legal name, e.g. Meta Platforms Ireland Ltd</source>
        <translation>Firmenname, z. B. Meta Platforms Ireland Ltd</translation>
    </message>
    <message>
        <source>AI model or system, e.g. Llama 3.1 8B</source>
        <translation>KI-Modell oder -System, z. B. Llama 3.1 8B</translation>
    </message>
    <message>
        <source>optional</source>
        <translation>optional</translation>
    </message>
    <message>
        <source>Case title</source>
        <translation>Falltitel</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Anbieter</translation>
    </message>
    <message>
        <source>Subject (AI model or system)</source>
        <translation>Gegenstand (KI-Modell oder -System)</translation>
    </message>
    <message>
        <source>Subject version</source>
        <translation>Version des Gegenstands</translation>
    </message>
    <message>
        <source>Kind of subject</source>
        <translation>Art des Gegenstands</translation>
    </message>
    <message>
        <source>Assigned officer</source>
        <translation>Zuständiger Sachbearbeiter</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titel:</translation>
    </message>
    <message>
        <source>&amp;Provider:</source>
        <translation>&amp;Anbieter:</translation>
    </message>
    <message>
        <source>&amp;Subject:</source>
        <translation>&amp;Gegenstand:</translation>
    </message>
    <message>
        <source>&amp;Version:</source>
        <translation>&amp;Version:</translation>
    </message>
    <message>
        <source>&amp;Kind:</source>
        <translation>A&amp;rt:</translation>
    </message>
    <message>
        <source>&amp;Assigned to:</source>
        <translation>&amp;Zugewiesen an:</translation>
    </message>
    <message>
        <source>&amp;Due date:</source>
        <translation>&amp;Fällig am:</translation>
    </message>
    <message>
        <source>&amp;Notes:</source>
        <translation>&amp;Notizen:</translation>
    </message>
    <message>
        <source>Create case</source>
        <translation>Fall anlegen</translation>
    </message>
</context>
<context>
    <name>NumberEditor</name>
    <message>
        <source>e.g. 3.8e25 (empty = not stated)</source>
        <translation>z. B. 3.8e25 (leer = nicht angegeben)</translation>
    </message>
</context>
<context>
    <name>OfficerForm</name>
    <message>
        <source>SURNAME Given name</source>
        <translation>NACHNAME Vorname</translation>
    </message>
    <message>
        <source>Case officer</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <source>Reviewer</source>
        <translation>Prüfer</translation>
    </message>
    <message>
        <source>Head of unit</source>
        <translation>Referatsleitung</translation>
    </message>
    <message>
        <source>Auditor</source>
        <translation>Auditor</translation>
    </message>
    <message>
        <source>e.g. AI Office, Unit A.2</source>
        <translation>z. B. Büro für Künstliche Intelligenz, Referat A.2</translation>
    </message>
    <message>
        <source>name.surname@ec.europa.eu</source>
        <translation>vorname.nachname@ec.europa.eu</translation>
    </message>
    <message>
        <source>Your role on this computer&apos;s database. On a team database a head of unit grants roles; this choice is then only a reminder.</source>
        <translation>Ihre Rolle in der Datenbank dieses Computers. In einer Teamdatenbank vergibt ein Referatsleiter die Rollen; diese Auswahl ist dann nur eine Erinnerung.</translation>
    </message>
    <message>
        <source>Officer name</source>
        <translation>Name des Sachbearbeiters</translation>
    </message>
    <message>
        <source>Unit</source>
        <translation>Referat</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>E-Mail</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rolle</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;Unit:</source>
        <translation>&amp;Referat:</translation>
    </message>
    <message>
        <source>&amp;E-mail:</source>
        <translation>&amp;E-Mail:</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>Ro&amp;lle:</translation>
    </message>
    <message>
        <source>Type your name: it goes into the audit trail and onto letters.</source>
        <translation>Geben Sie Ihren Namen ein: Er erscheint im Prüfprotokoll und auf den Schreiben.</translation>
    </message>
    <message>
        <source>The e-mail address needs an &apos;@&apos;.</source>
        <translation>Die E-Mail-Adresse braucht ein „@“.</translation>
    </message>
</context>
<context>
    <name>OverviewActions</name>
    <message>
        <source>Say why the case moves back; the reason is kept in the audit trail.</source>
        <translation>Begründen Sie, warum der Fall zurückgeht; die Begründung wird im Prüfprotokoll festgehalten.</translation>
    </message>
    <message>
        <source>not yet assessed</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>Changing the status…</source>
        <translation>Status wird geändert…</translation>
    </message>
    <message>
        <source>New status</source>
        <translation>Neuer Status</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Stop the clock</source>
        <translation>Frist anhalten</translation>
    </message>
    <message>
        <source>Why is the clock stopped (for example: waiting for the provider&apos;s reply)? The due date moves by the days it stays stopped.</source>
        <translation>Warum wird die Frist angehalten (zum Beispiel: Warten auf die Antwort des Anbieters)? Das Fälligkeitsdatum verschiebt sich um die Tage des Anhaltens.</translation>
    </message>
    <message>
        <source>Stop clock</source>
        <translation>Anhalten</translation>
    </message>
    <message>
        <source>Stopping the clock…</source>
        <translation>Frist wird angehalten…</translation>
    </message>
    <message>
        <source>Resuming the clock…</source>
        <translation>Frist wird fortgesetzt…</translation>
    </message>
    <message>
        <source>Assigning…</source>
        <translation>Zuweisung…</translation>
    </message>
    <message>
        <source>Assign to</source>
        <translation>Zuweisen an</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemanden</translation>
    </message>
    <message>
        <source>Saving the case details…</source>
        <translation>Falldaten werden gespeichert…</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>Changing the due date…</source>
        <translation>Fälligkeitsdatum wird geändert…</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Frist</translation>
    </message>
</context>
<context>
    <name>OverviewPage</name>
    <message>
        <source>Case facts</source>
        <translation>Falldaten</translation>
    </message>
    <message>
        <source>Provider:</source>
        <translation>Anbieter:</translation>
    </message>
    <message>
        <source>Subject:</source>
        <translation>Gegenstand:</translation>
    </message>
    <message>
        <source>Kind:</source>
        <translation>Art:</translation>
    </message>
    <message>
        <source>Checklist:</source>
        <translation>Prüfliste:</translation>
    </message>
    <message>
        <source>Outcome:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <source>Opened:</source>
        <translation>Angelegt am:</translation>
    </message>
    <message>
        <source>Last change:</source>
        <translation>Letzte Änderung:</translation>
    </message>
    <message>
        <source>Notes:</source>
        <translation>Notizen:</translation>
    </message>
    <message>
        <source>Edit title and notes…</source>
        <translation>Titel und Notizen bearbeiten…</translation>
    </message>
    <message>
        <source>Edit the title and notes of the case</source>
        <translation>Titel und Notizen des Falls bearbeiten</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>Verfahrensstand</translation>
    </message>
    <message>
        <source>Deadline</source>
        <translation>Frist</translation>
    </message>
    <message>
        <source>Stop clock…</source>
        <translation>Frist anhalten…</translation>
    </message>
    <message>
        <source>Stop the deadline clock</source>
        <translation>Die Frist anhalten</translation>
    </message>
    <message>
        <source>Resume clock</source>
        <translation>Frist fortsetzen</translation>
    </message>
    <message>
        <source>Resume the deadline clock</source>
        <translation>Die Frist fortsetzen</translation>
    </message>
    <message>
        <source>Change due date…</source>
        <translation>Fälligkeitsdatum ändern…</translation>
    </message>
    <message>
        <source>Change the due date</source>
        <translation>Das Fälligkeitsdatum ändern</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Zuweisung</translation>
    </message>
    <message>
        <source>Reassign…</source>
        <translation>Neu zuweisen…</translation>
    </message>
    <message>
        <source>Assign or reassign the case</source>
        <translation>Den Fall zuweisen oder neu zuweisen</translation>
    </message>
    <message>
        <source>Assignment history</source>
        <translation>Zuweisungsverlauf</translation>
    </message>
    <message>
        <source>Recent activity</source>
        <translation>Letzte Aktivität</translation>
    </message>
    <message>
        <source>Whole time line (Ctrl+5)</source>
        <translation>Ganze Zeitleiste (Strg+5)</translation>
    </message>
    <message>
        <source>Show the whole time line</source>
        <translation>Die ganze Zeitleiste anzeigen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>Frist angehalten</translation>
    </message>
    <message>
        <source>not yet assessed</source>
        <translation>noch nicht geprüft</translation>
    </message>
    <message>
        <source>Assigned to: %1</source>
        <translation>Zugewiesen an: %1</translation>
    </message>
    <message>
        <source>nobody</source>
        <translation>niemanden</translation>
    </message>
    <message>
        <source>Assign…</source>
        <translation>Zuweisen…</translation>
    </message>
    <message>
        <source>Move the case to &apos;%1&apos;</source>
        <translation>Den Fall nach „%1“ verschieben</translation>
    </message>
    <message>
        <source>No further steps</source>
        <translation>Keine weiteren Schritte</translation>
    </message>
    <message>
        <source>No due date</source>
        <translation>Kein Fälligkeitsdatum</translation>
    </message>
    <message>
        <source>Decided — no deadline running</source>
        <translation>Entschieden — keine Frist läuft</translation>
    </message>
    <message>
        <source>Overdue by %1 days</source>
        <translation>Seit %1 Tagen überfällig</translation>
    </message>
    <message>
        <source>%1 days left</source>
        <translation>noch %1 Tage</translation>
    </message>
    <message>
        <source>Due date: %1</source>
        <translation>Fällig am: %1</translation>
    </message>
    <message>
        <source>Clock stopped since %1; the due date moves when it is resumed.</source>
        <translation>Frist angehalten seit %1; das Fälligkeitsdatum verschiebt sich bei der Fortsetzung.</translation>
    </message>
    <message>
        <source>Clock running.</source>
        <translation>Frist läuft.</translation>
    </message>
    <message>
        <source>Linked cases</source>
        <translation>Verknüpfte Fälle</translation>
    </message>
    <message>
        <source>Linked cases:</source>
        <translation>Verknüpfte Fälle:</translation>
    </message>
    <message>
        <source>fine-tune of</source>
        <translation>Feinabstimmung von</translation>
    </message>
    <message>
        <source>quantisation of</source>
        <translation>Quantisierung von</translation>
    </message>
    <message>
        <source>merge of</source>
        <translation>Zusammenführung von</translation>
    </message>
    <message>
        <source>duplicate of</source>
        <translation>Duplikat von</translation>
    </message>
    <message>
        <source>same provider as</source>
        <translation>gleicher Anbieter wie</translation>
    </message>
    <message>
        <source>related to</source>
        <translation>verwandt mit</translation>
    </message>
    <message>
        <source>has a fine-tune:</source>
        <translation>hat eine Feinabstimmung:</translation>
    </message>
    <message>
        <source>has a quantisation:</source>
        <translation>hat eine Quantisierung:</translation>
    </message>
    <message>
        <source>merged into</source>
        <translation>zusammengeführt in</translation>
    </message>
    <message>
        <source>has a duplicate:</source>
        <translation>hat ein Duplikat:</translation>
    </message>
</context>
<context>
    <name>PDEditor</name>
    <message>
        <source>parameters, e.g. 8e9 (active parameters for MoE)</source>
        <translation>Parameter, z. B. 8e9 (aktive Parameter bei MoE)</translation>
    </message>
    <message>
        <source>training tokens, e.g. 15e12</source>
        <translation>Trainings-Token, z. B. 15e12</translation>
    </message>
    <message>
        <source>&amp;P (parameters)</source>
        <translation>&amp;P (Parameter)</translation>
    </message>
    <message>
        <source>&amp;D (tokens)</source>
        <translation>&amp;D (Token)</translation>
    </message>
</context>
<context>
    <name>PeriodsEditor</name>
    <message>
        <source>N (chips)</source>
        <translation>N (Chips)</translation>
    </message>
    <message>
        <source>L (seconds)</source>
        <translation>L (Sekunden)</translation>
    </message>
    <message>
        <source>H (peak FLOP/s)</source>
        <translation>H (Spitzen-FLOP/s)</translation>
    </message>
    <message>
        <source>U (0-1)</source>
        <translation>U (0-1)</translation>
    </message>
    <message>
        <source>Hardware periods</source>
        <translation>Hardware-Zeiträume</translation>
    </message>
    <message>
        <source>Add period</source>
        <translation>Zeitraum hinzufügen</translation>
    </message>
    <message>
        <source>Remove period</source>
        <translation>Zeitraum entfernen</translation>
    </message>
    <message>
        <source>Period %1</source>
        <translation>Zeitraum %1</translation>
    </message>
</context>
<context>
    <name>PickEditor</name>
    <message>
        <source>— not answered —</source>
        <translation>— nicht beantwortet —</translation>
    </message>
</context>
<context>
    <name>PreviewPane</name>
    <message>
        <source>Custody log of the item</source>
        <translation>Verwahrungsprotokoll des Elements</translation>
    </message>
    <message>
        <source>Select an item to preview it.
Drop files or folders here to attach them.</source>
        <translation>Wählen Sie ein Element für die Vorschau aus.
Ziehen Sie Dateien oder Ordner hierher, um sie beizufügen.</translation>
    </message>
    <message>
        <source>Evidence text with line numbers</source>
        <translation>Text des Beweismittels mit Zeilennummern</translation>
    </message>
    <message>
        <source>&amp;Fit to pane</source>
        <translation>&amp;An Bereich anpassen</translation>
    </message>
    <message>
        <source>received</source>
        <translation>eingegangen</translation>
    </message>
    <message>
        <source>viewed</source>
        <translation>eingesehen</translation>
    </message>
    <message>
        <source>exported</source>
        <translation>exportiert</translation>
    </message>
    <message>
        <source>verified</source>
        <translation>geprüft</translation>
    </message>
    <message>
        <source>%1 earlier</source>
        <translation>%1 frühere</translation>
    </message>
    <message>
        <source>Custody</source>
        <translation>Verwahrung</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>SHA-256</source>
        <translation>SHA-256</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Hinzugefügt am</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Retrieved</source>
        <translation>Abgerufen am</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <source>Original name</source>
        <translation>Ursprünglicher Name</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <source>reference only — hashed where it lies, not copied: %1</source>
        <translation>nur per Verweis — am Ablageort gehasht, nicht kopiert: %1</translation>
    </message>
    <message>
        <source>Loading preview…</source>
        <translation>Vorschau wird geladen…</translation>
    </message>
    <message>
        <source>This image cannot be shown.</source>
        <translation>Dieses Bild kann nicht angezeigt werden.</translation>
    </message>
    <message>
        <source>%1 × %2 pixels</source>
        <translation>%1 × %2 Pixel</translation>
    </message>
    <message>
        <source>PDF preview</source>
        <translation>PDF-Vorschau</translation>
    </message>
    <message>
        <source>This PDF cannot be shown (it may be damaged or encrypted).</source>
        <translation>Dieses PDF kann nicht angezeigt werden (es ist möglicherweise beschädigt oder verschlüsselt).</translation>
    </message>
    <message>
        <source>%1 page(s)</source>
        <translation>%1 Seite(n)</translation>
    </message>
</context>
<context>
    <name>ProgressDialog</name>
    <message>
        <source>Working…</source>
        <translation>Wird bearbeitet…</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running task</source>
        <translation>Die laufende Aufgabe abbrechen</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>%1 left</source>
        <translation>noch %1</translation>
    </message>
</context>
<context>
    <name>QuestionPage</name>
    <message>
        <source>Question %1 of %2</source>
        <translation>Frage %1 von %2</translation>
    </message>
    <message>
        <source>Legal basis: %1</source>
        <translation>Rechtsgrundlage: %1</translation>
    </message>
    <message>
        <source>Information only: recorded, not part of the legal test.</source>
        <translation>Nur zur Information: erfasst, aber nicht Teil der rechtlichen Prüfung.</translation>
    </message>
    <message>
        <source>&amp;Accept suggestion</source>
        <translation>Vorschlag &amp;übernehmen</translation>
    </message>
    <message>
        <source>Accept suggestion</source>
        <translation>Vorschlag übernehmen</translation>
    </message>
    <message>
        <source>&amp;Evidence cited</source>
        <translation>Angeführte &amp;Beweismittel</translation>
    </message>
    <message>
        <source>Evidence cited</source>
        <translation>Angeführte Beweismittel</translation>
    </message>
    <message>
        <source>No evidence attached to this case yet (Evidence tab).</source>
        <translation>Diesem Fall sind noch keine Beweismittel beigefügt (Reiter Beweismittel).</translation>
    </message>
    <message>
        <source>N&amp;ote (e.g. LICENSE line 29, page 4)</source>
        <translation>&amp;Notiz (z. B. LICENSE Zeile 29, Seite 4)</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>%1 restriction(s) to judge</source>
        <translation>%1 Beschränkung(en) zu beurteilen</translation>
    </message>
    <message>
        <source>none of them</source>
        <translation>keine davon</translation>
    </message>
    <message>
        <source>Suggested</source>
        <translation>Vorschlag</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>&amp;Reason:</source>
        <translation>&amp;Begründung:</translation>
    </message>
    <message>
        <source>Give a reason: it is kept in the audit trail.</source>
        <translation>Geben Sie einen Grund an: Er wird im Prüfpfad gespeichert.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <source>Save the problem report</source>
        <translation>Den Problembericht speichern</translation>
    </message>
    <message>
        <source>Zip archive (*.zip)</source>
        <translation>ZIP-Archiv (*.zip)</translation>
    </message>
    <message>
        <source>Problem report saved</source>
        <translation>Problembericht gespeichert</translation>
    </message>
    <message>
        <source>The report was saved as %1.</source>
        <translation>Der Bericht wurde als %1 gespeichert.</translation>
    </message>
    <message>
        <source>It holds the application logs and version details, and no case data. Send it to the Exemptio support contact of your unit.</source>
        <translation>Er enthält die Anwendungsprotokolle und Versionsangaben, aber keine Falldaten. Senden Sie ihn an die Exemptio-Supportstelle Ihres Referats.</translation>
    </message>
    <message>
        <source>Problem report not saved</source>
        <translation>Problembericht nicht gespeichert</translation>
    </message>
    <message>
        <source>Writing the problem report…</source>
        <translation>Problembericht wird geschrieben…</translation>
    </message>
</context>
<context>
    <name>RestrictionsEditor</name>
    <message>
        <source>Not checked yet (unknown)</source>
        <translation>Noch nicht geprüft (unbekannt)</translation>
    </message>
    <message>
        <source>Restriction</source>
        <translation>Beschränkung</translation>
    </message>
    <message>
        <source>Use restrictions</source>
        <translation>Nutzungsbeschränkungen</translation>
    </message>
    <message>
        <source>Add restriction</source>
        <translation>Beschränkung hinzufügen</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <source>Safety-oriented</source>
        <translation>Sicherheitsbezogen</translation>
    </message>
    <message>
        <source>Specific</source>
        <translation>Spezifisch</translation>
    </message>
    <message>
        <source>Proportionate</source>
        <translation>Verhältnismäßig</translation>
    </message>
    <message>
        <source>Objective, non-discriminatory</source>
        <translation>Objektiv, nichtdiskriminierend</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <source>no</source>
        <translation>nein</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Systemsprache</translation>
    </message>
    <message>
        <source>PKCS#12 file (.p12) or PKCS#11 token</source>
        <translation>PKCS#12-Datei (.p12) oder PKCS#11-Token</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the signing key file</source>
        <translation>Die Signaturschlüsseldatei wählen</translation>
    </message>
    <message>
        <source>empty = the SQLite file in the data folder; or postgresql+psycopg://host/db</source>
        <translation>leer = die SQLite-Datei im Datenordner; oder postgresql+psycopg://host/db</translation>
    </message>
    <message>
        <source>empty = in the team database (or the data folder)</source>
        <translation>leer = in der Teamdatenbank (oder im Datenordner)</translation>
    </message>
    <message>
        <source>Choose…</source>
        <translation>Wählen…</translation>
    </message>
    <message>
        <source>Choose the shared evidence folder</source>
        <translation>Den gemeinsamen Beweismittelordner wählen</translation>
    </message>
    <message>
        <source>In use now: %1</source>
        <translation>Derzeit verwendet: %1</translation>
    </message>
    <message>
        <source>The passphrase of the signing key is asked for each time you sign; it is never stored.</source>
        <translation>Die Passphrase des Signaturschlüssels wird bei jeder Signatur abgefragt; sie wird nie gespeichert.</translation>
    </message>
    <message>
        <source>Default letter language</source>
        <translation>Standardsprache der Schreiben</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Sprache der Oberfläche</translation>
    </message>
    <message>
        <source>Signing key location</source>
        <translation>Speicherort des Signaturschlüssels</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Database URL</source>
        <translation>Datenbank-URL</translation>
    </message>
    <message>
        <source>Shared evidence folder</source>
        <translation>Gemeinsamer Beweismittelordner</translation>
    </message>
    <message>
        <source>Officer profile</source>
        <translation>Sachbearbeiterprofil</translation>
    </message>
    <message>
        <source>Letters and signing</source>
        <translation>Schreiben und Signatur</translation>
    </message>
    <message>
        <source>Default letter &amp;language:</source>
        <translation>&amp;Sprache der Schreiben:</translation>
    </message>
    <message>
        <source>Signing &amp;key:</source>
        <translation>Signaturschl&amp;üssel:</translation>
    </message>
    <message>
        <source>Storage</source>
        <translation>Speicherung</translation>
    </message>
    <message>
        <source>Data folder:</source>
        <translation>Datenordner:</translation>
    </message>
    <message>
        <source>&amp;Database URL:</source>
        <translation>&amp;Datenbank-URL:</translation>
    </message>
    <message>
        <source>S&amp;hared evidence folder:</source>
        <translation>&amp;Gemeinsamer Beweismittelordner:</translation>
    </message>
    <message>
        <source>Interface</source>
        <translation>Oberfläche</translation>
    </message>
    <message>
        <source>Interface l&amp;anguage:</source>
        <translation>Sprache der &amp;Oberfläche:</translation>
    </message>
    <message>
        <source>Language, database and storage changes apply after a restart.</source>
        <translation>Änderungen an Sprache, Datenbank und Speicherort gelten nach einem Neustart.</translation>
    </message>
    <message>
        <source>The shared evidence folder must be a full path (e.g. /mnt/unit/evidence).</source>
        <translation>Der gemeinsame Beweismittelordner muss ein vollständiger Pfad sein (z. B. /mnt/unit/evidence).</translation>
    </message>
    <message>
        <source>The shared evidence folder %1 does not exist or is not a folder: connect the share first.</source>
        <translation>Der gemeinsame Beweismittelordner %1 existiert nicht oder ist kein Ordner: Verbinden Sie zuerst die Freigabe.</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>Empty (recommended): evidence files are kept in the team database, so one pg_dump backs up records and files together. A shared folder (the same path for every officer) suits very large evidence: back it up with the database, and choose it before evidence is stored.</source>
        <translation>Leer (empfohlen): Beweismitteldateien werden in der Teamdatenbank aufbewahrt, sodass ein einziger pg_dump Datensätze und Dateien gemeinsam sichert. Ein gemeinsamer Ordner (derselbe Pfad für jeden Sachbearbeiter) eignet sich für sehr große Beweismittel: Sichern Sie ihn mit der Datenbank und wählen Sie ihn, bevor Beweismittel gespeichert werden.</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot save the settings: %1</source>
        <translation>Die Einstellungen können nicht gespeichert werden: %1</translation>
    </message>
</context>
<context>
    <name>Shortcuts</name>
    <message>
        <source>Add files</source>
        <translation>Dateien hinzufügen</translation>
    </message>
    <message>
        <source>Add a folder</source>
        <translation>Ordner hinzufügen</translation>
    </message>
    <message>
        <source>Import a model folder</source>
        <translation>Modellordner importieren</translation>
    </message>
    <message>
        <source>Verify the stored evidence</source>
        <translation>Gespeicherte Beweismittel prüfen</translation>
    </message>
    <message>
        <source>Export a copy of the selected item</source>
        <translation>Kopie des gewählten Eintrags exportieren</translation>
    </message>
    <message>
        <source>Draft the letter</source>
        <translation>Schreiben entwerfen</translation>
    </message>
    <message>
        <source>Approve the draft</source>
        <translation>Entwurf billigen</translation>
    </message>
    <message>
        <source>Sign and issue the approved letter</source>
        <translation>Das gebilligte Schreiben signieren und erlassen</translation>
    </message>
    <message>
        <source>Save the selected letter as PDF</source>
        <translation>Gewähltes Schreiben als PDF speichern</translation>
    </message>
    <message>
        <source>Verify a letter file</source>
        <translation>Schreiben-Datei prüfen</translation>
    </message>
    <message>
        <source>Previous question</source>
        <translation>Vorige Frage</translation>
    </message>
    <message>
        <source>Next question</source>
        <translation>Nächste Frage</translation>
    </message>
    <message>
        <source>Save the answer</source>
        <translation>Antwort speichern</translation>
    </message>
    <message>
        <source>Answer yes / no / partly / unknown</source>
        <translation>Antworten: ja / nein / teilweise / unbekannt</translation>
    </message>
    <message>
        <source>Go to the note field</source>
        <translation>Zum Notizfeld</translation>
    </message>
    <message>
        <source>Open the selected case</source>
        <translation>Gewählten Fall öffnen</translation>
    </message>
    <message>
        <source>From the search box into the list</source>
        <translation>Von der Suche in die Liste</translation>
    </message>
    <message>
        <source>Clear the search box</source>
        <translation>Suchfeld leeren</translation>
    </message>
    <message>
        <source>Run the selected action or open the case</source>
        <translation>Gewählte Aktion ausführen oder Fall öffnen</translation>
    </message>
    <message>
        <source>Move through the results</source>
        <translation>Durch die Treffer gehen</translation>
    </message>
    <message>
        <source>Close the palette</source>
        <translation>Palette schließen</translation>
    </message>
    <message>
        <source>Everywhere in the main window</source>
        <translation>Überall im Hauptfenster</translation>
    </message>
    <message>
        <source>Case list</source>
        <translation>Fallliste</translation>
    </message>
    <message>
        <source>Overview tab</source>
        <translation>Reiter Übersicht</translation>
    </message>
    <message>
        <source>Evidence tab</source>
        <translation>Reiter Beweismittel</translation>
    </message>
    <message>
        <source>Checklist tab</source>
        <translation>Reiter Prüfliste</translation>
    </message>
    <message>
        <source>Letters tab</source>
        <translation>Reiter Schreiben</translation>
    </message>
    <message>
        <source>Timeline tab</source>
        <translation>Reiter Zeitleiste</translation>
    </message>
    <message>
        <source>Command palette</source>
        <translation>Befehlspalette</translation>
    </message>
</context>
<context>
    <name>ShortcutsDialog</name>
    <message>
        <source>Keyboard shortcuts</source>
        <translation>Tastenkürzel</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Aktion</translation>
    </message>
    <message>
        <source>Keys</source>
        <translation>Tasten</translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message>
        <source>Unexpected error while opening the database (%1).</source>
        <translation>Unerwarteter Fehler beim Öffnen der Datenbank (%1).</translation>
    </message>
    <message>
        <source>Exemptio cannot open its database</source>
        <translation>Exemptio kann seine Datenbank nicht öffnen</translation>
    </message>
    <message>
        <source>Choose another data folder or database file, or quit.</source>
        <translation>Wählen Sie einen anderen Datenordner oder eine andere Datenbankdatei, oder beenden Sie.</translation>
    </message>
    <message>
        <source>Choose data folder…</source>
        <translation>Datenordner wählen…</translation>
    </message>
    <message>
        <source>Choose database file…</source>
        <translation>Datenbankdatei wählen…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>Beenden</translation>
    </message>
    <message>
        <source>Data folder</source>
        <translation>Datenordner</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Datenbankdatei</translation>
    </message>
    <message>
        <source>SQLite database (*.db *.sqlite);;All files (*)</source>
        <translation>SQLite-Datenbank (*.db *.sqlite);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Unexpected error (%1). Details are in the log.</source>
        <translation>Unerwarteter Fehler (%1). Einzelheiten stehen im Protokoll.</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wird gespeichert…</translation>
    </message>
    <message>
        <source>Error message</source>
        <translation>Fehlermeldung</translation>
    </message>
</context>
<context>
    <name>TimelineModel</name>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Strand</source>
        <translation>Bereich</translation>
    </message>
    <message>
        <source>Event</source>
        <translation>Ereignis</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Einzelheiten</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Von</translation>
    </message>
    <message>
        <source>Event #%1 · %2 · hash %3</source>
        <translation>Ereignis Nr. %1 · %2 · Hash %3</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Sachbearbeiter</translation>
    </message>
    <message>
        <source>Assigned by</source>
        <translation>Zugewiesen von</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
</context>
<context>
    <name>TimelinePage</name>
    <message>
        <source>Show events of</source>
        <translation>Ereignisse anzeigen von</translation>
    </message>
    <message>
        <source>Everything</source>
        <translation>Alles</translation>
    </message>
    <message>
        <source>Case events</source>
        <translation>Fallereignisse</translation>
    </message>
    <message>
        <source>Evidence custody</source>
        <translation>Verwahrung der Beweismittel</translation>
    </message>
    <message>
        <source>Signatures</source>
        <translation>Signaturen</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>Checklist</source>
        <translation>Prüfliste</translation>
    </message>
    <message>
        <source>Case time line</source>
        <translation>Zeitleiste des Falls</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Anzeigen:</translation>
    </message>
    <message>
        <source>%1 events, newest first</source>
        <translation>%1 Ereignisse, neueste zuerst</translation>
    </message>
</context>
<context>
    <name>Units</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 GB</source>
        <translation>%1 GB</translation>
    </message>
    <message>
        <source>%1 TB</source>
        <translation>%1 TB</translation>
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
        <translation>Ein Schreiben prüfen</translation>
    </message>
    <message>
        <source>Letter file to verify</source>
        <translation>Zu prüfende Schreiben-Datei</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Wählen…</translation>
    </message>
    <message>
        <source>&amp;Letter (PDF):</source>
        <translation>&amp;Schreiben (PDF):</translation>
    </message>
    <message>
        <source>optional: trusted CA certificate (PEM)</source>
        <translation>optional: vertrauenswürdiges CA-Zertifikat (PEM)</translation>
    </message>
    <message>
        <source>Trusted certificate authority</source>
        <translation>Vertrauenswürdige Zertifizierungsstelle</translation>
    </message>
    <message>
        <source>&amp;Trust anchor:</source>
        <translation>&amp;Vertrauensanker:</translation>
    </message>
    <message>
        <source>Signer</source>
        <translation>Unterzeichner</translation>
    </message>
    <message>
        <source>Approved by</source>
        <translation>Freigegeben von</translation>
    </message>
    <message>
        <source>Four eyes</source>
        <translation>Vier-Augen-Prinzip</translation>
    </message>
    <message>
        <source>Signing time</source>
        <translation>Signaturzeitpunkt</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Stufe</translation>
    </message>
    <message>
        <source>Integrity</source>
        <translation>Integrität</translation>
    </message>
    <message>
        <source>Trust</source>
        <translation>Vertrauen</translation>
    </message>
    <message>
        <source>Coverage</source>
        <translation>Abdeckung</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>&amp;Prüfen</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Checking…</source>
        <translation>Wird geprüft…</translation>
    </message>
    <message>
        <source>Verifying the letter…</source>
        <translation>Schreiben wird geprüft…</translation>
    </message>
    <message>
        <source>shown: approved by %1, issued by %2 (two different certificates)</source>
        <translation>belegt: freigegeben von %1, ausgestellt von %2 (zwei verschiedene Zertifikate)</translation>
    </message>
    <message>
        <source>not shown: the letter carries no approval signature</source>
        <translation>nicht belegt: das Schreiben trägt keine Freigabesignatur</translation>
    </message>
    <message>
        <source>intact</source>
        <translation>unverändert</translation>
    </message>
    <message>
        <source>CHANGED</source>
        <translation>VERÄNDERT</translation>
    </message>
    <message>
        <source>not checked (choose a trust anchor)</source>
        <translation>nicht geprüft (wählen Sie einen Vertrauensanker)</translation>
    </message>
    <message>
        <source>trusted</source>
        <translation>vertrauenswürdig</translation>
    </message>
    <message>
        <source>NOT trusted</source>
        <translation>NICHT vertrauenswürdig</translation>
    </message>
    <message>
        <source>whole file</source>
        <translation>gesamte Datei</translation>
    </message>
    <message>
        <source>NOT the whole file</source>
        <translation>NICHT die gesamte Datei</translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to Exemptio</source>
        <translation>Willkommen bei Exemptio</translation>
    </message>
    <message>
        <source>Exemptio logo</source>
        <translation>Exemptio-Logo</translation>
    </message>
    <message>
        <source>&lt;b&gt;Welcome to Exemptio&lt;/b&gt;</source>
        <translation>&lt;b&gt;Willkommen bei Exemptio&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Exemptio helps you assess whether an AI model or system that its provider calls “open source” qualifies for the exemptions of the AI Act (Articles 2(12), 53(2) and 54(6)). It works offline. Tell it who you are; everything here can be changed later in Settings.</source>
        <translation>Exemptio hilft Ihnen zu prüfen, ob ein KI-Modell oder KI-System, das sein Anbieter als „Open Source“ bezeichnet, unter die Ausnahmen der KI-Verordnung fällt (Artikel 2 Absatz 12, Artikel 53 Absatz 2 und Artikel 54 Absatz 6). Es arbeitet offline. Geben Sie an, wer Sie sind; alles hier können Sie später in den Einstellungen ändern.</translation>
    </message>
    <message>
        <source>Your officer profile</source>
        <translation>Ihr Sachbearbeiterprofil</translation>
    </message>
    <message>
        <source>optional: your PKCS#12 file (.p12 or .pfx)</source>
        <translation>optional: Ihre PKCS#12-Datei (.p12 oder .pfx)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>Choose the signing key file</source>
        <translation>Die Signaturschlüsseldatei wählen</translation>
    </message>
    <message>
        <source>used only to check the key now; never stored</source>
        <translation>nur zur jetzigen Prüfung des Schlüssels; wird nie gespeichert</translation>
    </message>
    <message>
        <source>C&amp;heck key</source>
        <translation>Schlüssel prü&amp;fen</translation>
    </message>
    <message>
        <source>Check the signing key</source>
        <translation>Den Signaturschlüssel prüfen</translation>
    </message>
    <message>
        <source>Keep a copy of the key file in the data folder (recommended)</source>
        <translation>Eine Kopie der Schlüsseldatei im Datenordner aufbewahren (empfohlen)</translation>
    </message>
    <message>
        <source>The copy stays encrypted with your passphrase and is readable only by you. Signing then keeps working when the USB stick or folder the key came from is gone.</source>
        <translation>Die Kopie bleibt mit Ihrer Passphrase verschlüsselt und ist nur für Sie lesbar. So funktioniert das Signieren weiter, auch wenn der USB-Stick oder Ordner, aus dem der Schlüssel stammt, nicht mehr verfügbar ist.</translation>
    </message>
    <message>
        <source>Signing key for letters</source>
        <translation>Signaturschlüssel für Schreiben</translation>
    </message>
    <message>
        <source>Key &amp;file:</source>
        <translation>S&amp;chlüsseldatei:</translation>
    </message>
    <message>
        <source>&amp;Passphrase:</source>
        <translation>&amp;Passphrase:</translation>
    </message>
    <message>
        <source>On this computer (an embedded database in the data folder)</source>
        <translation>Auf diesem Computer (eine eingebettete Datenbank im Datenordner)</translation>
    </message>
    <message>
        <source>A team database server (PostgreSQL), used from the next start:</source>
        <translation>Ein Teamdatenbank-Server (PostgreSQL), ab dem nächsten Start verwendet:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Test the team database connection</source>
        <translation>Die Verbindung zur Teamdatenbank testen</translation>
    </message>
    <message>
        <source>Data folder: %1</source>
        <translation>Datenordner: %1</translation>
    </message>
    <message>
        <source>Where cases are kept</source>
        <translation>Wo die Fälle gespeichert werden</translation>
    </message>
    <message>
        <source>Add a few fictional demo cases to explore</source>
        <translation>Einige fiktive Demofälle zum Ausprobieren hinzufügen</translation>
    </message>
    <message>
        <source>Their providers are called “Fictional …”; delete them when done.</source>
        <translation>Ihre Anbieter heißen „Fictional …“; löschen Sie sie, wenn Sie fertig sind.</translation>
    </message>
    <message>
        <source>&amp;Start</source>
        <translation>&amp;Starten</translation>
    </message>
    <message>
        <source>Signing key file</source>
        <translation>Signaturschlüsseldatei</translation>
    </message>
    <message>
        <source>Signing key passphrase</source>
        <translation>Passphrase des Signaturschlüssels</translation>
    </message>
    <message>
        <source>Keep a copy of the key</source>
        <translation>Eine Kopie des Schlüssels aufbewahren</translation>
    </message>
    <message>
        <source>Embedded database</source>
        <translation>Eingebettete Datenbank</translation>
    </message>
    <message>
        <source>Team database</source>
        <translation>Teamdatenbank</translation>
    </message>
    <message>
        <source>Team database URL</source>
        <translation>URL der Teamdatenbank</translation>
    </message>
    <message>
        <source>Add demo cases</source>
        <translation>Demofälle hinzufügen</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Starten</translation>
    </message>
    <message>
        <source>Skip for now</source>
        <translation>Vorerst überspringen</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>Signaturschlüssel</translation>
    </message>
    <message>
        <source>PKCS#12 (*.p12 *.pfx);;All files (*)</source>
        <translation>PKCS#12 (*.p12 *.pfx);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Choose the key file first.</source>
        <translation>Wählen Sie zuerst die Schlüsseldatei.</translation>
    </message>
    <message>
        <source>Checking the key…</source>
        <translation>Schlüssel wird geprüft…</translation>
    </message>
    <message>
        <source>✓ %1 — valid until %2 (%3 days); %4.</source>
        <translation>✓ %1 — gültig bis %2 (%3 Tage); %4.</translation>
    </message>
    <message>
        <source>The key could not be checked.</source>
        <translation>Der Schlüssel konnte nicht geprüft werden.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Verbindung wird hergestellt…</translation>
    </message>
    <message>
        <source>Connecting to the team database…</source>
        <translation>Verbindung zur Teamdatenbank wird hergestellt…</translation>
    </message>
    <message>
        <source>The team database URL starts with postgresql:// or postgresql+psycopg://.</source>
        <translation>Die URL der Teamdatenbank beginnt mit postgresql:// oder postgresql+psycopg://.</translation>
    </message>
    <message>
        <source>Cannot save the settings: %1</source>
        <translation>Die Einstellungen können nicht gespeichert werden: %1</translation>
    </message>
    <message>
        <source>Discard the profile?</source>
        <translation>Profil verwerfen?</translation>
    </message>
    <message>
        <source>Skip without saving the name, unit, e-mail and key you typed?</source>
        <translation>Überspringen, ohne den eingegebenen Namen, die Einheit, die E-Mail und den Schlüssel zu speichern?</translation>
    </message>
    <message>
        <source>Discard and skip</source>
        <translation>Verwerfen und überspringen</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>Weiter bearbeiten</translation>
    </message>
    <message>
        <source>Adding demo cases…</source>
        <translation>Demofälle werden hinzugefügt…</translation>
    </message>
</context>
<context>
    <name>WindowActions</name>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Neuer Fall…</translation>
    </message>
    <message>
        <source>Open a new case</source>
        <translation>Einen neuen Fall anlegen</translation>
    </message>
    <message>
        <source>&amp;Import archive…</source>
        <translation>Archiv &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a case archive</source>
        <translation>Ein Fallarchiv importieren</translation>
    </message>
    <message>
        <source>&amp;Export archive…</source>
        <translation>Archiv &amp;exportieren…</translation>
    </message>
    <message>
        <source>Export the current case as an archive</source>
        <translation>Den aktuellen Fall als Archiv exportieren</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>Eins&amp;tellungen…</translation>
    </message>
    <message>
        <source>Officer profile and settings</source>
        <translation>Sachbearbeiterprofil und Einstellungen</translation>
    </message>
    <message>
        <source>Sign audit &amp;checkpoint…</source>
        <translation>&amp;Prüfpunkt des Audit-Protokolls signieren…</translation>
    </message>
    <message>
        <source>Sign the end of the audit trail with the unit&apos;s key</source>
        <translation>Das Ende des Audit-Protokolls mit dem Schlüssel des Referats signieren</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>Quit Exemptio</source>
        <translation>Exemptio beenden</translation>
    </message>
    <message>
        <source>&amp;Find cases</source>
        <translation>Fälle &amp;suchen</translation>
    </message>
    <message>
        <source>Search the case list</source>
        <translation>Die Fallliste durchsuchen</translation>
    </message>
    <message>
        <source>Command &amp;palette…</source>
        <translation>Befehls&amp;palette…</translation>
    </message>
    <message>
        <source>Find any action or case by typing</source>
        <translation>Aktionen oder Fälle durch Eintippen finden</translation>
    </message>
    <message>
        <source>Case &amp;list</source>
        <translation>Fall&amp;liste</translation>
    </message>
    <message>
        <source>Show the case list</source>
        <translation>Die Fallliste anzeigen</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>Ü&amp;bersichtstafel</translation>
    </message>
    <message>
        <source>Show the dashboard</source>
        <translation>Die Übersichtstafel anzeigen</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>Reload from the database</source>
        <translation>Aus der Datenbank neu laden</translation>
    </message>
    <message>
        <source>Next tab</source>
        <translation>Nächster Reiter</translation>
    </message>
    <message>
        <source>Previous tab</source>
        <translation>Vorheriger Reiter</translation>
    </message>
    <message>
        <source>&amp;Open selected case</source>
        <translation>Ausgewählten Fall ö&amp;ffnen</translation>
    </message>
    <message>
        <source>Open the case selected in the list</source>
        <translation>Den in der Liste ausgewählten Fall öffnen</translation>
    </message>
    <message>
        <source>&amp;Close case tab</source>
        <translation>Fallreiter &amp;schließen</translation>
    </message>
    <message>
        <source>Close the current case tab</source>
        <translation>Den aktuellen Fallreiter schließen</translation>
    </message>
    <message>
        <source>Start assessment</source>
        <translation>Prüfung beginnen</translation>
    </message>
    <message>
        <source>Send back to assessment…</source>
        <translation>Zur Prüfung zurückgeben…</translation>
    </message>
    <message>
        <source>Reopen…</source>
        <translation>Wiedereröffnen…</translation>
    </message>
    <message>
        <source>Assign / reassign…</source>
        <translation>Zuweisen / neu zuweisen…</translation>
    </message>
    <message>
        <source>Stop the clock…</source>
        <translation>Frist anhalten…</translation>
    </message>
    <message>
        <source>Resume the clock</source>
        <translation>Frist fortsetzen</translation>
    </message>
    <message>
        <source>Change due date…</source>
        <translation>Fälligkeitsdatum ändern…</translation>
    </message>
    <message>
        <source>Edit title and notes…</source>
        <translation>Titel und Notizen bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Keyboard shortcuts</source>
        <translation>&amp;Tastenkürzel</translation>
    </message>
    <message>
        <source>&amp;About Exemptio</source>
        <translation>Ü&amp;ber Exemptio</translation>
    </message>
    <message>
        <source>&amp;Report a problem…</source>
        <translation>Problem &amp;melden…</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Case</source>
        <translation>&amp;Fall</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main toolbar</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>“%1” is not possible for this case now.</source>
        <translation>„%1“ ist für diesen Fall jetzt nicht möglich.</translation>
    </message>
</context>
<context>
    <name>WorkloadTable</name>
    <message>
        <source>Open cases by officer</source>
        <translation>Offene Fälle nach Person</translation>
    </message>
    <message>
        <source>Officer</source>
        <translation>Person</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Offen</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Überfällig</translation>
    </message>
    <message>
        <source>Due within 7 days</source>
        <translation>Fällig in 7 Tagen</translation>
    </message>
    <message>
        <source>Clock stopped</source>
        <translation>Frist angehalten</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Nicht zugewiesen</translation>
    </message>
</context>
<context>
    <name>messages</name>
    <message>
        <source>Refused: {item}: it is nested too deeply to read</source>
        <translation>Abgelehnt: {item}: zu tief verschachtelt, um gelesen zu werden</translation>
    </message>
    <message>
        <source>Refused: it is nested too deeply to read</source>
        <translation>Abgelehnt: zu tief verschachtelt, um gelesen zu werden</translation>
    </message>
    <message>
        <source>Refused: it is too large to read</source>
        <translation>Abgelehnt: zu groß, um gelesen zu werden</translation>
    </message>
    <message>
        <source>Refused: it is not valid UTF-8 text</source>
        <translation>Abgelehnt: kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>Refused: it cannot be read or written ({reason})</source>
        <translation>Abgelehnt: kann nicht gelesen oder geschrieben werden ({reason})</translation>
    </message>
    <message>
        <source>Refused: it is damaged or not a readable zip ({reason})</source>
        <translation>Abgelehnt: beschädigt oder kein lesbares ZIP-Archiv ({reason})</translation>
    </message>
    <message>
        <source>Refused: it is not valid JSON ({reason} at line {line}, column {column})</source>
        <translation>Abgelehnt: kein gültiges JSON ({reason} in Zeile {line}, Spalte {column})</translation>
    </message>
    <message>
        <source>Refused: it cannot be read ({reason})</source>
        <translation>Abgelehnt: kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>Refused: the disk is full (no space left on the device for {item}); free some space and try again</source>
        <translation>Abgelehnt: Der Datenträger ist voll (kein freier Speicherplatz mehr für {item}); geben Sie Speicherplatz frei und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>Refused: the database is damaged ({detail}); nothing was changed. Restore a backup copy (exemptio.db.backup-* beside the database)</source>
        <translation>Abgelehnt: Die Datenbank ist beschädigt ({detail}); es wurde nichts geändert. Stellen Sie eine Sicherungskopie wieder her (exemptio.db.backup-* neben der Datenbank)</translation>
    </message>
    <message>
        <source>Refused: {item}: it is too large to read</source>
        <translation>Abgelehnt: {item}: zu groß, um gelesen zu werden</translation>
    </message>
    <message>
        <source>Refused: {item}: it is not valid UTF-8 text</source>
        <translation>Abgelehnt: {item}: kein gültiger UTF-8-Text</translation>
    </message>
    <message>
        <source>Refused: {item}: it cannot be read or written ({reason})</source>
        <translation>Abgelehnt: {item}: kann nicht gelesen oder geschrieben werden ({reason})</translation>
    </message>
    <message>
        <source>Refused: {item}: it is damaged or not a readable zip ({reason})</source>
        <translation>Abgelehnt: {item}: beschädigt oder kein lesbares ZIP-Archiv ({reason})</translation>
    </message>
    <message>
        <source>Refused: {item}: it is not valid JSON ({reason} at line {line}, column {column})</source>
        <translation>Abgelehnt: {item}: kein gültiges JSON ({reason} in Zeile {line}, Spalte {column})</translation>
    </message>
    <message>
        <source>Refused: {item}: it cannot be read ({reason})</source>
        <translation>Abgelehnt: {item}: kann nicht gelesen werden ({reason})</translation>
    </message>
    <message>
        <source>Refused: the disk is full (no space left on the device); free some space and try again</source>
        <translation>Abgelehnt: Der Datenträger ist voll (kein freier Speicherplatz mehr); geben Sie Speicherplatz frei und versuchen Sie es erneut</translation>
    </message>
    <message>
        <source>interrupted; nothing half-written was kept</source>
        <translation>unterbrochen; nichts halb Geschriebenes wurde behalten</translation>
    </message>
    <message>
        <source>unexpected error ({error}); details are in the log</source>
        <translation>unerwarteter Fehler ({error}); Einzelheiten stehen im Protokoll</translation>
    </message>
    <message>
        <source>Refused: {item}: {size} bytes, at most {limit} are read</source>
        <translation>Abgelehnt: {item}: {size} Bytes, höchstens {limit} werden gelesen</translation>
    </message>
    <message>
        <source>Refused: {item}: nested more than {limit} levels deep</source>
        <translation>Abgelehnt: {item}: mehr als {limit} Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>Refused: {item}: more than {limit} values</source>
        <translation>Abgelehnt: {item}: mehr als {limit} Werte</translation>
    </message>
    <message>
        <source>Refused: {item}: a text of {length} characters at {path}, at most {limit} are allowed</source>
        <translation>Abgelehnt: {item}: ein Text mit {length} Zeichen bei {path}, höchstens {limit} sind zulässig</translation>
    </message>
    <message>
        <source>Refused: {item}: {path} is not a finite number</source>
        <translation>Abgelehnt: {item}: {path} ist keine endliche Zahl</translation>
    </message>
    <message>
        <source>Refused: {item}: {path} must be {expected}, not {found}</source>
        <translation>Abgelehnt: {item}: {path} muss {expected} sein, nicht {found}</translation>
    </message>
    <message>
        <source>Refused: {item}: {path} is missing</source>
        <translation>Abgelehnt: {item}: {path} fehlt</translation>
    </message>
    <message>
        <source>Refused: {item}: the key {key} appears twice in one object</source>
        <translation>Abgelehnt: {item}: der Schlüssel {key} kommt in einem Objekt zweimal vor</translation>
    </message>
    <message>
        <source>Refused: {item}: it is not UTF-8 text</source>
        <translation>Abgelehnt: {item}: kein UTF-8-Text</translation>
    </message>
    <message>
        <source>Refused: a text is longer than the database allows ({detail}); nothing was saved</source>
        <translation>Abgelehnt: Ein Text ist länger, als die Datenbank erlaubt ({detail}); es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>Refused: the database is damaged ({detail}); nothing was changed</source>
        <translation>Abgelehnt: Die Datenbank ist beschädigt ({detail}); es wurde nichts geändert</translation>
    </message>
    <message>
        <source>Refused: the database did not accept the operation ({detail}); nothing was saved</source>
        <translation>Abgelehnt: Die Datenbank hat den Vorgang nicht angenommen ({detail}); es wurde nichts gespeichert</translation>
    </message>
    <message>
        <source>Refused: the database file {path} is empty (0 bytes) while the evidence store beside it holds files: it was emptied or truncated, and starting afresh would hide every case. Nothing was changed; restore the newest backup copy ({backups})</source>
        <translation>Abgelehnt: Die Datenbankdatei {path} ist leer (0 Bytes), während der Beweismittelspeicher daneben Dateien enthält: Sie wurde geleert oder abgeschnitten, und ein Neubeginn würde alle Fälle verbergen. Es wurde nichts geändert; stellen Sie die neueste Sicherungskopie wieder her ({backups})</translation>
    </message>
    <message>
        <source>Refused: the database file {path} is damaged ({detail}). Nothing was changed; restore the newest backup copy ({backups})</source>
        <translation>Abgelehnt: Die Datenbankdatei {path} ist beschädigt ({detail}). Es wurde nichts geändert; stellen Sie die neueste Sicherungskopie wieder her ({backups})</translation>
    </message>
    <message>
        <source>Cannot create the data folder {folder}: {reason}</source>
        <translation>Der Datenordner {folder} kann nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <source>The database schema is not up to date: run &apos;exemptio db upgrade&apos;.</source>
        <translation>Das Datenbankschema ist nicht aktuell: Führen Sie &apos;exemptio db upgrade&apos; aus.</translation>
    </message>
    <message>
        <source>The database file {path} cannot be written (permission denied).</source>
        <translation>Die Datenbankdatei {path} kann nicht geschrieben werden (Zugriff verweigert).</translation>
    </message>
    <message>
        <source>The database path {path} is a folder, not a file.</source>
        <translation>Der Datenbankpfad {path} ist ein Ordner, keine Datei.</translation>
    </message>
    <message>
        <source>The database file {path} cannot be read: {reason}.</source>
        <translation>Die Datenbankdatei {path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>The file {path} is not an Exemptio database (it is not SQLite).</source>
        <translation>Die Datei {path} ist keine Exemptio-Datenbank (sie ist keine SQLite-Datei).</translation>
    </message>
    <message>
        <source>Cannot create the database in {folder}: permission denied.</source>
        <translation>Die Datenbank kann in {folder} nicht angelegt werden: Zugriff verweigert.</translation>
    </message>
    <message>
        <source>The text contains a NUL character (\0), which the team database cannot store; remove it and try again. Nothing was saved.</source>
        <translation>Der Text enthält ein NUL-Zeichen (\0), das die Teamdatenbank nicht speichern kann; entfernen Sie es und versuchen Sie es erneut. Es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Cannot reach the team database {where} ({reason}). Nothing of this change was saved; try again when the server is back, or keep working on a local database (--db or EXEMPTIO_DB).</source>
        <translation>Die Teamdatenbank {where} ist nicht erreichbar ({reason}). Von dieser Änderung wurde nichts gespeichert; versuchen Sie es erneut, wenn der Server wieder verfügbar ist, oder arbeiten Sie mit einer lokalen Datenbank weiter (--db oder EXEMPTIO_DB).</translation>
    </message>
    <message>
        <source>The team database is busy: another change has held it for over 30 seconds. Nothing of this change was saved; try again in a moment.</source>
        <translation>Die Teamdatenbank ist belegt: Eine andere Änderung hält sie seit über 30 Sekunden. Von dieser Änderung wurde nichts gespeichert; versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>{entity} was changed by someone else after you opened it{detail}; your change was not saved. Reload and try again.</source>
        <translation>{entity} wurde von jemand anderem geändert, nachdem Sie es geöffnet hatten{detail}; Ihre Änderung wurde nicht gespeichert. Laden Sie neu und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>{entity} was changed by someone else after you opened it{detail}: {changed_by} ({action}, {changed_at}). Your change was not saved; reload to see their change, then try again.</source>
        <translation>{entity} wurde von jemand anderem geändert, nachdem Sie es geöffnet hatten{detail}: {changed_by} ({action}, {changed_at}). Ihre Änderung wurde nicht gespeichert; laden Sie neu, um die andere Änderung zu sehen, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Type the team database URL first.</source>
        <translation>Geben Sie zuerst die URL der Teamdatenbank ein.</translation>
    </message>
    <message>
        <source>The team database URL starts with postgresql:// or postgresql+psycopg://.</source>
        <translation>Die URL der Teamdatenbank beginnt mit postgresql:// oder postgresql+psycopg://.</translation>
    </message>
    <message>
        <source>This is not a database URL SQLAlchemy understands: {reason}</source>
        <translation>Dies ist keine Datenbank-URL, die SQLAlchemy versteht: {reason}</translation>
    </message>
    <message>
        <source>This database already holds other tables: it is not an Exemptio database. Ask for an empty database or the team&apos;s Exemptio database.</source>
        <translation>Diese Datenbank enthält bereits andere Tabellen: Sie ist keine Exemptio-Datenbank. Bitten Sie um eine leere Datenbank oder um die Exemptio-Datenbank des Teams.</translation>
    </message>
    <message>
        <source>{path} is a folder; choose a file name for the report.</source>
        <translation>{path} ist ein Ordner; wählen Sie einen Dateinamen für den Bericht.</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Der Ordner {folder} existiert nicht.</translation>
    </message>
    <message>
        <source>Cannot write the report {path}: {reason}</source>
        <translation>Der Bericht {path} kann nicht geschrieben werden: {reason}</translation>
    </message>
    <message>
        <source>No archive at {path}.</source>
        <translation>Kein Archiv unter {path}.</translation>
    </message>
    <message>
        <source>Refused: {name} is not a complete zip file ({reason}).</source>
        <translation>Abgelehnt: {name} ist keine vollständige ZIP-Datei ({reason}).</translation>
    </message>
    <message>
        <source>Refused: &apos;{name}&apos; is too large ({size} bytes).</source>
        <translation>Abgelehnt: &apos;{name}&apos; ist zu groß ({size} Bytes).</translation>
    </message>
    <message>
        <source>Refused: &apos;{name}&apos; cannot be read ({reason}).</source>
        <translation>Abgelehnt: &apos;{name}&apos; kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>Refused: &apos;{name}&apos; cannot be read.</source>
        <translation>Abgelehnt: &apos;{name}&apos; kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>Refused: unsupported BagIt version &apos;{version}&apos;.</source>
        <translation>Abgelehnt: nicht unterstützte BagIt-Version &apos;{version}&apos;.</translation>
    </message>
    <message>
        <source>Cancelled; nothing was imported.</source>
        <translation>Abgebrochen; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Export cancelled; no archive was written.</source>
        <translation>Export abgebrochen; es wurde kein Archiv geschrieben.</translation>
    </message>
    <message>
        <source>{path} is a folder; give the name of the zip file to write.</source>
        <translation>{path} ist ein Ordner; geben Sie den Namen der zu schreibenden ZIP-Datei an.</translation>
    </message>
    <message>
        <source>The stored bytes of {name} are damaged (expected SHA-256 {expected}…, found {found}…); run &apos;exemptio evidence verify&apos;.</source>
        <translation>Die gespeicherten Bytes von {name} sind beschädigt (erwarteter SHA-256 {expected}…, gefunden {found}…); prüfen Sie die Beweismittel (exemptio evidence verify).</translation>
    </message>
    <message>
        <source>Cannot write the archive {name} in {folder}: the disk is full; no archive was written.</source>
        <translation>Das Archiv {name} kann nicht in {folder} geschrieben werden: Der Datenträger ist voll; es wurde kein Archiv geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write the archive {name} in {folder}: the disk quota is used up; no archive was written.</source>
        <translation>Das Archiv {name} kann nicht in {folder} geschrieben werden: Das Speicherkontingent ist aufgebraucht; es wurde kein Archiv geschrieben.</translation>
    </message>
    <message>
        <source>Cannot write the archive {name} in {folder}: {reason}; no archive was written.</source>
        <translation>Das Archiv {name} kann nicht in {folder} geschrieben werden: {reason}; es wurde kein Archiv geschrieben.</translation>
    </message>
    <message>
        <source>The stored bytes of {name} are missing from the evidence store ({sha}…); run &apos;exemptio evidence verify&apos;.</source>
        <translation>Die gespeicherten Bytes von {name} fehlen im Beweismittelspeicher ({sha}…); prüfen Sie die Beweismittel (exemptio evidence verify).</translation>
    </message>
    <message>
        <source>Cannot create the staging folder in {folder}: {reason}</source>
        <translation>Der Bereitstellungsordner kann in {folder} nicht angelegt werden: {reason}</translation>
    </message>
    <message>
        <source>Case {reference} already exists here; nothing was imported. Use --as-new to import it under a new reference.</source>
        <translation>Der Fall {reference} ist hier bereits vorhanden; es wurde nichts importiert. Verwenden Sie --as-new, um ihn unter einem neuen Aktenzeichen zu importieren.</translation>
    </message>
    <message>
        <source>The bytes of {sha}… changed in the staging folder; nothing was imported.</source>
        <translation>Die Bytes von {sha}… wurden im Bereitstellungsordner verändert; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Refused: the archive&apos;s case data does not fit this database ({reason}); nothing was imported.</source>
        <translation>Abgelehnt: Die Falldaten des Archivs passen nicht in diese Datenbank ({reason}); es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Import failed, nothing was imported: {reason}</source>
        <translation>Der Import ist fehlgeschlagen, es wurde nichts importiert: {reason}</translation>
    </message>
    <message>
        <source>No case with reference &apos;{reference}&apos;.</source>
        <translation>Kein Fall mit dem Aktenzeichen &apos;{reference}&apos;.</translation>
    </message>
    <message>
        <source>The imported audit history of {reference} was changed in the store.</source>
        <translation>Die importierte Prüfhistorie von {reference} wurde im Speicher verändert.</translation>
    </message>
    <message>
        <source>The imported audit history of {reference} is missing from the evidence store.</source>
        <translation>Die importierte Prüfhistorie von {reference} fehlt im Beweismittelspeicher.</translation>
    </message>
    <message>
        <source>The archive was not signed: the signing key {key}: {reason}</source>
        <translation>Das Archiv wurde nicht signiert: der Signaturschlüssel {key}: {reason}</translation>
    </message>
    <message>
        <source>Cannot read the signing key {key}: {reason}</source>
        <translation>Der Signaturschlüssel {key} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Cannot open the signing key {key}: wrong passphrase or not a PKCS#12 file.</source>
        <translation>Der Signaturschlüssel {key} kann nicht geöffnet werden: falsche Passphrase oder keine PKCS#12-Datei.</translation>
    </message>
    <message>
        <source>The signing key file {key} holds no key and certificate.</source>
        <translation>Die Signaturschlüsseldatei {key} enthält keinen Schlüssel und kein Zertifikat.</translation>
    </message>
    <message>
        <source>the time-stamp server {url} did not give a timestamp ({reason})</source>
        <translation>der Zeitstempeldienst {url} hat keinen Zeitstempel geliefert ({reason})</translation>
    </message>
    <message>
        <source>Refused: tagmanifest-sha512.txt.p7s: {reason}.</source>
        <translation>Abgelehnt: tagmanifest-sha512.txt.p7s: {reason}.</translation>
    </message>
    <message>
        <source>Refused: &apos;{name}&apos; expands {ratio} times (a zip bomb?); the limit is {limit}.</source>
        <translation>Abgelehnt: &apos;{name}&apos; wird beim Entpacken {ratio}-mal größer (eine ZIP-Bombe?); die Grenze ist {limit}.</translation>
    </message>
    <message>
        <source>Refused: the sizes recorded for &apos;{name}&apos; do not agree.</source>
        <translation>Abgelehnt: Die für &apos;{name}&apos; verzeichneten Größen stimmen nicht überein.</translation>
    </message>
    <message>
        <source>Refused: &apos;{name}&apos; is outside the bag&apos;s top folder.</source>
        <translation>Abgelehnt: &apos;{name}&apos; liegt außerhalb des obersten Ordners des Pakets.</translation>
    </message>
    <message>
        <source>Refused: the archive must hold exactly one top folder, it holds {count}.</source>
        <translation>Abgelehnt: Das Archiv muss genau einen obersten Ordner enthalten, es enthält {count}.</translation>
    </message>
    <message>
        <source>Refused: the archive would expand to {size} bytes (the limit is {limit}).</source>
        <translation>Abgelehnt: Das Archiv würde entpackt {size} Bytes belegen (die Grenze ist {limit}).</translation>
    </message>
    <message>
        <source>Not enough free disk space to import: about {need} bytes needed (checked copy and stored copy), {free} free; nothing was imported.</source>
        <translation>Nicht genug freier Speicherplatz für den Import: etwa {need} Bytes nötig (geprüfte und gespeicherte Kopie), {free} frei; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Refused: the bag has no SHA-256 manifest; it was not made by Exemptio.</source>
        <translation>Abgelehnt: Das Paket hat kein SHA-256-Manifest; es wurde nicht von Exemptio erstellt.</translation>
    </message>
    <message>
        <source>Refused: the bag has no data/case.json or data/audit.jsonl.</source>
        <translation>Abgelehnt: Das Paket enthält weder data/case.json noch data/audit.jsonl.</translation>
    </message>
    <message>
        <source>Refused: data/case.json is too large.</source>
        <translation>Abgelehnt: data/case.json ist zu groß.</translation>
    </message>
    <message>
        <source>Refused: data/case.json is not valid JSON ({reason}).</source>
        <translation>Abgelehnt: data/case.json ist kein gültiges JSON ({reason}).</translation>
    </message>
    <message>
        <source>Refused: data/case.json is not a case.</source>
        <translation>Abgelehnt: data/case.json ist kein Fall.</translation>
    </message>
    <message>
        <source>Refused: case.json names &apos;{path}&apos;, which is not in the archive.</source>
        <translation>Abgelehnt: case.json nennt &apos;{path}&apos;, das nicht im Archiv enthalten ist.</translation>
    </message>
    <message>
        <source>Refused: &apos;{path}&apos; does not have the SHA-256 case.json gives for it.</source>
        <translation>Abgelehnt: &apos;{path}&apos; hat nicht den SHA-256, den case.json dafür angibt.</translation>
    </message>
    <message>
        <source>Refused: case.json contradicts the audit trail: {problem}; nothing was imported.</source>
        <translation>Abgelehnt: case.json widerspricht dem Prüfpfad: {problem}; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Refused: &apos;{path}&apos; is in the archive but case.json does not name it.</source>
        <translation>Abgelehnt: &apos;{path}&apos; ist im Archiv enthalten, wird aber in case.json nicht genannt.</translation>
    </message>
    <message>
        <source>Refused: provenance.json is not valid JSON.</source>
        <translation>Abgelehnt: provenance.json ist kein gültiges JSON.</translation>
    </message>
    <message>
        <source>Refused: provenance.json is malformed.</source>
        <translation>Abgelehnt: provenance.json ist fehlerhaft aufgebaut.</translation>
    </message>
    <message>
        <source>Refused: audit.jsonl line {line} is not JSON.</source>
        <translation>Abgelehnt: Zeile {line} von audit.jsonl ist kein JSON.</translation>
    </message>
    <message>
        <source>Refused: audit.jsonl line {line} is not an event.</source>
        <translation>Abgelehnt: Zeile {line} von audit.jsonl ist kein Ereignis.</translation>
    </message>
    <message>
        <source>Refused: audit.jsonl event {event}: its hash does not match its content.</source>
        <translation>Abgelehnt: audit.jsonl, Ereignis {event}: Sein Hashwert passt nicht zu seinem Inhalt.</translation>
    </message>
    <message>
        <source>Refused: audit.jsonl line {line} lacks a field ({reason}).</source>
        <translation>Abgelehnt: In Zeile {line} von audit.jsonl fehlt ein Feld ({reason}).</translation>
    </message>
    <message>
        <source>Refused: audit.jsonl: event {event} of the trail is missing.</source>
        <translation>Abgelehnt: audit.jsonl: Ereignis {event} des Prüfpfads fehlt.</translation>
    </message>
    <message>
        <source>Refused: audit.jsonl event {event} does not link to the event before it.</source>
        <translation>Abgelehnt: Ereignis {event} von audit.jsonl ist nicht mit dem vorhergehenden Ereignis verknüpft.</translation>
    </message>
    <message>
        <source>Refused: unknown archive format &apos;{format}&apos;; this archive needs a newer Exemptio.</source>
        <translation>Abgelehnt: unbekanntes Archivformat &apos;{format}&apos;; dieses Archiv erfordert eine neuere Exemptio-Version.</translation>
    </message>
    <message>
        <source>Refused: this bag is not an Exemptio case archive (no Exemptio-Archive-Format).</source>
        <translation>Abgelehnt: Dieses Paket ist kein Exemptio-Fallarchiv (kein Exemptio-Archive-Format).</translation>
    </message>
    <message>
        <source>Refused: unknown archive format &apos;{format}&apos;; this needs a newer Exemptio.</source>
        <translation>Abgelehnt: unbekanntes Archivformat &apos;{format}&apos;; dafür ist eine neuere Exemptio-Version nötig.</translation>
    </message>
    <message>
        <source>Refused: unknown schema version &apos;{version}&apos;; this archive was made by a newer Exemptio.</source>
        <translation>Abgelehnt: unbekannte Schemaversion &apos;{version}&apos;; dieses Archiv wurde mit einer neueren Exemptio-Version erstellt.</translation>
    </message>
    <message>
        <source>Refused: case.json: evidence item {n} is malformed.</source>
        <translation>Abgelehnt: case.json: Beweismittel {n} ist fehlerhaft aufgebaut.</translation>
    </message>
    <message>
        <source>Refused: case.json: evidence item {n} has no size.</source>
        <translation>Abgelehnt: case.json: Beweismittel {n} hat keine Größe.</translation>
    </message>
    <message>
        <source>Refused: case.json: evidence item {n} does not have the size of its file.</source>
        <translation>Abgelehnt: case.json: Beweismittel {n} hat nicht die Größe seiner Datei.</translation>
    </message>
    <message>
        <source>Refused: case.json: letter {n} is malformed.</source>
        <translation>Abgelehnt: case.json: Schreiben {n} ist fehlerhaft aufgebaut.</translation>
    </message>
    <message>
        <source>Refused: case.json: letter {n} has a malformed SHA-256.</source>
        <translation>Abgelehnt: case.json: Schreiben {n} hat einen fehlerhaften SHA-256.</translation>
    </message>
    <message>
        <source>Refused: case.json: letter {n} has an unknown state &apos;{state}&apos;.</source>
        <translation>Abgelehnt: case.json: Schreiben {n} hat einen unbekannten Stand &apos;{state}&apos;.</translation>
    </message>
    <message>
        <source>Refused: case.json: unknown case status &apos;{status}&apos;.</source>
        <translation>Abgelehnt: case.json: unbekannter Fallstatus &apos;{status}&apos;.</translation>
    </message>
    <message>
        <source>Refused: {file} starts with a byte-order mark, which BagIt forbids.</source>
        <translation>Abgelehnt: {file} beginnt mit einer Byte-Order-Markierung, die BagIt verbietet.</translation>
    </message>
    <message>
        <source>Refused: {file} is not UTF-8 text (byte {byte}).</source>
        <translation>Abgelehnt: {file} ist kein UTF-8-Text (Byte {byte}).</translation>
    </message>
    <message>
        <source>Refused: the bag&apos;s tag files are not declared as UTF-8.</source>
        <translation>Abgelehnt: Die Tag-Dateien des Pakets sind nicht als UTF-8 deklariert.</translation>
    </message>
    <message>
        <source>Refused: {file} line {line} lists &apos;{path}&apos;, which is not in the data folder.</source>
        <translation>Abgelehnt: {file}, Zeile {line}, nennt &apos;{path}&apos;, das nicht im Ordner data liegt.</translation>
    </message>
    <message>
        <source>Refused: {file} lists &apos;{path}&apos; twice.</source>
        <translation>Abgelehnt: {file} nennt &apos;{path}&apos; zweimal.</translation>
    </message>
    <message>
        <source>Refused: {file} line {line} names an unsafe path.</source>
        <translation>Abgelehnt: {file}, Zeile {line}, nennt einen unsicheren Pfad.</translation>
    </message>
    <message>
        <source>Refused: case.json: &apos;{field}&apos; is missing or of the wrong type.</source>
        <translation>Abgelehnt: case.json: &apos;{field}&apos; fehlt oder hat den falschen Typ.</translation>
    </message>
    <message>
        <source>Refused: case.json: &apos;{field}&apos; is not text.</source>
        <translation>Abgelehnt: case.json: &apos;{field}&apos; ist kein Text.</translation>
    </message>
    <message>
        <source>Refused: case.json: an assignment is malformed.</source>
        <translation>Abgelehnt: case.json: eine Zuweisung ist fehlerhaft aufgebaut.</translation>
    </message>
    <message>
        <source>Refused: case.json: a checklist answer is malformed.</source>
        <translation>Abgelehnt: case.json: eine Antwort der Prüfliste ist fehlerhaft aufgebaut.</translation>
    </message>
    <message>
        <source>Refused: case.json: assignment {n} is malformed.</source>
        <translation>Abgelehnt: case.json: Zuweisung {n} ist fehlerhaft aufgebaut.</translation>
    </message>
    <message>
        <source>Refused: case.json: answer {n} is malformed.</source>
        <translation>Abgelehnt: case.json: Antwort {n} ist fehlerhaft aufgebaut.</translation>
    </message>
    <message>
        <source>Refused: the archive entry &apos;{name}&apos; has a name that is not marked as UTF-8.</source>
        <translation>Abgelehnt: Der Name des Archiveintrags &apos;{name}&apos; ist nicht als UTF-8 gekennzeichnet.</translation>
    </message>
    <message>
        <source>Refused: the archive entry &apos;{name}&apos; is encrypted.</source>
        <translation>Abgelehnt: Der Archiveintrag &apos;{name}&apos; ist verschlüsselt.</translation>
    </message>
    <message>
        <source>Refused: the archive entry &apos;{name}&apos; has control characters or backslashes in its name.</source>
        <translation>Abgelehnt: Der Name des Archiveintrags &apos;{name}&apos; enthält Steuerzeichen oder umgekehrte Schrägstriche.</translation>
    </message>
    <message>
        <source>Refused: the archive entry &apos;{name}&apos; has an absolute path.</source>
        <translation>Abgelehnt: Der Archiveintrag &apos;{name}&apos; hat einen absoluten Pfad.</translation>
    </message>
    <message>
        <source>Refused: the archive entry &apos;{name}&apos; has an empty, &apos;.&apos; or &apos;..&apos; path part.</source>
        <translation>Abgelehnt: Der Pfad des Archiveintrags &apos;{name}&apos; enthält einen leeren Teil, &apos;.&apos; oder &apos;..&apos;.</translation>
    </message>
    <message>
        <source>Refused: the archive entry &apos;{name}&apos; is not in Unicode normal form C (NFC).</source>
        <translation>Abgelehnt: Der Name des Archiveintrags &apos;{name}&apos; ist nicht in der Unicode-Normalform C (NFC).</translation>
    </message>
    <message>
        <source>Refused: the archive entry &apos;{name}&apos; is a symbolic link.</source>
        <translation>Abgelehnt: Der Archiveintrag &apos;{name}&apos; ist ein symbolischer Link.</translation>
    </message>
    <message>
        <source>Refused: the archive entry &apos;{name}&apos; is not a regular file (a link or device).</source>
        <translation>Abgelehnt: Der Archiveintrag &apos;{name}&apos; ist keine gewöhnliche Datei (ein Link oder Gerät).</translation>
    </message>
    <message>
        <source>Refused: the archive entry &apos;{name}&apos; uses an unsupported compression method.</source>
        <translation>Abgelehnt: Der Archiveintrag &apos;{name}&apos; verwendet ein nicht unterstütztes Komprimierungsverfahren.</translation>
    </message>
    <message>
        <source>Refused: the zip file is empty.</source>
        <translation>Abgelehnt: Die ZIP-Datei ist leer.</translation>
    </message>
    <message>
        <source>Refused: the archive has {count} entries (the limit is {limit}).</source>
        <translation>Abgelehnt: Das Archiv hat {count} Einträge (die Grenze ist {limit}).</translation>
    </message>
    <message>
        <source>Refused: the archive lists &apos;{name}&apos; twice.</source>
        <translation>Abgelehnt: Das Archiv nennt &apos;{name}&apos; zweimal.</translation>
    </message>
    <message>
        <source>Refused: the names &apos;{first}&apos; and &apos;{second}&apos; would be the same file on some computers.</source>
        <translation>Abgelehnt: Die Namen &apos;{first}&apos; und &apos;{second}&apos; wären auf manchen Computern dieselbe Datei.</translation>
    </message>
    <message>
        <source>Refused: the entries &apos;{first}&apos; and &apos;{second}&apos; share bytes (a hard link or zip bomb).</source>
        <translation>Abgelehnt: Die Einträge &apos;{first}&apos; und &apos;{second}&apos; teilen sich Bytes (ein harter Link oder eine ZIP-Bombe).</translation>
    </message>
    <message>
        <source>Refused: unexpected file &apos;{path}&apos; at the top of the bag.</source>
        <translation>Abgelehnt: Unerwartete Datei &apos;{path}&apos; auf der obersten Ebene des Pakets.</translation>
    </message>
    <message>
        <source>Refused: unexpected file &apos;{path}&apos; outside the bag&apos;s data folder.</source>
        <translation>Abgelehnt: Unerwartete Datei &apos;{path}&apos; außerhalb des Datenordners des Pakets.</translation>
    </message>
    <message>
        <source>Refused: this is not a BagIt bag: {file} is missing.</source>
        <translation>Abgelehnt: Dies ist kein BagIt-Paket: {file} fehlt.</translation>
    </message>
    <message>
        <source>Refused: this bag has no SHA-256 or SHA-512 manifest.</source>
        <translation>Abgelehnt: Dieses Paket hat weder ein SHA-256- noch ein SHA-512-Manifest.</translation>
    </message>
    <message>
        <source>Refused: {file}: the line &apos;{line}&apos; is not &apos;Label: value&apos;.</source>
        <translation>Abgelehnt: {file}: Die Zeile &apos;{line}&apos; hat nicht die Form &apos;Label: value&apos;.</translation>
    </message>
    <message>
        <source>Refused: {file} line {line} is not &apos;checksum path&apos;.</source>
        <translation>Abgelehnt: {file}, Zeile {line}, hat nicht die Form &apos;checksum path&apos;.</translation>
    </message>
    <message>
        <source>Refused: {file} line {line} has a malformed {alg} checksum.</source>
        <translation>Abgelehnt: {file}, Zeile {line}, enthält eine fehlerhafte {alg}-Prüfsumme.</translation>
    </message>
    <message>
        <source>{file} {reason}</source>
        <translation>{file}: {reason}</translation>
    </message>
    <message>
        <source>cannot be read ({reason})</source>
        <translation>nicht lesbar ({reason})</translation>
    </message>
    <message>
        <source>is listed in {manifest} but missing</source>
        <translation>ist in {manifest} aufgeführt, fehlt aber</translation>
    </message>
    <message>
        <source>{alg} checksum does not match {manifest}</source>
        <translation>die {alg}-Prüfsumme stimmt nicht mit {manifest} überein</translation>
    </message>
    <message>
        <source>is not listed in {manifest}</source>
        <translation>ist nicht in {manifest} aufgeführt</translation>
    </message>
    <message>
        <source>Payload-Oxum says {oxum}, the payload is {actual}</source>
        <translation>Payload-Oxum gibt {oxum} an, der Inhalt ist {actual}</translation>
    </message>
    <message>
        <source>is missing</source>
        <translation>fehlt</translation>
    </message>
    <message>
        <source>is too large</source>
        <translation>ist zu groß</translation>
    </message>
    <message>
        <source>is not a case</source>
        <translation>ist kein Fall</translation>
    </message>
    <message>
        <source>contradicts the audit trail: {problem}</source>
        <translation>widerspricht dem Prüfpfad: {problem}</translation>
    </message>
    <message>
        <source>letter {n} (issued PDF) is not an intact signed letter: {reason}</source>
        <translation>die ausgestellte PDF-Datei von Schreiben {n} ist kein unversehrtes signiertes Schreiben: {reason}</translation>
    </message>
    <message>
        <source>letter {n} (current PDF) is not an intact signed letter: {reason}</source>
        <translation>die aktuelle PDF-Datei von Schreiben {n} ist kein unversehrtes signiertes Schreiben: {reason}</translation>
    </message>
    <message>
        <source>its signature does not check</source>
        <translation>seine Signatur ist nicht gültig</translation>
    </message>
    <message>
        <source>the signer&apos;s certificate is not in the signature</source>
        <translation>das Zertifikat des Unterzeichners ist nicht in der Signatur enthalten</translation>
    </message>
    <message>
        <source>unsupported digest algorithm {alg}</source>
        <translation>nicht unterstützter Hash-Algorithmus {alg}</translation>
    </message>
    <message>
        <source>the signature does not match tagmanifest-sha512.txt</source>
        <translation>die Signatur passt nicht zu tagmanifest-sha512.txt</translation>
    </message>
    <message>
        <source>unsupported signature key type</source>
        <translation>nicht unterstützter Typ des Signaturschlüssels</translation>
    </message>
    <message>
        <source>the signature is not valid</source>
        <translation>die Signatur ist ungültig</translation>
    </message>
    <message>
        <source>is not a readable CMS signature ({reason})</source>
        <translation>ist keine lesbare CMS-Signatur ({reason})</translation>
    </message>
    <message>
        <source>its timestamp cannot be checked ({reason})</source>
        <translation>ihr Zeitstempel kann nicht geprüft werden ({reason})</translation>
    </message>
    <message>
        <source>its timestamp does not cover this signature</source>
        <translation>ihr Zeitstempel deckt diese Signatur nicht ab</translation>
    </message>
    <message>
        <source>its timestamp was made by a time-stamp server no trust anchor vouches for</source>
        <translation>ihr Zeitstempel stammt von einem Zeitstempeldienst, für den kein Vertrauensanker bürgt</translation>
    </message>
    <message>
        <source>the signing certificate does not chain to a trusted certificate</source>
        <translation>das Signaturzertifikat führt zu keinem vertrauenswürdigen Zertifikat</translation>
    </message>
    <message>
        <source>the signing certificate is self-signed and does not chain to a trusted certificate</source>
        <translation>das Signaturzertifikat ist selbstsigniert und führt zu keinem vertrauenswürdigen Zertifikat</translation>
    </message>
    <message>
        <source>the signing certificate is not valid: {reason}</source>
        <translation>das Signaturzertifikat ist ungültig: {reason}</translation>
    </message>
    <message>
        <source>Refused: {first}; nothing was imported.</source>
        <translation>Abgelehnt: {first}; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Refused: {first} (and {more} more problems); nothing was imported.</source>
        <translation>Abgelehnt: {first} (und {more} weitere Probleme); es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Refused: case.json: {item} has a malformed SHA-256.</source>
        <translation>Abgelehnt: case.json: {item} hat einen fehlerhaften SHA-256-Wert.</translation>
    </message>
    <message>
        <source>Refused: case.json: {item} has a malformed path.</source>
        <translation>Abgelehnt: case.json: {item} hat einen fehlerhaften Pfad.</translation>
    </message>
    <message>
        <source>evidence item {n}</source>
        <translation>Beweismittel {n}</translation>
    </message>
    <message>
        <source>letter {n} (issued)</source>
        <translation>Schreiben {n} (ausgestellt)</translation>
    </message>
    <message>
        <source>letter {n} (current)</source>
        <translation>Schreiben {n} (aktuell)</translation>
    </message>
    <message>
        <source>letter {n} (draft)</source>
        <translation>Schreiben {n} (Entwurf)</translation>
    </message>
    <message>
        <source>letter {n} (approved)</source>
        <translation>Schreiben {n} (genehmigt)</translation>
    </message>
    <message>
        <source>Refused: {problem}; nothing was imported.</source>
        <translation>Abgelehnt: {problem}; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Refused: tagmanifest-sha512.txt.p7s {problem}; nothing was imported.</source>
        <translation>Abgelehnt: tagmanifest-sha512.txt.p7s: {problem}; es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Refused: tagmanifest-sha512.txt.p7s: {problem} (the signer is {signer}); nothing was imported.</source>
        <translation>Abgelehnt: tagmanifest-sha512.txt.p7s: {problem} (Unterzeichner ist {signer}); es wurde nichts importiert.</translation>
    </message>
    <message>
        <source>Refused: bag-info.txt does not state Exemptio-Audit-Events (the length of the audit trail).</source>
        <translation>Abgelehnt: bag-info.txt gibt Exemptio-Audit-Events (die Länge des Prüfpfads) nicht an.</translation>
    </message>
    <message>
        <source>Refused: audit.jsonl holds {events} events, bag-info.txt Exemptio-Audit-Events says {count}.</source>
        <translation>Abgelehnt: audit.jsonl enthält {events} Ereignisse, Exemptio-Audit-Events in bag-info.txt gibt {count} an.</translation>
    </message>
    <message>
        <source>Refused: audit.jsonl&apos;s first event is not the one bag-info.txt Exemptio-Audit-First-Hash names: events were removed or added at that end.</source>
        <translation>Abgelehnt: Das erste Ereignis in audit.jsonl ist nicht das von Exemptio-Audit-First-Hash in bag-info.txt genannte: Am Anfang wurden Ereignisse entfernt oder hinzugefügt.</translation>
    </message>
    <message>
        <source>Refused: audit.jsonl&apos;s last event is not the one bag-info.txt Exemptio-Audit-Last-Hash names: events were removed or added at that end.</source>
        <translation>Abgelehnt: Das letzte Ereignis in audit.jsonl ist nicht das von Exemptio-Audit-Last-Hash in bag-info.txt genannte: Am Ende wurden Ereignisse entfernt oder hinzugefügt.</translation>
    </message>
    <message>
        <source>Refused: the bag has no {file}.</source>
        <translation>Abgelehnt: Das Paket enthält kein {file}.</translation>
    </message>
    <message>
        <source>Refused: &apos;{file}&apos; cannot be rebuilt from case.json ({reason}).</source>
        <translation>Abgelehnt: &apos;{file}&apos; lässt sich nicht aus case.json wiederherstellen ({reason}).</translation>
    </message>
    <message>
        <source>Refused: &apos;{file}&apos; is not the one case.json and audit.jsonl give: it was edited.</source>
        <translation>Abgelehnt: &apos;{file}&apos; entspricht nicht dem, was case.json und audit.jsonl ergeben: Die Datei wurde verändert.</translation>
    </message>
    <message>
        <source>case.json: {field} is not a date and time.</source>
        <translation>case.json: {field} ist keine Datums- und Zeitangabe.</translation>
    </message>
    <message>
        <source>case.json: {field} &apos;{value}&apos; is not a date and time.</source>
        <translation>case.json: {field} &apos;{value}&apos; ist keine Datums- und Zeitangabe.</translation>
    </message>
    <message>
        <source>case.json: {field} is not a date.</source>
        <translation>case.json: {field} ist kein Datum.</translation>
    </message>
    <message>
        <source>case.json: {field} &apos;{value}&apos; is not a date.</source>
        <translation>case.json: {field} &apos;{value}&apos; ist kein Datum.</translation>
    </message>
    <message>
        <source>{item} is a symbolic link loop; nothing was stored.</source>
        <translation>{item} ist eine Schleife symbolischer Links; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>{item} is a broken symbolic link; nothing was stored.</source>
        <translation>{item} ist ein defekter symbolischer Link; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>{item} does not exist; nothing was stored.</source>
        <translation>{item} existiert nicht; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>{item} cannot be read (permission denied); nothing was stored.</source>
        <translation>{item} kann nicht gelesen werden (Zugriff verweigert); es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>{item} cannot be read ({reason}); nothing was stored.</source>
        <translation>{item} kann nicht gelesen werden ({reason}); es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>{item} is a named pipe (FIFO), not a file; nothing was stored.</source>
        <translation>{item} ist eine benannte Pipe (FIFO), keine Datei; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>{item} is a socket, not a file; nothing was stored.</source>
        <translation>{item} ist ein Socket, keine Datei; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>{item} is a device, not a file; nothing was stored.</source>
        <translation>{item} ist ein Gerät, keine Datei; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be read (permission denied); nothing was stored.</source>
        <translation>Der Ordner {folder} kann nicht gelesen werden (Zugriff verweigert); es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>Name at least one file or folder to attach.</source>
        <translation>Nennen Sie mindestens eine Datei oder einen Ordner zum Beifügen.</translation>
    </message>
    <message>
        <source>{item} is empty (0 bytes): there is nothing to attach.</source>
        <translation>{item} ist leer (0 Bytes): Es gibt nichts beizufügen.</translation>
    </message>
    <message>
        <source>The folders hold no files to attach.</source>
        <translation>Die Ordner enthalten keine Dateien zum Beifügen.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be read ({reason}).</source>
        <translation>Der Ordner {folder} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>{folder} loops back on itself; nothing was stored.</source>
        <translation>{folder} verweist in einer Schleife auf sich selbst; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>No evidence item {id}.</source>
        <translation>Kein Beweismittel Nr. {id}.</translation>
    </message>
    <message>
        <source>The bytes of {item} cannot be read ({reason}).</source>
        <translation>Die Bytes von {item} können nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>{path} already exists; choose another name.</source>
        <translation>{path} existiert bereits; wählen Sie einen anderen Namen.</translation>
    </message>
    <message>
        <source>The bytes of {item} no longer match their hash; not exported.</source>
        <translation>Die Bytes von {item} stimmen nicht mehr mit ihrem Hashwert überein; nicht exportiert.</translation>
    </message>
    <message>
        <source>The bytes of {item} are missing.</source>
        <translation>Die Bytes von {item} fehlen.</translation>
    </message>
    <message>
        <source>Cannot export {item}: {reason}.</source>
        <translation>{item} kann nicht exportiert werden: {reason}.</translation>
    </message>
    <message>
        <source>&apos;{url}&apos; is not a URL (it should start with https:// or similar).</source>
        <translation>&apos;{url}&apos; ist keine URL (sie sollte mit https:// oder Ähnlichem beginnen).</translation>
    </message>
    <message>
        <source>Cancelled; nothing was stored.</source>
        <translation>Abgebrochen; es wurde nichts gespeichert.</translation>
    </message>
    <message>
        <source>The stored bytes of {item} disappeared before they were recorded; nothing was stored. Try again.</source>
        <translation>Die gespeicherten Bytes von {item} sind verschwunden, bevor sie erfasst wurden; es wurde nichts gespeichert. Versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The subject name is empty: name the AI model.</source>
        <translation>Der Name des Gegenstands ist leer: Nennen Sie das KI-Modell.</translation>
    </message>
    <message>
        <source>The parameter count cannot be negative.</source>
        <translation>Die Parameterzahl darf nicht negativ sein.</translation>
    </message>
    <message>
        <source>The bytes of {item} are missing at its original place.</source>
        <translation>Die Bytes von {item} fehlen an ihrem ursprünglichen Ort.</translation>
    </message>
    <message>
        <source>The bytes of {item} are missing in the evidence store.</source>
        <translation>Die Bytes von {item} fehlen im Beweismittelspeicher.</translation>
    </message>
    <message>
        <source>Not enough free space for this intake: {need} to store, {free} free in {folder}; nothing was stored. Free some space, or attach large weights by reference only (--reference-only).</source>
        <translation>Nicht genug freier Speicherplatz für diese Aufnahme: {need} zu speichern, {free} frei in {folder}; es wurde nichts gespeichert. Geben Sie Speicherplatz frei oder fügen Sie große Gewichte nur als Verweis bei (--reference-only).</translation>
    </message>
    <message>
        <source>Verification cancelled.</source>
        <translation>Prüfung abgebrochen.</translation>
    </message>
    <message>
        <source>The checklist schema {path} cannot be read: {reason}</source>
        <translation>Das Checklisten-Schema {path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Checklist definition {origin} is invalid at {where}: {problem}</source>
        <translation>Die Checklisten-Definition {origin} ist an der Stelle {where} ungültig: {problem}</translation>
    </message>
    <message>
        <source>Checklist definition {origin} is invalid at {where}: {problem} (and {more} more problem(s))</source>
        <translation>Die Checklisten-Definition {origin} ist an der Stelle {where} ungültig: {problem} (und {more} weitere(s) Problem(e))</translation>
    </message>
    <message>
        <source>Checklist definition {path} says it is {checklist} {version}; its folder and file name must match.</source>
        <translation>Die Checklisten-Definition {path} gibt an, {checklist} {version} zu sein; Ordner und Dateiname müssen dazu passen.</translation>
    </message>
    <message>
        <source>Unknown checklist {checklist} version {version} (known versions: {known}).</source>
        <translation>Unbekannte Checkliste {checklist} in Version {version} (bekannte Versionen: {known}).</translation>
    </message>
    <message>
        <source>Unknown checklist {checklist}.</source>
        <translation>Unbekannte Checkliste {checklist}.</translation>
    </message>
    <message>
        <source>Checklist {checklist} has no version {version} (versions: {known}).</source>
        <translation>Die Checkliste {checklist} hat keine Version {version} (Versionen: {known}).</translation>
    </message>
    <message>
        <source>Case {reference} is already assessed with {checklist} {version}.</source>
        <translation>Der Fall {reference} wird bereits mit {checklist} {version} bewertet.</translation>
    </message>
    <message>
        <source>Case {reference} is {status}: reopen it before moving it to another version.</source>
        <translation>Der Fall {reference} hat den Status {status}: Öffnen Sie ihn wieder, bevor Sie ihn auf eine andere Version umstellen.</translation>
    </message>
    <message>
        <source>No suggestion for {questions} (suggested: {offered}).</source>
        <translation>Kein Vorschlag für {questions} (Vorschläge: {offered}).</translation>
    </message>
    <message>
        <source>The licence screening suggests no answers for this case.</source>
        <translation>Die Lizenzprüfung schlägt für diesen Fall keine Antworten vor.</translation>
    </message>
    <message>
        <source>{question}: the expected answer version must be a whole number (0 = no answer).</source>
        <translation>{question}: Die erwartete Antwortversion muss eine ganze Zahl sein (0 = keine Antwort).</translation>
    </message>
    <message>
        <source>Case {reference} is {status}: reopen it before changing its checklist answers.</source>
        <translation>Der Fall {reference} hat den Status {status}: Öffnen Sie ihn wieder, bevor Sie die Antworten seiner Checkliste ändern.</translation>
    </message>
    <message>
        <source>Case {reference} is assessed with checklist {checklist} {version}; answers for {other} {other_version} cannot be merged.</source>
        <translation>Der Fall {reference} wird mit der Checkliste {checklist} {version} bewertet; Antworten für {other} {other_version} können nicht zusammengeführt werden.</translation>
    </message>
    <message>
        <source>{question}: evidence {sha}… is not evidence of case {reference}.</source>
        <translation>{question}: Das Beweismittel {sha}… gehört nicht zum Fall {reference}.</translation>
    </message>
    <message>
        <source>{question}: &apos;{symbol}&apos; is not an SPDX licence id (e.g. Apache-2.0, MIT); write LicenseRef-&lt;name&gt; for a licence without one.</source>
        <translation>{question}: &apos;{symbol}&apos; ist keine SPDX-Lizenzkennung (z. B. Apache-2.0, MIT); schreiben Sie LicenseRef-&lt;Name&gt; für eine Lizenz ohne Kennung.</translation>
    </message>
    <message>
        <source>The answers file must be a JSON object {shape}.</source>
        <translation>Die Antwortdatei muss ein JSON-Objekt {shape} sein.</translation>
    </message>
    <message>
        <source>The answers file has an unknown field {field}.</source>
        <translation>Die Antwortdatei enthält ein unbekanntes Feld {field}.</translation>
    </message>
    <message>
        <source>The answers file must name its &quot;checklist&quot; id and &quot;version&quot;.</source>
        <translation>Die Antwortdatei muss die Kennung „checklist“ und die „version“ angeben.</translation>
    </message>
    <message>
        <source>The answers file needs an &quot;answers&quot; object {shape}.</source>
        <translation>Die Antwortdatei braucht ein Objekt „answers“ {shape}.</translation>
    </message>
    <message>
        <source>{path} does not exist.</source>
        <translation>{path} existiert nicht.</translation>
    </message>
    <message>
        <source>{path} is not a folder or a single .gguf/.safetensors file: give the model&apos;s folder or its weight file.</source>
        <translation>{path} ist weder ein Ordner noch eine einzelne .gguf/.safetensors-Datei: Geben Sie den Ordner des Modells oder seine Gewichtsdatei an.</translation>
    </message>
    <message>
        <source>{path} is not a folder: give the model&apos;s folder.</source>
        <translation>{path} ist kein Ordner: Geben Sie den Ordner des Modells an.</translation>
    </message>
    <message>
        <source>{path} cannot be read (permission denied).</source>
        <translation>{path} kann nicht gelesen werden (Zugriff verweigert).</translation>
    </message>
    <message>
        <source>Unknown format &apos;{format}&apos;. Use one of: {formats}.</source>
        <translation>Unbekanntes Format &apos;{format}&apos;. Verwenden Sie eines der folgenden: {formats}.</translation>
    </message>
    <message>
        <source>Unknown format &apos;{format}&apos;.</source>
        <translation>Unbekanntes Format &apos;{format}&apos;.</translation>
    </message>
    <message>
        <source>Cannot read the passphrase file {path}: {reason}</source>
        <translation>Die Passphrasendatei {path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>--passphrase-file needs --sign-key.</source>
        <translation>--passphrase-file erfordert --sign-key.</translation>
    </message>
    <message>
        <source>--offset must be 0 or more (got {offset}).</source>
        <translation>--offset muss 0 oder größer sein (erhalten: {offset}).</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a date; use YYYY-MM-DD.</source>
        <translation>&apos;{value}&apos; ist kein Datum; verwenden Sie JJJJ-MM-TT.</translation>
    </message>
    <message>
        <source>Give --assigned NAME or --unassigned, not both.</source>
        <translation>Geben Sie --assigned NAME oder --unassigned an, nicht beides.</translation>
    </message>
    <message>
        <source>Give --due-within DAYS or --due-this-week, not both.</source>
        <translation>Geben Sie --due-within TAGE oder --due-this-week an, nicht beides.</translation>
    </message>
    <message>
        <source>--due-within takes a number of days, 0 or more.</source>
        <translation>--due-within erwartet eine Anzahl von Tagen, 0 oder mehr.</translation>
    </message>
    <message>
        <source>--limit and --offset take numbers, 0 or more.</source>
        <translation>--limit und --offset erwarten Zahlen, 0 oder mehr.</translation>
    </message>
    <message>
        <source>Cannot read the notes file {path}: {reason}</source>
        <translation>Die Notizdatei {path} kann nicht gelesen werden: {reason}</translation>
    </message>
    <message>
        <source>Nothing to change: give --title, --notes or --notes-file.</source>
        <translation>Nichts zu ändern: Geben Sie --title, --notes oder --notes-file an.</translation>
    </message>
    <message>
        <source>The key file {path} is not a PKCS#12 (.p12/.pfx) file or is damaged.</source>
        <translation>Die Schlüsseldatei {path} ist keine PKCS#12-Datei (.p12/.pfx) oder ist beschädigt.</translation>
    </message>
    <message>
        <source>Wrong passphrase for the key file {name}: nothing was signed.</source>
        <translation>Falsche Passphrase für die Schlüsseldatei {name}: Es wurde nichts signiert.</translation>
    </message>
    <message>
        <source>The key file {path} could not be opened (unsupported or damaged).</source>
        <translation>Die Schlüsseldatei {path} konnte nicht geöffnet werden (nicht unterstützt oder beschädigt).</translation>
    </message>
    <message>
        <source>The key file {path} holds no private key with its certificate.</source>
        <translation>Die Schlüsseldatei {path} enthält keinen privaten Schlüssel mit Zertifikat.</translation>
    </message>
    <message>
        <source>PKCS#11 support is not installed (pyhanko[pkcs11]).</source>
        <translation>Die PKCS#11-Unterstützung ist nicht installiert (pyhanko[pkcs11]).</translation>
    </message>
    <message>
        <source>The PKCS#11 module {path} does not exist.</source>
        <translation>Das PKCS#11-Modul {path} existiert nicht.</translation>
    </message>
    <message>
        <source>Wrong PIN for the signing token: nothing was signed.</source>
        <translation>Falsche PIN für das Signatur-Token: Es wurde nichts signiert.</translation>
    </message>
    <message>
        <source>The signing token&apos;s PIN is locked.</source>
        <translation>Die PIN des Signatur-Tokens ist gesperrt.</translation>
    </message>
    <message>
        <source>Cannot open the signing token: {reason}</source>
        <translation>Das Signatur-Token kann nicht geöffnet werden: {reason}</translation>
    </message>
    <message>
        <source>The token holds no usable key and certificate ({reason}).</source>
        <translation>Das Token enthält keinen verwendbaren Schlüssel und kein Zertifikat ({reason}).</translation>
    </message>
    <message>
        <source>No officer named &apos;{name}&apos; is recorded. Record a new colleague first with &apos;exemptio officer add NAME --role officer&apos;.</source>
        <translation>Kein Bediensteter namens „{name}“ ist erfasst. Erfassen Sie neue Kollegen zuerst mit &apos;exemptio officer add NAME --role officer&apos;.</translation>
    </message>
    <message>
        <source>No officer named &apos;{name}&apos; is recorded. Did you mean {close}? Record a new colleague first with &apos;exemptio officer add NAME --role officer&apos;.</source>
        <translation>Kein Bediensteter namens „{name}“ ist erfasst. Meinten Sie {close}? Erfassen Sie neue Kollegen zuerst mit &apos;exemptio officer add NAME --role officer&apos;.</translation>
    </message>
    <message>
        <source>{name} is a {role} and cannot be assigned cases; assign an officer, reviewer or head of unit.</source>
        <translation>{name} hat die Rolle {role} und kann keine Fälle zugewiesen bekommen; weisen Sie sie einem Bearbeiter, Prüfer oder Referatsleiter zu.</translation>
    </message>
    <message>
        <source>{name} is an {role} and cannot be assigned cases; assign an officer, reviewer or head of unit.</source>
        <translation>{name} hat die Rolle {role} und kann keine Fälle zugewiesen bekommen; weisen Sie sie einem Bearbeiter, Prüfer oder Referatsleiter zu.</translation>
    </message>
    <message>
        <source>The case title is empty: give the case a title.</source>
        <translation>Der Titel des Falls ist leer: Geben Sie dem Fall einen Titel.</translation>
    </message>
    <message>
        <source>The provider is empty: name the provider the case is about.</source>
        <translation>Der Anbieter ist leer: Nennen Sie den Anbieter, um den es im Fall geht.</translation>
    </message>
    <message>
        <source>The subject is empty: name the AI model or system.</source>
        <translation>Der Gegenstand ist leer: Nennen Sie das KI-Modell oder -System.</translation>
    </message>
    <message>
        <source>Subject kind must be one of {kinds}.</source>
        <translation>Die Art des Gegenstands muss eine von {kinds} sein.</translation>
    </message>
    <message>
        <source>Cannot change {fields} here.</source>
        <translation>{fields} kann hier nicht geändert werden.</translation>
    </message>
    <message>
        <source>Say why the due date changes: the reason is kept in the audit trail.</source>
        <translation>Sagen Sie, warum sich die Frist ändert: Die Begründung wird im Prüfprotokoll aufbewahrt.</translation>
    </message>
    <message>
        <source>The due date must be a date (YYYY-MM-DD).</source>
        <translation>Die Frist muss ein Datum sein (JJJJ-MM-TT).</translation>
    </message>
    <message>
        <source>Unknown outcome &apos;{label}&apos;. Use one of: {labels}.</source>
        <translation>Unbekanntes Ergebnis „{label}“. Verwenden Sie eines von: {labels}.</translation>
    </message>
    <message>
        <source>The clock of {reference} is already stopped.</source>
        <translation>Die Frist von {reference} ist bereits angehalten.</translation>
    </message>
    <message>
        <source>The clock of {reference} is running; there is nothing to resume.</source>
        <translation>Die Frist von {reference} läuft; es gibt nichts fortzusetzen.</translation>
    </message>
    <message>
        <source>&apos;{value}&apos; is not a SHA-256: give the 64 hexadecimal digits, or at least the first {prefix}.</source>
        <translation>„{value}“ ist kein SHA-256: Geben Sie die 64 Hexadezimalziffern an, oder mindestens die ersten {prefix}.</translation>
    </message>
    <message>
        <source>Unknown status &apos;{status}&apos;. Use one of: {allowed}.</source>
        <translation>Unbekannter Status „{status}“. Verwenden Sie einen von: {allowed}.</translation>
    </message>
    <message>
        <source>Cannot sort by &apos;{sort}&apos;. Use one of: {columns}.</source>
        <translation>Nach „{sort}“ kann nicht sortiert werden. Verwenden Sie eines von: {columns}.</translation>
    </message>
    <message>
        <source>Unknown link type &apos;{type}&apos;. Use one of: {types}.</source>
        <translation>Unbekannte Verknüpfungsart „{type}“. Verwenden Sie eine von: {types}.</translation>
    </message>
    <message>
        <source>A case cannot be linked to itself ({reference}).</source>
        <translation>Ein Fall kann nicht mit sich selbst verknüpft werden ({reference}).</translation>
    </message>
    <message>
        <source>{reference} is already linked to {other} as {link}.</source>
        <translation>{reference} ist bereits mit {other} verknüpft als {link}.</translation>
    </message>
    <message>
        <source>{other} is already {link} {reference}; a case cannot be both ways.</source>
        <translation>{other} ist bereits {link} {reference}; ein Fall kann nicht in beide Richtungen verknüpft sein.</translation>
    </message>
    <message>
        <source>{reference} is not linked to {other} as {link}.</source>
        <translation>{reference} ist nicht mit {other} verknüpft als {link}.</translation>
    </message>
    <message>
        <source>The audit trail is not intact (event {event}: {reason}); no checkpoint was made.</source>
        <translation>Das Prüfprotokoll ist nicht unversehrt (Ereignis {event}: {reason}); es wurde kein Kontrollpunkt gesetzt.</translation>
    </message>
    <message>
        <source>--limit must be at least 1 (got {limit}).</source>
        <translation>--limit muss mindestens 1 sein (erhalten: {limit}).</translation>
    </message>
    <message>
        <source>Case {reference} has no licence or policy text evidence to screen.</source>
        <translation>Der Fall {reference} hat kein Beweismittel mit Lizenz- oder Nutzungsrichtlinientext zum Prüfen.</translation>
    </message>
    <message>
        <source>#{id} {item} is {media_type}, not text: export it instead.</source>
        <translation>Beweismittel Nr. {id} {item} ist vom Typ {media_type}, kein Text: Exportieren Sie es stattdessen.</translation>
    </message>
    <message>
        <source>The passphrase file {path} does not exist.</source>
        <translation>Die Passphrasendatei {path} existiert nicht.</translation>
    </message>
    <message>
        <source>The passphrase file {path} cannot be read ({reason}).</source>
        <translation>Die Passphrasendatei {path} kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>No passphrase: give --passphrase-file FILE, or run on a terminal to be asked.</source>
        <translation>Keine Passphrase: Geben Sie --passphrase-file DATEI an oder starten Sie den Befehl in einem Terminal, um danach gefragt zu werden.</translation>
    </message>
    <message>
        <source>No signing key: give --key FILE.p12 (or --pkcs11-lib for a token).</source>
        <translation>Kein Signaturschlüssel: Geben Sie --key DATEI.p12 an (oder --pkcs11-lib für ein Token).</translation>
    </message>
    <message>
        <source>The chain file {path} cannot be read: {reason}.</source>
        <translation>Die Kettendatei {path} kann nicht gelesen werden: {reason}.</translation>
    </message>
    <message>
        <source>The chain file {path} is not a PEM or DER certificate file.</source>
        <translation>Die Kettendatei {path} ist keine PEM- oder DER-Zertifikatsdatei.</translation>
    </message>
    <message>
        <source>The licence knowledge base has no entry &apos;{licence}&apos; (see &apos;exemptio licence list&apos;).</source>
        <translation>Die Lizenz-Wissensbasis hat keinen Eintrag &apos;{licence}&apos; (siehe &apos;exemptio licence list&apos;).</translation>
    </message>
    <message>
        <source>An XLSX register is a binary file: give --out FILE.xlsx.</source>
        <translation>Ein XLSX-Register ist eine Binärdatei: Geben Sie --out DATEI.xlsx an.</translation>
    </message>
</context>
</TS>
