<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de" sourcelanguage="en">
<context>
    <name>AssessmentWizard</name>
    <message>
        <source>&amp;Export PDF Brief…</source>
        <translation>PDF-Bericht &amp;exportieren…</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare assessments</source>
        <translation>Bewertungen vergleichen</translation>
    </message>
    <message>
        <source>Progress since {date}</source>
        <translation>Fortschritt seit {date}</translation>
    </message>
    <message>
        <source>the earlier assessment</source>
        <translation>der früheren Bewertung</translation>
    </message>
    <message>
        <source>The advice, before and after</source>
        <translation>Die Empfehlung, vorher und nachher</translation>
    </message>
    <message>
        <source>Earlier ({date})</source>
        <translation>Früher ({date})</translation>
    </message>
    <message>
        <source>Now ({date})</source>
        <translation>Jetzt ({date})</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Veränderung</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <source>Changed answers</source>
        <translation>Geänderte Antworten</translation>
    </message>
    <message>
        <source>No answer changed.</source>
        <translation>Keine Antwort hat sich geändert.</translation>
    </message>
    <message>
        <source>Blockers cleared</source>
        <translation>Behobene Hindernisse</translation>
    </message>
    <message>
        <source>New blockers</source>
        <translation>Neue Hindernisse</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <source>&amp;Export PDF Brief…</source>
        <translation>PDF-Bericht &amp;exportieren…</translation>
    </message>
    <message>
        <source>&amp;Delete All Client Data…</source>
        <translation>Alle Kundendaten &amp;löschen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>&amp;Präsentationsmodus</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Hoher Kontrast</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Ver&amp;größern</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Ver&amp;kleinern</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Originalgröße</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Währung</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Anleitung</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>&amp;Glossar</translation>
    </message>
    <message>
        <source>&amp;About dlready</source>
        <translation>&amp;Über dlready</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Keine zuletzt geöffneten Dateien</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Liste leeren</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Neue Bewertung</translation>
    </message>
    <message>
        <source>Cannot open the assessment</source>
        <translation>Die Bewertung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>{file} geöffnet</translation>
    </message>
    <message>
        <source>Opened the backup copy; save to replace the damaged file.</source>
        <translation>Sicherungskopie geöffnet; speichern Sie, um die beschädigte Datei zu ersetzen.</translation>
    </message>
    <message>
        <source>Cannot save the assessment</source>
        <translation>Die Bewertung kann nicht gespeichert werden</translation>
    </message>
    <message>
        <source>Saved to {file}</source>
        <translation>Gespeichert unter {file}</translation>
    </message>
    <message>
        <source>Cannot export the PDF brief</source>
        <translation>Der PDF-Bericht kann nicht exportiert werden</translation>
    </message>
    <message>
        <source>Exported the brief to {file}</source>
        <translation>Bericht gespeichert unter {file}</translation>
    </message>
    <message>
        <source>No PDF viewer was found: showing the folder with the brief instead.</source>
        <translation>Kein PDF-Betrachter gefunden: Stattdessen wird der Ordner mit dem Bericht angezeigt.</translation>
    </message>
    <message>
        <source>A recovery copy could not be read and was set aside in {folder}: {problem}</source>
        <translation>Eine Wiederherstellungskopie konnte nicht gelesen werden und wurde in {folder} beiseitegelegt: {problem}</translation>
    </message>
    <message>
        <source>Cannot restore the answers</source>
        <translation>Die Antworten können nicht wiederhergestellt werden</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Start</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Vollständig</translation>
    </message>
    <message>
        <source>Has “Don&apos;t know” answers</source>
        <translation>Enthält „Weiß nicht“-Antworten</translation>
    </message>
    <message>
        <source>Some questions not answered</source>
        <translation>Einige Fragen noch unbeantwortet</translation>
    </message>
    <message>
        <source>Not visited yet</source>
        <translation>Noch nicht besucht</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <source>Questions answered</source>
        <translation>Beantwortete Fragen</translation>
    </message>
    <message>
        <source>{done} of {total} questions answered</source>
        <translation>{done} von {total} Fragen beantwortet</translation>
    </message>
    <message>
        <source>, {count} “Don&apos;t know”</source>
        <translation>, {count}-mal „Weiß nicht“</translation>
    </message>
</context>
<context>
    <name>QuestionBox</name>
    <message>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <source>Explain: {question}</source>
        <translation>Erklärung: {question}</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation>Notizen (optional)</translation>
    </message>
    <message>
        <source>Notes on: {question}</source>
        <translation>Notizen zu: {question}</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>The advice for these answers, and why. Go back to change any answer; the results follow.</source>
        <translation>Die Empfehlung zu diesen Antworten und ihre Begründung. Gehen Sie zurück, um eine Antwort zu ändern; die Ergebnisse passen sich an.</translation>
    </message>
    <message>
        <source>Recommended: {path}</source>
        <translation>Empfehlung: {path}</translation>
    </message>
    <message>
        <source>Fit of each path (0–100)</source>
        <translation>Eignung der Ansätze (0–100)</translation>
    </message>
    <message>
        <source>Readiness: {score}/100 – {band}</source>
        <translation>Reifegrad: {score}/100 – {band}</translation>
    </message>
    <message>
        <source>Against {path}: {reason}</source>
        <translation>Gegen {path}: {reason}</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Begründung</translation>
    </message>
    <message>
        <source>Fix first</source>
        <translation>Zuerst beheben</translation>
    </message>
    <message>
        <source>What the advice depends on</source>
        <translation>Wovon die Empfehlung abhängt</translation>
    </message>
    <message>
        <source>No change of one or two answers leads to another path.</source>
        <translation>Keine Änderung an einer oder zwei Antworten führt zu einem anderen Ansatz.</translation>
    </message>
    <message>
        <source>Answered “Don&apos;t know” or not yet</source>
        <translation>Mit „Weiß nicht“ oder noch nicht beantwortet</translation>
    </message>
    <message>
        <source>Answering these firms up the advice.</source>
        <translation>Wenn Sie diese Fragen beantworten, wird die Empfehlung belastbarer.</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <source>Your answer: {answer}. Click to change it.</source>
        <translation>Ihre Antwort: {answer}. Zum Ändern klicken.</translation>
    </message>
    <message>
        <source>Go to question: {question}</source>
        <translation>Zur Frage: {question}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Before the results</source>
        <translation>Vor den Ergebnissen</translation>
    </message>
    <message>
        <source>The advice is firmer with fewer gaps. Click a question to answer it, or press Next to see the results as they are.</source>
        <translation>Je weniger Lücken, desto belastbarer die Empfehlung. Klicken Sie auf eine Frage, um sie zu beantworten, oder auf Weiter, um die Ergebnisse so zu sehen.</translation>
    </message>
    <message>
        <source>Not answered ({count})</source>
        <translation>Nicht beantwortet ({count})</translation>
    </message>
    <message>
        <source>These questions have no answer yet.</source>
        <translation>Diese Fragen haben noch keine Antwort.</translation>
    </message>
    <message>
        <source>Answered “Don&apos;t know” ({count})</source>
        <translation>Mit „Weiß nicht“ beantwortet ({count})</translation>
    </message>
    <message>
        <source>Fine when nobody knows; the advice says how sure it is.</source>
        <translation>In Ordnung, wenn es niemand weiß; die Empfehlung sagt, wie sicher sie ist.</translation>
    </message>
    <message>
        <source>Go to question: {question}</source>
        <translation>Zur Frage: {question}</translation>
    </message>
</context>
<context>
    <name>RoomSection</name>
    <message>
        <source>Where the room disagrees</source>
        <translation>Wo die Runde uneins ist</translation>
    </message>
    <message>
        <source>The participants gave the same answer to every question.</source>
        <translation>Die Teilnehmenden haben jede Frage gleich beantwortet.</translation>
    </message>
    <message>
        <source>changes the recommendation</source>
        <translation>ändert die Empfehlung</translation>
    </message>
    <message>
        <source>the recommendation holds</source>
        <translation>die Empfehlung bleibt</translation>
    </message>
    <message>
        <source>Consensus: {answer} · readiness across these answers: {low} to {high}</source>
        <translation>Konsens: {answer} · Reifegrad über diese Antworten: {low} bis {high}</translation>
    </message>
    <message>
        <source>Consensus: {answer} · readiness with any of these answers: {score}</source>
        <translation>Konsens: {answer} · Reifegrad mit jeder dieser Antworten: {score}</translation>
    </message>
    <message>
        <source>Each participant&apos;s own advice</source>
        <translation>Die eigene Empfehlung jedes Teilnehmenden</translation>
    </message>
    <message>
        <source>readiness {score}</source>
        <translation>Reifegrad {score}</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>{number} of {count}: {title}</source>
        <translation>{number} von {count}: {title}</translation>
    </message>
    <message>
        <source>Answer “Don&apos;t know” rather than guess: the advice then says how sure it is.</source>
        <translation>Antworten Sie lieber „Weiß nicht“, als zu raten: Die Empfehlung sagt dann, wie sicher sie ist.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Is deep learning the right tool?</source>
        <translation>Ist Deep Learning das richtige Werkzeug?</translation>
    </message>
    <message>
        <source>A readiness check for one use case, in plain language.</source>
        <translation>Ein Reifegrad-Check für einen Anwendungsfall, in verständlicher Sprache.</translation>
    </message>
    <message>
        <source>This wizard asks plain questions about one use case: the business problem, the data, the budget, the skills in house and the risks. It then recommends classical machine learning, a pretrained service or transfer learning, or custom deep learning, and explains why, with the sources behind each reason and what would change its mind. It takes about fifteen minutes; every question can be answered “Don&apos;t know”, and nothing leaves this computer.</source>
        <translation>Dieser Assistent stellt verständliche Fragen zu einem Anwendungsfall: zum Geschäftsproblem, zu den Daten, zum Budget, zu den Kompetenzen im Haus und zu den Risiken. Anschließend empfiehlt er klassisches Machine Learning, einen vortrainierten Dienst oder Transfer Learning oder eigenes Deep Learning und begründet die Empfehlung – mit den Quellen hinter jedem Grund und mit dem, was sie ändern würde. Das dauert etwa fünfzehn Minuten; jede Frage kann mit „Weiß nicht“ beantwortet werden, und nichts verlässt diesen Computer.</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation:</translation>
    </message>
    <message>
        <source>Company or public body</source>
        <translation>Unternehmen oder Behörde</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projekt:</translation>
    </message>
    <message>
        <source>The use case, in a few words</source>
        <translation>Der Anwendungsfall in wenigen Worten</translation>
    </message>
    <message>
        <source>&amp;Assessor:</source>
        <translation>Bewertet &amp;von:</translation>
    </message>
    <message>
        <source>Who answers the questions</source>
        <translation>Wer die Fragen beantwortet</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Datum:</translation>
    </message>
    <message>
        <source>Open an assessment…</source>
        <translation>Bewertung öffnen…</translation>
    </message>
    <message>
        <source>or fill in the fields above and press Next.</source>
        <translation>oder füllen Sie die Felder oben aus und klicken Sie auf „Weiter“.</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Workshop mode</source>
        <translation>Workshop-Modus</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Teilnehmende:</translation>
    </message>
    <message>
        <source>Name, then Enter</source>
        <translation>Name, dann Eingabetaste</translation>
    </message>
    <message>
        <source>New participant&apos;s name</source>
        <translation>Name der neuen Person</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Entfernen</translation>
    </message>
    <message>
        <source>Participants and their votes</source>
        <translation>Teilnehmende und ihre Stimmen</translation>
    </message>
    <message>
        <source>Keys: an option&apos;s key answers for the highlighted participant (0: don&apos;t know) · Up/Down: participant · Space: reveal or hide · after the reveal, an option&apos;s key sets the consensus · Page Up/Down: question</source>
        <translation>Tasten: die Taste einer Antwort antwortet für die markierte Person (0: weiß nicht) · Auf/Ab: Person · Leertaste: aufdecken oder verbergen · nach dem Aufdecken setzt die Taste einer Antwort den Konsens · Bild auf/ab: Frage</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Zurück</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>Auf&amp;decken</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Weiter ▶</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Fertig</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>Abbre&amp;chen</translation>
    </message>
    <message>
        <source>Question {number} of {total} · {section}</source>
        <translation>Frage {number} von {total} · {section}</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>wartet</translation>
    </message>
    <message>
        <source>voted ✓</source>
        <translation>abgestimmt ✓</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message>
        <source>Add the participants first: type a name, then Enter.</source>
        <translation>Fügen Sie zuerst die Teilnehmenden hinzu: Namen eingeben, dann Eingabetaste.</translation>
    </message>
    <message>
        <source>{voted} of {count} have answered; the answers stay hidden until you reveal them.</source>
        <translation>{voted} von {count} haben geantwortet; die Antworten bleiben verborgen, bis Sie sie aufdecken.</translation>
    </message>
    <message>
        <source>A tie: the consensus is “don&apos;t know” until you choose one.</source>
        <translation>Gleichstand: der Konsens ist „weiß nicht“, bis Sie eine Antwort wählen.</translation>
    </message>
    <message>
        <source>Nobody has answered yet.</source>
        <translation>Noch hat niemand geantwortet.</translation>
    </message>
    <message>
        <source>Consensus: {answer}</source>
        <translation>Konsens: {answer}</translation>
    </message>
</context>
<context>
    <name>WorkshopMenu</name>
    <message>
        <source>&amp;Workshop Mode…</source>
        <translation>&amp;Workshop-Modus…</translation>
    </message>
    <message>
        <source>&amp;Compare With…</source>
        <translation>&amp;Vergleichen mit…</translation>
    </message>
    <message>
        <source>&amp;Portfolio…</source>
        <translation>&amp;Portfolio…</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Vergleich nicht möglich</translation>
    </message>
    <message>
        <source>Folder of assessments for the portfolio</source>
        <translation>Ordner mit Bewertungen für das Portfolio</translation>
    </message>
    <message>
        <source>Cannot make the portfolio</source>
        <translation>Portfolio kann nicht erstellt werden</translation>
    </message>
    <message>
        <source>{folder} holds no .dlready files.</source>
        <translation>{folder} enthält keine .dlready-Dateien.</translation>
    </message>
    <message>
        <source>Save the portfolio</source>
        <translation>Portfolio speichern</translation>
    </message>
    <message>
        <source>Some files were left out</source>
        <translation>Einige Dateien wurden ausgelassen</translation>
    </message>
</context>
<context>
    <name>advice</name>
    <message>
        <source>Now</source>
        <translation>Sofort</translation>
    </message>
    <message>
        <source>By day 30</source>
        <translation>Bis Tag 30</translation>
    </message>
    <message>
        <source>By day 60</source>
        <translation>Bis Tag 60</translation>
    </message>
    <message>
        <source>By day 90</source>
        <translation>Bis Tag 90</translation>
    </message>
    <message>
        <source>Verdict: {verdict}</source>
        <translation>Einschätzung: {verdict}</translation>
    </message>
    <message>
        <source>The approach: {path}</source>
        <translation>Der Ansatz: {path}</translation>
    </message>
    <message>
        <source>Baseline to beat: {text}</source>
        <translation>Zu schlagende Vergleichsbasis: {text}</translation>
    </message>
    <message>
        <source>Go or no-go: {text}</source>
        <translation>Go oder No-Go: {text}</translation>
    </message>
    <message>
        <source>Main risk: {text}</source>
        <translation>Hauptrisiko: {text}</translation>
    </message>
    <message>
        <source>Levers: what you can change</source>
        <translation>Hebel: Was Sie ändern können</translation>
    </message>
    <message>
        <source>&amp;Undo the last try</source>
        <translation>Letzten Versuch &amp;rückgängig machen</translation>
    </message>
    <message>
        <source>The answers of the lever tried are in place; the advice above follows them.</source>
        <translation>Die Antworten des ausprobierten Hebels sind eingesetzt; die Empfehlung oben folgt ihnen.</translation>
    </message>
    <message>
        <source>Effort: {effort}. Leads to: {path}.</source>
        <translation>Aufwand: {effort}. Führt zu: {path}.</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Ausprobieren</translation>
    </message>
    <message>
        <source>Apply this lever&apos;s answers; Undo puts yours back.</source>
        <translation>Die Antworten dieses Hebels einsetzen; Rückgängig stellt Ihre wieder her.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>{low} to {high} for {path}</source>
        <translation>{low} bis {high} für {path}</translation>
    </message>
    <message>
        <source>Committed only once the blockers are cleared.</source>
        <translation>Erst zugesagt, wenn die Hindernisse beseitigt sind.</translation>
    </message>
    <message>
        <source>Your budget: {budget}</source>
        <translation>Ihr Budget: {budget}</translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation>Die größten Risiken</translation>
    </message>
    <message>
        <source>What to do: {text}</source>
        <translation>Was zu tun ist: {text}</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Regulierung</translation>
    </message>
    <message>
        <source>Applies from {date}</source>
        <translation>Gilt ab {date}</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Nächste Schritte</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>Done when</source>
        <translation>Erledigt, wenn</translation>
    </message>
</context>
<context>
    <name>approaches</name>
    <message>
        <source>A scorecard, logistic regression, additive model or shallow tree: every individual decision can be explained to the person and to an auditor</source>
        <translation>Eine Scorecard, logistische Regression, ein additives Modell oder ein flacher Entscheidungsbaum: Jede Einzelentscheidung lässt sich der betroffenen Person und einem Prüfer erklären</translation>
    </message>
    <message>
        <source>an interpretable scoring model</source>
        <translation>eines interpretierbaren Bewertungsmodells</translation>
    </message>
    <message>
        <source>Today&apos;s rule or manual decision on the same cases, with gradient boosting as a yardstick of the accuracy given up for transparency</source>
        <translation>Die heutige Regel oder manuelle Entscheidung für dieselben Fälle, mit Gradient Boosting als Maßstab dafür, wie viel Genauigkeit die Transparenz kostet</translation>
    </message>
    <message>
        <source>Go if it meets the agreed measure on a later period it never saw, the reviewers accept its reasons, and no group fares worse than under today&apos;s process</source>
        <translation>Go, wenn es die vereinbarte Kennzahl in einem späteren, nie gesehenen Zeitraum erreicht, die Prüfer seine Begründungen akzeptieren und keine Gruppe schlechter abschneidet als im heutigen Verfahren</translation>
    </message>
    <message>
        <source>Transparent rules or a points system on published criteria, run while the use case, the data and the success measure are put in place; record the outcomes they see</source>
        <translation>Transparente Regeln oder ein Punktesystem nach veröffentlichten Kriterien, betrieben, während Anwendungsfall, Daten und Erfolgskennzahl geschaffen werden; die beobachteten Ergebnisse festhalten</translation>
    </message>
    <message>
        <source>transparent rules</source>
        <translation>transparenten Regeln</translation>
    </message>
    <message>
        <source>Today&apos;s way of deciding, written down and measured</source>
        <translation>Die heutige Entscheidungsweise, aufgeschrieben und gemessen</translation>
    </message>
    <message>
        <source>Move to a model only when the rules run, the data is being collected and a model beats the rules on the agreed measure</source>
        <translation>Erst dann zu einem Modell wechseln, wenn die Regeln laufen, die Daten gesammelt werden und ein Modell die Regeln bei der vereinbarten Kennzahl schlägt</translation>
    </message>
    <message>
        <source>An interpretable scorecard built from published criteria: past decisions only test it, and any weights are fitted to outcomes reviewed for this purpose, never to past decisions alone</source>
        <translation>Eine interpretierbare Scorecard aus veröffentlichten Kriterien: Frühere Entscheidungen dienen nur zum Testen, und Gewichte werden an eigens dafür geprüften Ergebnissen angepasst, nie allein an früheren Entscheidungen</translation>
    </message>
    <message>
        <source>an interpretable scorecard on published criteria</source>
        <translation>einer interpretierbaren Scorecard nach veröffentlichten Kriterien</translation>
    </message>
    <message>
        <source>Today&apos;s criteria written down as a points system and scored on past cycles</source>
        <translation>Die heutigen Kriterien als Punktesystem aufgeschrieben und an vergangenen Durchgängen bewertet</translation>
    </message>
    <message>
        <source>Go only if it beats the points system on the agreed measure in later cycles it never saw, selection rates by group stay within the agreed tolerance, reviewers can repeat its reasons and counsel signs off; otherwise keep the points system</source>
        <translation>Go nur, wenn es das Punktesystem bei der vereinbarten Kennzahl in späteren, nie gesehenen Durchgängen schlägt, die Auswahlquoten je Gruppe im vereinbarten Rahmen bleiben, Prüfer seine Begründungen nachvollziehen können und die Rechtsabteilung zustimmt; sonst beim Punktesystem bleiben</translation>
    </message>
    <message>
        <source>Seasonal baselines, exponential smoothing and gradient boosting on lagged values and calendar features, with a pretrained time-series model as a further baseline</source>
        <translation>Saisonale Basisprognosen, exponentielle Glättung und Gradient Boosting auf verzögerten Werten und Kalendermerkmalen, mit einem vortrainierten Zeitreihenmodell als weiterer Vergleichsbasis</translation>
    </message>
    <message>
        <source>a forecasting model with boosting on lags</source>
        <translation>eines Prognosemodells mit Boosting auf verzögerten Werten</translation>
    </message>
    <message>
        <source>Last season&apos;s value for the same period (a seasonal naive forecast) and today&apos;s planners&apos; forecast</source>
        <translation>Der Wert derselben Periode der letzten Saison (eine saisonale naive Prognose) und die heutige Prognose der Planer</translation>
    </message>
    <message>
        <source>Go if, in a backtest that only sees data available at each forecast date, it beats both baselines on the agreed error measure for the items that matter most</source>
        <translation>Go, wenn es in einem Backtest, der nur die zum jeweiligen Prognosezeitpunkt verfügbaren Daten sieht, beide Vergleichsbasen beim vereinbarten Fehlermaß für die wichtigsten Artikel schlägt</translation>
    </message>
    <message>
        <source>Well-tuned matrix factorisation of the interactions between users and items, with boosting to re-rank where item and user features matter</source>
        <translation>Gut abgestimmte Matrixfaktorisierung der Interaktionen zwischen Nutzern und Artikeln, mit Boosting zum Neuordnen, wo Merkmale von Artikeln und Nutzern zählen</translation>
    </message>
    <message>
        <source>matrix factorisation recommendations</source>
        <translation>von Empfehlungen mit Matrixfaktorisierung</translation>
    </message>
    <message>
        <source>The most popular items for each segment of users</source>
        <translation>Die beliebtesten Artikel je Nutzersegment</translation>
    </message>
    <message>
        <source>Go if an online test beats the popularity baseline on the agreed measure</source>
        <translation>Go, wenn ein Online-Test die Beliebtheits-Basis bei der vereinbarten Kennzahl schlägt</translation>
    </message>
    <message>
        <source>Word and phrase features with a linear model: fast, cheap and each decision traceable to the words that drove it</source>
        <translation>Wort- und Phrasenmerkmale mit einem linearen Modell: schnell, günstig und jede Entscheidung auf die Wörter zurückführbar, die sie bestimmt haben</translation>
    </message>
    <message>
        <source>a linear model on word features</source>
        <translation>eines linearen Modells auf Wortmerkmalen</translation>
    </message>
    <message>
        <source>Keyword rules or today&apos;s manual handling of the same texts</source>
        <translation>Schlüsselwortregeln oder die heutige manuelle Bearbeitung derselben Texte</translation>
    </message>
    <message>
        <source>Go if it beats the keyword rules on the agreed measure on recent texts it never saw</source>
        <translation>Go, wenn es die Schlüsselwortregeln bei der vereinbarten Kennzahl auf neuen, nie gesehenen Texten schlägt</translation>
    </message>
    <message>
        <source>Engineered features of the signal (levels, trends, rates of change, spectra) and gradient boosting</source>
        <translation>Gezielt gebildete Merkmale des Signals (Niveaus, Trends, Änderungsraten, Spektren) und Gradient Boosting</translation>
    </message>
    <message>
        <source>boosting on engineered signal features</source>
        <translation>von Boosting auf gebildeten Signalmerkmalen</translation>
    </message>
    <message>
        <source>The threshold rule or score the experts use today</source>
        <translation>Die Schwellenregel oder der Score, den die Fachleute heute verwenden</translation>
    </message>
    <message>
        <source>Go if it beats today&apos;s rule on the agreed measure on periods and units it never saw, at a false-alarm rate the users accept</source>
        <translation>Go, wenn es die heutige Regel bei der vereinbarten Kennzahl in nie gesehenen Zeiträumen und Einheiten schlägt, bei einer Fehlalarmrate, die die Nutzer akzeptieren</translation>
    </message>
    <message>
        <source>A pretrained tabular model (TabPFN or similar) that predicts from a few hundred to 10,000 rows without tuning, compared with gradient boosting</source>
        <translation>Ein vortrainiertes Tabellenmodell (TabPFN oder ähnlich), das aus einigen hundert bis 10.000 Zeilen ohne Abstimmung vorhersagt, verglichen mit Gradient Boosting</translation>
    </message>
    <message>
        <source>a tabular foundation model against gradient boosting</source>
        <translation>eines tabellarischen Foundation Models im Vergleich zu Gradient Boosting</translation>
    </message>
    <message>
        <source>Gradient boosting and a logistic regression on the same rows, and today&apos;s rule of thumb</source>
        <translation>Gradient Boosting und eine logistische Regression auf denselben Zeilen sowie die heutige Faustregel</translation>
    </message>
    <message>
        <source>Go if it beats both in cross-validation and on the newest cases, and the licence of its weights allows your use</source>
        <translation>Go, wenn es beide in der Kreuzvalidierung und bei den neuesten Fällen schlägt und die Lizenz seiner Gewichte Ihre Nutzung erlaubt</translation>
    </message>
    <message>
        <source>Check the licence of the model&apos;s weights: some tabular foundation models are licensed for non-commercial use only</source>
        <translation>Prüfen Sie die Lizenz der Modellgewichte: Manche tabellarischen Foundation Models sind nur für nichtkommerzielle Nutzung lizenziert</translation>
    </message>
    <message>
        <source>Gradient-boosted trees (LightGBM, XGBoost or CatBoost) on engineered features of the records</source>
        <translation>Gradient-Boosted Trees (LightGBM, XGBoost oder CatBoost) auf gezielt gebildeten Merkmalen der Datensätze</translation>
    </message>
    <message>
        <source>a gradient boosting model</source>
        <translation>eines Gradient-Boosting-Modells</translation>
    </message>
    <message>
        <source>Today&apos;s rule or manual decision, and a logistic regression</source>
        <translation>Die heutige Regel oder manuelle Entscheidung und eine logistische Regression</translation>
    </message>
    <message>
        <source>Go if it beats both on the agreed measure on a later period it never saw, by a gain worth running it</source>
        <translation>Go, wenn es beide bei der vereinbarten Kennzahl in einem späteren, nie gesehenen Zeitraum schlägt, mit einem Gewinn, der den Betrieb lohnt</translation>
    </message>
    <message>
        <source>A packaged product that does the task, certified (CE-marked) where the rules require it, run as a service or installed on site</source>
        <translation>Ein fertiges Produkt, das die Aufgabe erledigt, zertifiziert (CE-gekennzeichnet), wo die Regeln es verlangen, als Dienst genutzt oder vor Ort installiert</translation>
    </message>
    <message>
        <source>a certified product</source>
        <translation>eines zertifizierten Produkts</translation>
    </message>
    <message>
        <source>Today&apos;s clinical or safety process, measured on the same cases</source>
        <translation>Das heutige klinische oder Sicherheitsverfahren, gemessen an denselben Fällen</translation>
    </message>
    <message>
        <source>Go if, on a sample of your own cases checked group by group, it meets the agreed measure and holds the certification your use requires</source>
        <translation>Go, wenn es an einer Stichprobe eigener Fälle, Gruppe für Gruppe geprüft, die vereinbarte Kennzahl erreicht und die für Ihre Nutzung nötige Zertifizierung besitzt</translation>
    </message>
    <message>
        <source>An assistant that searches the organisation&apos;s own documents and has a language model answer only from the passages it found, citing them; the model by API under contract, or with open weights on your own machines</source>
        <translation>Ein Assistent, der die eigenen Dokumente der Organisation durchsucht und ein Sprachmodell nur aus den gefundenen Passagen antworten lässt, mit Quellenangabe; das Modell per API unter Vertrag oder mit offenen Gewichten auf eigenen Rechnern</translation>
    </message>
    <message>
        <source>an assistant that answers from your documents</source>
        <translation>eines Assistenten, der aus Ihren Dokumenten antwortet</translation>
    </message>
    <message>
        <source>Today&apos;s search or help pages: how often their top results hold the answer</source>
        <translation>Die heutige Suche oder Hilfeseiten: wie oft ihre ersten Treffer die Antwort enthalten</translation>
    </message>
    <message>
        <source>Go if, on a test set of real questions, it answers an agreed share correctly from the cited source or hands over to a person, resists attempts to misuse it, and beats the baseline in a live trial</source>
        <translation>Go, wenn es auf einem Testsatz echter Fragen einen vereinbarten Anteil korrekt aus der zitierten Quelle beantwortet oder an einen Menschen übergibt, Missbrauchsversuchen standhält und im Live-Test die Vergleichsbasis schlägt</translation>
    </message>
    <message>
        <source>An open-weights model run on your own machines, adapted with your own examples where it falls short</source>
        <translation>Ein Modell mit offenen Gewichten auf eigenen Rechnern, mit eigenen Beispielen angepasst, wo es nicht genügt</translation>
    </message>
    <message>
        <source>an open-weights model on your own machines</source>
        <translation>eines Modells mit offenen Gewichten auf eigenen Rechnern</translation>
    </message>
    <message>
        <source>The best open model used as it is, and today&apos;s process</source>
        <translation>Das beste offene Modell unverändert eingesetzt und das heutige Verfahren</translation>
    </message>
    <message>
        <source>Go if it meets the agreed measure on your test set at the speed and running cost your own machines allow</source>
        <translation>Go, wenn es die vereinbarte Kennzahl auf Ihrem Testsatz bei der Geschwindigkeit und den Betriebskosten erreicht, die Ihre eigenen Rechner erlauben</translation>
    </message>
    <message>
        <source>Someone must install, update, secure and monitor the model on your machines; budget for that work</source>
        <translation>Jemand muss das Modell auf Ihren Rechnern installieren, aktualisieren, absichern und überwachen; planen Sie dafür Budget ein</translation>
    </message>
    <message>
        <source>A general language or vision model, by API or with open weights, steered by instructions and examples and measured on an evaluation set</source>
        <translation>Ein allgemeines Sprach- oder Bildmodell, per API oder mit offenen Gewichten, gesteuert durch Anweisungen und Beispiele und an einem Evaluationssatz gemessen</translation>
    </message>
    <message>
        <source>a general model steered by instructions</source>
        <translation>eines allgemeinen, durch Anweisungen gesteuerten Modells</translation>
    </message>
    <message>
        <source>Today&apos;s manual work: the time per item and its quality as reviewers judge it</source>
        <translation>Die heutige Handarbeit: Zeit pro Vorgang und Qualität nach dem Urteil der Prüfer</translation>
    </message>
    <message>
        <source>Go if reviewers accept an agreed share of its output on the evaluation set with light edits, and a live trial saves time without more errors</source>
        <translation>Go, wenn Prüfer einen vereinbarten Anteil seiner Ergebnisse auf dem Evaluationssatz mit leichten Korrekturen akzeptieren und ein Live-Test Zeit spart, ohne mehr Fehler</translation>
    </message>
    <message>
        <source>A ready service that does the task, called from your own systems</source>
        <translation>Ein fertiger Dienst, der die Aufgabe erledigt, aus Ihren eigenen Systemen aufgerufen</translation>
    </message>
    <message>
        <source>a ready service</source>
        <translation>eines fertigen Dienstes</translation>
    </message>
    <message>
        <source>Today&apos;s process, and a second service on the same test set</source>
        <translation>Das heutige Verfahren und ein zweiter Dienst auf demselben Testsatz</translation>
    </message>
    <message>
        <source>Go if it meets the agreed measure on a test set of your own cases, at a price per request your volume affords and under data terms you accept</source>
        <translation>Go, wenn es die vereinbarte Kennzahl auf einem Testsatz eigener Fälle erreicht, zu einem Preis pro Anfrage, den Ihr Volumen trägt, und unter Datenbedingungen, die Sie akzeptieren</translation>
    </message>
    <message>
        <source>An open pretrained model fine-tuned on your own labelled examples</source>
        <translation>Ein offenes vortrainiertes Modell, feinabgestimmt auf Ihre eigenen gekennzeichneten Beispiele</translation>
    </message>
    <message>
        <source>fine-tuning a pretrained model on your labels</source>
        <translation>der Feinabstimmung eines vortrainierten Modells auf Ihre Labels</translation>
    </message>
    <message>
        <source>A general model steered by instructions, and a simple model on engineered features</source>
        <translation>Ein allgemeines, durch Anweisungen gesteuertes Modell und ein einfaches Modell auf gebildeten Merkmalen</translation>
    </message>
    <message>
        <source>Go if it beats both on held-out examples by a margin worth its upkeep</source>
        <translation>Go, wenn es beide auf zurückgehaltenen Beispielen mit einem Abstand schlägt, der den Pflegeaufwand lohnt</translation>
    </message>
    <message>
        <source>Today&apos;s process, measured on the same evaluation set</source>
        <translation>Das heutige Verfahren, gemessen am selben Evaluationssatz</translation>
    </message>
    <message>
        <source>Go if it meets the agreed measure on the evaluation set and a live trial confirms it</source>
        <translation>Go, wenn es die vereinbarte Kennzahl auf dem Evaluationssatz erreicht und ein Live-Test das bestätigt</translation>
    </message>
    <message>
        <source>A deep recommender (candidate generation and ranking networks) trained on your interactions</source>
        <translation>Ein tiefer Empfehlungsdienst (Netze für Kandidatenauswahl und Ranking), trainiert auf Ihren Interaktionen</translation>
    </message>
    <message>
        <source>a deep recommender</source>
        <translation>eines tiefen Empfehlungsdienstes</translation>
    </message>
    <message>
        <source>Well-tuned matrix factorisation</source>
        <translation>Gut abgestimmte Matrixfaktorisierung</translation>
    </message>
    <message>
        <source>Ship only if an online test beats matrix factorisation by the agreed margin at a serving cost you accept</source>
        <translation>Nur einsetzen, wenn ein Online-Test die Matrixfaktorisierung um den vereinbarten Abstand schlägt, bei Betriebskosten, die Sie akzeptieren</translation>
    </message>
    <message>
        <source>A network of your own, designed and trained on your large labelled data, starting from a pretrained backbone where one fits</source>
        <translation>Ein eigenes Netz, entworfen und trainiert auf Ihren großen gekennzeichneten Daten, ausgehend von einem vortrainierten Grundmodell, wo eines passt</translation>
    </message>
    <message>
        <source>a network of your own</source>
        <translation>eines eigenen Netzes</translation>
    </message>
    <message>
        <source>A fine-tuned pretrained model and gradient boosting on engineered features</source>
        <translation>Ein feinabgestimmtes vortrainiertes Modell und Gradient Boosting auf gebildeten Merkmalen</translation>
    </message>
    <message>
        <source>Ship only if it beats the baseline by the agreed margin on data it never saw, at the speed and cost the deployment allows</source>
        <translation>Nur einsetzen, wenn es die Vergleichsbasis auf nie gesehenen Daten um den vereinbarten Abstand schlägt, bei der Geschwindigkeit und den Kosten, die der Einsatz erlaubt</translation>
    </message>
</context>
<context>
    <name>blockers</name>
    <message>
        <source>choose one use case and its success measure</source>
        <translation>einen Anwendungsfall und seine Erfolgskennzahl wählen</translation>
    </message>
    <message>
        <source>No use case yet: choose one business problem, its stakeholders and a measurable outcome before choosing any technology</source>
        <translation>Noch kein Anwendungsfall: Wählen Sie ein Geschäftsproblem, seine Beteiligten und ein messbares Ergebnis, bevor Sie sich für eine Technologie entscheiden</translation>
    </message>
    <message>
        <source>agree the success measure and today&apos;s baseline</source>
        <translation>die Erfolgskennzahl und den heutigen Ausgangswert vereinbaren</translation>
    </message>
    <message>
        <source>No success measure is defined yet: agree on the business KPI and today&apos;s baseline before modelling</source>
        <translation>Noch keine Erfolgskennzahl festgelegt: Einigen Sie sich vor der Modellierung auf die geschäftliche Kennzahl (KPI) und ihren heutigen Ausgangswert</translation>
    </message>
    <message>
        <source>collect the data</source>
        <translation>die Daten sammeln</translation>
    </message>
    <message>
        <source>The data is not collected yet: no path can be built or tested until it is</source>
        <translation>Die Daten werden noch nicht erhoben: Bis dahin lässt sich kein Ansatz entwickeln oder testen</translation>
    </message>
    <message>
        <source>find an executive who owns the outcome</source>
        <translation>eine Führungskraft finden, die das Ergebnis verantwortet</translation>
    </message>
    <message>
        <source>No executive sponsor: find an owner for the outcome and the budget, or the pilot will stay a pilot</source>
        <translation>Kein Sponsor auf Führungsebene: Finden Sie eine verantwortliche Person für Ergebnis und Budget, sonst bleibt das Pilotprojekt ein Pilotprojekt</translation>
    </message>
    <message>
        <source>plan and fund the labelling</source>
        <translation>das Kennzeichnen planen und finanzieren</translation>
    </message>
    <message>
        <source>No labelled examples: plan and budget the labelling (at least 10 per label to start, about 1,000 recommended) before training anything</source>
        <translation>Keine gelabelten Beispiele: Planen und budgetieren Sie das Labeln (zum Start mindestens 10 pro Label, empfohlen etwa 1.000), bevor Sie irgendetwas trainieren</translation>
    </message>
    <message>
        <source>drop the prohibited use</source>
        <translation>die verbotene Nutzung aufgeben</translation>
    </message>
    <message>
        <source>The use as described is a practice the EU AI Act prohibits: no model, data or budget makes it lawful, so it must not be built</source>
        <translation>Die beschriebene Nutzung ist eine Praxis, die die KI-Verordnung der EU verbietet: Kein Modell, keine Daten und kein Budget machen sie rechtmäßig, sie darf also nicht gebaut werden</translation>
    </message>
</context>
<context>
    <name>brief</name>
    <message>
        <source>Board brief: which AI path to take</source>
        <translation>Vorstandsvorlage: Welcher KI-Ansatz passt</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Bewertet von</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Datum der Bewertung</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Erstellt von</translation>
    </message>
    <message>
        <source>Unnamed organisation</source>
        <translation>Unbenannte Organisation</translation>
    </message>
    <message>
        <source>This brief recommends one of three paths for the project: classical machine learning, a pretrained API or transfer learning, or custom deep learning. It explains the advice rule by rule, with the publication each rule stands on, and says which answers would change it.</source>
        <translation>Diese Vorlage empfiehlt für das Projekt einen von drei Ansätzen: klassisches Machine Learning, eine vortrainierte API oder Transfer Learning oder eigenes Deep Learning. Sie begründet die Empfehlung Regel für Regel, jeweils mit der Veröffentlichung, auf der die Regel beruht, und nennt die Antworten, die sie ändern würden.</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation>Womit Sie beginnen</translation>
    </message>
    <message>
        <source>Every reason, the risks to watch and a 90-day plan follow; the appendix lists every answer given.</source>
        <translation>Es folgen alle Gründe, die zu beachtenden Risiken und ein 90-Tage-Plan; der Anhang listet jede gegebene Antwort auf.</translation>
    </message>
    <message>
        <source>The scores</source>
        <translation>Die Kennzahlen</translation>
    </message>
    <message>
        <source>Readiness by dimension</source>
        <translation>Reifegrad nach Dimension</translation>
    </message>
    <message>
        <source>Fit of the three paths</source>
        <translation>Eignung der drei Ansätze</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Vertraulich</translation>
    </message>
    <message>
        <source>Board paper</source>
        <translation>Vorlage für die Geschäftsleitung</translation>
    </message>
    <message>
        <source>the organisation is ready to start now.</source>
        <translation>die Organisation kann jetzt beginnen.</translation>
    </message>
    <message>
        <source>start once the blockers below are cleared, not before.</source>
        <translation>beginnen, sobald die Hindernisse unten beseitigt sind, nicht vorher.</translation>
    </message>
    <message>
        <source>the organisation is not ready for any machine learning project yet; the basics below come first.</source>
        <translation>die Organisation ist noch für kein Machine-Learning-Projekt bereit; zuerst kommen die Grundlagen unten.</translation>
    </message>
    <message>
        <source>the use as described is prohibited; do not build it.</source>
        <translation>die beschriebene Verwendung ist verboten; bauen Sie das System nicht.</translation>
    </message>
    <message>
        <source>The board is asked to approve the pilot below, its budget and its owner, and to decide on it again at the go/no-go test.</source>
        <translation>Die Geschäftsleitung wird gebeten, das Pilotprojekt unten, sein Budget und seine verantwortliche Person zu genehmigen und beim Go/No-Go-Test erneut zu entscheiden.</translation>
    </message>
    <message>
        <source>The board is asked to approve the work that clears the blockers, and the pilot below once they are cleared; no model is built before then.</source>
        <translation>Die Geschäftsleitung wird gebeten, die Arbeit zur Beseitigung der Hindernisse zu genehmigen und das Pilotprojekt unten, sobald sie beseitigt sind; vorher wird kein Modell gebaut.</translation>
    </message>
    <message>
        <source>The board is asked not to fund a machine learning project yet, to approve the groundwork below, and to have the assessment made again when it is done.</source>
        <translation>Die Geschäftsleitung wird gebeten, noch kein Machine-Learning-Projekt zu finanzieren, die Vorarbeiten unten zu genehmigen und die Bewertung danach wiederholen zu lassen.</translation>
    </message>
    <message>
        <source>The board is asked to stop this project: fund nothing that builds the system, and have counsel confirm the legal position.</source>
        <translation>Die Geschäftsleitung wird gebeten, dieses Projekt zu stoppen: nichts zu finanzieren, was das System baut, und die Rechtslage von der Rechtsberatung bestätigen zu lassen.</translation>
    </message>
    <message>
        <source>What must be fixed first</source>
        <translation>Was zuerst behoben werden muss</translation>
    </message>
    <message>
        <source>{dimension}: {score} / 100, below the ready band</source>
        <translation>{dimension}: {score} / 100, unter der Stufe „bereit“</translation>
    </message>
    <message>
        <source>The decision in figures</source>
        <translation>Die Entscheidung in Zahlen</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Ansatz</translation>
    </message>
    <message>
        <source>Investment, year one</source>
        <translation>Investition im ersten Jahr</translation>
    </message>
    <message>
        <source>{range} for the recommended path.</source>
        <translation>{range} für den empfohlenen Ansatz.</translation>
    </message>
    <message>
        <source>{range} for the recommended path, committed only once the blockers are cleared.</source>
        <translation>{range} für den empfohlenen Ansatz, erst zugesagt, wenn die Hindernisse beseitigt sind.</translation>
    </message>
    <message>
        <source>Investment asked now</source>
        <translation>Jetzt beantragte Investition</translation>
    </message>
    <message>
        <source>None. No money is asked for until what must be fixed first is done; the pilot is priced when the assessment is made again.</source>
        <translation>Keine. Es wird kein Geld beantragt, bis behoben ist, was zuerst behoben werden muss; das Pilotprojekt wird beziffert, wenn die Bewertung wiederholt wird.</translation>
    </message>
    <message>
        <source>Time to a first version</source>
        <translation>Zeit bis zur ersten Version</translation>
    </message>
    <message>
        <source>A pilot decision by day {days} of the plan. Production wanted (as answered): {target}.</source>
        <translation>Entscheidung über das Pilotprojekt bis Tag {days} des Plans. Gewünschter Produktivbetrieb (laut Antwort): {target}.</translation>
    </message>
    <message>
        <source>Production wanted (as answered): {target}.</source>
        <translation>Gewünschter Produktivbetrieb (laut Antwort): {target}.</translation>
    </message>
    <message>
        <source>None: nothing is to be built.</source>
        <translation>Keine: Es wird nichts gebaut.</translation>
    </message>
    <message>
        <source>No first version before the groundwork below is done (by day {days} of the plan) and the assessment is made again. Production wanted (as answered): {target}.</source>
        <translation>Keine erste Version, bevor die Vorarbeiten unten erledigt sind (bis Tag {days} des Plans) und die Bewertung wiederholt ist. Gewünschter Produktivbetrieb (laut Antwort): {target}.</translation>
    </message>
    <message>
        <source>No first version before the groundwork below is done and the assessment is made again. Production wanted (as answered): {target}.</source>
        <translation>Keine erste Version, bevor die Vorarbeiten unten erledigt sind und die Bewertung wiederholt ist. Gewünschter Produktivbetrieb (laut Antwort): {target}.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>nicht bekannt</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Vorgehen</translation>
    </message>
    <message>
        <source>Baseline to beat</source>
        <translation>Zu schlagende Vergleichsbasis</translation>
    </message>
    <message>
        <source>Go/no-go test</source>
        <translation>Go/No-Go-Test</translation>
    </message>
    <message>
        <source>{score} / 100 for {path}: {band}.</source>
        <translation>{score} / 100 für {path}: {band}.</translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation>Die größten Risiken</translation>
    </message>
    <message>
        <source>Why this path, in brief</source>
        <translation>Warum dieser Ansatz, in Kürze</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risiko</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Gegenmaßnahme</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Verantwortlich</translation>
    </message>
    <message>
        <source>Rules that apply</source>
        <translation>Geltende Vorschriften</translation>
    </message>
    <message>
        <source>Applies from {date}</source>
        <translation>Gilt ab {date}</translation>
    </message>
    <message>
        <source>As the rulebook knows them; counsel must confirm how they apply.</source>
        <translation>So wie das Regelwerk sie kennt; die Rechtsberatung muss bestätigen, wie sie gelten.</translation>
    </message>
    <message>
        <source>Not known yet, and they bear on this advice: {questions}.</source>
        <translation>Noch nicht bekannt und für diese Empfehlung von Belang: {questions}.</translation>
    </message>
    <message>
        <source>Readiness, out of 100</source>
        <translation>Reifegrad, von 100</translation>
    </message>
    <message>
        <source>Confidence in the advice</source>
        <translation>Sicherheit der Empfehlung</translation>
    </message>
    <message>
        <source>Fit of the path, out of 100</source>
        <translation>Eignung des Ansatzes, von 100</translation>
    </message>
    <message>
        <source>compared with the other paths</source>
        <translation>im Vergleich mit den anderen Ansätzen</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Gering</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Mittel</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Hoch</translation>
    </message>
    <message>
        <source>{count} answers are not known yet, and they bear on this advice (the appendix names them).</source>
        <translation>{count} Antworten sind noch nicht bekannt und für diese Empfehlung von Belang (der Anhang nennt sie).</translation>
    </message>
    <message>
        <source>{listed} and {count} more (see the appendix)</source>
        <translation>{listed} und {count} weitere (siehe Anhang)</translation>
    </message>
    <message>
        <source>${amount}</source>
        <translation>{amount} $</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} bis {high}</translation>
    </message>
    <message>
        <source>Within the answered budget ({budget}).</source>
        <translation>Im Rahmen des angegebenen Budgets ({budget}).</translation>
    </message>
    <message>
        <source>Above the answered budget ({budget}).</source>
        <translation>Über dem angegebenen Budget ({budget}).</translation>
    </message>
    <message>
        <source>The upper end is above the answered budget ({budget}).</source>
        <translation>Das obere Ende liegt über dem angegebenen Budget ({budget}).</translation>
    </message>
    <message>
        <source>The budget was not given.</source>
        <translation>Das Budget wurde nicht angegeben.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Schritt</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Done when</source>
        <translation>Erledigt, wenn</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schwere</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Vorschrift</translation>
    </message>
    <message>
        <source>What it obliges</source>
        <translation>Was sie verlangt</translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation>Gilt ab</translation>
    </message>
    <message>
        <source>Readiness for {path} is {score} / 100 ({band}). The bands: not ready below {emerging}, emerging from {emerging}, ready from {ready}, advanced from {advanced}. Each dimension is scored from the answers that bear on it; a &quot;don&apos;t know&quot; counts as a weak answer. Dimensions below {ready} are hatched.</source>
        <translation>Die Reife für {path} liegt bei {score} / 100 ({band}). Die Stufen: nicht bereit unter {emerging}, im Aufbau ab {emerging}, bereit ab {ready}, fortgeschritten ab {advanced}. Jede Dimension wird aus den Antworten bewertet, die sie betreffen; ein „weiß nicht“ zählt als schwache Antwort. Dimensionen unter {ready} sind schraffiert.</translation>
    </message>
    <message>
        <source>Overall {score}</source>
        <translation>Gesamt {score}</translation>
    </message>
    <message>
        <source>Score out of 100</source>
        <translation>Punkte von 100</translation>
    </message>
    <message>
        <source>Fit out of 100 (how well the path suits the answers)</source>
        <translation>Eignung von 100 (wie gut der Ansatz zu den Antworten passt)</translation>
    </message>
    <message>
        <source>How well each path suits the answers, from 0 to 100; the highest is recommended. Fit is not readiness: it compares the paths, while readiness measures the organisation.</source>
        <translation>Wie gut jeder Ansatz zu den Antworten passt, von 0 bis 100; der höchste wird empfohlen. Eignung ist nicht Reife: Sie vergleicht die Ansätze, die Reife misst die Organisation.</translation>
    </message>
    <message>
        <source>Answered &quot;don&apos;t know&quot;: {questions}.</source>
        <translation>Mit „Weiß nicht“ beantwortet: {questions}.</translation>
    </message>
    <message>
        <source>Why this path</source>
        <translation>Warum dieser Ansatz</translation>
    </message>
    <message>
        <source>Every rule that fired for these answers, with its points for each path it touches: the reasons for the recommended path first. The points add up to each path&apos;s total, which is scaled to the fit from 0 to 100.</source>
        <translation>Jede Regel, die bei diesen Antworten greift, mit ihren Punkten für jeden Ansatz, den sie betrifft: die Gründe für den empfohlenen Ansatz zuerst. Die Punkte ergeben die Summe jedes Ansatzes, die auf die Eignung von 0 bis 100 skaliert wird.</translation>
    </message>
    <message>
        <source>Points in total</source>
        <translation>Punkte insgesamt</translation>
    </message>
    <message>
        <source>Fit, scaled to 0 to 100</source>
        <translation>Eignung, skaliert auf 0 bis 100</translation>
    </message>
    <message>
        <source>What the organisation can do</source>
        <translation>Was die Organisation tun kann</translation>
    </message>
    <message>
        <source>Changes within the organisation&apos;s control that would improve the advice.</source>
        <translation>Änderungen, die die Organisation selbst in der Hand hat und die die Empfehlung verbessern würden.</translation>
    </message>
    <message>
        <source>It would make {path} the recommendation.</source>
        <translation>Dann würde {path} empfohlen.</translation>
    </message>
    <message>
        <source>It would raise readiness to {band}.</source>
        <translation>Der Reifegrad stiege auf „{band}“.</translation>
    </message>
    <message>
        <source>What it takes: {effort}</source>
        <translation>Aufwand: {effort}</translation>
    </message>
    <message>
        <source>What the advice depends on</source>
        <translation>Wovon die Empfehlung abhängt</translation>
    </message>
    <message>
        <source>The smallest changes of answers, of any kind, that would make another path the recommendation: if one of these answers is in doubt, so is the advice.</source>
        <translation>Die kleinsten Änderungen beliebiger Antworten, durch die ein anderer Ansatz empfohlen würde: Ist eine dieser Antworten unsicher, ist es auch die Empfehlung.</translation>
    </message>
    <message>
        <source>Year-one cost of {path}: items and assumptions</source>
        <translation>Kosten im ersten Jahr für {path}: Posten und Annahmen</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Posten</translation>
    </message>
    <message>
        <source>Year one</source>
        <translation>Erstes Jahr</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Annahme</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Summe</translation>
    </message>
    <message>
        <source>The other paths, year one: {paths}.</source>
        <translation>Die anderen Ansätze im ersten Jahr: {paths}.</translation>
    </message>
    <message>
        <source>{path} {range}</source>
        <translation>{path} {range}</translation>
    </message>
    <message>
        <source>For auditors: the rules behind the advice</source>
        <translation>Für Prüfer: die Regeln hinter der Empfehlung</translation>
    </message>
    <message>
        <source>The rulebook&apos;s id of every rule behind a reason, blocker, risk and rule of law in this brief, to trace each one to its declaration and its source.</source>
        <translation>Die Kennung jeder Regel des Regelwerks hinter einem Grund, Hindernis, Risiko oder einer Rechtsvorschrift in dieser Vorlage, um jede bis zu ihrer Deklaration und Quelle zurückzuverfolgen.</translation>
    </message>
    <message>
        <source>In this brief</source>
        <translation>In dieser Vorlage</translation>
    </message>
    <message>
        <source>Rule id</source>
        <translation>Regel-ID</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>Quellen-ID</translation>
    </message>
    <message>
        <source>Reason {number}</source>
        <translation>Grund {number}</translation>
    </message>
    <message>
        <source>Blocker {number}</source>
        <translation>Hindernis {number}</translation>
    </message>
    <message>
        <source>Risk {number}</source>
        <translation>Risiko {number}</translation>
    </message>
    <message>
        <source>Rule of law {number}</source>
        <translation>Rechtsvorschrift {number}</translation>
    </message>
    <message>
        <source>Cited for: {what}</source>
        <translation>Zitiert für: {what}</translation>
    </message>
    <message>
        <source>Peer-reviewed research</source>
        <translation>Begutachtete Forschung</translation>
    </message>
    <message>
        <source>Official guidance</source>
        <translation>Offizielle Leitlinien</translation>
    </message>
    <message>
        <source>Laws and rulings</source>
        <translation>Gesetze und Urteile</translation>
    </message>
    <message>
        <source>Industry and press reports</source>
        <translation>Branchen- und Presseberichte</translation>
    </message>
    <message>
        <source>Practitioners&apos; essays</source>
        <translation>Essays aus der Praxis</translation>
    </message>
    <message>
        <source>Rules of thumb (the rulebook&apos;s own judgement)</source>
        <translation>Faustregeln (eigene Einschätzung des Regelwerks)</translation>
    </message>
    <message>
        <source>General Data Protection Regulation</source>
        <translation>Datenschutz-Grundverordnung (DSGVO)</translation>
    </message>
    <message>
        <source>Artificial Intelligence Act</source>
        <translation>KI-Verordnung</translation>
    </message>
    <message>
        <source>EU AI Act</source>
        <translation>KI-Verordnung der EU</translation>
    </message>
    <message>
        <source>GDPR</source>
        <translation>DSGVO</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Grund</translation>
    </message>
    <message>
        <source>Verdict: {verdict}</source>
        <translation>Urteil: {verdict}</translation>
    </message>
    <message>
        <source>Leads to: {path}</source>
        <translation>Führt zu: {path}</translation>
    </message>
    <message>
        <source>No change of one or two answers would change the recommendation.</source>
        <translation>Keine Änderung an einer oder zwei Antworten würde die Empfehlung ändern.</translation>
    </message>
    <message>
        <source>Risks and next steps</source>
        <translation>Risiken und nächste Schritte</translation>
    </message>
    <message>
        <source>Risks to watch</source>
        <translation>Zu beachtende Risiken</translation>
    </message>
    <message>
        <source>Next steps for {path}</source>
        <translation>Nächste Schritte für {path}</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>By day {days}</source>
        <translation>Bis Tag {days}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Quelle: {source}</translation>
    </message>
    <message>
        <source>Method and limits</source>
        <translation>Methode und Grenzen</translation>
    </message>
    <message>
        <source>How the scores are made</source>
        <translation>Wie die Werte entstehen</translation>
    </message>
    <message>
        <source>Fit: each rule of the rulebook that the answers trigger gives points to the paths it speaks for and takes points from those it speaks against, as the table of reasons shows. Each path&apos;s points are added up and scaled to 0 to 100; the path with the most is recommended. Fit compares the paths; it does not say whether the organisation is ready.</source>
        <translation>Eignung: Jede Regel des Regelwerks, die durch die Antworten greift, gibt den Ansätzen, für die sie spricht, Punkte und zieht denen, gegen die sie spricht, Punkte ab, wie die Tabelle der Gründe zeigt. Die Punkte jedes Ansatzes werden addiert und auf 0 bis 100 skaliert; der Ansatz mit den meisten wird empfohlen. Die Eignung vergleicht die Ansätze; sie sagt nicht, ob die Organisation bereit ist.</translation>
    </message>
    <message>
        <source>Readiness: every answer scores the dimension it bears on, from 0 to 100, for what {path} needs; a &quot;don&apos;t know&quot; counts as a weak answer. The dimensions are weighted into one score: {weights}.</source>
        <translation>Reifegrad: Jede Antwort bewertet die Dimension, die sie betrifft, von 0 bis 100, gemessen an dem, was {path} braucht; ein „weiß nicht“ zählt als schwache Antwort. Die Dimensionen werden gewichtet zu einem Wert zusammengefasst: {weights}.</translation>
    </message>
    <message>
        <source>{dimension} {percent}%</source>
        <translation>{dimension} {percent} %</translation>
    </message>
    <message>
        <source>The readiness bands</source>
        <translation>Die Stufen des Reifegrads</translation>
    </message>
    <message>
        <source>a score from {low} to {high}</source>
        <translation>ein Wert von {low} bis {high}</translation>
    </message>
    <message>
        <source>Any blocker</source>
        <translation>Jedes Hindernis</translation>
    </message>
    <message>
        <source>caps the band at emerging, whatever the score, until it is cleared</source>
        <translation>begrenzt die Stufe auf „im Aufbau“, unabhängig vom Wert, bis es beseitigt ist</translation>
    </message>
    <message>
        <source>The verdicts</source>
        <translation>Die Urteile</translation>
    </message>
    <message>
        <source>start now: no blocker, and the band is above not ready.</source>
        <translation>jetzt beginnen: kein Hindernis, und die Stufe liegt über „nicht bereit“.</translation>
    </message>
    <message>
        <source>start once the blockers are cleared: there is a blocker, and the band is above not ready.</source>
        <translation>beginnen, sobald die Hindernisse beseitigt sind: Es gibt ein Hindernis, und die Stufe liegt über „nicht bereit“.</translation>
    </message>
    <message>
        <source>not ready for any machine learning project yet: the band is not ready.</source>
        <translation>noch für kein Machine-Learning-Projekt bereit: Die Stufe ist „nicht bereit“.</translation>
    </message>
    <message>
        <source>do not build it: the use as described is a practice the EU AI Act prohibits.</source>
        <translation>nicht bauen: Die beschriebene Verwendung ist eine Praxis, die die KI-Verordnung der EU verbietet.</translation>
    </message>
    <message>
        <source>What confidence means</source>
        <translation>Was die Sicherheit bedeutet</translation>
    </message>
    <message>
        <source>Confidence says how far the advice can be relied on given the answers, not how good the project is. &quot;Don&apos;t know&quot; answers, paths that score close together and blockers lower it; it is never high when the band is not ready, when there is a blocker, or when three or more answers are &quot;don&apos;t know&quot;. For this brief: {note}</source>
        <translation>Die Sicherheit sagt, wie weit man sich angesichts der Antworten auf die Empfehlung verlassen kann, nicht wie gut das Projekt ist. „Weiß nicht“-Antworten, Ansätze mit ähnlichen Werten und Hindernisse senken sie; sie ist nie hoch, wenn die Stufe „nicht bereit“ ist, wenn es ein Hindernis gibt oder wenn drei oder mehr Antworten „weiß nicht“ lauten. Für diese Vorlage: {note}</translation>
    </message>
    <message>
        <source>Costs and the rulebook</source>
        <translation>Kosten und Regelwerk</translation>
    </message>
    <message>
        <source>Costs are year-one ranges in US dollars, for orientation, not quotes. They are built from the itemised assumptions in the appendix: people, computing, labelling and service fees at the answered volume.</source>
        <translation>Die Kosten sind Spannen für das erste Jahr in US-Dollar, zur Orientierung, keine Angebote. Sie beruhen auf den einzeln aufgeführten Annahmen im Anhang: Personal, Rechenleistung, Labeling und Servicegebühren beim angegebenen Volumen.</translation>
    </message>
    <message>
        <source>The advice comes from rulebook {version} ({date}). Every rule, threshold and price in it is declared with its source, and the references grade each source: peer-reviewed research, official guidance, regulation, industry reports, practitioner essays, and rules of thumb (thresholds that are the rulebook&apos;s own judgement). Regulation is stated as the rulebook knew it on that date.</source>
        <translation>Die Empfehlung stammt aus dem Regelwerk {version} ({date}). Jede Regel, Schwelle und jeder Preis darin ist mit seiner Quelle deklariert, und die Quellen sind nach Art eingestuft: begutachtete Forschung, offizielle Leitlinien, Vorschriften, Branchenberichte, Essays aus der Praxis und Faustregeln (Schwellen, die die eigene Einschätzung des Regelwerks sind). Die Rechtslage ist so angegeben, wie das Regelwerk sie an diesem Datum kannte.</translation>
    </message>
    <message>
        <source>What this tool cannot judge</source>
        <translation>Was dieses Werkzeug nicht beurteilen kann</translation>
    </message>
    <message>
        <source>Whether the answers are right: the advice is only as good as they are.</source>
        <translation>Ob die Antworten stimmen: Die Empfehlung ist nur so gut wie sie.</translation>
    </message>
    <message>
        <source>The data itself: its labels, gaps and biases must be checked on the data, not on answers about it.</source>
        <translation>Die Daten selbst: Labels, Lücken und Verzerrungen müssen an den Daten geprüft werden, nicht an Antworten über sie.</translation>
    </message>
    <message>
        <source>The legal position: counsel must confirm how each rule applies, in every country where the system is used.</source>
        <translation>Die Rechtslage: Die Rechtsberatung muss bestätigen, wie jede Vorschrift in jedem Land gilt, in dem das System eingesetzt wird.</translation>
    </message>
    <message>
        <source>Vendors&apos; claims: any service, model or product must be measured on the organisation&apos;s own cases before it is trusted.</source>
        <translation>Versprechen von Anbietern: Jeder Dienst, jedes Modell und jedes Produkt muss an den eigenen Fällen der Organisation gemessen werden, bevor man ihm vertraut.</translation>
    </message>
    <message>
        <source>The organisation&apos;s capacity for change, its politics, and whether this use case is worth more than other uses of the money.</source>
        <translation>Die Veränderungsfähigkeit der Organisation, ihre internen Interessen und ob dieser Anwendungsfall mehr wert ist als andere Verwendungen des Geldes.</translation>
    </message>
    <message>
        <source>Appendix: the answers</source>
        <translation>Anhang: die Antworten</translation>
    </message>
    <message>
        <source>Every question as it was asked, the answer given and the assessor&apos;s notes.</source>
        <translation>Jede Frage im Wortlaut, die gegebene Antwort und die Notizen der bewertenden Person.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notizen</translation>
    </message>
    <message>
        <source>The note continues for {count} more characters, not printed here; the assessment file keeps it whole.</source>
        <translation>Die Notiz geht noch {count} Zeichen weiter, die hier nicht gedruckt sind; die Bewertungsdatei enthält sie vollständig.</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>The publications and guidance the rules in this brief stand on.</source>
        <translation>Die Veröffentlichungen und Leitfäden, auf denen die Regeln dieser Vorlage beruhen.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Seite {page} von {pages}</translation>
    </message>
    <message>
        <source>Rulebook {version}</source>
        <translation>Regelwerk {version}</translation>
    </message>
    <message>
        <source>Prepared offline with dlready</source>
        <translation>Offline erstellt mit dlready</translation>
    </message>
    <message>
        <source>AI path brief: {name}</source>
        <translation>Vorlage zum KI-Ansatz: {name}</translation>
    </message>
    <message>
        <source>Recommendation: {path}; readiness {score} / 100</source>
        <translation>Empfehlung: {path}; Reifegrad {score} / 100</translation>
    </message>
    <message>
        <source>AI readiness; machine learning; board brief</source>
        <translation>KI-Reife; Machine Learning; Vorlage für die Geschäftsleitung</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day}. {month} {year}</translation>
    </message>
    <message>
        <source>January</source>
        <translation>Januar</translation>
    </message>
    <message>
        <source>February</source>
        <translation>Februar</translation>
    </message>
    <message>
        <source>March</source>
        <translation>März</translation>
    </message>
    <message>
        <source>April</source>
        <translation>April</translation>
    </message>
    <message>
        <source>May</source>
        <translation>Mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>Juni</translation>
    </message>
    <message>
        <source>July</source>
        <translation>Juli</translation>
    </message>
    <message>
        <source>August</source>
        <translation>August</translation>
    </message>
    <message>
        <source>September</source>
        <translation>September</translation>
    </message>
    <message>
        <source>October</source>
        <translation>Oktober</translation>
    </message>
    <message>
        <source>November</source>
        <translation>November</translation>
    </message>
    <message>
        <source>December</source>
        <translation>Dezember</translation>
    </message>
    <message>
        <source>The brief&apos;s font has no letters for {chars}: they will print as empty boxes and cannot be searched in the PDF.</source>
        <translation>Die Schrift der Vorlage enthält keine Zeichen für {chars}: Sie erscheinen als leere Kästchen und sind im PDF nicht durchsuchbar.</translation>
    </message>
    <message>
        <source>The brief prints Arabic and Hebrew left to right, so these words will read backwards: {chars}.</source>
        <translation>Die Vorlage druckt Arabisch und Hebräisch von links nach rechts, diese Wörter lesen sich also rückwärts: {chars}.</translation>
    </message>
</context>
<context>
    <name>caps</name>
    <message>
        <source>Without a use case the organisation is not ready</source>
        <translation>Ohne Anwendungsfall ist die Organisation nicht bereit</translation>
    </message>
    <message>
        <source>Without data the organisation is not ready</source>
        <translation>Ohne Daten ist die Organisation nicht bereit</translation>
    </message>
</context>
<context>
    <name>confidence</name>
    <message>
        <source>Low confidence: {why}.</source>
        <translation>Geringe Sicherheit: {why}.</translation>
    </message>
    <message>
        <source>Medium confidence: {why}.</source>
        <translation>Mittlere Sicherheit: {why}.</translation>
    </message>
    <message>
        <source>High confidence: {why}.</source>
        <translation>Hohe Sicherheit: {why}.</translation>
    </message>
    <message>
        <source>the use as described is prohibited, so no path is recommended</source>
        <translation>die beschriebene Nutzung ist verboten, daher wird kein Weg empfohlen</translation>
    </message>
    <message>
        <source>the organisation is not ready for a machine learning project yet</source>
        <translation>die Organisation ist noch nicht bereit für ein Machine-Learning-Projekt</translation>
    </message>
    <message>
        <source>{unknown} of {total} questions are answered “don&apos;t know”</source>
        <translation>{unknown} von {total} Fragen sind mit „Weiß nicht“ beantwortet</translation>
    </message>
    <message>
        <source>{path} fits almost as well</source>
        <translation>{path} passt fast ebenso gut</translation>
    </message>
    <message>
        <source>{path} is only {margin} points behind</source>
        <translation>{path} liegt nur {margin} Punkte dahinter</translation>
    </message>
    <message>
        <source>the blockers must be cleared first ({actions})</source>
        <translation>zuerst müssen die Hindernisse beseitigt werden ({actions})</translation>
    </message>
    <message>
        <source>“{question}” is unknown, and its answer could change the path</source>
        <translation>„{question}“ ist unbekannt, und die Antwort könnte den Weg ändern</translation>
    </message>
    <message>
        <source>the answers are complete and point one way</source>
        <translation>die Antworten sind vollständig und weisen in eine Richtung</translation>
    </message>
    <message>
        <source>on this much tabular or time-series data, with a team that runs deep networks, deep models are a real contender: compare them with boosting on the same held-out period</source>
        <translation>bei so vielen Tabellen- oder Zeitreihendaten und einem Team, das tiefe Netze betreibt, sind tiefe Modelle ernsthafte Kandidaten: vergleichen Sie sie mit Boosting auf demselben zurückgehaltenen Zeitraum</translation>
    </message>
    <message>
        <source>vision on devices with large data: a compact network of your own and an adapted pretrained one are both defensible; measure both on the device</source>
        <translation>Bildverarbeitung auf Geräten mit großen Daten: ein kompaktes eigenes Netz und ein angepasstes vortrainiertes sind beide vertretbar; messen Sie beide auf dem Gerät</translation>
    </message>
    <message>
        <source>a new task with hundreds of thousands of examples: adapting a pretrained model and training your own are both defensible</source>
        <translation>eine neue Aufgabe mit Hunderttausenden Beispielen: ein vortrainiertes Modell anzupassen und ein eigenes zu trainieren sind beide vertretbar</translation>
    </message>
    <message>
        <source>the right answers are past decisions about people, so whether any model may be trusted depends on the bias audit</source>
        <translation>die richtigen Antworten sind frühere Entscheidungen über Menschen; ob einem Modell zu trauen ist, hängt daher von der Bias-Prüfung ab</translation>
    </message>
    <message>
        <source>in clinical use, whether a model helps patients is known only after validation on your own patients, group by group</source>
        <translation>im klinischen Einsatz zeigt erst die Validierung an den eigenen Patienten, Gruppe für Gruppe, ob ein Modell ihnen hilft</translation>
    </message>
</context>
<context>
    <name>costs</name>
    <message>
        <source>People</source>
        <translation>Personal</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Rechenleistung</translation>
    </message>
    <message>
        <source>Labelling</source>
        <translation>Labeln</translation>
    </message>
    <message>
        <source>Service and model fees</source>
        <translation>Dienst- und Modellgebühren</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Betrieb der Vorhersagen</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Betrieb</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Compliance</translation>
    </message>
    <message>
        <source>{fte} of a year of {role} at ${low}–${high} a year, fully loaded</source>
        <translation>{fte} Personenjahr ({role}) zu {low}–{high} USD pro Jahr, voll belastet</translation>
    </message>
    <message>
        <source>; the skills are not in house, so contractors or hires cost about {factor} times more</source>
        <translation>; die Fähigkeiten fehlen im Haus, daher kosten Auftragnehmer oder Neueinstellungen etwa das {factor}-Fache</translation>
    </message>
    <message>
        <source>{hours} GPU-hours rented at ${low}–${high} an hour</source>
        <translation>{hours} gemietete GPU-Stunden zu {low}–{high} USD pro Stunde</translation>
    </message>
    <message>
        <source>cloud machines for training and experiments</source>
        <translation>Cloud-Rechner für Training und Experimente</translation>
    </message>
    <message>
        <source>{count} examples to label at ${low}–${high} each ({who})</source>
        <translation>{count} Beispiele zu labeln zu je {low}–{high} USD ({who})</translation>
    </message>
    <message>
        <source>the examples are already labelled</source>
        <translation>die Beispiele sind bereits gelabelt</translation>
    </message>
    <message>
        <source>an evaluation set of {count} examples checked at ${low}–${high} each ({who})</source>
        <translation>ein Evaluierungsset aus {count} Beispielen, geprüft zu je {low}–{high} USD ({who})</translation>
    </message>
    <message>
        <source>{requests} requests a month for {months} months at ${low}–${high} each</source>
        <translation>{requests} Anfragen pro Monat über {months} Monate zu je {low}–{high} USD</translation>
    </message>
    <message>
        <source>hosting, monitoring and logging for one model</source>
        <translation>Hosting, Überwachung und Protokollierung für ein Modell</translation>
    </message>
    <message>
        <source>; machines of your own, as the data must stay on premises</source>
        <translation>; eigene Rechner, da die Daten im Haus bleiben müssen</translation>
    </message>
    <message>
        <source>counsel and documentation for the rules that apply</source>
        <translation>Rechtsberatung und Dokumentation für die geltenden Regeln</translation>
    </message>
    <message>
        <source>conformity work, audits and counsel for a high-risk use or a medical device</source>
        <translation>Konformitätsarbeit, Audits und Rechtsberatung für eine Hochrisikoverwendung oder ein Medizinprodukt</translation>
    </message>
    <message>
        <source>a data scientist</source>
        <translation>Data Scientist</translation>
    </message>
    <message>
        <source>an engineer building on pretrained models</source>
        <translation>Ingenieur für vortrainierte Modelle</translation>
    </message>
    <message>
        <source>deep learning engineers</source>
        <translation>Deep-Learning-Ingenieure</translation>
    </message>
    <message>
        <source>any staff or crowd workers</source>
        <translation>beliebiges Personal oder Crowdworker</translation>
    </message>
    <message>
        <source>trained staff</source>
        <translation>geschultes Personal</translation>
    </message>
    <message>
        <source>experts</source>
        <translation>Fachleute</translation>
    </message>
    <message>
        <source>labellers not yet known</source>
        <translation>Labelnde noch unbekannt</translation>
    </message>
    <message>
        <source>within the budget</source>
        <translation>im Rahmen des Budgets</translation>
    </message>
    <message>
        <source>within the budget at the low end, over it at the high end</source>
        <translation>am unteren Ende im Rahmen des Budgets, am oberen Ende darüber</translation>
    </message>
    <message>
        <source>over the budget even at the low end</source>
        <translation>selbst am unteren Ende über dem Budget</translation>
    </message>
    <message>
        <source>needs about twice the budget</source>
        <translation>braucht etwa das doppelte Budget</translation>
    </message>
    <message>
        <source>needs about {times} times the budget</source>
        <translation>braucht etwa das {times}-Fache des Budgets</translation>
    </message>
    <message>
        <source>no budget was given to compare with</source>
        <translation>es wurde kein Budget zum Vergleich angegeben</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>dlready assessments (*.dlready)</source>
        <translation>dlready-Bewertungen (*.dlready)</translation>
    </message>
    <message>
        <source>&amp;Copy the Path</source>
        <translation>Pfad &amp;kopieren</translation>
    </message>
    <message>
        <source>dlready kept a copy of the version saved before ({time}). Open that copy instead?</source>
        <translation>dlready hat eine Kopie der zuvor gespeicherten Fassung aufbewahrt ({time}). Stattdessen diese Kopie öffnen?</translation>
    </message>
    <message>
        <source>Cannot open the assessment</source>
        <translation>Die Bewertung kann nicht geöffnet werden</translation>
    </message>
    <message>
        <source>The answers for “{name}” have changed since they were saved. Save them first?</source>
        <translation>Die Antworten für „{name}“ wurden seit dem letzten Speichern geändert. Zuerst speichern?</translation>
    </message>
    <message>
        <source>These answers have not been saved. Save them first?</source>
        <translation>Diese Antworten wurden noch nicht gespeichert. Zuerst speichern?</translation>
    </message>
    <message>
        <source>Unsaved answers</source>
        <translation>Nicht gespeicherte Antworten</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Verwerfen</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Restore unsaved answers?</source>
        <translation>Nicht gespeicherte Antworten wiederherstellen?</translation>
    </message>
    <message>
        <source>dlready did not close normally last time, and some answers were not saved. A recovery copy was kept.</source>
        <translation>dlready wurde beim letzten Mal nicht normal beendet, und einige Antworten waren nicht gespeichert. Eine Wiederherstellungskopie wurde aufbewahrt.</translation>
    </message>
    <message>
        <source>Assessment: {name}, last changed {time}.</source>
        <translation>Bewertung: {name}, zuletzt geändert {time}.</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>ohne Titel</translation>
    </message>
    <message>
        <source>They belong to {file}.</source>
        <translation>Sie gehören zu {file}.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <source>&amp;Delete the copy</source>
        <translation>Kopie &amp;löschen</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Nicht jetzt</translation>
    </message>
    <message>
        <source>Open an assessment</source>
        <translation>Bewertung öffnen</translation>
    </message>
    <message>
        <source>Save the assessment</source>
        <translation>Bewertung speichern</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>Bewertung</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>{path}: no .dlready files in this folder.</source>
        <translation>{path}: keine .dlready-Dateien in diesem Ordner.</translation>
    </message>
    <message>
        <source>The file is empty; expected a dlready assessment (JSON).</source>
        <translation>Die Datei ist leer; erwartet wurde eine dlready-Bewertung (JSON).</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line {line}, column {column}: {problem}).</source>
        <translation>Die Datei ist kein gültiges JSON (Zeile {line}, Spalte {column}: {problem}).</translation>
    </message>
    <message>
        <source>The file holds a JSON {type}; expected an object with &quot;format&quot;: &quot;{format}&quot;.</source>
        <translation>Die Datei enthält ein JSON-{type}; erwartet wurde ein Objekt mit &quot;format&quot;: &quot;{format}&quot;.</translation>
    </message>
    <message>
        <source>Field &apos;format&apos; is {value}; expected &quot;{format}&quot; (this is not a dlready assessment).</source>
        <translation>Das Feld &apos;format&apos; ist {value}; erwartet wurde &quot;{format}&quot; (dies ist keine dlready-Bewertung).</translation>
    </message>
    <message>
        <source>Field &apos;{field}&apos; is {value}; expected text.</source>
        <translation>Das Feld &apos;{field}&apos; ist {value}; erwartet wurde Text.</translation>
    </message>
    <message>
        <source>Field &apos;version&apos; is {value}; expected a whole number from 1 to {last}.</source>
        <translation>Das Feld &apos;version&apos; ist {value}; erwartet wurde eine ganze Zahl von 1 bis {last}.</translation>
    </message>
    <message>
        <source>The file is format version {version}, newer than version {last} that this dlready reads; open it with a newer dlready.</source>
        <translation>Die Datei hat die Formatversion {version}, neuer als die Version {last}, die dieses dlready lesen kann; öffnen Sie sie mit einem neueren dlready.</translation>
    </message>
    <message>
        <source>Field &apos;{field}&apos; is a JSON {type}; expected an object.</source>
        <translation>Das Feld &apos;{field}&apos; ist ein JSON-{type}; erwartet wurde ein Objekt.</translation>
    </message>
    <message>
        <source>Field &apos;answers&apos; is a JSON {type}; expected an object of question ids and option values.</source>
        <translation>Das Feld &apos;answers&apos; ist ein JSON-{type}; erwartet wurde ein Objekt aus Fragen-IDs und Optionswerten.</translation>
    </message>
    <message>
        <source>Field &apos;participants&apos; is a JSON {type}; expected an object of participants&apos; names and their answers.</source>
        <translation>Feld &apos;participants&apos; ist ein JSON-{type}; erwartet wird ein Objekt aus Namen der Teilnehmenden und ihren Antworten.</translation>
    </message>
    <message>
        <source>A participant has an empty name.</source>
        <translation>Ein Teilnehmer hat einen leeren Namen.</translation>
    </message>
    <message>
        <source>Unknown field {value}; a participant has &apos;answers&apos; and &apos;notes&apos;.</source>
        <translation>Unbekanntes Feld {value}; ein Teilnehmer hat &apos;answers&apos; und &apos;notes&apos;.</translation>
    </message>
    <message>
        <source>Unknown question id {value} in &apos;{field}&apos;; known ids: {known}.</source>
        <translation>Unbekannte Fragen-ID {value} in &apos;{field}&apos;; bekannte IDs: {known}.</translation>
    </message>
    <message>
        <source>Question &apos;{question}&apos; has the value {value}; allowed values: {allowed}.</source>
        <translation>Die Frage &apos;{question}&apos; hat den Wert {value}; zulässige Werte: {allowed}.</translation>
    </message>
    <message>
        <source>Field &apos;notes&apos; is a JSON {type}; expected an object of question ids and text.</source>
        <translation>Das Feld &apos;notes&apos; ist ein JSON-{type}; erwartet wurde ein Objekt aus Fragen-IDs und Text.</translation>
    </message>
    <message>
        <source>{path}: no such file.</source>
        <translation>{path}: Datei nicht gefunden.</translation>
    </message>
    <message>
        <source>{path}: is a folder, not an assessment file.</source>
        <translation>{path}: ist ein Ordner, keine Bewertungsdatei.</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason}).</source>
        <translation>{path}: kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>{path}: is not UTF-8 text (byte {byte}); expected a dlready assessment.</source>
        <translation>{path}: ist kein UTF-8-Text (Byte {byte}); erwartet wurde eine dlready-Bewertung.</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>Es wurde kein Dateiname angegeben.</translation>
    </message>
    <message>
        <source>{path}: is not a regular file (a folder, device or pipe); dlready writes only files.</source>
        <translation>{path}: ist keine gewöhnliche Datei (ein Ordner, Gerät oder eine Pipe); dlready schreibt nur Dateien.</translation>
    </message>
    <message>
        <source>{path}: is also an input of this command; choose another file for the output.</source>
        <translation>{path}: ist auch eine Eingabe dieses Befehls; wählen Sie eine andere Datei für die Ausgabe.</translation>
    </message>
    <message>
        <source>Participant {name}: {problem}</source>
        <translation>Teilnehmer {name}: {problem}</translation>
    </message>
    <message>
        <source>The files are for different organisations ({values}); merge them with --force if they belong together.</source>
        <translation>Die Dateien gehören zu verschiedenen Organisationen ({values}); führen Sie sie mit --force zusammen, wenn sie zusammengehören.</translation>
    </message>
    <message>
        <source>The files are for different projects ({values}); merge them with --force if they belong together.</source>
        <translation>Die Dateien gehören zu verschiedenen Projekten ({values}); führen Sie sie mit --force zusammen, wenn sie zusammengehören.</translation>
    </message>
    <message>
        <source>{path}: is one of the inputs; merging never changes an input, choose another -o.</source>
        <translation>{path}: ist eine der Eingabedateien; das Zusammenführen ändert nie eine Eingabe, wählen Sie ein anderes -o.</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({reason}).</source>
        <translation>{path}: kann nicht geschrieben werden ({reason}).</translation>
    </message>
    <message>
        <source>Say where to write the portfolio (-o OUT.pdf), or ask for --csv.</source>
        <translation>Geben Sie an, wohin das Portfolio geschrieben wird (-o OUT.pdf), oder verlangen Sie --csv.</translation>
    </message>
    <message>
        <source>{path}: is not a folder.</source>
        <translation>{path}: ist kein Ordner.</translation>
    </message>
    <message>
        <source>{path}: a screenshot is a PNG image; give a name ending in .png.</source>
        <translation>{path}: Ein Bildschirmfoto ist ein PNG-Bild; geben Sie einen Namen an, der auf .png endet.</translation>
    </message>
    <message>
        <source>{option}: {value} is not valid text (it holds bytes that are not UTF-8).</source>
        <translation>{option}: {value} ist kein gültiger Text (enthält Bytes, die kein UTF-8 sind).</translation>
    </message>
    <message>
        <source>{path}: is not a regular file (a device, pipe or socket); dlready reads only files.</source>
        <translation>{path}: ist keine gewöhnliche Datei (ein Gerät, eine Pipe oder ein Socket); dlready liest nur Dateien.</translation>
    </message>
    <message>
        <source>{path}: is larger than {limit} MB; an assessment is a few kilobytes.</source>
        <translation>{path}: ist größer als {limit} MB; eine Bewertung umfasst wenige Kilobyte.</translation>
    </message>
    <message>
        <source>The file nests objects and arrays more than {limit} deep; an assessment nests 2.</source>
        <translation>Die Datei verschachtelt Objekte und Arrays tiefer als {limit} Ebenen; eine Bewertung hat 2.</translation>
    </message>
    <message>
        <source>The file holds a number of more than {limit} digits.</source>
        <translation>Die Datei enthält eine Zahl mit mehr als {limit} Ziffern.</translation>
    </message>
    <message>
        <source>The file holds the value {value}, which is not a number JSON allows.</source>
        <translation>Die Datei enthält den Wert {value}, der keine in JSON erlaubte Zahl ist.</translation>
    </message>
    <message>
        <source>The file holds text that is not valid Unicode ({value}, half of a character).</source>
        <translation>Die Datei enthält Text, der kein gültiges Unicode ist ({value}, ein halbes Zeichen).</translation>
    </message>
    <message>
        <source>{path}: the brief was not written.</source>
        <translation>{path}: Der Bericht wurde nicht geschrieben.</translation>
    </message>
    <message>
        <source>{name}: the logo is not a readable PNG or JPEG image.</source>
        <translation>{name}: Das Logo ist kein lesbares PNG- oder JPEG-Bild.</translation>
    </message>
    <message>
        <source>{name}: the logo is not a regular file of at most {limit} MB.</source>
        <translation>{name}: Das Logo ist keine gewöhnliche Datei von höchstens {limit} MB.</translation>
    </message>
    <message>
        <source>{name}: the logo cannot be read ({reason}).</source>
        <translation>{name}: Das Logo kann nicht gelesen werden ({reason}).</translation>
    </message>
    <message>
        <source>{name}: the logo has more pixels than the {limit} million a logo may have.</source>
        <translation>{name}: Das Logo hat mehr Pixel als die {limit} Millionen, die ein Logo haben darf.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Export the PDF brief</source>
        <translation>PDF-Bericht exportieren</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>PDF-Datei</translation>
    </message>
    <message>
        <source>Consultant&apos;s name</source>
        <translation>Name der Beraterin oder des Beraters</translation>
    </message>
    <message>
        <source>Shown on the cover; leave empty for none</source>
        <translation>Steht auf dem Deckblatt; leer lassen für keinen Namen</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>Logo-Bild</translation>
    </message>
    <message>
        <source>A PNG or JPEG for the cover; leave empty for none</source>
        <translation>Ein PNG oder JPEG für das Deckblatt; leer lassen für kein Logo</translation>
    </message>
    <message>
        <source>&amp;PDF file:</source>
        <translation>&amp;PDF-Datei:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Durchsuchen…</translation>
    </message>
    <message>
        <source>&amp;Consultant:</source>
        <translation>&amp;Berater/in:</translation>
    </message>
    <message>
        <source>Mark the brief &amp;confidential on every page</source>
        <translation>Vorlage auf jeder Seite als &amp;vertraulich kennzeichnen</translation>
    </message>
    <message>
        <source>&amp;Number a workshop&apos;s participants instead of naming them</source>
        <translation>Teilnehmende eines Workshops &amp;nummerieren statt sie zu nennen</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>Au&amp;swählen…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportieren</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>PDF-Dokumente (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Logo auswählen</translation>
    </message>
    <message>
        <source>Writing the PDF brief…</source>
        <translation>PDF-Bericht wird erstellt…</translation>
    </message>
    <message>
        <source>The PDF brief is ready</source>
        <translation>Der PDF-Bericht ist fertig</translation>
    </message>
    <message>
        <source>The brief was written to {file}. Open it now?</source>
        <translation>Der Bericht wurde unter {file} gespeichert. Jetzt öffnen?</translation>
    </message>
    <message>
        <source>No PDF viewer found</source>
        <translation>Kein PDF-Betrachter gefunden</translation>
    </message>
    <message>
        <source>No program to show PDF files was found on this computer. The brief is saved here; copy the path to open it elsewhere:</source>
        <translation>Auf diesem Computer wurde kein Programm zum Anzeigen von PDF-Dateien gefunden. Der Bericht ist hier gespeichert; kopieren Sie den Pfad, um ihn anderswo zu öffnen:</translation>
    </message>
</context>
<context>
    <name>fileerrors</name>
    <message>
        <source>Line {line} reads: {text}</source>
        <translation>In Zeile {line} steht: {text}</translation>
    </message>
    <message>
        <source>{file} is damaged at line {line}: it is not written the way dlready writes its files, so it cannot be read.</source>
        <translation>{file} ist in Zeile {line} beschädigt: Die Datei ist nicht so geschrieben, wie dlready seine Dateien schreibt, und kann daher nicht gelesen werden.</translation>
    </message>
    <message>
        <source>In {file}, the answer to “{question}” is “{value}”, which is not one of its options: {options}.</source>
        <translation>In {file} lautet die Antwort auf „{question}“ „{value}“; das ist keine der möglichen Antworten: {options}.</translation>
    </message>
    <message>
        <source>{file} answers a question this version of dlready does not ask (“{value}”): it may come from a newer version, or have been edited by hand.</source>
        <translation>{file} beantwortet eine Frage, die diese Version von dlready nicht stellt („{value}“): Die Datei stammt vielleicht aus einer neueren Version oder wurde von Hand bearbeitet.</translation>
    </message>
</context>
<context>
    <name>glossary</name>
    <message>
        <source>Labelled examples</source>
        <translation>Beschriftete Beispiele (Labels)</translation>
    </message>
    <message>
        <source>Past cases together with the right answer, such as invoices with the amount typed in or images marked “defect”: what a model learns from.</source>
        <translation>Frühere Fälle samt der richtigen Antwort, etwa Rechnungen mit eingetipptem Betrag oder Bilder mit der Markierung „Defekt“: Daraus lernt ein Modell.</translation>
    </message>
    <message>
        <source>Classical machine learning</source>
        <translation>Klassisches Machine Learning</translation>
    </message>
    <message>
        <source>Models such as gradient boosting or linear regression that learn from features in a table; fast, cheap and often the best choice for business data.</source>
        <translation>Modelle wie Gradient Boosting oder lineare Regression, die aus Merkmalen in einer Tabelle lernen; schnell, günstig und für Geschäftsdaten oft die beste Wahl.</translation>
    </message>
    <message>
        <source>Deep learning</source>
        <translation>Deep Learning</translation>
    </message>
    <message>
        <source>Large neural networks that learn their own features from raw text, images or sound; they need more data, computing power and skills.</source>
        <translation>Große neuronale Netze, die ihre Merkmale selbst aus Rohtext, Bildern oder Ton lernen; sie brauchen mehr Daten, Rechenleistung und Fachwissen.</translation>
    </message>
    <message>
        <source>Pretrained model</source>
        <translation>Vortrainiertes Modell</translation>
    </message>
    <message>
        <source>A model someone else has already trained on a large collection of data, ready to be used or adapted.</source>
        <translation>Ein Modell, das jemand anderes bereits mit einer großen Datensammlung trainiert hat und das sich direkt nutzen oder anpassen lässt.</translation>
    </message>
    <message>
        <source>Foundation model</source>
        <translation>Foundation Model (Basismodell)</translation>
    </message>
    <message>
        <source>A very large pretrained model (for text, images or both) that can do many tasks when instructed, such as the models behind chat assistants.</source>
        <translation>Ein sehr großes vortrainiertes Modell (für Text, Bilder oder beides), das auf Anweisung viele Aufgaben erledigen kann, etwa die Modelle hinter Chat-Assistenten.</translation>
    </message>
    <message>
        <source>Transfer learning</source>
        <translation>Transfer Learning</translation>
    </message>
    <message>
        <source>Starting from a pretrained model and teaching it your task with a few hundred or thousand of your own examples.</source>
        <translation>Von einem vortrainierten Modell ausgehen und ihm Ihre Aufgabe mit einigen hundert oder tausend eigenen Beispielen beibringen.</translation>
    </message>
    <message>
        <source>Fine-tuning</source>
        <translation>Feinabstimmung (Fine-Tuning)</translation>
    </message>
    <message>
        <source>Training a pretrained model a little further on your own examples, so it fits your task, terms and style.</source>
        <translation>Ein vortrainiertes Modell mit eigenen Beispielen etwas weiter trainieren, damit es zu Ihrer Aufgabe, Ihren Begriffen und Ihrem Stil passt.</translation>
    </message>
    <message>
        <source>Retrieval</source>
        <translation>Retrieval (Abruf aus eigenen Quellen)</translation>
    </message>
    <message>
        <source>Looking up the relevant passages in your own documents and giving them to a model with the question, so that its answer rests on your sources (retrieval-augmented generation).</source>
        <translation>Die passenden Stellen in Ihren eigenen Dokumenten heraussuchen und sie einem Modell zusammen mit der Frage geben, damit seine Antwort auf Ihren Quellen beruht (Retrieval-Augmented Generation).</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API (Programmierschnittstelle)</translation>
    </message>
    <message>
        <source>A service reached over the internet that a program calls, for example to read a document or translate a text; paid per use.</source>
        <translation>Ein über das Internet erreichbarer Dienst, den ein Programm aufruft, etwa um ein Dokument zu lesen oder einen Text zu übersetzen; abgerechnet nach Nutzung.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Vergleichsbasis (Baseline)</translation>
    </message>
    <message>
        <source>The simple method used today (a rule, last year&apos;s average, a person&apos;s judgement) that a model has to beat to be worth it.</source>
        <translation>Das einfache Verfahren von heute (eine Regel, der Vorjahresdurchschnitt, das Urteil einer Person), das ein Modell schlagen muss, damit es sich lohnt.</translation>
    </message>
    <message>
        <source>Data drift</source>
        <translation>Datendrift</translation>
    </message>
    <message>
        <source>The data changing over time, so that a model trained on the past gets worse unless it is checked and retrained.</source>
        <translation>Die Daten verändern sich mit der Zeit, sodass ein auf der Vergangenheit trainiertes Modell schlechter wird, wenn es nicht überprüft und neu trainiert wird.</translation>
    </message>
    <message>
        <source>Explainability</source>
        <translation>Erklärbarkeit</translation>
    </message>
    <message>
        <source>Being able to say why a model gave a particular answer, which customers, auditors and regulators may ask for.</source>
        <translation>Sagen können, warum ein Modell eine bestimmte Antwort gegeben hat – danach können Kundschaft, Prüfer und Aufsichtsbehörden fragen.</translation>
    </message>
    <message>
        <source>MLOps</source>
        <translation>MLOps (Modellbetrieb)</translation>
    </message>
    <message>
        <source>The work of running models in daily use: deploying, monitoring, retraining and keeping track of versions.</source>
        <translation>Die Arbeit, Modelle im Alltag zu betreiben: bereitstellen, überwachen, neu trainieren und Versionen nachverfolgen.</translation>
    </message>
</context>
<context>
    <name>headline</name>
    <message>
        <source>do not build deep learning</source>
        <translation>kein Deep Learning bauen</translation>
    </message>
    <message>
        <source>do not build a model from scratch</source>
        <translation>kein Modell von Grund auf bauen</translation>
    </message>
    <message>
        <source>ship it only if it beats a strong pretrained baseline</source>
        <translation>nur einsetzen, wenn es eine starke vortrainierte Vergleichsbasis schlägt</translation>
    </message>
    <message>
        <source>Fund a 90-day pilot of {pilot}; {guard}</source>
        <translation>Ein 90-tägiges Pilotprojekt {pilot} finanzieren; {guard}</translation>
    </message>
    <message>
        <source>First {action}, then fund a 90-day pilot of {pilot}; {guard}</source>
        <translation>Zuerst {action}, dann ein 90-tägiges Pilotprojekt {pilot} finanzieren; {guard}</translation>
    </message>
    <message>
        <source>Do not fund a machine learning project yet: first {action}, and start with {pilot}</source>
        <translation>Noch kein Machine-Learning-Projekt finanzieren: zuerst {action} und mit {pilot} beginnen</translation>
    </message>
    <message>
        <source>Do not build this: the use as described is a practice the EU AI Act prohibits</source>
        <translation>Nicht bauen: Die beschriebene Nutzung ist eine Praxis, die die KI-Verordnung der EU verbietet</translation>
    </message>
    <message>
        <source>build the basics: data, skills and a sponsor</source>
        <translation>die Grundlagen schaffen: Daten, Fähigkeiten und einen Sponsor</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Fill in the organisation and the project on the first page, or open a saved assessment.</source>
        <translation>Tragen Sie auf der ersten Seite Organisation und Projekt ein oder öffnen Sie eine gespeicherte Bewertung.</translation>
    </message>
    <message>
        <source>Answer the questions section by section. “Don&apos;t know” is a fine answer: the advice then says how sure it is.</source>
        <translation>Beantworten Sie die Fragen Abschnitt für Abschnitt. „Weiß nicht“ ist eine gute Antwort: Die Empfehlung sagt dann, wie sicher sie ist.</translation>
    </message>
    <message>
        <source>The list on the left shows each section&apos;s state; click one to go there, or click Results at any time.</source>
        <translation>Die Liste links zeigt den Stand jedes Abschnitts; klicken Sie auf einen, um dorthin zu springen, oder jederzeit auf Ergebnisse.</translation>
    </message>
    <message>
        <source>Before the results, a review lists the questions skipped or answered “Don&apos;t know”, one click from each.</source>
        <translation>Vor den Ergebnissen listet eine Übersicht die übersprungenen und mit „Weiß nicht“ beantworteten Fragen auf, jede einen Klick entfernt.</translation>
    </message>
    <message>
        <source>On the results page, try a lever to see how the advice would change, then undo it; export the PDF brief for the board.</source>
        <translation>Probieren Sie auf der Ergebnisseite einen Hebel aus, um zu sehen, wie sich die Empfehlung ändern würde, und machen Sie ihn wieder rückgängig; exportieren Sie den PDF-Bericht für die Geschäftsleitung.</translation>
    </message>
    <message>
        <source>In a workshop: View › Presentation Mode (F11) for large type on a projector, Esc to leave it; Ctrl+Q quits.</source>
        <translation>Im Workshop: Ansicht › Präsentationsmodus (F11) für große Schrift am Projektor, Esc beendet ihn; Strg+Q beendet das Programm.</translation>
    </message>
    <message>
        <source>How to use dlready</source>
        <translation>So arbeiten Sie mit dlready</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossar</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Lizenzen</translation>
    </message>
    <message>
        <source>Is deep learning the right tool? A readiness check for one use case, offline.</source>
        <translation>Ist Deep Learning das richtige Werkzeug? Eine Reifeprüfung für einen Anwendungsfall, offline.</translation>
    </message>
    <message>
        <source>Rulebook version {version} (the year and month its rules and sources were last reviewed).</source>
        <translation>Regelwerk-Version {version} (Jahr und Monat der letzten Prüfung seiner Regeln und Quellen).</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Anleitung</translation>
    </message>
    <message>
        <source>About dlready</source>
        <translation>Über dlready</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Not ready</source>
        <translation>Nicht bereit</translation>
    </message>
    <message>
        <source>Emerging</source>
        <translation>Im Aufbau</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Fortgeschritten</translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>Geringe Sicherheit</translation>
    </message>
    <message>
        <source>Medium confidence</source>
        <translation>Mittlere Sicherheit</translation>
    </message>
    <message>
        <source>High confidence</source>
        <translation>Hohe Sicherheit</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Strategie</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastruktur</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Governance</translation>
    </message>
    <message>
        <source>Stop: the use as described is prohibited</source>
        <translation>Stopp: Die beschriebene Nutzung ist verboten</translation>
    </message>
    <message>
        <source>Not yet: not ready for a machine learning project</source>
        <translation>Noch nicht: nicht bereit für ein Machine-Learning-Projekt</translation>
    </message>
    <message>
        <source>Fix first: start once the blockers are cleared</source>
        <translation>Erst beheben: starten, sobald die Hindernisse beseitigt sind</translation>
    </message>
    <message>
        <source>Go: start now</source>
        <translation>Go: jetzt starten</translation>
    </message>
    <message>
        <source>high</source>
        <translation>hoch</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>mittel</translation>
    </message>
    <message>
        <source>low</source>
        <translation>niedrig</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Data owner</source>
        <translation>Datenverantwortliche</translation>
    </message>
    <message>
        <source>ML lead</source>
        <translation>ML-Leitung</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Recht</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>IT</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>Day 30</source>
        <translation>Tag 30</translation>
    </message>
    <message>
        <source>Day 60</source>
        <translation>Tag 60</translation>
    </message>
    <message>
        <source>Day 90</source>
        <translation>Tag 90</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Stopp</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Noch nicht</translation>
    </message>
    <message>
        <source>Fix first</source>
        <translation>Zuerst beheben</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Los</translation>
    </message>
</context>
<context>
    <name>levers</name>
    <message>
        <source>a few weeks to agree which problem to solve</source>
        <translation>einige Wochen, um zu vereinbaren, welches Problem gelöst wird</translation>
    </message>
    <message>
        <source>a workshop of one or two weeks to agree the KPI and today&apos;s baseline</source>
        <translation>ein Workshop von ein bis zwei Wochen, um KPI und heutigen Ausgangswert festzulegen</translation>
    </message>
    <message>
        <source>weeks: brief an executive on the case</source>
        <translation>Wochen: eine Führungskraft über den Fall informieren</translation>
    </message>
    <message>
        <source>weeks: an executive who owns the outcome and agrees the budget</source>
        <translation>Wochen: eine Führungskraft, die das Ergebnis verantwortet und das Budget freigibt</translation>
    </message>
    <message>
        <source>months: start collecting the data</source>
        <translation>Monate: mit dem Sammeln der Daten beginnen</translation>
    </message>
    <message>
        <source>one to three months of integration to bring the data into one place</source>
        <translation>ein bis drei Monate Integration, um die Daten an einem Ort zusammenzuführen</translation>
    </message>
    <message>
        <source>label a first share of the examples ({who})</source>
        <translation>einen ersten Teil der Beispiele kennzeichnen ({who})</translation>
    </message>
    <message>
        <source>label the remaining examples ({who})</source>
        <translation>die übrigen Beispiele kennzeichnen ({who})</translation>
    </message>
    <message>
        <source>days: a cloud account, with GPUs rented by the hour when needed</source>
        <translation>Tage: ein Cloud-Konto, bei Bedarf mit stundenweise gemieteten GPUs</translation>
    </message>
    <message>
        <source>weeks: reserve or buy dedicated GPUs</source>
        <translation>Wochen: dedizierte GPUs reservieren oder kaufen</translation>
    </message>
    <message>
        <source>months: train or hire an analyst</source>
        <translation>Monate: eine Analystin oder einen Analysten schulen oder einstellen</translation>
    </message>
    <message>
        <source>three to six months to hire a data scientist; a contractor sooner</source>
        <translation>drei bis sechs Monate, um eine Data Scientist einzustellen; externe Kräfte früher</translation>
    </message>
    <message>
        <source>six months or more to hire engineers who have run neural networks</source>
        <translation>sechs Monate oder mehr, um Ingenieure einzustellen, die neuronale Netze betrieben haben</translation>
    </message>
    <message>
        <source>collect and label examples: {to} ({who})</source>
        <translation>Beispiele sammeln und kennzeichnen: {to} ({who})</translation>
    </message>
    <message>
        <source>raise the yearly budget: {to}</source>
        <translation>das Jahresbudget erhöhen: {to}</translation>
    </message>
    <message>
        <source>allow more time: first version {to}</source>
        <translation>mehr Zeit einräumen: erste Version {to}</translation>
    </message>
    <message>
        <source>any staff after short instructions</source>
        <translation>beliebige Mitarbeitende nach kurzer Anleitung</translation>
    </message>
    <message>
        <source>staff with domain training</source>
        <translation>Mitarbeitende mit Fachausbildung</translation>
    </message>
    <message>
        <source>scarce specialists, the costliest labels</source>
        <translation>knappe Fachleute, die teuersten Labels</translation>
    </message>
    <message>
        <source>whoever can judge them</source>
        <translation>wer sie beurteilen kann</translation>
    </message>
    <message>
        <source>“{question}” to “{answer}”</source>
        <translation>„{question}“ auf „{answer}“</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} und {second}</translation>
    </message>
    <message>
        <source>Move {moves}: readiness rises to {band}</source>
        <translation>{moves} setzen: Die Reife steigt auf {band}</translation>
    </message>
    <message>
        <source>Move {moves}: {path} becomes the recommendation (readiness {band})</source>
        <translation>{moves} setzen: {path} wird die Empfehlung (Reife {band})</translation>
    </message>
</context>
<context>
    <name>money</name>
    <message>
        <source>Less than {amount}</source>
        <translation>Weniger als {amount}</translation>
    </message>
    <message>
        <source>More than {amount}</source>
        <translation>Mehr als {amount}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>{low} bis {high}</translation>
    </message>
</context>
<context>
    <name>paths</name>
    <message>
        <source>Classical machine learning</source>
        <translation>Klassisches Machine Learning</translation>
    </message>
    <message>
        <source>Gradient boosting, linear and tree models, classical forecasting on engineered features.</source>
        <translation>Gradient Boosting, lineare Modelle und Entscheidungsbäume, klassische Prognoseverfahren auf aufbereiteten Merkmalen.</translation>
    </message>
    <message>
        <source>Pretrained API or transfer learning</source>
        <translation>Vortrainierte API oder Transfer Learning</translation>
    </message>
    <message>
        <source>Call an existing service, or fine-tune an open pretrained model on your own data.</source>
        <translation>Einen bestehenden Dienst nutzen oder ein offenes vortrainiertes Modell mit den eigenen Daten feinabstimmen.</translation>
    </message>
    <message>
        <source>Custom deep learning</source>
        <translation>Eigenes Deep Learning</translation>
    </message>
    <message>
        <source>Design and train your own neural networks on your own large data.</source>
        <translation>Eigene neuronale Netze entwerfen und mit eigenen, umfangreichen Daten trainieren.</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>There was no client data to delete.</source>
        <translation>Es gab keine Kundendaten zu löschen.</translation>
    </message>
    <message>
        <source>Deleted {files} files and {settings} remembered settings.</source>
        <translation>{files} Dateien und {settings} gespeicherte Einstellungen gelöscht.</translation>
    </message>
    <message>
        <source>Delete all client data dlready keeps on this computer? This removes the unsaved-answer recovery copies, the .bak backups beside your assessment files, the recent files list and every remembered name, logo and folder.

Your saved assessment files and exported PDFs are not touched. This cannot be undone.</source>
        <translation>Alle Kundendaten löschen, die dlready auf diesem Computer aufbewahrt? Dies entfernt die Wiederherstellungskopien nicht gespeicherter Antworten, die .bak-Sicherungen neben Ihren Bewertungsdateien, die Liste der zuletzt verwendeten Dateien sowie alle gespeicherten Namen, Logos und Ordner.

Ihre gespeicherten Bewertungsdateien und exportierten PDFs bleiben unberührt. Dies kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Delete all client data</source>
        <translation>Alle Kundendaten löschen</translation>
    </message>
</context>
<context>
    <name>questions</name>
    <message>
        <source>Use case and success measure</source>
        <translation>Anwendungsfall und Erfolgskennzahl</translation>
    </message>
    <message>
        <source>Is the business problem defined, with a success measure?</source>
        <translation>Ist das Geschäftsproblem definiert, mit einer Erfolgskennzahl?</translation>
    </message>
    <message>
        <source>A success measure is a number the business already tracks that the model should move, with today&apos;s value as the baseline: &quot;cut manual invoice handling from 12 to 4 minutes&quot;, not &quot;use AI on invoices&quot;.</source>
        <translation>Eine Erfolgskennzahl ist eine Zahl, die das Unternehmen bereits verfolgt und die das Modell bewegen soll, mit dem heutigen Wert als Ausgangswert: „manuelle Rechnungsbearbeitung von 12 auf 4 Minuten senken“, nicht „KI für Rechnungen einsetzen“.</translation>
    </message>
    <message>
        <source>Defined, with a KPI and a baseline to beat</source>
        <translation>Definiert, mit KPI und einem Ausgangswert, den es zu übertreffen gilt</translation>
    </message>
    <message>
        <source>Everyone agrees on the problem and on the number that shows success.</source>
        <translation>Alle sind sich über das Problem einig und über die Zahl, die den Erfolg zeigt.</translation>
    </message>
    <message>
        <source>Problem agreed, no success measure yet</source>
        <translation>Problem vereinbart, noch keine Erfolgskennzahl</translation>
    </message>
    <message>
        <source>We know what to improve but not how to measure it.</source>
        <translation>Wir wissen, was wir verbessern wollen, aber nicht, wie wir es messen.</translation>
    </message>
    <message>
        <source>Still looking for a use case</source>
        <translation>Noch auf der Suche nach einem Anwendungsfall</translation>
    </message>
    <message>
        <source>We want to find out where AI could help.</source>
        <translation>Wir wollen herausfinden, wo KI helfen könnte.</translation>
    </message>
    <message>
        <source>Importance of model quality</source>
        <translation>Bedeutung der Modellqualität</translation>
    </message>
    <message>
        <source>How much does model quality matter to the business?</source>
        <translation>Wie wichtig ist die Modellqualität für das Geschäft?</translation>
    </message>
    <message>
        <source>If a few points of accuracy decide whether customers choose you (a search engine&apos;s ranking, a defect detector that is your product), quality is the edge. If a reasonable model already pays off (sorting mail, reading invoices), good enough is good enough.</source>
        <translation>Wenn wenige Prozentpunkte Genauigkeit darüber entscheiden, ob Kunden Sie wählen (das Ranking einer Suchmaschine, ein Fehlerdetektor, der Ihr Produkt ist), ist Qualität der Wettbewerbsvorteil. Wenn sich ein vernünftiges Modell bereits auszahlt (Post sortieren, Rechnungen lesen), ist gut genug auch gut genug.</translation>
    </message>
    <message>
        <source>It is the product or our competitive edge</source>
        <translation>Sie ist das Produkt oder unser Wettbewerbsvorteil</translation>
    </message>
    <message>
        <source>Every point of accuracy is worth real money.</source>
        <translation>Jeder Prozentpunkt Genauigkeit ist bares Geld wert.</translation>
    </message>
    <message>
        <source>Important, but not what sets us apart</source>
        <translation>Wichtig, aber nicht das, was uns abhebt</translation>
    </message>
    <message>
        <source>Better is worth paying for, within reason.</source>
        <translation>Bessere Qualität ist uns in vernünftigem Rahmen etwas wert.</translation>
    </message>
    <message>
        <source>Good enough is good enough</source>
        <translation>Gut genug ist gut genug</translation>
    </message>
    <message>
        <source>A reasonable, reliable model already pays off.</source>
        <translation>Ein vernünftiges, zuverlässiges Modell zahlt sich bereits aus.</translation>
    </message>
    <message>
        <source>Kind of data</source>
        <translation>Art der Daten</translation>
    </message>
    <message>
        <source>What kind of data and problem is it?</source>
        <translation>Um welche Art von Daten und Problem geht es?</translation>
    </message>
    <message>
        <source>Pick the data the model would learn from. Records in tables (customers, transactions, machines) are tabular even when there are millions of rows; documents, photos, recordings and video are unstructured data.</source>
        <translation>Wählen Sie die Daten, aus denen das Modell lernen würde. Datensätze in Tabellen (Kunden, Transaktionen, Maschinen) sind tabellarische Daten, auch bei Millionen von Zeilen; Dokumente, Fotos, Aufnahmen und Videos sind unstrukturierte Daten.</translation>
    </message>
    <message>
        <source>Records in tables</source>
        <translation>Datensätze in Tabellen</translation>
    </message>
    <message>
        <source>Churn, credit risk, fraud, pricing, lead scoring.</source>
        <translation>Kundenabwanderung, Kreditrisiko, Betrug, Preisgestaltung, Lead-Scoring.</translation>
    </message>
    <message>
        <source>Forecasting over time</source>
        <translation>Prognosen im Zeitverlauf</translation>
    </message>
    <message>
        <source>Demand, sales, energy load or sensor readings by the hour or week.</source>
        <translation>Nachfrage, Umsatz, Energielast oder Sensorwerte pro Stunde oder Woche.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <source>Emails, tickets, contracts, reviews, chat.</source>
        <translation>E-Mails, Tickets, Verträge, Bewertungen, Chats.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Bilder</translation>
    </message>
    <message>
        <source>Photos, scans, documents as images, medical or industrial imaging.</source>
        <translation>Fotos, Scans, Dokumente als Bilder, medizinische oder industrielle Bildgebung.</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Speech, calls, dictation, machine sounds.</source>
        <translation>Sprache, Anrufe, Diktate, Maschinengeräusche.</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Video</translation>
    </message>
    <message>
        <source>Camera feeds, recorded footage.</source>
        <translation>Kamerabilder, aufgezeichnetes Videomaterial.</translation>
    </message>
    <message>
        <source>Recommendations and ranking</source>
        <translation>Empfehlungen und Ranking</translation>
    </message>
    <message>
        <source>Which product, article or offer to show to whom.</source>
        <translation>Welches Produkt, welcher Artikel oder welches Angebot wem gezeigt wird.</translation>
    </message>
    <message>
        <source>Several kinds together</source>
        <translation>Mehrere Arten kombiniert</translation>
    </message>
    <message>
        <source>For example images with text, or records with documents.</source>
        <translation>Zum Beispiel Bilder mit Text oder Datensätze mit Dokumenten.</translation>
    </message>
    <message>
        <source>What the system produces</source>
        <translation>Was das System liefert</translation>
    </message>
    <message>
        <source>What should the system produce?</source>
        <translation>Was soll das System liefern?</translation>
    </message>
    <message>
        <source>Name the output people will use, not the technique: a score for each customer, next month&apos;s forecast, a ranked list, things found in photos or calls, fields pulled out of documents, answers to questions from your own documents, or drafts that people edit.</source>
        <translation>Nennen Sie das Ergebnis, mit dem Menschen arbeiten, nicht die Technik: eine Bewertung je Kunde, die Prognose für den nächsten Monat, eine Rangliste, Dinge, die in Fotos oder Anrufen erkannt werden, Felder aus Dokumenten, Antworten auf Fragen aus Ihren eigenen Dokumenten oder Entwürfe, die Menschen überarbeiten.</translation>
    </message>
    <message>
        <source>A category, score or number for each record</source>
        <translation>Eine Kategorie, Bewertung oder Zahl je Datensatz</translation>
    </message>
    <message>
        <source>Churn risk, a fraud flag, pass or fail, a price.</source>
        <translation>Abwanderungsrisiko, ein Betrugsverdacht, bestanden oder nicht, ein Preis.</translation>
    </message>
    <message>
        <source>Future values over time</source>
        <translation>Künftige Werte im Zeitverlauf</translation>
    </message>
    <message>
        <source>Next month&apos;s demand, tomorrow&apos;s energy load, cash flow.</source>
        <translation>Die Nachfrage im nächsten Monat, die Netzlast von morgen, der Cashflow.</translation>
    </message>
    <message>
        <source>An ordered list for each user or query</source>
        <translation>Eine geordnete Liste je Nutzer oder Anfrage</translation>
    </message>
    <message>
        <source>Products to show, search results, a shortlist.</source>
        <translation>Anzuzeigende Produkte, Suchergebnisse, eine Vorauswahl.</translation>
    </message>
    <message>
        <source>Things found or labelled in images, sound, video or text</source>
        <translation>Erkanntes oder Markiertes in Bildern, Ton, Video oder Text</translation>
    </message>
    <message>
        <source>Defects on photos, speech to text, the topic or tone of a message.</source>
        <translation>Fehler auf Fotos, Sprache zu Text, Thema oder Tonfall einer Nachricht.</translation>
    </message>
    <message>
        <source>Fields and facts taken out of documents</source>
        <translation>Felder und Fakten aus Dokumenten</translation>
    </message>
    <message>
        <source>Amounts and dates from invoices, claim details from emails, clauses from contracts.</source>
        <translation>Beträge und Daten aus Rechnungen, Schadensangaben aus E-Mails, Klauseln aus Verträgen.</translation>
    </message>
    <message>
        <source>Answers from our own documents or systems</source>
        <translation>Antworten aus unseren eigenen Dokumenten oder Systemen</translation>
    </message>
    <message>
        <source>An assistant for customers or staff that answers from manuals, policies or the help centre.</source>
        <translation>Ein Assistent für Kunden oder Mitarbeitende, der aus Handbüchern, Richtlinien oder dem Hilfe-Center antwortet.</translation>
    </message>
    <message>
        <source>Drafts of text, code, images or summaries</source>
        <translation>Entwürfe von Texten, Code, Bildern oder Zusammenfassungen</translation>
    </message>
    <message>
        <source>Reply drafts, meeting summaries, product descriptions, code suggestions.</source>
        <translation>Antwortentwürfe, Besprechungsprotokolle, Produktbeschreibungen, Codevorschläge.</translation>
    </message>
    <message>
        <source>Existing services and models</source>
        <translation>Bestehende Dienste und Modelle</translation>
    </message>
    <message>
        <source>Does something already exist that does the job, or nearly?</source>
        <translation>Gibt es schon etwas, das die Aufgabe erledigt, oder fast?</translation>
    </message>
    <message>
        <source>Many tasks are sold as a ready service: reading text from documents (OCR), translation, speech-to-text, recognising common objects, sentiment. Open pretrained models cover many more and can be adapted with your own examples. If you are not sure, answer &quot;Don&apos;t know&quot;: the wizard assumes a generic pretrained model exists for text, images, audio and video.</source>
        <translation>Viele Aufgaben gibt es als fertigen Dienst: Text aus Dokumenten lesen (OCR), Übersetzung, Spracherkennung, Erkennung gängiger Objekte, Stimmungsanalyse. Offene vortrainierte Modelle decken viele weitere ab und lassen sich mit eigenen Beispielen anpassen. Wenn Sie unsicher sind, antworten Sie „Weiß nicht“: Der Assistent nimmt dann an, dass es für Text, Bilder, Audio und Video ein allgemeines vortrainiertes Modell gibt.</translation>
    </message>
    <message>
        <source>A commercial or cloud service does this task</source>
        <translation>Ein kommerzieller oder Cloud-Dienst erledigt diese Aufgabe</translation>
    </message>
    <message>
        <source>OCR, translation, speech-to-text, object detection, sentiment.</source>
        <translation>OCR, Übersetzung, Spracherkennung, Objekterkennung, Stimmungsanalyse.</translation>
    </message>
    <message>
        <source>Open pretrained models exist for a similar task</source>
        <translation>Für eine ähnliche Aufgabe gibt es offene vortrainierte Modelle</translation>
    </message>
    <message>
        <source>They would need adapting to our data.</source>
        <translation>Sie müssten an unsere Daten angepasst werden.</translation>
    </message>
    <message>
        <source>Nothing we know of: the task is new</source>
        <translation>Nichts, was wir kennen: Die Aufgabe ist neu</translation>
    </message>
    <message>
        <source>A new kind of sensor, signal or question.</source>
        <translation>Eine neue Art von Sensor, Signal oder Fragestellung.</translation>
    </message>
    <message>
        <source>Labelled examples</source>
        <translation>Gelabelte Beispiele</translation>
    </message>
    <message>
        <source>How many labelled examples exist?</source>
        <translation>Wie viele gelabelte Beispiele gibt es?</translation>
    </message>
    <message>
        <source>A labelled example is a record where the right answer is known: a past loan and whether it was repaid, an image and what it shows. Count examples, not rows of raw data.</source>
        <translation>Ein gelabeltes Beispiel ist ein Datensatz, bei dem die richtige Antwort bekannt ist: ein früherer Kredit und ob er zurückgezahlt wurde, ein Bild und was es zeigt. Zählen Sie Beispiele, nicht Zeilen von Rohdaten.</translation>
    </message>
    <message>
        <source>Fewer than 1,000</source>
        <translation>Weniger als 1.000</translation>
    </message>
    <message>
        <source>1,000 to 10,000</source>
        <translation>1.000 bis 10.000</translation>
    </message>
    <message>
        <source>10,000 to 100,000</source>
        <translation>10.000 bis 100.000</translation>
    </message>
    <message>
        <source>100,000 to 1 million</source>
        <translation>100.000 bis 1 Million</translation>
    </message>
    <message>
        <source>More than 1 million</source>
        <translation>Mehr als 1 Million</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Labels</translation>
    </message>
    <message>
        <source>Are the examples labelled?</source>
        <translation>Sind die Beispiele gelabelt?</translation>
    </message>
    <message>
        <source>Labels are the right answers the model learns from. Outcomes recorded by your systems (paid or defaulted, cancelled or stayed) are labels already; tagging images or texts by hand costs time and money.</source>
        <translation>Labels sind die richtigen Antworten, aus denen das Modell lernt. Ergebnisse, die Ihre Systeme bereits erfassen (bezahlt oder ausgefallen, gekündigt oder geblieben), sind schon Labels; Bilder oder Texte von Hand zu labeln kostet Zeit und Geld.</translation>
    </message>
    <message>
        <source>Yes, the right answers are recorded</source>
        <translation>Ja, die richtigen Antworten sind erfasst</translation>
    </message>
    <message>
        <source>Some of them</source>
        <translation>Ein Teil davon</translation>
    </message>
    <message>
        <source>No, they would have to be labelled</source>
        <translation>Nein, sie müssten erst gelabelt werden</translation>
    </message>
    <message>
        <source>Where the right answers come from</source>
        <translation>Woher die richtigen Antworten stammen</translation>
    </message>
    <message>
        <source>Where do the right answers in the examples come from?</source>
        <translation>Woher stammen die richtigen Antworten in den Beispielen?</translation>
    </message>
    <message>
        <source>A model copies whatever its examples call right. Measured outcomes (the loan was repaid, the machine failed) are facts. Past decisions by people (who was hired, which claims were flagged) also record those people&apos;s habits and biases, and a model trained on them repeats both.</source>
        <translation>Ein Modell übernimmt, was seine Beispiele für richtig erklären. Gemessene Ergebnisse (der Kredit wurde zurückgezahlt, die Maschine fiel aus) sind Tatsachen. Frühere Entscheidungen von Menschen (wer eingestellt, welche Schadensfälle markiert wurden) halten auch deren Gewohnheiten und Vorurteile fest, und ein darauf trainiertes Modell wiederholt beides.</translation>
    </message>
    <message>
        <source>What actually happened</source>
        <translation>Was tatsächlich geschah</translation>
    </message>
    <message>
        <source>Repaid or defaulted, failed or ran, churned or stayed, units sold.</source>
        <translation>Zurückgezahlt oder ausgefallen, defekt oder gelaufen, gekündigt oder geblieben, verkaufte Stückzahlen.</translation>
    </message>
    <message>
        <source>Past decisions made by people</source>
        <translation>Frühere Entscheidungen von Menschen</translation>
    </message>
    <message>
        <source>Who was hired, approved, flagged or promoted.</source>
        <translation>Wer eingestellt, genehmigt, markiert oder befördert wurde.</translation>
    </message>
    <message>
        <source>Specialists labelled them for this purpose</source>
        <translation>Fachleute haben sie eigens dafür gekennzeichnet</translation>
    </message>
    <message>
        <source>Doctors, lawyers or engineers reviewed each example against agreed criteria.</source>
        <translation>Ärztinnen, Juristen oder Ingenieurinnen haben jedes Beispiel nach vereinbarten Kriterien geprüft.</translation>
    </message>
    <message>
        <source>No right answers are recorded yet</source>
        <translation>Es sind noch keine richtigen Antworten erfasst</translation>
    </message>
    <message>
        <source>Who can label examples</source>
        <translation>Wer Beispiele kennzeichnen kann</translation>
    </message>
    <message>
        <source>Who can label or check the examples?</source>
        <translation>Wer kann die Beispiele kennzeichnen oder prüfen?</translation>
    </message>
    <message>
        <source>Labelling costs what the labeller&apos;s hour costs. Anyone can tell a dented can from a good one in a second; reading a scan or a contract takes a doctor or a lawyer, is slow and expensive, and limits how many examples you can get.</source>
        <translation>Kennzeichnen kostet, was die Stunde der kennzeichnenden Person kostet. Eine verbeulte Dose erkennt jeder in einer Sekunde; eine Aufnahme oder einen Vertrag zu lesen braucht eine Ärztin oder einen Juristen, ist langsam und teuer und begrenzt, wie viele Beispiele Sie bekommen.</translation>
    </message>
    <message>
        <source>Anyone, after short instructions</source>
        <translation>Jeder, nach kurzer Anleitung</translation>
    </message>
    <message>
        <source>Any staff member or crowd workers.</source>
        <translation>Beliebige Mitarbeitende oder Crowdworker.</translation>
    </message>
    <message>
        <source>Staff with domain training</source>
        <translation>Mitarbeitende mit Fachausbildung</translation>
    </message>
    <message>
        <source>Claims handlers, support agents, quality inspectors.</source>
        <translation>Schadenbearbeiter, Support-Mitarbeitende, Qualitätsprüfer.</translation>
    </message>
    <message>
        <source>Scarce specialists</source>
        <translation>Knappe Fachleute</translation>
    </message>
    <message>
        <source>Doctors, lawyers, engineers.</source>
        <translation>Ärzte, Juristen, Ingenieure.</translation>
    </message>
    <message>
        <source>Access to the data</source>
        <translation>Zugang zu den Daten</translation>
    </message>
    <message>
        <source>Can the team use the data today?</source>
        <translation>Kann das Team die Daten heute nutzen?</translation>
    </message>
    <message>
        <source>Data that exists in five systems, owned by five departments, is months of integration work before any model. Data not yet collected means the project starts with collecting it.</source>
        <translation>Daten, die in fünf Systemen liegen und fünf Abteilungen gehören, bedeuten monatelange Integrationsarbeit vor jedem Modell. Noch nicht erhobene Daten bedeuten, dass das Projekt mit ihrer Erhebung beginnt.</translation>
    </message>
    <message>
        <source>Yes: in one place and documented</source>
        <translation>Ja: an einem Ort und dokumentiert</translation>
    </message>
    <message>
        <source>It exists, spread across systems</source>
        <translation>Sie sind vorhanden, aber über Systeme verteilt</translation>
    </message>
    <message>
        <source>It needs integration before anyone can use it.</source>
        <translation>Sie müssen erst integriert werden, bevor jemand sie nutzen kann.</translation>
    </message>
    <message>
        <source>It is not collected yet</source>
        <translation>Sie werden noch nicht erhoben</translation>
    </message>
    <message>
        <source>Change in the data</source>
        <translation>Veränderung der Daten</translation>
    </message>
    <message>
        <source>How fast does the data change?</source>
        <translation>Wie schnell ändern sich die Daten?</translation>
    </message>
    <message>
        <source>A model learns the world as it was. Seasonal sales, new products, new fraud tricks or breaking news make yesterday&apos;s model wrong tomorrow unless it is watched and retrained.</source>
        <translation>Ein Modell lernt die Welt, wie sie war. Saisonale Verkäufe, neue Produkte, neue Betrugsmaschen oder aktuelle Ereignisse machen das Modell von gestern morgen falsch, wenn es nicht überwacht und neu trainiert wird.</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stabil</translation>
    </message>
    <message>
        <source>Next year&apos;s data will look like last year&apos;s.</source>
        <translation>Die Daten des nächsten Jahres werden aussehen wie die des letzten.</translation>
    </message>
    <message>
        <source>Changing slowly or with the seasons</source>
        <translation>Langsam oder saisonal veränderlich</translation>
    </message>
    <message>
        <source>Changing often and unpredictably</source>
        <translation>Häufig und unvorhersehbar veränderlich</translation>
    </message>
    <message>
        <source>Yearly budget</source>
        <translation>Jahresbudget</translation>
    </message>
    <message>
        <source>What is the yearly budget for this initiative?</source>
        <translation>Wie hoch ist das Jahresbudget für diese Initiative?</translation>
    </message>
    <message>
        <source>People and computing together, in US dollars or the equivalent. One experienced machine learning engineer costs much of the lowest band on their own.</source>
        <translation>Personal und Rechenleistung zusammen, in US-Dollar oder dem Gegenwert. Eine erfahrene Machine-Learning-Fachkraft allein kostet einen Großteil der niedrigsten Stufe.</translation>
    </message>
    <message>
        <source>Less than $50,000</source>
        <translation>Weniger als 50.000&#xa0;USD</translation>
    </message>
    <message>
        <source>$50,000 to $250,000</source>
        <translation>50.000 bis 250.000&#xa0;USD</translation>
    </message>
    <message>
        <source>$250,000 to $1 million</source>
        <translation>250.000&#xa0;USD bis 1 Million&#xa0;USD</translation>
    </message>
    <message>
        <source>More than $1 million</source>
        <translation>Mehr als 1 Million&#xa0;USD</translation>
    </message>
    <message>
        <source>Computing</source>
        <translation>Rechenleistung</translation>
    </message>
    <message>
        <source>What computing can the team use?</source>
        <translation>Welche Rechenleistung kann das Team nutzen?</translation>
    </message>
    <message>
        <source>Training neural networks needs graphics processors (GPUs): owned, reserved, or rented by the hour from a cloud. Classical models and calls to a service run on ordinary computers.</source>
        <translation>Neuronale Netze zu trainieren braucht Grafikprozessoren (GPUs): eigene, reservierte oder stundenweise in einer Cloud gemietete. Klassische Modelle und Aufrufe eines Dienstes laufen auf gewöhnlichen Rechnern.</translation>
    </message>
    <message>
        <source>Laptops and office servers</source>
        <translation>Laptops und Büroserver</translation>
    </message>
    <message>
        <source>General cloud services</source>
        <translation>Allgemeine Cloud-Dienste</translation>
    </message>
    <message>
        <source>GPUs can be rented there by the hour.</source>
        <translation>Dort lassen sich GPUs stundenweise mieten.</translation>
    </message>
    <message>
        <source>Dedicated GPUs</source>
        <translation>Dedizierte GPUs</translation>
    </message>
    <message>
        <source>On our premises or reserved in a cloud.</source>
        <translation>Im eigenen Haus oder in einer Cloud reserviert.</translation>
    </message>
    <message>
        <source>Use of the predictions</source>
        <translation>Nutzung der Vorhersagen</translation>
    </message>
    <message>
        <source>How will the predictions be used?</source>
        <translation>Wie werden die Vorhersagen genutzt?</translation>
    </message>
    <message>
        <source>A nightly report can wait for a large model; a checkout page cannot, and a camera on a production line without a network must answer on the device itself.</source>
        <translation>Ein nächtlicher Bericht kann auf ein großes Modell warten; eine Checkout-Seite nicht, und eine Kamera an einer Fertigungslinie ohne Netzwerk muss direkt auf dem Gerät antworten.</translation>
    </message>
    <message>
        <source>In reports or overnight runs</source>
        <translation>In Berichten oder nächtlichen Läufen</translation>
    </message>
    <message>
        <source>Answers within seconds</source>
        <translation>Antworten innerhalb von Sekunden</translation>
    </message>
    <message>
        <source>In an application people use.</source>
        <translation>In einer Anwendung, die Menschen nutzen.</translation>
    </message>
    <message>
        <source>In milliseconds, or on devices without a network</source>
        <translation>In Millisekunden oder auf Geräten ohne Netzwerk</translation>
    </message>
    <message>
        <source>Volume once live</source>
        <translation>Volumen im Betrieb</translation>
    </message>
    <message>
        <source>How many predictions or requests a month, once live?</source>
        <translation>Wie viele Vorhersagen oder Anfragen pro Monat im Betrieb?</translation>
    </message>
    <message>
        <source>Count every answer, prediction or generated text the system gives in a normal month. Paid services charge per request, so volume decides what they cost; a few thousand requests a month cost little whichever way they are served.</source>
        <translation>Zählen Sie jede Antwort, Vorhersage oder jeden erzeugten Text, den das System in einem normalen Monat liefert. Bezahlte Dienste rechnen pro Anfrage ab, das Volumen bestimmt also ihre Kosten; ein paar tausend Anfragen im Monat kosten wenig, wie auch immer sie bedient werden.</translation>
    </message>
    <message>
        <source>Fewer than 10,000 a month</source>
        <translation>Weniger als 10.000 pro Monat</translation>
    </message>
    <message>
        <source>10,000 to 1 million a month</source>
        <translation>10.000 bis 1 Million pro Monat</translation>
    </message>
    <message>
        <source>1 million to 100 million a month</source>
        <translation>1 bis 100 Millionen pro Monat</translation>
    </message>
    <message>
        <source>More than 100 million a month</source>
        <translation>Mehr als 100 Millionen pro Monat</translation>
    </message>
    <message>
        <source>Time to production</source>
        <translation>Zeit bis zur Produktion</translation>
    </message>
    <message>
        <source>When must the first version be in production?</source>
        <translation>Wann muss die erste Version in Produktion sein?</translation>
    </message>
    <message>
        <source>Collecting data, building, testing and putting a first model in front of users takes months; custom deep learning rarely ships in less than six.</source>
        <translation>Daten sammeln, entwickeln, testen und ein erstes Modell zu den Nutzern bringen dauert Monate; eigenes Deep Learning geht selten in weniger als sechs Monaten in Produktion.</translation>
    </message>
    <message>
        <source>Within 3 months</source>
        <translation>Innerhalb von 3 Monaten</translation>
    </message>
    <message>
        <source>In 3 to 6 months</source>
        <translation>In 3 bis 6 Monaten</translation>
    </message>
    <message>
        <source>In 6 to 12 months</source>
        <translation>In 6 bis 12 Monaten</translation>
    </message>
    <message>
        <source>In more than a year</source>
        <translation>In mehr als einem Jahr</translation>
    </message>
    <message>
        <source>Machine learning skills</source>
        <translation>Machine-Learning-Kompetenz</translation>
    </message>
    <message>
        <source>What are the strongest machine learning skills in house?</source>
        <translation>Was sind die stärksten Machine-Learning-Kompetenzen im Haus?</translation>
    </message>
    <message>
        <source>Count the people who will do the work, today. A team that has put classical models into production can adapt pretrained models; building neural networks from scratch needs people who have trained and run them in production before.</source>
        <translation>Zählen Sie die Personen, die die Arbeit machen werden, und zwar heute. Ein Team, das klassische Modelle in Produktion gebracht hat, kann vortrainierte Modelle anpassen; neuronale Netze von Grund auf zu entwickeln erfordert Leute, die solche Netze schon trainiert und in Produktion betrieben haben.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keine</translation>
    </message>
    <message>
        <source>Analysts</source>
        <translation>Analysten</translation>
    </message>
    <message>
        <source>Business intelligence, spreadsheets, some scripting.</source>
        <translation>Business Intelligence, Tabellenkalkulation, etwas Skripting.</translation>
    </message>
    <message>
        <source>Data scientists</source>
        <translation>Data Scientists</translation>
    </message>
    <message>
        <source>Classical machine learning in production.</source>
        <translation>Klassisches Machine Learning in Produktion.</translation>
    </message>
    <message>
        <source>Deep learning engineers</source>
        <translation>Deep-Learning-Engineers</translation>
    </message>
    <message>
        <source>Have trained and run neural networks in production.</source>
        <translation>Haben neuronale Netze trainiert und in Produktion betrieben.</translation>
    </message>
    <message>
        <source>Executive sponsor</source>
        <translation>Sponsor auf Führungsebene</translation>
    </message>
    <message>
        <source>Is there an executive sponsor?</source>
        <translation>Gibt es einen Sponsor auf Führungsebene?</translation>
    </message>
    <message>
        <source>A sponsor owns the outcome, defends the budget and makes other departments share their data. Without one, pilots tend to stay pilots.</source>
        <translation>Ein Sponsor verantwortet das Ergebnis, verteidigt das Budget und sorgt dafür, dass andere Abteilungen ihre Daten teilen. Ohne Sponsor bleiben Pilotprojekte meist Pilotprojekte.</translation>
    </message>
    <message>
        <source>Yes: owner and budget agreed</source>
        <translation>Ja: Verantwortung und Budget vereinbart</translation>
    </message>
    <message>
        <source>An executive is interested</source>
        <translation>Eine Führungskraft ist interessiert</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Nein</translation>
    </message>
    <message>
        <source>Where the data may go</source>
        <translation>Wohin die Daten dürfen</translation>
    </message>
    <message>
        <source>May the data be sent to an outside provider?</source>
        <translation>Dürfen die Daten an einen externen Anbieter gesendet werden?</translation>
    </message>
    <message>
        <source>Cloud services process your data on their servers. Health, financial and personal data often may not leave your premises, or only after anonymising or under a data processing agreement.</source>
        <translation>Cloud-Dienste verarbeiten Ihre Daten auf ihren Servern. Gesundheits-, Finanz- und personenbezogene Daten dürfen Ihr Haus oft nicht verlassen oder nur nach Anonymisierung oder mit einem Auftragsverarbeitungsvertrag.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <source>Only after anonymising or under contract</source>
        <translation>Nur nach Anonymisierung oder mit Vertrag</translation>
    </message>
    <message>
        <source>No: it must stay on our premises</source>
        <translation>Nein: Sie müssen bei uns im Haus bleiben</translation>
    </message>
    <message>
        <source>Area of the decision</source>
        <translation>Entscheidungsbereich</translation>
    </message>
    <message>
        <source>Which area does the output decide or influence?</source>
        <translation>Welchen Bereich entscheidet oder beeinflusst das Ergebnis?</translation>
    </message>
    <message>
        <source>Pick the most sensitive area that applies. The law treats some uses of AI far more strictly than others: in the European Union, hiring, lending, schooling, health and public services carry extra duties, and a few uses, such as reading the emotions of employees or pupils, are forbidden.</source>
        <translation>Wählen Sie den sensibelsten zutreffenden Bereich. Das Recht behandelt manche KI-Anwendungen weit strenger als andere: In der Europäischen Union bringen Einstellung, Kreditvergabe, Schule, Gesundheit und öffentliche Dienste zusätzliche Pflichten mit sich, und einige Anwendungen, etwa das Erkennen der Gefühle von Beschäftigten oder Schülern, sind verboten.</translation>
    </message>
    <message>
        <source>Employment and work</source>
        <translation>Beschäftigung und Arbeit</translation>
    </message>
    <message>
        <source>Hiring, promotion, task allocation, monitoring or evaluating workers.</source>
        <translation>Einstellung, Beförderung, Aufgabenverteilung, Überwachung oder Bewertung von Beschäftigten.</translation>
    </message>
    <message>
        <source>Credit and insurance</source>
        <translation>Kredit und Versicherung</translation>
    </message>
    <message>
        <source>Creditworthiness, life or health insurance risk and pricing.</source>
        <translation>Kreditwürdigkeit, Risiko und Preis von Lebens- oder Krankenversicherungen.</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Gesundheitsversorgung</translation>
    </message>
    <message>
        <source>Diagnosis, triage, treatment, patient monitoring.</source>
        <translation>Diagnose, Triage, Behandlung, Patientenüberwachung.</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Bildung</translation>
    </message>
    <message>
        <source>Admission, grading, proctoring exams.</source>
        <translation>Zulassung, Benotung, Prüfungsaufsicht.</translation>
    </message>
    <message>
        <source>Public services</source>
        <translation>Öffentliche Dienste</translation>
    </message>
    <message>
        <source>Public benefits, essential services, emergency calls.</source>
        <translation>Sozialleistungen, grundlegende Dienste, Notrufe.</translation>
    </message>
    <message>
        <source>Law, justice and migration</source>
        <translation>Recht, Justiz und Migration</translation>
    </message>
    <message>
        <source>Policing, courts, borders, asylum.</source>
        <translation>Polizei, Gerichte, Grenzen, Asyl.</translation>
    </message>
    <message>
        <source>Identifying people</source>
        <translation>Personen identifizieren</translation>
    </message>
    <message>
        <source>Recognising or categorising people by face, voice or body.</source>
        <translation>Personen an Gesicht, Stimme oder Körper erkennen oder einordnen.</translation>
    </message>
    <message>
        <source>Emotions of employees or students</source>
        <translation>Gefühle von Beschäftigten oder Lernenden</translation>
    </message>
    <message>
        <source>Inferring the emotions or intentions of employees, pupils or students, at work or in education.</source>
        <translation>Gefühle oder Absichten von Beschäftigten, Schülern oder Studierenden am Arbeitsplatz oder in der Ausbildung ableiten.</translation>
    </message>
    <message>
        <source>Emotions of customers or the public</source>
        <translation>Gefühle von Kunden oder der Öffentlichkeit</translation>
    </message>
    <message>
        <source>Inferring the emotions or intentions of customers or passers-by.</source>
        <translation>Gefühle oder Absichten von Kunden oder Passanten ableiten.</translation>
    </message>
    <message>
        <source>Critical infrastructure</source>
        <translation>Kritische Infrastruktur</translation>
    </message>
    <message>
        <source>Safety of energy, water, gas, heating, road traffic or digital infrastructure.</source>
        <translation>Sicherheit von Energie, Wasser, Gas, Wärme, Straßenverkehr oder digitaler Infrastruktur.</translation>
    </message>
    <message>
        <source>A safety function of a product</source>
        <translation>Eine Sicherheitsfunktion eines Produkts</translation>
    </message>
    <message>
        <source>A safety part of a machine, vehicle, medical device, toy or other regulated product.</source>
        <translation>Ein Sicherheitsbauteil einer Maschine, eines Fahrzeugs, Medizinprodukts, Spielzeugs oder anderen regulierten Produkts.</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Nichts davon</translation>
    </message>
    <message>
        <source>Operations, marketing, content, internal productivity.</source>
        <translation>Betrieb, Marketing, Inhalte, interne Produktivität.</translation>
    </message>
    <message>
        <source>Who sees the output</source>
        <translation>Wer das Ergebnis sieht</translation>
    </message>
    <message>
        <source>Who sees the output or talks to the system?</source>
        <translation>Wer sieht das Ergebnis oder spricht mit dem System?</translation>
    </message>
    <message>
        <source>An output that a specialist checks before it is used may be wrong now and then; one that customers read directly must be right, or clearly marked, every time. A system that talks to people must also tell them they are talking to a machine.</source>
        <translation>Ein Ergebnis, das eine Fachperson vor der Verwendung prüft, darf ab und zu falsch sein; eines, das Kunden direkt lesen, muss jedes Mal stimmen oder deutlich gekennzeichnet sein. Ein System, das mit Menschen spricht, muss ihnen außerdem sagen, dass sie mit einer Maschine sprechen.</translation>
    </message>
    <message>
        <source>Specialists who check every output</source>
        <translation>Fachleute, die jedes Ergebnis prüfen</translation>
    </message>
    <message>
        <source>Nothing is used before an expert has reviewed it.</source>
        <translation>Nichts wird verwendet, bevor eine Fachperson es geprüft hat.</translation>
    </message>
    <message>
        <source>Our staff</source>
        <translation>Unsere Mitarbeitenden</translation>
    </message>
    <message>
        <source>Employees use the output in their work.</source>
        <translation>Mitarbeitende nutzen das Ergebnis in ihrer Arbeit.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Kunden</translation>
    </message>
    <message>
        <source>Customers see the output or talk to the system.</source>
        <translation>Kunden sehen das Ergebnis oder sprechen mit dem System.</translation>
    </message>
    <message>
        <source>The public</source>
        <translation>Die Öffentlichkeit</translation>
    </message>
    <message>
        <source>The output is published for anyone to see.</source>
        <translation>Das Ergebnis wird für alle sichtbar veröffentlicht.</translation>
    </message>
    <message>
        <source>Explaining decisions</source>
        <translation>Erklärbarkeit von Entscheidungen</translation>
    </message>
    <message>
        <source>Must individual decisions be explained?</source>
        <translation>Müssen einzelne Entscheidungen erklärt werden?</translation>
    </message>
    <message>
        <source>To customers, auditors or regulators: why was this loan refused, why was this claim flagged? Lending, insurance and health usually require it.</source>
        <translation>Gegenüber Kunden, Prüfern oder Aufsichtsbehörden: Warum wurde dieser Kredit abgelehnt, warum wurde dieser Schadenfall markiert? Kreditvergabe, Versicherungen und Gesundheitswesen verlangen das meist.</translation>
    </message>
    <message>
        <source>Yes, it is required</source>
        <translation>Ja, das ist vorgeschrieben</translation>
    </message>
    <message>
        <source>It would help</source>
        <translation>Es wäre hilfreich</translation>
    </message>
    <message>
        <source>Decisions about people</source>
        <translation>Entscheidungen über Menschen</translation>
    </message>
    <message>
        <source>Do the predictions decide things about people?</source>
        <translation>Entscheiden die Vorhersagen über Menschen?</translation>
    </message>
    <message>
        <source>Hiring, lending, health, insurance or prices for individuals. Models learn the biases of the past: Amazon scrapped a hiring model that had learned to downgrade women&apos;s CVs.</source>
        <translation>Einstellungen, Kreditvergabe, Gesundheit, Versicherungen oder Preise für Einzelpersonen. Modelle lernen die Vorurteile der Vergangenheit: Amazon verwarf ein Recruiting-Modell, das gelernt hatte, Lebensläufe von Frauen abzuwerten.</translation>
    </message>
    <message>
        <source>Yes, they decide about individuals</source>
        <translation>Ja, sie entscheiden über Einzelpersonen</translation>
    </message>
    <message>
        <source>Some: people are affected indirectly</source>
        <translation>Teilweise: Menschen sind indirekt betroffen</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Weiß nicht</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <source>For {path}, though it is outweighed: {texts}</source>
        <translation>Für {path}, doch überwogen: {texts}</translation>
    </message>
    <message>
        <source>Against {path}: {texts}</source>
        <translation>Gegen {path}: {texts}</translation>
    </message>
    <message>
        <source>Custom deep learning needs all of these: {needs}; the answers do not show {missing}</source>
        <translation>Eigenes Deep Learning braucht all dies: {needs}; die Antworten zeigen nicht: {missing}</translation>
    </message>
    <message>
        <source>Custom deep learning needs all of these, and the answers show none of them: {needs}</source>
        <translation>Eigenes Deep Learning braucht all dies, und die Antworten zeigen nichts davon: {needs}</translation>
    </message>
</context>
<context>
    <name>regulation</name>
    <message>
        <source>EU AI Act, Article 5(1)(f): inferring the emotions of employees, pupils or students at work or in education is a prohibited practice, whatever the technology, unless it serves a medical or safety purpose.</source>
        <translation>KI-Verordnung der EU, Artikel 5 Absatz 1 Buchstabe f: Die Emotionen von Beschäftigten, Schülerinnen und Schülern oder Studierenden am Arbeitsplatz oder in der Bildung abzuleiten, ist eine verbotene Praxis, gleich mit welcher Technik, außer zu medizinischen oder Sicherheitszwecken.</translation>
    </message>
    <message>
        <source>Do not build, buy or use a system for this purpose in the EU.</source>
        <translation>Bauen, kaufen oder nutzen Sie in der EU kein System für diesen Zweck.</translation>
    </message>
    <message>
        <source>Stop any such use already running and record the decision.</source>
        <translation>Beenden Sie jede bereits laufende solche Nutzung und halten Sie die Entscheidung fest.</translation>
    </message>
    <message>
        <source>Rely on the medical or safety exception only with counsel&apos;s written opinion.</source>
        <translation>Berufen Sie sich auf die Ausnahme für Medizin oder Sicherheit nur mit einem schriftlichen Rechtsgutachten.</translation>
    </message>
    <message>
        <source>EU AI Act, Article 6(2) and Annex III: this use is high-risk. The duties apply from 2 December 2027 under the amending Regulation (EU) 2026/1744 as reported (2 August 2026 in the Act as adopted).</source>
        <translation>KI-Verordnung der EU, Artikel 6 Absatz 2 und Anhang III: Diese Verwendung ist hochriskant. Die Pflichten gelten laut Berichten zur Änderungsverordnung (EU) 2026/1744 ab dem 2. Dezember 2027 (in der beschlossenen Fassung ab dem 2. August 2026).</translation>
    </message>
    <message>
        <source>As provider: a risk management system, data governance for training data, technical documentation and logging.</source>
        <translation>Als Anbieter: ein Risikomanagementsystem, Daten-Governance für die Trainingsdaten, technische Dokumentation und Protokollierung.</translation>
    </message>
    <message>
        <source>Human oversight, accuracy and robustness fit for the use, and instructions for the deployer.</source>
        <translation>Menschliche Aufsicht, Genauigkeit und Robustheit passend zur Verwendung sowie eine Betriebsanleitung für den Betreiber.</translation>
    </message>
    <message>
        <source>A conformity assessment and registration in the EU database before use.</source>
        <translation>Eine Konformitätsbewertung und die Registrierung in der EU-Datenbank vor der Nutzung.</translation>
    </message>
    <message>
        <source>As deployer: use as instructed, monitor, keep logs, inform the people affected, and inform workers&apos; representatives before using it at work.</source>
        <translation>Als Betreiber: gemäß Anleitung nutzen, überwachen, Protokolle aufbewahren, die Betroffenen informieren und vor dem Einsatz am Arbeitsplatz die Arbeitnehmervertretung informieren.</translation>
    </message>
    <message>
        <source>EU AI Act, Article 6(1) and Annex I: AI that is, or is a safety component of, a regulated product needing third-party conformity assessment (a medical device of class IIa or higher, a machine, a toy) is high-risk. The duties apply from 2 August 2028 under Regulation (EU) 2026/1744 as reported (2 August 2027 as adopted).</source>
        <translation>KI-Verordnung der EU, Artikel 6 Absatz 1 und Anhang I: KI, die selbst ein reguliertes Produkt mit Konformitätsbewertung durch Dritte ist oder dessen Sicherheitsbauteil (ein Medizinprodukt der Klasse IIa oder höher, eine Maschine, ein Spielzeug), ist hochriskant. Die Pflichten gelten laut Berichten zur Verordnung (EU) 2026/1744 ab dem 2. August 2028 (in der beschlossenen Fassung ab dem 2. August 2027).</translation>
    </message>
    <message>
        <source>Meet the AI Act&apos;s high-risk requirements within the product&apos;s own conformity assessment by its notified body.</source>
        <translation>Die Hochrisikoanforderungen der KI-Verordnung im Rahmen der Konformitätsbewertung des Produkts durch seine benannte Stelle erfüllen.</translation>
    </message>
    <message>
        <source>Risk management, data governance, documentation, logging and human oversight for the AI part.</source>
        <translation>Risikomanagement, Daten-Governance, Dokumentation, Protokollierung und menschliche Aufsicht für den KI-Teil.</translation>
    </message>
    <message>
        <source>Post-market monitoring and reporting of serious incidents.</source>
        <translation>Überwachung nach dem Inverkehrbringen und Meldung schwerwiegender Vorfälle.</translation>
    </message>
    <message>
        <source>EU AI Act, Article 50: people who talk to an AI system, employees included, must be told so, and content it generates must be marked as such.</source>
        <translation>KI-Verordnung der EU, Artikel 50: Menschen, die mit einem KI-System sprechen, auch Beschäftigte, muss das gesagt werden, und von ihm erzeugte Inhalte müssen als solche gekennzeichnet werden.</translation>
    </message>
    <message>
        <source>Tell people at the start that they are dealing with an AI system, unless it is obvious.</source>
        <translation>Sagen Sie den Menschen zu Beginn, dass sie es mit einem KI-System zu tun haben, außer es ist offensichtlich.</translation>
    </message>
    <message>
        <source>Mark generated text, images, audio or video in a machine-readable way; disclose deep fakes and generated text published on matters of public interest.</source>
        <translation>Erzeugte Texte, Bilder, Audio- oder Videoinhalte maschinenlesbar kennzeichnen; Deepfakes und zu Themen von öffentlichem Interesse veröffentlichte erzeugte Texte offenlegen.</translation>
    </message>
    <message>
        <source>EU AI Act, Article 50(3): people exposed to emotion recognition or biometric categorisation must be informed of it.</source>
        <translation>KI-Verordnung der EU, Artikel 50 Absatz 3: Personen, die einer Emotionserkennung oder biometrischen Kategorisierung ausgesetzt sind, müssen darüber informiert werden.</translation>
    </message>
    <message>
        <source>Inform the people exposed to emotion recognition or biometric categorisation before it runs, and process their data lawfully.</source>
        <translation>Informieren Sie die Betroffenen vor dem Einsatz über die Emotionserkennung oder biometrische Kategorisierung und verarbeiten Sie ihre Daten rechtmäßig.</translation>
    </message>
    <message>
        <source>GDPR, Article 22: a credit score that a lender draws strongly on is itself an automated decision (CJEU, SCHUFA, C-634/21).</source>
        <translation>DSGVO, Artikel 22: Ein Kredit-Score, auf den sich ein Kreditgeber maßgeblich stützt, ist selbst eine automatisierte Entscheidung (EuGH, SCHUFA, C-634/21).</translation>
    </message>
    <message>
        <source>Use solely automated decisions only where a contract, the law or explicit consent allows them.</source>
        <translation>Ausschließlich automatisierte Entscheidungen nur dort, wo ein Vertrag, das Gesetz oder eine ausdrückliche Einwilligung sie erlaubt.</translation>
    </message>
    <message>
        <source>Offer human intervention, a way to state one&apos;s view and to contest the decision (Article 22(3)), and meaningful information about the logic involved (Articles 13 to 15).</source>
        <translation>Eingreifen eines Menschen, die Möglichkeit zur Stellungnahme und zur Anfechtung der Entscheidung anbieten (Artikel 22 Absatz 3) sowie aussagekräftige Informationen über die involvierte Logik (Artikel 13 bis 15).</translation>
    </message>
    <message>
        <source>GDPR, Article 22: a decision with legal or similarly significant effect on a person may not rest solely on automated processing without meaningful human review.</source>
        <translation>DSGVO, Artikel 22: Eine Entscheidung mit rechtlicher oder ähnlich erheblicher Wirkung für eine Person darf nicht ohne echte menschliche Prüfung ausschließlich auf automatisierter Verarbeitung beruhen.</translation>
    </message>
    <message>
        <source>Have a person with authority and the information to change the outcome review each decision, or rely on a contract, the law or explicit consent.</source>
        <translation>Lassen Sie jede Entscheidung von einer Person prüfen, die die Befugnis und die Informationen hat, das Ergebnis zu ändern, oder stützen Sie sich auf einen Vertrag, das Gesetz oder eine ausdrückliche Einwilligung.</translation>
    </message>
    <message>
        <source>Carry out a data protection impact assessment first.</source>
        <translation>Führen Sie zuerst eine Datenschutz-Folgenabschätzung durch.</translation>
    </message>
    <message>
        <source>Medical Device Regulation (EU) 2017/745: software that diagnoses, triages, monitors or treats is a medical device; under Rule 11 of Annex VIII it is class IIa or higher.</source>
        <translation>Medizinprodukteverordnung (EU) 2017/745: Software, die diagnostiziert, triagiert, überwacht oder behandelt, ist ein Medizinprodukt; nach Regel 11 des Anhangs VIII gehört sie zur Klasse IIa oder höher.</translation>
    </message>
    <message>
        <source>A CE mark after conformity assessment by a notified body, or buy a product that already carries one for this intended use.</source>
        <translation>Eine CE-Kennzeichnung nach Konformitätsbewertung durch eine benannte Stelle, oder kaufen Sie ein Produkt, das sie für diese Zweckbestimmung bereits trägt.</translation>
    </message>
    <message>
        <source>A clinical evaluation, a quality management system and technical documentation.</source>
        <translation>Eine klinische Bewertung, ein Qualitätsmanagementsystem und technische Dokumentation.</translation>
    </message>
    <message>
        <source>Post-market surveillance and vigilance reporting.</source>
        <translation>Überwachung nach dem Inverkehrbringen und Vigilanzmeldungen.</translation>
    </message>
</context>
<context>
    <name>risks</name>
    <message>
        <source>Building, buying or running a prohibited practice exposes the organisation to fines of up to EUR 35 million or 7% of its worldwide annual turnover, whichever is higher</source>
        <translation>Wer eine verbotene Praxis entwickelt, kauft oder betreibt, riskiert Geldbußen von bis zu 35 Millionen EUR oder 7 % des weltweiten Jahresumsatzes, je nachdem, welcher Betrag höher ist</translation>
    </message>
    <message>
        <source>Do not build or buy it; switch off any such use already running, record the decision, and have counsel confirm whether any medical or safety exception applies</source>
        <translation>Nicht entwickeln und nicht kaufen; laufende Nutzungen abschalten, die Entscheidung dokumentieren und von der Rechtsberatung prüfen lassen, ob eine medizinische oder Sicherheitsausnahme greift</translation>
    </message>
    <message>
        <source>Bias: a model trained on past hiring or promotion outcomes repeats them; Amazon dropped a CV-screening model that penalised CVs mentioning “women&apos;s”</source>
        <translation>Verzerrung: Ein Modell, das auf früheren Einstellungs- oder Beförderungsentscheidungen trainiert ist, wiederholt sie; Amazon gab ein Modell zur Lebenslaufsichtung auf, das Lebensläufe mit „women&apos;s“ abwertete</translation>
    </message>
    <message>
        <source>Compare selection rates by group against today&apos;s process before and after launch, remove proxies of protected traits, and keep a person accountable for every decision</source>
        <translation>Vergleichen Sie die Auswahlquoten je Gruppe mit dem heutigen Verfahren vor und nach dem Start, entfernen Sie Stellvertretermerkmale geschützter Eigenschaften und lassen Sie für jede Entscheidung eine Person verantwortlich bleiben</translation>
    </message>
    <message>
        <source>Biased labels: a health algorithm that predicted costs as a stand-in for need rated Black patients healthier than equally sick White patients</source>
        <translation>Verzerrte Labels: Ein Gesundheitsalgorithmus, der Kosten als Ersatz für Bedarf vorhersagte, stufte Schwarze Patienten gesünder ein als gleich kranke weiße</translation>
    </message>
    <message>
        <source>Check that the recorded outcome measures need, not access to care, and compare outcomes by patient group at equal predicted risk</source>
        <translation>Prüfen Sie, dass das erfasste Ergebnis den Bedarf misst und nicht den Zugang zur Versorgung, und vergleichen Sie die Ergebnisse je Patientengruppe bei gleichem vorhergesagtem Risiko</translation>
    </message>
    <message>
        <source>Performance by patient group: inputs and models can be less accurate for some groups, as pulse oximeters missed low oxygen more often in Black patients</source>
        <translation>Leistung je Patientengruppe: Eingaben und Modelle können für manche Gruppen ungenauer sein, so wie Pulsoximeter niedrigen Sauerstoff bei Schwarzen Patienten öfter übersahen</translation>
    </message>
    <message>
        <source>Report sensitivity, false alarms and calibration for each patient group and site, and set a minimum every group must meet</source>
        <translation>Weisen Sie Sensitivität, Fehlalarme und Kalibrierung je Patientengruppe und Standort aus und legen Sie ein Minimum fest, das jede Gruppe erreichen muss</translation>
    </message>
    <message>
        <source>Figures that do not transfer: a sepsis model used in hundreds of hospitals performed far worse when validated independently than its developer reported</source>
        <translation>Kennzahlen, die sich nicht übertragen: Ein in Hunderten Krankenhäusern eingesetztes Sepsis-Modell schnitt bei unabhängiger Validierung weit schlechter ab, als sein Hersteller angab</translation>
    </message>
    <message>
        <source>Validate on your own patients, prospectively and in silent mode, before any alert reaches clinicians, and watch the alert burden</source>
        <translation>Validieren Sie an Ihren eigenen Patienten, prospektiv und im stillen Modus, bevor eine Warnung das klinische Personal erreicht, und achten Sie auf die Alarmlast</translation>
    </message>
    <message>
        <source>Unequal accuracy on faces: commercial face analysis erred far more often for darker-skinned women than for lighter-skinned men</source>
        <translation>Ungleiche Genauigkeit bei Gesichtern: Kommerzielle Gesichtsanalyse irrte sich bei Frauen mit dunklerer Haut weit öfter als bei Männern mit hellerer Haut</translation>
    </message>
    <message>
        <source>Measure error rates for each group of skin type, sex and age on your own images before use, and do not use it where a group falls short</source>
        <translation>Messen Sie vor dem Einsatz die Fehlerraten je Gruppe nach Hauttyp, Geschlecht und Alter an Ihren eigenen Bildern und setzen Sie es nicht ein, wo eine Gruppe zurückbleibt</translation>
    </message>
    <message>
        <source>Harmful bias: outputs that affect people can be systematically worse for some groups</source>
        <translation>Schädliche Verzerrung: Ergebnisse, die Menschen betreffen, können für manche Gruppen systematisch schlechter sein</translation>
    </message>
    <message>
        <source>Define the groups to compare, measure outcomes for each before launch and after, and name who acts when a gap appears</source>
        <translation>Legen Sie die zu vergleichenden Gruppen fest, messen Sie die Ergebnisse für jede vor und nach dem Start und benennen Sie, wer handelt, wenn eine Lücke auftritt</translation>
    </message>
    <message>
        <source>The labels record past human decisions (who was hired, approved, flagged): a model trained on them learns to repeat those decisions, their bias included</source>
        <translation>Die Labels halten frühere menschliche Entscheidungen fest (wer eingestellt, genehmigt, markiert wurde): Ein darauf trainiertes Modell lernt, diese Entscheidungen samt ihrer Verzerrung zu wiederholen</translation>
    </message>
    <message>
        <source>Prefer measured outcomes as labels; where only decisions exist, audit them by group first and never let the model learn from decisions alone about people</source>
        <translation>Bevorzugen Sie gemessene Ergebnisse als Labels; wo es nur Entscheidungen gibt, prüfen Sie sie zuerst je Gruppe und lassen Sie das Modell über Menschen nie allein aus Entscheidungen lernen</translation>
    </message>
    <message>
        <source>Wrong answers stated with confidence, for which the organisation is liable: Air Canada was held liable for its chatbot&apos;s wrong advice on refunds</source>
        <translation>Falsche Antworten mit großer Sicherheit, für die die Organisation haftet: Air Canada wurde für die falsche Auskunft ihres Chatbots zu Erstattungen haftbar gemacht</translation>
    </message>
    <message>
        <source>Answer only from retrieved documents and link them, hand over to a person when unsure, test on an evaluation set and review samples weekly</source>
        <translation>Nur aus abgerufenen Dokumenten antworten und sie verlinken, bei Unsicherheit an einen Menschen übergeben, an einem Evaluierungsset testen und wöchentlich Stichproben prüfen</translation>
    </message>
    <message>
        <source>Manipulation: instructions hidden in user input or documents can make a language model ignore its rules or leak data</source>
        <translation>Manipulation: In Eingaben oder Dokumenten versteckte Anweisungen können ein Sprachmodell dazu bringen, seine Regeln zu ignorieren oder Daten preiszugeben</translation>
    </message>
    <message>
        <source>Give the model no more access than the answer needs, treat retrieved text as data, and attack-test before launch</source>
        <translation>Geben Sie dem Modell nicht mehr Zugriff, als die Antwort braucht, behandeln Sie abgerufene Texte als Daten und testen Sie vor dem Start mit Angriffen</translation>
    </message>
    <message>
        <source>Censored history: sales recorded during stock-outs read as zero demand, so a forecast learns to under-order</source>
        <translation>Zensierte Historie: Während Fehlbeständen erfasste Verkäufe erscheinen als Nachfrage null, sodass eine Prognose lernt, zu wenig zu bestellen</translation>
    </message>
    <message>
        <source>Flag stock-outs and other gaps in the history and treat them as missing demand, not as zero</source>
        <translation>Markieren Sie Fehlbestände und andere Lücken in der Historie und behandeln Sie sie als fehlende Nachfrage, nicht als null</translation>
    </message>
    <message>
        <source>A backtest that sees the future (random splits, features computed with later data) makes a forecast look better than it will be</source>
        <translation>Ein Backtest, der die Zukunft sieht (Zufallsaufteilungen, mit späteren Daten berechnete Merkmale), lässt eine Prognose besser aussehen, als sie sein wird</translation>
    </message>
    <message>
        <source>Backtest on rolling origins in time order, with features built only from data available on each forecast date</source>
        <translation>Testen Sie rückwirkend mit rollierenden Ursprüngen in zeitlicher Reihenfolge, mit Merkmalen nur aus Daten, die am jeweiligen Prognosedatum verfügbar waren</translation>
    </message>
    <message>
        <source>Latency and no network: answers in milliseconds or on devices need a model that fits the device, and a fallback when it cannot answer</source>
        <translation>Latenz und kein Netz: Antworten in Millisekunden oder auf Geräten brauchen ein Modell, das auf das Gerät passt, und eine Rückfallebene, wenn es nicht antworten kann</translation>
    </message>
    <message>
        <source>Measure speed and memory on the target hardware early, compress the model (quantise, distil), and define the fallback behaviour</source>
        <translation>Messen Sie früh Geschwindigkeit und Speicher auf der Zielhardware, komprimieren Sie das Modell (quantisieren, destillieren) und legen Sie das Verhalten der Rückfallebene fest</translation>
    </message>
    <message>
        <source>Shifting data: accuracy degrades when new data drifts from the training data</source>
        <translation>Sich verändernde Daten: Die Genauigkeit sinkt, wenn neue Daten von den Trainingsdaten abdriften</translation>
    </message>
    <message>
        <source>Monitor accuracy and input distributions on fresh data and plan retraining from the start</source>
        <translation>Überwachen Sie Genauigkeit und Eingangsverteilungen auf frischen Daten und planen Sie das Nachtrainieren von Anfang an</translation>
    </message>
    <message>
        <source>Fees at volume: paying per request or per token grows with every request, and at millions a month can outrun the budget</source>
        <translation>Gebühren bei Volumen: Bezahlung pro Anfrage oder Token wächst mit jeder Anfrage und kann bei Millionen im Monat das Budget übersteigen</translation>
    </message>
    <message>
        <source>Price the service at the answered volume, cache repeated requests, route easy ones to a smaller model and cap monthly spend</source>
        <translation>Kalkulieren Sie den Dienst beim angegebenen Volumen, puffern Sie wiederholte Anfragen, leiten Sie einfache an ein kleineres Modell und deckeln Sie die Monatsausgaben</translation>
    </message>
    <message>
        <source>Vendor dependence: an outside service can change its price, its model or its data terms</source>
        <translation>Anbieterabhängigkeit: Ein externer Dienst kann seinen Preis, sein Modell oder seine Datenbedingungen ändern</translation>
    </message>
    <message>
        <source>Read the data terms (no training on your data, where it is hosted), keep the evaluation set to compare providers, and keep a way to switch</source>
        <translation>Lesen Sie die Datenbedingungen (kein Training mit Ihren Daten, Ort des Hostings), behalten Sie das Evaluierungsset zum Vergleich von Anbietern und halten Sie sich einen Wechsel offen</translation>
    </message>
    <message>
        <source>Outside processing: personal data may not reach a provider without a data processing agreement or anonymisation</source>
        <translation>Externe Verarbeitung: Personenbezogene Daten dürfen einen Anbieter nicht ohne Auftragsverarbeitungsvertrag oder Anonymisierung erreichen</translation>
    </message>
    <message>
        <source>Sign a data processing agreement, or anonymise, before any data reaches a provider</source>
        <translation>Schließen Sie einen Auftragsverarbeitungsvertrag ab oder anonymisieren Sie, bevor Daten einen Anbieter erreichen</translation>
    </message>
    <message>
        <source>Licence: the weights of some tabular foundation models may be used for research and evaluation only, not in production</source>
        <translation>Lizenz: Die Gewichte mancher tabellarischer Foundation-Modelle dürfen nur für Forschung und Evaluierung genutzt werden, nicht in Produktion</translation>
    </message>
    <message>
        <source>Check the licence of the exact model version before the pilot; budget a commercial licence or fall back to gradient boosting</source>
        <translation>Prüfen Sie vor dem Pilotprojekt die Lizenz der genauen Modellversion; planen Sie eine kommerzielle Lizenz ein oder weichen Sie auf Gradient Boosting aus</translation>
    </message>
    <message>
        <source>Licence: open weights come with licences that may restrict commercial use, scale or field of use</source>
        <translation>Lizenz: Offene Gewichte kommen mit Lizenzen, die kommerzielle Nutzung, Umfang oder Einsatzgebiet beschränken können</translation>
    </message>
    <message>
        <source>Check the model&apos;s licence for your use before building on it</source>
        <translation>Prüfen Sie die Lizenz des Modells für Ihre Nutzung, bevor Sie darauf aufbauen</translation>
    </message>
    <message>
        <source>Running models on your own machines: someone must install, update and monitor them, which costs more than the model code</source>
        <translation>Modelle auf eigenen Rechnern betreiben: Jemand muss sie installieren, aktualisieren und überwachen, was mehr kostet als der Modellcode</translation>
    </message>
    <message>
        <source>Budget the operations work and name who runs the model in production</source>
        <translation>Planen Sie den Betriebsaufwand ein und benennen Sie, wer das Modell in Produktion betreibt</translation>
    </message>
    <message>
        <source>Black box: neural networks cannot say why they decided</source>
        <translation>Blackbox: Neuronale Netze können nicht sagen, warum sie so entschieden haben</translation>
    </message>
    <message>
        <source>Keep a person in the loop for contested cases and document what the model may decide; where explanations are required, prefer an interpretable model</source>
        <translation>Beziehen Sie bei strittigen Fällen einen Menschen ein und dokumentieren Sie, was das Modell entscheiden darf; wo Erklärungen verlangt sind, bevorzugen Sie ein interpretierbares Modell</translation>
    </message>
    <message>
        <source>Decisions about individuals usually carry a right to an explanation and to human review</source>
        <translation>Entscheidungen über Einzelne bringen in der Regel ein Recht auf Erklärung und menschliche Überprüfung mit sich</translation>
    </message>
    <message>
        <source>Have counsel check what the law requires before ruling explanations out</source>
        <translation>Lassen Sie rechtlich prüfen, was das Gesetz verlangt, bevor Sie Erklärungen ausschließen</translation>
    </message>
    <message>
        <source>Compute cost: training and serving large networks is expensive</source>
        <translation>Rechenkosten: Große Netze zu trainieren und zu betreiben ist teuer</translation>
    </message>
    <message>
        <source>Measure training and serving cost per prediction early, and stop if the gain over the baseline does not pay for it</source>
        <translation>Messen Sie früh die Trainings- und Betriebskosten pro Vorhersage und hören Sie auf, wenn der Gewinn gegenüber der Basislinie sie nicht trägt</translation>
    </message>
    <message>
        <source>Too much too soon: a first deep learning project without a team that has done it before tends to fail</source>
        <translation>Zu viel zu früh: Ein erstes Deep-Learning-Projekt ohne ein Team, das es schon einmal gemacht hat, scheitert meist</translation>
    </message>
    <message>
        <source>Start with a smaller project, or bring in people who have run networks in production</source>
        <translation>Beginnen Sie mit einem kleineren Projekt oder holen Sie Leute, die Netze bereits in Produktion betrieben haben</translation>
    </message>
    <message>
        <source>Overcomplication: a deep learning team will be tempted by deep networks on tables</source>
        <translation>Überkomplizierung: Ein Deep-Learning-Team wird von tiefen Netzen auf Tabellen verführt</translation>
    </message>
    <message>
        <source>Insist that any network beats gradient boosting on the same backtest first</source>
        <translation>Bestehen Sie darauf, dass jedes Netz zuerst Gradient Boosting im selben Backtest schlägt</translation>
    </message>
    <message>
        <source>The wrong problem: AI projects fail most often because the problem to solve is misunderstood or miscommunicated</source>
        <translation>Das falsche Problem: KI-Projekte scheitern am häufigsten, weil das zu lösende Problem missverstanden oder falsch vermittelt wird</translation>
    </message>
    <message>
        <source>Write down the decision the model supports, who uses it and the measure of success before any model is built</source>
        <translation>Halten Sie die Entscheidung, die das Modell stützt, wer es nutzt und das Erfolgsmaß schriftlich fest, bevor ein Modell gebaut wird</translation>
    </message>
    <message>
        <source>Few examples: with under 1,000, results on the data a model learned from look better than they are</source>
        <translation>Wenige Beispiele: Bei unter 1.000 sehen Ergebnisse auf den Daten, aus denen ein Modell gelernt hat, besser aus, als sie sind</translation>
    </message>
    <message>
        <source>Keep a held-out set the model never learns from, or use cross-validation, and report the spread</source>
        <translation>Halten Sie einen Testdatensatz zurück, aus dem das Modell nie lernt, oder nutzen Sie Kreuzvalidierung, und weisen Sie die Streuung aus</translation>
    </message>
    <message>
        <source>We could not judge “{question}”: it was answered “don&apos;t know”</source>
        <translation>„{question}“ konnten wir nicht beurteilen: Die Antwort war „Weiß nicht“</translation>
    </message>
    <message>
        <source>Find out before the pilot starts and assess again: {text}</source>
        <translation>Vor dem Start des Pilotprojekts klären und neu bewerten: {text}</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Start simple: a simple model that ships beats a complex one that does not, and it is the baseline any deep network must beat</source>
        <translation>Einfach anfangen: Ein einfaches Modell, das in Produktion geht, schlägt ein komplexes, das es nicht tut, und es ist die Baseline, die jedes tiefe Netz schlagen muss</translation>
    </message>
    <message>
        <source>Text, images, audio and video: pretrained networks already understand this kind of data, and adapting one beats training from scratch unless the labelled data is very large and unlike anything public</source>
        <translation>Text, Bilder, Audio und Video: Vortrainierte Netze verstehen diese Art von Daten bereits, und eines anzupassen schlägt das Training von Grund auf, es sei denn, die gelabelten Daten sind sehr umfangreich und anders als alles Öffentliche</translation>
    </message>
    <message>
        <source>Millions of interactions and a team that runs neural networks: deep recommenders pay off at this scale</source>
        <translation>Millionen Interaktionen und ein Team, das neuronale Netze betreibt: Deep-Learning-Empfehlungssysteme zahlen sich in dieser Größenordnung aus</translation>
    </message>
    <message>
        <source>A service already does this task: even where quality is the edge, it is the baseline to beat and a model to adapt</source>
        <translation>Ein Dienst erledigt diese Aufgabe bereits: Selbst wo Qualität der Wettbewerbsvorteil ist, ist er die zu schlagende Baseline und ein Modell, das sich anpassen lässt</translation>
    </message>
    <message>
        <source>The data must stay on premises: that rules out a cloud service, not transfer learning; open pretrained models run on your own machines and can be adapted there</source>
        <translation>Die Daten müssen im Haus bleiben: Das schließt einen Cloud-Dienst aus, nicht aber Transfer Learning; offene vortrainierte Modelle laufen auf Ihren eigenen Rechnern und lassen sich dort anpassen</translation>
    </message>
    <message>
        <source>Open pretrained models exist for a similar task: fine-tuning one needs far less data, time and compute than training from scratch</source>
        <translation>Für eine ähnliche Aufgabe gibt es offene vortrainierte Modelle: Eines per Fine-Tuning anzupassen erfordert weit weniger Daten, Zeit und Rechenleistung als ein Training von Grund auf</translation>
    </message>
    <message>
        <source>A task unlike anything public with millions of labelled examples: this is where training your own network pays off</source>
        <translation>Eine Aufgabe, die nichts Öffentlichem gleicht, mit Millionen gelabelter Beispiele: Hier zahlt sich das Training eines eigenen Netzes aus</translation>
    </message>
    <message>
        <source>A new task with hundreds of thousands of labelled examples: fine-tuning all the layers of a network, or training one, becomes possible</source>
        <translation>Eine neue Aufgabe mit Hunderttausenden gelabelter Beispiele: Das Fine-Tuning aller Schichten eines Netzes oder das Training eines eigenen wird möglich</translation>
    </message>
    <message>
        <source>Records in tables: on tables of the size studied (about 10,000 rows), gradient-boosted trees still beat deep networks, for a fraction of the cost</source>
        <translation>Datensätze in Tabellen: Bei Tabellen der untersuchten Größe (etwa 10.000 Zeilen) schlagen Gradient-Boosted Trees tiefe Netze weiterhin, zu einem Bruchteil der Kosten</translation>
    </message>
    <message>
        <source>A small table: a pretrained tabular model (TabPFN) matched or beat tuned gradient boosting on tables of up to 10,000 rows; either learns from what you have, no network of your own is needed</source>
        <translation>Eine kleine Tabelle: Ein vortrainiertes Tabellenmodell (TabPFN) erreichte oder schlug abgestimmtes Gradient Boosting auf Tabellen bis 10.000 Zeilen; beide lernen aus dem Vorhandenen, ein eigenes Netz ist nicht nötig</translation>
    </message>
    <message>
        <source>Forecasting: in the M5 retail competition, methods built on gradient boosting (LightGBM) beat the statistical benchmarks; start with boosting on past values and a seasonal baseline</source>
        <translation>Prognosen: Im M5-Wettbewerb zu Einzelhandelsumsätzen schlugen Verfahren auf Basis von Gradient Boosting (LightGBM) die statistischen Vergleichsverfahren; beginnen Sie mit Boosting auf vergangenen Werten und einer saisonalen Basislinie</translation>
    </message>
    <message>
        <source>Pretrained time-series models forecast series they have never seen about as well as models trained on them: a cheap extra baseline, not a reason to build a network</source>
        <translation>Vortrainierte Zeitreihenmodelle prognostizieren nie gesehene Reihen etwa so gut wie darauf trainierte Modelle: eine günstige zusätzliche Vergleichsbasis, kein Grund, ein Netz zu bauen</translation>
    </message>
    <message>
        <source>An assistant that answers from the organisation&apos;s own documents: retrieval with a pretrained language model is the established design, and there is no model to train first</source>
        <translation>Ein Assistent, der aus den eigenen Dokumenten der Organisation antwortet: Suche mit einem vortrainierten Sprachmodell ist die bewährte Bauweise, und es muss zuerst kein Modell trainiert werden</translation>
    </message>
    <message>
        <source>Drafting text, code, images or summaries is what general foundation models do, by API or with open weights; building a generator of one&apos;s own is for the few who build such models</source>
        <translation>Texte, Code, Bilder oder Zusammenfassungen zu entwerfen ist, was allgemeine Foundation Models tun, per API oder mit offenen Gewichten; einen eigenen Generator zu bauen ist Sache der wenigen, die solche Modelle bauen</translation>
    </message>
    <message>
        <source>Pulling fields out of documents is sold as a service and done well by general language and vision models; measure their field accuracy on a labelled sample before trusting one</source>
        <translation>Felder aus Dokumenten auszulesen wird als Dienst verkauft und von allgemeinen Sprach- und Bildmodellen gut erledigt; messen Sie die Feldgenauigkeit an einer gekennzeichneten Stichprobe, bevor Sie einem vertrauen</translation>
    </message>
    <message>
        <source>Text: training a language model from scratch is almost never right; fine-tuning a pretrained one needs a fraction of the labelled data</source>
        <translation>Text: Ein Sprachmodell von Grund auf zu trainieren ist fast nie richtig; ein vortrainiertes feinabzustimmen braucht einen Bruchteil der gekennzeichneten Daten</translation>
    </message>
    <message>
        <source>Recommendations: a well-tuned matrix factorisation beat neural collaborative filtering and is far cheaper to serve; start there</source>
        <translation>Empfehlungen: Eine gut abgestimmte Matrixfaktorisierung schlug neuronales kollaboratives Filtern und ist im Betrieb weit günstiger; beginnen Sie dort</translation>
    </message>
    <message>
        <source>Even where nothing is known to do this exact task, a generic pretrained model of this kind of data exists, and with this much data it is the best starting point</source>
        <translation>Auch wo nichts bekannt ist, das genau diese Aufgabe erledigt, gibt es ein allgemeines vortrainiertes Modell für diese Art von Daten, und bei so vielen Daten ist es der beste Ausgangspunkt</translation>
    </message>
    <message>
        <source>Fewer than 10,000 labelled examples: too few to train a network from scratch; one vendor&apos;s guidance asks for about 1,000 examples per label even to adapt a model</source>
        <translation>Weniger als 10.000 gelabelte Beispiele: zu wenige, um ein Netz von Grund auf zu trainieren; die Anleitung eines Anbieters verlangt selbst zum Anpassen eines Modells etwa 1.000 Beispiele pro Label</translation>
    </message>
    <message>
        <source>Few examples: far too few to train a network, but enough for an evaluation set; a general model steered by instructions needs no training labels</source>
        <translation>Wenige Beispiele: viel zu wenige, um ein Netz zu trainieren, aber genug für einen Evaluationssatz; ein allgemeines, durch Anweisungen gesteuertes Modell braucht keine Trainingslabels</translation>
    </message>
    <message>
        <source>Fewer than 1,000 examples: only models that already learned from other data, or simple ones, can work this small</source>
        <translation>Weniger als 1.000 Beispiele: Bei so wenigen Daten funktionieren nur Modelle, die bereits aus anderen Daten gelernt haben, oder einfache Modelle</translation>
    </message>
    <message>
        <source>No labels yet: pretrained models and services work with few or no labels, custom networks need many</source>
        <translation>Noch keine Labels: Vortrainierte Modelle und Dienste kommen mit wenigen oder gar keinen Labels aus, eigene Netze brauchen viele</translation>
    </message>
    <message>
        <source>The data changes often: models must be retrained often, which is cheap for simple or adapted models and expensive for large custom networks</source>
        <translation>Die Daten ändern sich häufig: Modelle müssen oft neu trainiert werden, was bei einfachen oder angepassten Modellen günstig und bei großen eigenen Netzen teuer ist</translation>
    </message>
    <message>
        <source>A service already does this task and model quality is not what sets you apart: buy, don&apos;t build, whatever the size of the team</source>
        <translation>Ein Dienst erledigt diese Aufgabe bereits, und Modellqualität ist nicht Ihr Unterscheidungsmerkmal: kaufen, nicht bauen, egal wie groß das Team ist</translation>
    </message>
    <message>
        <source>A clinical or safety use for which products exist: a certified (CE-marked) product carries its maker&apos;s conformity assessment, which a model of your own would have to earn</source>
        <translation>Ein klinischer oder Sicherheitseinsatz, für den es Produkte gibt: Ein zertifiziertes (CE-gekennzeichnetes) Produkt bringt die Konformitätsbewertung seines Herstellers mit, die ein eigenes Modell erst erlangen müsste</translation>
    </message>
    <message>
        <source>No one in house has built machine learning models: competence is built project by project, and deep learning is not the first one</source>
        <translation>Niemand im Haus hat Machine-Learning-Modelle entwickelt: Kompetenz wächst von Projekt zu Projekt, und Deep Learning ist nicht das erste</translation>
    </message>
    <message>
        <source>Calling a ready service needs integration skills, not machine learning skills</source>
        <translation>Einen fertigen Dienst aufzurufen erfordert Integrationskompetenz, keine Machine-Learning-Kompetenz</translation>
    </message>
    <message>
        <source>The team has trained and run neural networks in production</source>
        <translation>Das Team hat neuronale Netze trainiert und in Produktion betrieben</translation>
    </message>
    <message>
        <source>Dedicated GPUs are available to train networks</source>
        <translation>Dedizierte GPUs stehen zum Trainieren von Netzen bereit</translation>
    </message>
    <message>
        <source>Under $50,000 a year: deep learning is an over-investment at this budget; pay per use or keep models simple</source>
        <translation>Unter 50.000&#xa0;USD pro Jahr: Deep Learning ist bei diesem Budget eine Überinvestition; zahlen Sie pro Nutzung oder halten Sie die Modelle einfach</translation>
    </message>
    <message>
        <source>Production within three months: only a ready service or a simple model ships that fast; don&apos;t bite off more than you can chew</source>
        <translation>Produktion innerhalb von drei Monaten: So schnell geht nur ein fertiger Dienst oder ein einfaches Modell live; nehmen Sie sich nicht zu viel vor</translation>
    </message>
    <message>
        <source>Answers in milliseconds or without a network: a remote service cannot answer in time; a model must run on the device</source>
        <translation>Antworten in Millisekunden oder ohne Netzwerk: Ein entfernter Dienst kann nicht rechtzeitig antworten; ein Modell muss auf dem Gerät laufen</translation>
    </message>
    <message>
        <source>Model quality is the competitive edge and there is data to earn it: accuracy keeps growing with more data, and the last points are worth paying for</source>
        <translation>Die Modellqualität ist der Wettbewerbsvorteil, und es gibt die Daten, um sie zu erreichen: Die Genauigkeit wächst mit mehr Daten weiter, und die letzten Prozentpunkte sind ihren Preis wert</translation>
    </message>
    <message>
        <source>hundreds of thousands of labelled examples</source>
        <translation>Hunderttausende gekennzeichnete Beispiele</translation>
    </message>
    <message>
        <source>Custom networks need hundreds of thousands of labelled examples or more (a rule of thumb), and the answers do not show that many; with fewer, adapting a pretrained model or a classical model wins</source>
        <translation>Eigene Netze brauchen Hunderttausende gelabelte Beispiele oder mehr (eine Faustregel), und die Antworten zeigen nicht so viele; mit weniger gewinnt ein angepasstes vortrainiertes Modell oder ein klassisches Modell</translation>
    </message>
    <message>
        <source>a team that has run neural networks in production</source>
        <translation>ein Team, das neuronale Netze produktiv betrieben hat</translation>
    </message>
    <message>
        <source>GPUs, owned or rented by the hour</source>
        <translation>GPUs, eigene oder stundenweise gemietete</translation>
    </message>
    <message>
        <source>Training networks of your own needs GPUs, owned or rented by the hour in a cloud, and the answers show neither</source>
        <translation>Eigene Netze zu trainieren braucht GPUs, eigene oder stundenweise in einer Cloud gemietete, und die Antworten zeigen keines von beiden</translation>
    </message>
    <message>
        <source>$250,000 a year or more</source>
        <translation>250.000 $ im Jahr oder mehr</translation>
    </message>
    <message>
        <source>Custom deep learning needs about $250,000 a year or more for people and compute (a rule of thumb), and the answers do not show that budget; below it, deep learning is an over-investment</source>
        <translation>Eigenes Deep Learning braucht etwa 250.000 USD pro Jahr oder mehr für Personal und Rechenleistung (eine Faustregel), und die Antworten zeigen dieses Budget nicht; darunter ist Deep Learning eine Überinvestition</translation>
    </message>
    <message>
        <source>more than six months</source>
        <translation>mehr als sechs Monate</translation>
    </message>
    <message>
        <source>Collecting data for, training and hardening a network of your own takes more than six months (a rule of thumb), and the answers do not show that much time</source>
        <translation>Daten für ein eigenes Netz zu sammeln, es zu trainieren und produktionsreif zu machen dauert länger als sechs Monate (eine Faustregel), und die Antworten zeigen nicht so viel Zeit</translation>
    </message>
    <message>
        <source>model quality as the competitive edge</source>
        <translation>Modellqualität als Wettbewerbsvorteil</translation>
    </message>
    <message>
        <source>Individual decisions must be explained: use interpretable models (scorecards, linear models, small trees) rather than trying to explain a black box after the fact</source>
        <translation>Einzelne Entscheidungen müssen erklärt werden: Setzen Sie interpretierbare Modelle ein (Scorecards, lineare Modelle, kleine Entscheidungsbäume), statt eine Blackbox nachträglich erklären zu wollen</translation>
    </message>
    <message>
        <source>Decisions on jobs, credit, schooling or public services that must be explained: only an interpretable model or transparent rules will do; a black box explained after the fact is not an explanation a person can contest</source>
        <translation>Entscheidungen über Arbeit, Kredit, Bildung oder öffentliche Leistungen, die erklärt werden müssen: Nur ein interpretierbares Modell oder transparente Regeln taugen; eine nachträglich erklärte Blackbox ist keine Erklärung, die eine Person anfechten kann</translation>
    </message>
    <message>
        <source>Explanations would help: simpler models are easier to explain, debug and trust</source>
        <translation>Erklärungen wären hilfreich: Einfachere Modelle lassen sich leichter erklären und debuggen und schaffen mehr Vertrauen</translation>
    </message>
    <message>
        <source>Decisions about individuals: a model whose reasoning can be checked for bias is safer than a black box trained on a biased past</source>
        <translation>Entscheidungen über Einzelpersonen: Ein Modell, dessen Begründung sich auf Verzerrungen prüfen lässt, ist sicherer als eine Blackbox, die mit einer voreingenommenen Vergangenheit trainiert wurde</translation>
    </message>
    <message>
        <source>The right answers are past decisions about people: a model fitted to them learns the decision-makers&apos; bias, as Amazon&apos;s recruiting model did; start from published criteria and check against outcomes reviewed for this purpose</source>
        <translation>Die richtigen Antworten sind frühere Entscheidungen über Menschen: Ein daran angepasstes Modell lernt die Vorurteile der Entscheider, wie Amazons Rekrutierungsmodell; gehen Sie von veröffentlichten Kriterien aus und prüfen Sie an eigens dafür geprüften Ergebnissen</translation>
    </message>
    <message>
        <source>No use case yet: find one, launch a simple rule or report first, and add machine learning when it beats that</source>
        <translation>Noch kein Anwendungsfall: Finden Sie einen, starten Sie zuerst mit einer einfachen Regel oder einem Bericht und setzen Sie Machine Learning ein, sobald es das übertrifft</translation>
    </message>
    <message>
        <source>The data is not collected yet: start with a heuristic and collect data while it runs</source>
        <translation>Die Daten werden noch nicht erhoben: Beginnen Sie mit einer Heuristik und erheben Sie Daten, während sie läuft</translation>
    </message>
    <message>
        <source>Custom networks need a team that has trained and run them in production, and the answers do not show one; a first deep learning project built from scratch bites off more than it can chew</source>
        <translation>Eigene Netze brauchen ein Team, das solche Netze schon trainiert und in Produktion betrieben hat, und die Antworten zeigen keines; ein erstes Deep-Learning-Projekt von Grund auf hieße, sich zu viel vorzunehmen</translation>
    </message>
    <message>
        <source>Custom networks pay for their cost only where model quality is the competitive edge, and the answers do not show that it is</source>
        <translation>Eigene Netze rechnen sich nur, wo die Modellqualität der Wettbewerbsvorteil ist, und die Antworten zeigen nicht, dass sie es ist</translation>
    </message>
    <message>
        <source>Every condition for custom deep learning is met: large labelled data, a team that has run networks in production, GPUs, budget, time, and accuracy that is the business&apos;s edge</source>
        <translation>Alle Voraussetzungen für eigenes Deep Learning sind erfüllt: umfangreiche gelabelte Daten, ein Team, das Netze in Produktion betrieben hat, GPUs, Budget, Zeit und eine Genauigkeit, die den Wettbewerbsvorteil des Unternehmens ausmacht</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <source>Start with the business problem, not the technology: what should change, and how will you know it worked?</source>
        <translation>Beginnen Sie mit dem Geschäftsproblem, nicht mit der Technologie: Was soll sich ändern, und woran werden Sie erkennen, dass es funktioniert hat?</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>Das Problem</translation>
    </message>
    <message>
        <source>What kind of data the problem is about decides most of the answer, and so does whether someone already sells or publishes a model that does the job.</source>
        <translation>Um welche Art von Daten es geht, entscheidet den Großteil der Antwort – ebenso, ob jemand bereits ein Modell verkauft oder veröffentlicht, das die Aufgabe erledigt.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Daten</translation>
    </message>
    <message>
        <source>Models learn from examples where the right answer is known. How many there are, and whether the team can reach them, matters more than the algorithm.</source>
        <translation>Modelle lernen aus Beispielen, bei denen die richtige Antwort bekannt ist. Wie viele es gibt und ob das Team darauf zugreifen kann, zählt mehr als der Algorithmus.</translation>
    </message>
    <message>
        <source>Budget and infrastructure</source>
        <translation>Budget und Infrastruktur</translation>
    </message>
    <message>
        <source>Deep learning costs money to train and to run. These answers say what the initiative can afford and how fast it has to deliver.</source>
        <translation>Deep Learning kostet Geld in Training und Betrieb. Diese Antworten zeigen, was sich die Initiative leisten kann und wie schnell sie liefern muss.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Team</translation>
    </message>
    <message>
        <source>Competence is built project by project. Be honest about the skills you have today, not the ones you plan to hire.</source>
        <translation>Kompetenz wächst von Projekt zu Projekt. Gehen Sie ehrlich von den Fähigkeiten aus, die Sie heute haben, nicht von denen, die Sie einstellen wollen.</translation>
    </message>
    <message>
        <source>Risk and governance</source>
        <translation>Risiko und Governance</translation>
    </message>
    <message>
        <source>Where data may go, who is affected by the predictions and who must understand them: these constraints rule some paths out.</source>
        <translation>Wohin Daten dürfen, wer von den Vorhersagen betroffen ist und wer sie verstehen muss: Diese Bedingungen schließen manche Ansätze aus.</translation>
    </message>
</context>
<context>
    <name>sources</name>
    <message>
        <source>Practices forbidden since 2 February 2025, among them inferring the emotions of people at work or in education, except for medical or safety reasons.</source>
        <translation>Seit dem 2. Februar 2025 verbotene Praktiken, darunter das Ableiten von Emotionen von Menschen am Arbeitsplatz oder in der Bildung, außer aus medizinischen oder Sicherheitsgründen.</translation>
    </message>
    <message>
        <source>The high-risk areas: biometrics and emotion recognition, critical infrastructure, education, employment, essential services incl. credit and insurance, law enforcement, migration, justice.</source>
        <translation>Die Hochrisikobereiche: Biometrie und Emotionserkennung, kritische Infrastruktur, Bildung, Beschäftigung, grundlegende Dienste einschließlich Kredit und Versicherung, Strafverfolgung, Migration, Justiz.</translation>
    </message>
    <message>
        <source>AI that is, or is a safety component of, a product under the laws of Annex I (machinery, toys, medical devices, ...) needing third-party conformity assessment is high-risk.</source>
        <translation>KI, die selbst ein Produkt nach den Rechtsakten des Anhangs I ist oder dessen Sicherheitsbauteil (Maschinen, Spielzeug, Medizinprodukte, ...) und eine Konformitätsbewertung durch Dritte braucht, ist hochriskant.</translation>
    </message>
    <message>
        <source>People must be told they are dealing with an AI system; generated content must be marked; people exposed to emotion recognition must be informed.</source>
        <translation>Menschen muss gesagt werden, dass sie mit einem KI-System zu tun haben; erzeugte Inhalte müssen gekennzeichnet werden; Personen, die einer Emotionserkennung ausgesetzt sind, müssen informiert werden.</translation>
    </message>
    <message>
        <source>A prohibited practice can be fined up to EUR 35 million or 7% of the company&apos;s worldwide annual turnover, whichever is higher.</source>
        <translation>Eine verbotene Praxis kann mit bis zu 35 Millionen EUR oder 7 % des weltweiten Jahresumsatzes des Unternehmens geahndet werden, je nachdem, welcher Betrag höher ist.</translation>
    </message>
    <message>
        <source>As adopted: prohibitions apply from 2 February 2025, most duties from 2 August 2026, Article 6(1) (Annex I products) from 2 August 2027.</source>
        <translation>In der beschlossenen Fassung: Verbote gelten ab dem 2. Februar 2025, die meisten Pflichten ab dem 2. August 2026, Artikel 6 Absatz 1 (Produkte nach Anhang I) ab dem 2. August 2027.</translation>
    </message>
    <message>
        <source>Reported to move the high-risk duties to 2 December 2027 (Annex III) and 2 August 2028 (Annex I); Article 50 disclosure stays at 2 August 2026.</source>
        <translation>Verschiebt Berichten zufolge die Hochrisikopflichten auf den 2. Dezember 2027 (Anhang III) und den 2. August 2028 (Anhang I); die Offenlegung nach Artikel 50 bleibt beim 2. August 2026.</translation>
    </message>
    <message>
        <source>A provider processing personal data on your behalf needs a processing agreement; high-risk processing needs an impact assessment first.</source>
        <translation>Ein Anbieter, der personenbezogene Daten in Ihrem Auftrag verarbeitet, braucht einen Auftragsverarbeitungsvertrag; eine Verarbeitung mit hohem Risiko braucht vorher eine Folgenabschätzung.</translation>
    </message>
    <message>
        <source>A right not to be subject to a solely automated decision with legal or similarly significant effects; where allowed, human intervention and a right to contest.</source>
        <translation>Ein Recht, keiner ausschließlich automatisierten Entscheidung mit rechtlicher oder ähnlich erheblicher Wirkung unterworfen zu werden; wo sie erlaubt ist, Eingreifen eines Menschen und ein Recht auf Anfechtung.</translation>
    </message>
    <message>
        <source>A credit score is itself an automated decision under Article 22 when a lender draws strongly on it.</source>
        <translation>Ein Kredit-Score ist selbst eine automatisierte Entscheidung nach Artikel 22, wenn ein Kreditgeber sich maßgeblich auf ihn stützt.</translation>
    </message>
    <message>
        <source>Software informing diagnostic or therapeutic decisions is class IIa or higher (IIb or III if harm may be serious); monitoring vital parameters is IIa or IIb.</source>
        <translation>Software, die diagnostische oder therapeutische Entscheidungen stützt, ist Klasse IIa oder höher (IIb oder III bei möglichem schwerem Schaden); die Überwachung von Vitalparametern ist IIa oder IIb.</translation>
    </message>
    <message>
        <source>The data threshold for custom deep learning; based on the transfer-learning evidence (Sun et al. 2017, CS231n), which sets no figure itself.</source>
        <translation>Die Datenschwelle für eigenes Deep Learning; gestützt auf die Belege zum Transferlernen (Sun et al. 2017, CS231n), die selbst keine Zahl nennen.</translation>
    </message>
    <message>
        <source>The budget threshold for custom deep learning: about two specialists for a year plus GPU time, at the rulebook&apos;s unit prices.</source>
        <translation>Die Budgetschwelle für eigenes Deep Learning: etwa zwei Fachleute für ein Jahr plus GPU-Zeit, zu den Stückpreisen des Regelwerks.</translation>
    </message>
    <message>
        <source>The time threshold for custom deep learning.</source>
        <translation>Die Zeitschwelle für eigenes Deep Learning.</translation>
    </message>
    <message>
        <source>The year-one cost ranges: orientation, not quotes.</source>
        <translation>Die Kostenspannen für das erste Jahr: zur Orientierung, keine Angebote.</translation>
    </message>
    <message>
        <source>Fees that grow with volume, data terms and lock-in of outside model services.</source>
        <translation>Mit dem Volumen wachsende Gebühren, Datenbedingungen und Anbieterbindung externer Modelldienste.</translation>
    </message>
    <message>
        <source>Censored demand and leaking backtests in forecasts.</source>
        <translation>Zensierte Nachfrage und Backtests mit Datenleck bei Prognosen.</translation>
    </message>
    <message>
        <source>Latency, compression and fallback for models on devices.</source>
        <translation>Latenz, Kompression und Rückfallebene für Modelle auf Geräten.</translation>
    </message>
    <message>
        <source>On medium-sized tables (about 10,000 rows, 45 datasets), tree-based models such as gradient boosting remain ahead of deep networks; larger tables were not studied.</source>
        <translation>Auf mittelgroßen Tabellen (etwa 10.000 Zeilen, 45 Datensätze) bleiben baumbasierte Modelle wie Gradient Boosting vor tiefen Netzen; größere Tabellen wurden nicht untersucht.</translation>
    </message>
    <message>
        <source>On Walmart&apos;s retail sales, LightGBM-based methods beat the statistical benchmarks; the second place blended LightGBM with the N-BEATS network.</source>
        <translation>Bei den Einzelhandelsumsätzen von Walmart schlugen LightGBM-basierte Verfahren die statistischen Vergleichsverfahren; der zweite Platz kombinierte LightGBM mit dem Netz N-BEATS.</translation>
    </message>
    <message>
        <source>A pretrained tabular model (TabPFN) beat tuned gradient boosting on tables of up to 10,000 rows and 500 columns; larger tables were outside its evaluation.</source>
        <translation>Ein vortrainiertes Tabellenmodell (TabPFN) schlug abgestimmtes Gradient Boosting auf Tabellen mit bis zu 10.000 Zeilen und 500 Spalten; größere Tabellen lagen außerhalb seiner Auswertung.</translation>
    </message>
    <message>
        <source>Pretrained time-series models forecast series they never saw about as well as models trained on them (42 datasets): a cheap baseline to beat.</source>
        <translation>Vortrainierte Zeitreihenmodelle sagen Reihen, die sie nie gesehen haben, etwa so gut voraus wie darauf trainierte Modelle (42 Datensätze): eine günstige Basislinie, die es zu schlagen gilt.</translation>
    </message>
    <message>
        <source>Fine-tuning a pretrained language model: with 100 labelled examples it matched training from scratch on 100 times more.</source>
        <translation>Feinabstimmung eines vortrainierten Sprachmodells: Mit 100 gelabelten Beispielen erreichte es das Training von Grund auf mit 100-mal mehr Beispielen.</translation>
    </message>
    <message>
        <source>Vision accuracy grows with the logarithm of the training data (300 million images), and pretraining on large data then transferring helps; it sets no threshold of labels.</source>
        <translation>Die Genauigkeit in der Bildverarbeitung wächst mit dem Logarithmus der Trainingsdaten (300 Millionen Bilder), und Vortraining auf großen Daten mit anschließendem Transfer hilft; eine Schwelle an Labels nennt die Arbeit nicht.</translation>
    </message>
    <message>
        <source>Teaching rule for image networks: with little data similar to the pretraining data, train only a classifier on top; with a lot, fine-tune; from scratch only with much data unlike it.</source>
        <translation>Lehrregel für Bildnetze: Mit wenigen, den Vortrainingsdaten ähnlichen Daten nur einen Klassifikator obenauf trainieren; mit vielen feinabstimmen; von Grund auf nur mit vielen, ganz andersartigen Daten.</translation>
    </message>
    <message>
        <source>A well-tuned dot product (matrix factorisation) beat learned neural similarities and is far cheaper to serve; the paper does not study gradient-boosted ranking.</source>
        <translation>Ein gut abgestimmtes Skalarprodukt (Matrixfaktorisierung) schlug gelernte neuronale Ähnlichkeiten und ist im Betrieb weit günstiger; Ranking mit Gradient Boosting untersucht die Arbeit nicht.</translation>
    </message>
    <message>
        <source>Deep recommenders at YouTube&apos;s scale, built and run by a team that operates them in production.</source>
        <translation>Tiefe Empfehlungssysteme im Maßstab von YouTube, gebaut und betrieben von einem Team, das sie in Produktion führt.</translation>
    </message>
    <message>
        <source>Models degrade when the data drifts from the training data; drift must be detected and models adapted.</source>
        <translation>Modelle verschlechtern sich, wenn die Daten von den Trainingsdaten abdriften; die Drift muss erkannt und die Modelle angepasst werden.</translation>
    </message>
    <message>
        <source>Machine learning systems carry large hidden maintenance costs beyond the model code: data dependencies, configuration, monitoring.</source>
        <translation>Systeme des maschinellen Lernens tragen große versteckte Wartungskosten jenseits des Modellcodes: Datenabhängigkeiten, Konfiguration, Überwachung.</translation>
    </message>
    <message>
        <source>Training large neural networks costs much compute, money and energy.</source>
        <translation>Das Training großer neuronaler Netze kostet viel Rechenleistung, Geld und Energie.</translation>
    </message>
    <message>
        <source>Leakage, information about the target that would not be available when predicting, makes results look better than they are; keep learning and prediction data apart.</source>
        <translation>Datenlecks, also Informationen über das Ziel, die beim Vorhersagen nicht verfügbar wären, lassen Ergebnisse besser aussehen, als sie sind; halten Sie Lern- und Vorhersagedaten getrennt.</translation>
    </message>
    <message>
        <source>A language model answering from retrieved passages wrote more specific and factual text than one answering from its weights alone.</source>
        <translation>Ein Sprachmodell, das aus abgerufenen Textstellen antwortet, schrieb konkretere und sachlich richtigere Texte als eines, das nur aus seinen Gewichten antwortet.</translation>
    </message>
    <message>
        <source>For high-stakes decisions, use interpretable models instead of explaining black boxes after the fact; they often perform as well.</source>
        <translation>Für folgenreiche Entscheidungen interpretierbare Modelle verwenden, statt Blackboxen nachträglich zu erklären; sie leisten oft ebenso viel.</translation>
    </message>
    <message>
        <source>A health algorithm trained on costs as a stand-in for need rated Black patients healthier than equally sick White patients: the label carried the bias.</source>
        <translation>Ein Gesundheitsalgorithmus, der auf Kosten als Ersatz für Bedarf trainiert war, stufte Schwarze Patienten gesünder ein als gleich kranke weiße: Das Label trug die Verzerrung.</translation>
    </message>
    <message>
        <source>Commercial face analysis erred up to 34.7% for darker-skinned women against 0.8% for lighter-skinned men.</source>
        <translation>Kommerzielle Gesichtsanalyse irrte sich bei Frauen mit dunklerer Haut in bis zu 34,7 % der Fälle, bei Männern mit hellerer Haut in 0,8 %.</translation>
    </message>
    <message>
        <source>Pulse oximeters missed low blood oxygen about three times as often in Black as in White patients: a model&apos;s inputs can be biased by patient group.</source>
        <translation>Pulsoximeter übersahen niedrigen Blutsauerstoff bei Schwarzen etwa dreimal so oft wie bei weißen Patienten: Die Eingaben eines Modells können je nach Patientengruppe verzerrt sein.</translation>
    </message>
    <message>
        <source>Checked independently, a sepsis model used in hundreds of US hospitals reached an AUC of 0.63, well below its developer&apos;s figures.</source>
        <translation>Unabhängig geprüft erreichte ein in Hunderten US-Krankenhäusern eingesetztes Sepsis-Modell eine AUC von 0,63, weit unter den Angaben seines Herstellers.</translation>
    </message>
    <message>
        <source>Amazon dropped a CV-screening model that, trained on ten years of past CVs, penalised CVs mentioning &quot;women&apos;s&quot;.</source>
        <translation>Amazon gab ein Modell zur Lebenslaufsichtung auf, das, auf zehn Jahren früherer Lebensläufe trainiert, Lebensläufe mit dem Wort „women&apos;s“ abwertete.</translation>
    </message>
    <message>
        <source>A company answers for what its chatbot tells customers: Air Canada was held liable for its chatbot&apos;s wrong advice on bereavement fares.</source>
        <translation>Ein Unternehmen haftet für das, was sein Chatbot Kunden sagt: Air Canada wurde für die falsche Auskunft seines Chatbots zu Trauerfalltarifen haftbar gemacht.</translation>
    </message>
    <message>
        <source>From 65 interviews: AI projects fail mostly from a misunderstood problem, missing data or infrastructure, technology chased for its own sake, or problems too hard for AI.</source>
        <translation>Aus 65 Interviews: KI-Projekte scheitern meist an einem missverstandenen Problem, fehlenden Daten oder fehlender Infrastruktur, Technik um ihrer selbst willen oder Problemen, die für KI zu schwer sind.</translation>
    </message>
    <message>
        <source>A voluntary framework to govern, map, measure and manage AI risks, including validity, reliability and harmful bias.</source>
        <translation>Ein freiwilliger Rahmen, um KI-Risiken zu steuern, zu erfassen, zu messen und zu behandeln, einschließlich Validität, Zuverlässigkeit und schädlicher Verzerrung.</translation>
    </message>
    <message>
        <source>Prompt injection heads the risks of language-model applications: user input or retrieved text can override the system&apos;s instructions.</source>
        <translation>Prompt-Injection führt die Risiken von Sprachmodell-Anwendungen an: Eingaben von Nutzern oder abgerufene Texte können die Anweisungen des Systems aushebeln.</translation>
    </message>
    <message>
        <source>Rule 1: don&apos;t be afraid to launch without machine learning; Rule 2: first design and implement metrics.</source>
        <translation>Regel 1: Scheuen Sie sich nicht, ohne maschinelles Lernen zu starten; Regel 2: Entwerfen und implementieren Sie zuerst Metriken.</translation>
    </message>
    <message>
        <source>For its AutoML models Google recommends about 1,000 images per label and needs at least 10 examples per label: one vendor&apos;s guidance for its product.</source>
        <translation>Für seine AutoML-Modelle empfiehlt Google etwa 1.000 Bilder pro Label und verlangt mindestens 10 Beispiele pro Label: die Anleitung eines Anbieters für sein Produkt.</translation>
    </message>
    <message>
        <source>Prefer off-the-shelf services and prebuilt or pretrained models where possible, and check that a model&apos;s licence fits the use.</source>
        <translation>Wo möglich fertige Dienste und vorgefertigte oder vortrainierte Modelle bevorzugen und prüfen, ob die Lizenz eines Modells zur Nutzung passt.</translation>
    </message>
    <message>
        <source>Newer TabPFN weights may be used for research and internal evaluation only; commercial or production use needs a commercial licence.</source>
        <translation>Neuere TabPFN-Gewichte dürfen nur für Forschung und interne Evaluierung genutzt werden; kommerzielle oder produktive Nutzung braucht eine kommerzielle Lizenz.</translation>
    </message>
    <message>
        <source>Projects fail by overcomplicating: a 3-layer network matched a 10-layer one at a fraction of the cost; define business success first. It gives no budget or time threshold.</source>
        <translation>Projekte scheitern an Überkomplizierung: Ein Netz mit 3 Schichten erreichte eines mit 10 zu einem Bruchteil der Kosten; zuerst den geschäftlichen Erfolg definieren. Eine Budget- oder Zeitschwelle nennt der Essay nicht.</translation>
    </message>
    <message>
        <source>One practitioner&apos;s account: compute cost, a deep model too slow to load in production, black boxes, decay on new data. It gives no budget threshold.</source>
        <translation>Der Bericht eines Praktikers: Rechenkosten, ein tiefes Modell, das in Produktion zu langsam lädt, Blackboxen, Verfall bei neuen Daten. Eine Budgetschwelle nennt er nicht.</translation>
    </message>
    <message>
        <source>Start from a use case; don&apos;t rebuild what pretrained models and APIs do; build competence project by project; beware biased training data. It gives no timeline.</source>
        <translation>Von einem Anwendungsfall ausgehen; nicht nachbauen, was vortrainierte Modelle und APIs leisten; Kompetenz Projekt für Projekt aufbauen; Vorsicht vor verzerrten Trainingsdaten. Einen Zeitrahmen nennt der Essay nicht.</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <source>Record the decision not to build or buy this system, with the legal reason, and stop any use already running</source>
        <translation>Halten Sie die Entscheidung fest, dieses System weder zu bauen noch zu kaufen, mit dem rechtlichen Grund, und beenden Sie jede bereits laufende Nutzung</translation>
    </message>
    <message>
        <source>The decision is minuted by the board and any running use is switched off</source>
        <translation>Die Entscheidung steht im Protokoll der Geschäftsleitung und jede laufende Nutzung ist abgeschaltet</translation>
    </message>
    <message>
        <source>Have counsel assess the rules listed here for this use: which apply, who is provider and deployer, and what each obliges</source>
        <translation>Lassen Sie die hier genannten Regeln für diese Verwendung rechtlich prüfen: welche gelten, wer Anbieter und wer Betreiber ist und wozu jede verpflichtet</translation>
    </message>
    <message>
        <source>A written assessment names each applicable rule, its duties and dates</source>
        <translation>Eine schriftliche Bewertung nennt jede geltende Regel, ihre Pflichten und Fristen</translation>
    </message>
    <message>
        <source>Write down the business measure of success and today&apos;s value of it, with the people who will use the output</source>
        <translation>Halten Sie mit den künftigen Nutzern der Ergebnisse das geschäftliche Erfolgsmaß und seinen heutigen Wert schriftlich fest</translation>
    </message>
    <message>
        <source>The sponsor has signed off one measure, its current value and the target</source>
        <translation>Der Sponsor hat ein Maß, seinen aktuellen Wert und das Ziel freigegeben</translation>
    </message>
    <message>
        <source>Put the budget to a lawful question instead, for example anonymous surveys of how people feel, with their representatives involved</source>
        <translation>Setzen Sie das Budget stattdessen für eine zulässige Frage ein, etwa anonyme Befragungen zum Befinden, unter Beteiligung der Vertretungen</translation>
    </message>
    <message>
        <source>An alternative use is chosen, or the budget is released</source>
        <translation>Eine andere Verwendung ist gewählt oder das Budget freigegeben</translation>
    </message>
    <message>
        <source>Choose one business problem with an owner and the people affected, before choosing any technology</source>
        <translation>Wählen Sie ein geschäftliches Problem mit einem Verantwortlichen und den Betroffenen, bevor Sie eine Technik wählen</translation>
    </message>
    <message>
        <source>One problem, its owner and its users are named in writing</source>
        <translation>Ein Problem, sein Verantwortlicher und seine Nutzer sind schriftlich benannt</translation>
    </message>
    <message>
        <source>Find an executive who owns the outcome and the budget</source>
        <translation>Finden Sie eine Führungskraft, die für Ergebnis und Budget einsteht</translation>
    </message>
    <message>
        <source>A named executive has agreed the budget and the measure of success</source>
        <translation>Eine benannte Führungskraft hat Budget und Erfolgsmaß zugesagt</translation>
    </message>
    <message>
        <source>Start collecting the data the use needs, with its consent and retention rules, while a simple rule runs</source>
        <translation>Beginnen Sie, die benötigten Daten samt Einwilligungs- und Aufbewahrungsregeln zu erheben, während eine einfache Regel läuft</translation>
    </message>
    <message>
        <source>Data is being recorded daily in one place, with an owner</source>
        <translation>Die Daten werden täglich an einem Ort erfasst, mit einem Verantwortlichen</translation>
    </message>
    <message>
        <source>Plan and budget the labelling: who labels, how many examples per label, and how disagreements are settled</source>
        <translation>Planen und budgetieren Sie das Labeln: wer labelt, wie viele Beispiele pro Label und wie Uneinigkeit geklärt wird</translation>
    </message>
    <message>
        <source>A labelling plan with a budget and a first batch of labelled examples</source>
        <translation>Ein Labelplan mit Budget und einer ersten Charge gelabelter Beispiele</translation>
    </message>
    <message>
        <source>Sign a data processing agreement with the provider, or anonymise, before any data leaves the organisation</source>
        <translation>Schließen Sie mit dem Anbieter einen Auftragsverarbeitungsvertrag ab oder anonymisieren Sie, bevor Daten die Organisation verlassen</translation>
    </message>
    <message>
        <source>The agreement is signed, or the anonymisation is tested</source>
        <translation>Der Vertrag ist unterschrieben oder die Anonymisierung getestet</translation>
    </message>
    <message>
        <source>Bring the data the pilot needs from its systems into one extract</source>
        <translation>Führen Sie die Daten, die das Pilotprojekt braucht, aus ihren Systemen in einem Auszug zusammen</translation>
    </message>
    <message>
        <source>A repeatable extract with the agreed fields exists and is documented</source>
        <translation>Ein wiederholbarer Auszug mit den vereinbarten Feldern existiert und ist dokumentiert</translation>
    </message>
    <message>
        <source>Run the process with a transparent rule or report while the use case, data and measure are put in place</source>
        <translation>Führen Sie den Prozess mit einer transparenten Regel oder einem Bericht, während Anwendungsfall, Daten und Maß aufgebaut werden</translation>
    </message>
    <message>
        <source>The rule runs and its results are recorded against the measure</source>
        <translation>Die Regel läuft und ihre Ergebnisse werden am Maß festgehalten</translation>
    </message>
    <message>
        <source>Measure the simple baseline the first version must beat (today&apos;s process or a simple rule) on the same data and measure</source>
        <translation>Messen Sie die einfache Basislinie, die die erste Version schlagen muss (der heutige Prozess oder eine einfache Regel), auf denselben Daten und mit demselben Maß</translation>
    </message>
    <message>
        <source>The baseline&apos;s score on the agreed measure is written down</source>
        <translation>Der Wert der Basislinie auf dem vereinbarten Maß ist festgehalten</translation>
    </message>
    <message>
        <source>Build an evaluation set: real cases with known right answers, including hard and out-of-scope ones, on which any model, service or product is measured</source>
        <translation>Bauen Sie ein Evaluierungsset: echte Fälle mit bekannter richtiger Antwort, auch schwierige und themenfremde, an denen jedes Modell, jeder Dienst und jedes Produkt gemessen wird</translation>
    </message>
    <message>
        <source>The set is frozen, its answers checked by a second person, and used</source>
        <translation>Das Set ist eingefroren, seine Antworten von einer zweiten Person geprüft, und es wird genutzt</translation>
    </message>
    <message>
        <source>Set up a rolling backtest in time order, with features only from data available on each forecast date; include a seasonal baseline and a pretrained time-series model</source>
        <translation>Richten Sie einen rollierenden Backtest in zeitlicher Reihenfolge ein, mit Merkmalen nur aus Daten, die am jeweiligen Prognosedatum verfügbar waren; mit einer saisonalen Basislinie und einem vortrainierten Zeitreihenmodell</translation>
    </message>
    <message>
        <source>Backtest errors for each baseline are reported by horizon</source>
        <translation>Die Backtest-Fehler jeder Basislinie sind nach Horizont ausgewiesen</translation>
    </message>
    <message>
        <source>Mark stock-outs, closures and other gaps in the history so they are not read as zero demand</source>
        <translation>Markieren Sie Fehlbestände, Schließtage und andere Lücken in der Historie, damit sie nicht als Nachfrage null gelesen werden</translation>
    </message>
    <message>
        <source>Every gap in the history carries a flag the model can use</source>
        <translation>Jede Lücke in der Historie trägt eine Markierung, die das Modell nutzen kann</translation>
    </message>
    <message>
        <source>Shortlist two or three services, run each on the evaluation set, and compare their price at your volume and their data terms</source>
        <translation>Wählen Sie zwei oder drei Dienste vor, lassen Sie jeden auf dem Evaluierungsset laufen und vergleichen Sie Preis bei Ihrem Volumen und Datenbedingungen</translation>
    </message>
    <message>
        <source>A comparison table with scores, yearly price and terms per service</source>
        <translation>Eine Vergleichstabelle mit Ergebnissen, Jahrespreis und Bedingungen je Dienst</translation>
    </message>
    <message>
        <source>Shortlist open-weights models that run on your own machines, check their licences, and size the hardware to run them</source>
        <translation>Wählen Sie Modelle mit offenen Gewichten vor, die auf Ihren eigenen Rechnern laufen, prüfen Sie ihre Lizenzen und dimensionieren Sie die Hardware</translation>
    </message>
    <message>
        <source>Two candidate models run on your hardware and are scored on the set</source>
        <translation>Zwei Kandidatenmodelle laufen auf Ihrer Hardware und sind auf dem Set bewertet</translation>
    </message>
    <message>
        <source>Decide between building a medical device (CE marking through a notified body) and buying a CE-marked product for this intended use</source>
        <translation>Entscheiden Sie zwischen dem Bau eines Medizinprodukts (CE-Kennzeichnung über eine benannte Stelle) und dem Kauf eines CE-gekennzeichneten Produkts für diese Zweckbestimmung</translation>
    </message>
    <message>
        <source>The route, its class under Rule 11 and its cost are agreed</source>
        <translation>Weg, Klasse nach Regel 11 und Kosten sind vereinbart</translation>
    </message>
    <message>
        <source>Carry out a data protection impact assessment and design the human review of each decision</source>
        <translation>Führen Sie eine Datenschutz-Folgenabschätzung durch und gestalten Sie die menschliche Prüfung jeder Entscheidung</translation>
    </message>
    <message>
        <source>The assessment is signed and the review step is in the process design</source>
        <translation>Die Folgenabschätzung ist unterschrieben und der Prüfschritt ist im Prozess verankert</translation>
    </message>
    <message>
        <source>Bring in the skills the path needs for the pilot: a contractor or a hire who has built such a system before</source>
        <translation>Holen Sie die Fähigkeiten, die der Weg für das Pilotprojekt braucht: einen Auftragnehmer oder eine Neueinstellung, die so ein System schon gebaut hat</translation>
    </message>
    <message>
        <source>The person is named and starts within the pilot&apos;s first month</source>
        <translation>Die Person ist benannt und beginnt im ersten Monat des Pilotprojekts</translation>
    </message>
    <message>
        <source>Agree a budget and a monthly cap for rented GPUs before training starts</source>
        <translation>Vereinbaren Sie vor Trainingsbeginn ein Budget und eine monatliche Obergrenze für gemietete GPUs</translation>
    </message>
    <message>
        <source>The cap is set in the cloud account and the budget is approved</source>
        <translation>Die Obergrenze ist im Cloud-Konto eingestellt und das Budget genehmigt</translation>
    </message>
    <message>
        <source>Audit outcomes by group: compare error and selection rates of the model and of today&apos;s process for each group affected</source>
        <translation>Prüfen Sie die Ergebnisse je Gruppe: Vergleichen Sie Fehler- und Auswahlquoten des Modells und des heutigen Prozesses für jede betroffene Gruppe</translation>
    </message>
    <message>
        <source>An audit report shows each group&apos;s rates, with gaps explained or fixed</source>
        <translation>Ein Prüfbericht zeigt die Quoten jeder Gruppe, mit erklärten oder behobenen Lücken</translation>
    </message>
    <message>
        <source>Validate on your own patients in silent mode, by patient group and site, before any output reaches clinicians</source>
        <translation>Validieren Sie im stillen Modus an Ihren eigenen Patienten, je Patientengruppe und Standort, bevor ein Ergebnis das klinische Personal erreicht</translation>
    </message>
    <message>
        <source>A validation report with sensitivity, false alarms and calibration per group is approved by the clinical lead</source>
        <translation>Ein Validierungsbericht mit Sensitivität, Fehlalarmen und Kalibrierung je Gruppe ist von der klinischen Leitung freigegeben</translation>
    </message>
    <message>
        <source>Plan the AI Act&apos;s high-risk duties: risk management, data governance, technical documentation, logging, human oversight, conformity assessment and registration</source>
        <translation>Planen Sie die Hochrisikopflichten der KI-Verordnung: Risikomanagement, Daten-Governance, technische Dokumentation, Protokollierung, menschliche Aufsicht, Konformitätsbewertung und Registrierung</translation>
    </message>
    <message>
        <source>A conformity plan with owners and dates is approved before any live use</source>
        <translation>Ein Konformitätsplan mit Verantwortlichen und Terminen ist vor jedem Echteinsatz genehmigt</translation>
    </message>
    <message>
        <source>Tell people they are dealing with an AI system at the first contact, and mark generated content</source>
        <translation>Sagen Sie den Menschen beim ersten Kontakt, dass sie es mit einem KI-System zu tun haben, und kennzeichnen Sie erzeugte Inhalte</translation>
    </message>
    <message>
        <source>The notice and the marking are in the product and checked by counsel</source>
        <translation>Hinweis und Kennzeichnung sind im Produkt und rechtlich geprüft</translation>
    </message>
    <message>
        <source>Add guardrails: answers only from sources with links, hand-over to a person when unsure, attack tests, logging and a weekly review of samples</source>
        <translation>Bauen Sie Schutzmechanismen ein: Antworten nur aus Quellen mit Links, Übergabe an einen Menschen bei Unsicherheit, Angriffstests, Protokollierung und eine wöchentliche Stichprobenprüfung</translation>
    </message>
    <message>
        <source>The evaluation set and an attack set pass the agreed thresholds</source>
        <translation>Evaluierungsset und Angriffsset erreichen die vereinbarten Schwellen</translation>
    </message>
    <message>
        <source>Compress the model for the device (quantise, distil) and measure speed, memory and accuracy on the target hardware, with a fallback</source>
        <translation>Komprimieren Sie das Modell für das Gerät (quantisieren, destillieren) und messen Sie Geschwindigkeit, Speicher und Genauigkeit auf der Zielhardware, mit Rückfallebene</translation>
    </message>
    <message>
        <source>The model meets the time limit on the device with agreed accuracy</source>
        <translation>Das Modell hält das Zeitlimit auf dem Gerät bei vereinbarter Genauigkeit ein</translation>
    </message>
    <message>
        <source>Monitor accuracy and input data in production and set when to retrain</source>
        <translation>Überwachen Sie Genauigkeit und Eingangsdaten in Produktion und legen Sie fest, wann nachtrainiert wird</translation>
    </message>
    <message>
        <source>A dashboard alerts the team when accuracy or inputs move past a limit</source>
        <translation>Ein Dashboard warnt das Team, wenn Genauigkeit oder Eingaben eine Grenze überschreiten</translation>
    </message>
    <message>
        <source>Decide go or no-go on the pilot against the test agreed at the start</source>
        <translation>Entscheiden Sie anhand des zu Beginn vereinbarten Tests über Fortführung oder Abbruch des Pilotprojekts</translation>
    </message>
    <message>
        <source>The board has the pilot&apos;s results against the baseline and decides</source>
        <translation>Die Geschäftsleitung hat die Ergebnisse des Pilotprojekts gegenüber der Basislinie und entscheidet</translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <source>Recommendation: {path}</source>
        <translation>Empfehlung: {path}</translation>
    </message>
    <message>
        <source>Verdict: {verdict}</source>
        <translation>Urteil: {verdict}</translation>
    </message>
    <message>
        <source>Approach: {text}</source>
        <translation>Ansatz: {text}</translation>
    </message>
    <message>
        <source>Baseline to beat: {text}</source>
        <translation>Zu schlagende Vergleichsbasis: {text}</translation>
    </message>
    <message>
        <source>Go/no-go after the pilot: {text}</source>
        <translation>Go/No-Go nach dem Pilotprojekt: {text}</translation>
    </message>
    <message>
        <source>Watch: {text}</source>
        <translation>Achtung: {text}</translation>
    </message>
    <message>
        <source>Readiness for {path}: {score}/100 ({band}; emerging from {emerging}, ready from {ready}, advanced from {advanced})</source>
        <translation>Reife für {path}: {score}/100 ({band}; im Aufbau ab {emerging}, bereit ab {ready}, fortgeschritten ab {advanced})</translation>
    </message>
    <message>
        <source>Fit of each path:</source>
        <translation>Eignung der Ansätze:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Begründung:</translation>
    </message>
    <message>
        <source>Fix first:</source>
        <translation>Zuerst beheben:</translation>
    </message>
    <message>
        <source>Rules that apply:</source>
        <translation>Geltende Regeln:</translation>
    </message>
    <message>
        <source>{text} (applies from {date})</source>
        <translation>{text} (gilt ab {date})</translation>
    </message>
    <message>
        <source>Risks to watch:</source>
        <translation>Zu beachtende Risiken:</translation>
    </message>
    <message>
        <source>[{severity}] {text}. What to do: {mitigation}</source>
        <translation>[{severity}] {text}. Was tun: {mitigation}</translation>
    </message>
    <message>
        <source>Levers you control:</source>
        <translation>Hebel in Ihrer Hand:</translation>
    </message>
    <message>
        <source>{text} (takes: {effort})</source>
        <translation>{text} (Aufwand: {effort})</translation>
    </message>
    <message>
        <source>Year-one cost, USD (orientation, not a quote):</source>
        <translation>Kosten im ersten Jahr, USD (Orientierung, kein Angebot):</translation>
    </message>
    <message>
        <source>{path}: {low} to {high}</source>
        <translation>{path}: {low} bis {high}</translation>
    </message>
    <message>
        <source>{what}: {low} to {high} ({assumption})</source>
        <translation>{what}: {low} bis {high} ({assumption})</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Nächste Schritte:</translation>
    </message>
    <message>
        <source>{when}, {owner}: {text} Done when: {done_when}</source>
        <translation>{when}, {owner}: {text} Erledigt, wenn: {done_when}</translation>
    </message>
    <message>
        <source>The advice depends on:</source>
        <translation>Die Empfehlung hängt ab von:</translation>
    </message>
    <message>
        <source>{part}: not judged by this version</source>
        <translation>{part}: von dieser Version nicht beurteilt</translation>
    </message>
</context>
<context>
    <name>whatif</name>
    <message>
        <source>{path} would lead if “{question}” were “{answer}” (now “{now}”).</source>
        <translation>{path} läge vorn, wenn „{question}“ auf „{answer}“ stünde (derzeit „{now}“).</translation>
    </message>
    <message>
        <source>{path} would lead if “{question1}” were “{answer1}” and “{question2}” were “{answer2}”.</source>
        <translation>{path} läge vorn, wenn „{question1}“ auf „{answer1}“ und „{question2}“ auf „{answer2}“ stünde.</translation>
    </message>
</context>
<context>
    <name>workshop</name>
    <message>
        <source>Merged {count} participants ({names}) into {path}.</source>
        <translation>{count} Teilnehmende ({names}) in {path} zusammengeführt.</translation>
    </message>
    <message>
        <source>Tied votes, recorded as &quot;don&apos;t know&quot; for the room to settle:</source>
        <translation>Stimmengleichheit, als „weiß nicht“ erfasst, bis die Runde entscheidet:</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Jetzt</translation>
    </message>
    <message>
        <source>By day 30</source>
        <translation>Bis Tag 30</translation>
    </message>
    <message>
        <source>By day 60</source>
        <translation>Bis Tag 60</translation>
    </message>
    <message>
        <source>By day 90</source>
        <translation>Bis Tag 90</translation>
    </message>
    <message>
        <source>Before: {before}   After: {after}</source>
        <translation>Vorher: {before}   Nachher: {after}</translation>
    </message>
    <message>
        <source>Recommendation: {before} → {after}</source>
        <translation>Empfehlung: {before} → {after}</translation>
    </message>
    <message>
        <source>Verdict: {before} → {after}</source>
        <translation>Urteil: {before} → {after}</translation>
    </message>
    <message>
        <source>Readiness: {before} → {after} ({delta})</source>
        <translation>Reifegrad: {before} → {after} ({delta})</translation>
    </message>
    <message>
        <source>Changed answers:</source>
        <translation>Geänderte Antworten:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Where the room disagrees:</source>
        <translation>Wo die Runde uneins ist:</translation>
    </message>
    <message>
        <source>changes the recommendation</source>
        <translation>ändert die Empfehlung</translation>
    </message>
    <message>
        <source>the recommendation holds</source>
        <translation>die Empfehlung bleibt</translation>
    </message>
    <message>
        <source>Each participant&apos;s own advice:</source>
        <translation>Die eigene Empfehlung jedes Teilnehmenden:</translation>
    </message>
    <message>
        <source>Progress since {date}</source>
        <translation>Fortschritt seit {date}</translation>
    </message>
    <message>
        <source>the earlier assessment</source>
        <translation>der früheren Bewertung</translation>
    </message>
    <message>
        <source>Readiness by dimension, before and after</source>
        <translation>Reifegrad nach Dimension, vorher und nachher</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>Readiness {before} → {after}; recommendation {path_before} → {path_after}.</source>
        <translation>Reifegrad {before} → {after}; Empfehlung {path_before} → {path_after}.</translation>
    </message>
    <message>
        <source>Verdict {before} → {after}.</source>
        <translation>Urteil {before} → {after}.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Was sich geändert hat</translation>
    </message>
    <message>
        <source>No answer changed.</source>
        <translation>Keine Antwort hat sich geändert.</translation>
    </message>
    <message>
        <source>{question}: {before} → {after}</source>
        <translation>{question}: {before} → {after}</translation>
    </message>
    <message>
        <source>Blockers cleared:</source>
        <translation>Behobene Hindernisse:</translation>
    </message>
    <message>
        <source>New blockers:</source>
        <translation>Neue Hindernisse:</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Maßnahmenplan</translation>
    </message>
    <message>
        <source>Done when: {text}</source>
        <translation>Erledigt, wenn: {text}</translation>
    </message>
    <message>
        <source>Portfolio: {count} use cases</source>
        <translation>Portfolio: {count} Anwendungsfälle</translation>
    </message>
    <message>
        <source>Each use case&apos;s readiness for its recommended path against how well that path fits, marked by verdict. Top right: ready and a good fit. The table lists them in the order to act on: by verdict, then by readiness.</source>
        <translation>Der Reifegrad jedes Anwendungsfalls für den empfohlenen Weg, aufgetragen gegen die Eignung dieses Wegs, markiert nach Urteil. Oben rechts: bereit und gut geeignet. Die Tabelle listet sie in der Reihenfolge, in der zu handeln ist: nach Urteil, dann nach Reifegrad.</translation>
    </message>
    <message>
        <source>Fit of the recommended path</source>
        <translation>Eignung des empfohlenen Wegs</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Reifegrad</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Anwendungsfall</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Urteil</translation>
    </message>
    <message>
        <source>Path, fit</source>
        <translation>Weg, Eignung</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Kernaussage</translation>
    </message>
    <message>
        <source>Year-one cost (USD)</source>
        <translation>Kosten im ersten Jahr (USD)</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>Kein Urteil</translation>
    </message>
    <message>
        <source>Where the room disagrees</source>
        <translation>Wo die Runde uneins ist</translation>
    </message>
    <message>
        <source>{count} participants answered on their own; the advice above stands on the room&apos;s consensus (the answer most gave; a tie counts as &quot;don&apos;t know&quot;). The questions where they differed, those that would change the recommendation first.</source>
        <translation>{count} Teilnehmende haben einzeln geantwortet; die Empfehlung oben beruht auf dem Konsens der Runde (der häufigsten Antwort; ein Gleichstand zählt als „weiß nicht“). Die Fragen, bei denen sie sich unterschieden, zuerst jene, die die Empfehlung ändern würden.</translation>
    </message>
    <message>
        <source>The participants gave the same answer to every question.</source>
        <translation>Die Teilnehmenden haben jede Frage gleich beantwortet.</translation>
    </message>
    <message>
        <source>Changes the recommendation</source>
        <translation>Ändert die Empfehlung</translation>
    </message>
    <message>
        <source>The recommendation holds</source>
        <translation>Die Empfehlung bleibt</translation>
    </message>
    <message>
        <source>Consensus: {answer}</source>
        <translation>Konsens: {answer}</translation>
    </message>
    <message>
        <source>Readiness across these answers: {low} to {high}</source>
        <translation>Reifegrad über diese Antworten: {low} bis {high}</translation>
    </message>
    <message>
        <source>Readiness with any of these answers: {score}</source>
        <translation>Reifegrad mit jeder dieser Antworten: {score}</translation>
    </message>
    <message>
        <source>{answer}: {names}</source>
        <translation>{answer}: {names}</translation>
    </message>
    <message>
        <source>Each participant&apos;s own advice</source>
        <translation>Die eigene Empfehlung jedes Teilnehmenden</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Teilnehmer/in</translation>
    </message>
    <message>
        <source>Participant {number}</source>
        <translation>Teilnehmer/in {number}</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
</context>
</TS>
