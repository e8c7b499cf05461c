<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AssessmentWizard</name>
    <message>
        <source>&amp;Export PDF Brief…</source>
        <translation>E&amp;xporter la note PDF…</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare assessments</source>
        <translation>Comparer des évaluations</translation>
    </message>
    <message>
        <source>Progress since {date}</source>
        <translation>Progrès depuis le {date}</translation>
    </message>
    <message>
        <source>the earlier assessment</source>
        <translation>l’évaluation précédente</translation>
    </message>
    <message>
        <source>The advice, before and after</source>
        <translation>Le conseil, avant et après</translation>
    </message>
    <message>
        <source>Earlier ({date})</source>
        <translation>Avant ({date})</translation>
    </message>
    <message>
        <source>Now ({date})</source>
        <translation>Maintenant ({date})</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Écart</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>changé</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Maturité</translation>
    </message>
    <message>
        <source>Changed answers</source>
        <translation>Réponses modifiées</translation>
    </message>
    <message>
        <source>No answer changed.</source>
        <translation>Aucune réponse n’a changé.</translation>
    </message>
    <message>
        <source>Blockers cleared</source>
        <translation>Points bloquants levés</translation>
    </message>
    <message>
        <source>New blockers</source>
        <translation>Nouveaux points bloquants</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nouveau</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Enregistrer &amp;sous…</translation>
    </message>
    <message>
        <source>&amp;Export PDF Brief…</source>
        <translation>E&amp;xporter la note PDF…</translation>
    </message>
    <message>
        <source>&amp;Delete All Client Data…</source>
        <translation>Supprimer &amp;toutes les données client…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Affichage</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>Mode &amp;présentation</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Contraste élevé</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>Zoom &amp;avant</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>Zoom a&amp;rrière</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Taille réelle</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Devise</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>G&amp;lossaire</translation>
    </message>
    <message>
        <source>&amp;About dlready</source>
        <translation>À &amp;propos de dlready</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>Aucun fichier récent</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Effacer la liste</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Nouvelle évaluation</translation>
    </message>
    <message>
        <source>Cannot open the assessment</source>
        <translation>Impossible d’ouvrir l’évaluation</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>{file} ouvert</translation>
    </message>
    <message>
        <source>Opened the backup copy; save to replace the damaged file.</source>
        <translation>Copie de sauvegarde ouverte ; enregistrez pour remplacer le fichier endommagé.</translation>
    </message>
    <message>
        <source>Cannot save the assessment</source>
        <translation>Impossible d’enregistrer l’évaluation</translation>
    </message>
    <message>
        <source>Saved to {file}</source>
        <translation>Enregistré dans {file}</translation>
    </message>
    <message>
        <source>Cannot export the PDF brief</source>
        <translation>Impossible d’exporter la note PDF</translation>
    </message>
    <message>
        <source>Exported the brief to {file}</source>
        <translation>Note exportée dans {file}</translation>
    </message>
    <message>
        <source>No PDF viewer was found: showing the folder with the brief instead.</source>
        <translation>Aucune visionneuse PDF trouvée : le dossier contenant le rapport est affiché à la place.</translation>
    </message>
    <message>
        <source>A recovery copy could not be read and was set aside in {folder}: {problem}</source>
        <translation>Une copie de récupération n’a pas pu être lue et a été mise de côté dans {folder} : {problem}</translation>
    </message>
    <message>
        <source>Cannot restore the answers</source>
        <translation>Impossible de restaurer les réponses</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Sections</source>
        <translation>Sections</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Accueil</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Complet</translation>
    </message>
    <message>
        <source>Has “Don&apos;t know” answers</source>
        <translation>Contient des réponses « Je ne sais pas »</translation>
    </message>
    <message>
        <source>Some questions not answered</source>
        <translation>Certaines questions sans réponse</translation>
    </message>
    <message>
        <source>Not visited yet</source>
        <translation>Pas encore consulté</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <source>Questions answered</source>
        <translation>Questions traitées</translation>
    </message>
    <message>
        <source>{done} of {total} questions answered</source>
        <translation>{done} questions traitées sur {total}</translation>
    </message>
    <message>
        <source>, {count} “Don&apos;t know”</source>
        <translation>, {count} « Je ne sais pas »</translation>
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
        <translation>Explication&#xa0;: {question}</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation>Notes (facultatif)</translation>
    </message>
    <message>
        <source>Notes on: {question}</source>
        <translation>Notes sur&#xa0;: {question}</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results</source>
        <translation>Résultats</translation>
    </message>
    <message>
        <source>The advice for these answers, and why. Go back to change any answer; the results follow.</source>
        <translation>La recommandation pour ces réponses, et pourquoi. Revenez en arrière pour modifier une réponse&#xa0;; les résultats suivent.</translation>
    </message>
    <message>
        <source>Recommended: {path}</source>
        <translation>Recommandation&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Fit of each path (0–100)</source>
        <translation>Adéquation de chaque approche (0–100)</translation>
    </message>
    <message>
        <source>Readiness: {score}/100 – {band}</source>
        <translation>Maturité&#xa0;: {score}/100 – {band}</translation>
    </message>
    <message>
        <source>Against {path}: {reason}</source>
        <translation>Contre {path}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Pourquoi</translation>
    </message>
    <message>
        <source>Fix first</source>
        <translation>À régler d’abord</translation>
    </message>
    <message>
        <source>What the advice depends on</source>
        <translation>Ce dont dépend le conseil</translation>
    </message>
    <message>
        <source>No change of one or two answers leads to another path.</source>
        <translation>Aucun changement d’une ou deux réponses ne mène à une autre approche.</translation>
    </message>
    <message>
        <source>Answered “Don&apos;t know” or not yet</source>
        <translation>Réponse «&#xa0;Je ne sais pas&#xa0;» ou sans réponse</translation>
    </message>
    <message>
        <source>Answering these firms up the advice.</source>
        <translation>Y répondre consolide la recommandation.</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source&#xa0;: {source}</translation>
    </message>
    <message>
        <source>Your answer: {answer}. Click to change it.</source>
        <translation>Votre réponse&#xa0;: {answer}. Cliquez pour la modifier.</translation>
    </message>
    <message>
        <source>Go to question: {question}</source>
        <translation>Aller à la question&#xa0;: {question}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Before the results</source>
        <translation>Avant les résultats</translation>
    </message>
    <message>
        <source>The advice is firmer with fewer gaps. Click a question to answer it, or press Next to see the results as they are.</source>
        <translation>Moins il y a de lacunes, plus le conseil est solide. Cliquez sur une question pour y répondre, ou sur Suivant pour voir les résultats tels quels.</translation>
    </message>
    <message>
        <source>Not answered ({count})</source>
        <translation>Sans réponse ({count})</translation>
    </message>
    <message>
        <source>These questions have no answer yet.</source>
        <translation>Ces questions n’ont pas encore de réponse.</translation>
    </message>
    <message>
        <source>Answered “Don&apos;t know” ({count})</source>
        <translation>Répondu « Je ne sais pas » ({count})</translation>
    </message>
    <message>
        <source>Fine when nobody knows; the advice says how sure it is.</source>
        <translation>C’est normal si personne ne sait ; le conseil indique son degré de certitude.</translation>
    </message>
    <message>
        <source>Go to question: {question}</source>
        <translation>Aller à la question : {question}</translation>
    </message>
</context>
<context>
    <name>RoomSection</name>
    <message>
        <source>Where the room disagrees</source>
        <translation>Là où la salle diverge</translation>
    </message>
    <message>
        <source>The participants gave the same answer to every question.</source>
        <translation>Les participants ont donné la même réponse à chaque question.</translation>
    </message>
    <message>
        <source>changes the recommendation</source>
        <translation>change la recommandation</translation>
    </message>
    <message>
        <source>the recommendation holds</source>
        <translation>la recommandation tient</translation>
    </message>
    <message>
        <source>Consensus: {answer} · readiness across these answers: {low} to {high}</source>
        <translation>Consensus&#xa0;: {answer} · maturité selon ces réponses&#xa0;: de {low} à {high}</translation>
    </message>
    <message>
        <source>Consensus: {answer} · readiness with any of these answers: {score}</source>
        <translation>Consensus&#xa0;: {answer} · maturité avec chacune de ces réponses&#xa0;: {score}</translation>
    </message>
    <message>
        <source>Each participant&apos;s own advice</source>
        <translation>Le conseil propre à chaque participant</translation>
    </message>
    <message>
        <source>readiness {score}</source>
        <translation>maturité {score}</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>{number} of {count}: {title}</source>
        <translation>{number} sur {count}&#xa0;: {title}</translation>
    </message>
    <message>
        <source>Answer “Don&apos;t know” rather than guess: the advice then says how sure it is.</source>
        <translation>Répondez «&#xa0;Je ne sais pas&#xa0;» plutôt que de deviner&#xa0;: la recommandation indique alors son degré de certitude.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Is deep learning the right tool?</source>
        <translation>Le deep learning est-il le bon outil&#xa0;?</translation>
    </message>
    <message>
        <source>A readiness check for one use case, in plain language.</source>
        <translation>Un diagnostic de maturité pour un cas d’usage, en langage clair.</translation>
    </message>
    <message>
        <source>This wizard asks plain questions about one use case: the business problem, the data, the budget, the skills in house and the risks. It then recommends classical machine learning, a pretrained service or transfer learning, or custom deep learning, and explains why, with the sources behind each reason and what would change its mind. It takes about fifteen minutes; every question can be answered “Don&apos;t know”, and nothing leaves this computer.</source>
        <translation>Cet assistant pose des questions simples sur un cas d’usage&#xa0;: le problème métier, les données, le budget, les compétences internes et les risques. Il recommande ensuite le machine learning classique, un service pré-entraîné ou le transfer learning, ou un deep learning sur mesure, et explique pourquoi, avec les sources de chaque argument et ce qui le ferait changer d’avis. Comptez environ quinze minutes&#xa0;; chaque question accepte la réponse «&#xa0;Je ne sais pas&#xa0;», et rien ne quitte cet ordinateur.</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organisation&#xa0;:</translation>
    </message>
    <message>
        <source>Company or public body</source>
        <translation>Entreprise ou organisme public</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Projet&#xa0;:</translation>
    </message>
    <message>
        <source>The use case, in a few words</source>
        <translation>Le cas d’usage, en quelques mots</translation>
    </message>
    <message>
        <source>&amp;Assessor:</source>
        <translation>É&amp;valuateur&#xa0;:</translation>
    </message>
    <message>
        <source>Who answers the questions</source>
        <translation>Qui répond aux questions</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date&#xa0;:</translation>
    </message>
    <message>
        <source>Open an assessment…</source>
        <translation>Ouvrir une évaluation…</translation>
    </message>
    <message>
        <source>or fill in the fields above and press Next.</source>
        <translation>ou remplissez les champs ci-dessus et cliquez sur Suivant.</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Workshop mode</source>
        <translation>Mode atelier</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participants&#xa0;:</translation>
    </message>
    <message>
        <source>Name, then Enter</source>
        <translation>Nom, puis Entrée</translation>
    </message>
    <message>
        <source>New participant&apos;s name</source>
        <translation>Nom du nouveau participant</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Participants and their votes</source>
        <translation>Participants et leurs votes</translation>
    </message>
    <message>
        <source>Keys: an option&apos;s key answers for the highlighted participant (0: don&apos;t know) · Up/Down: participant · Space: reveal or hide · after the reveal, an option&apos;s key sets the consensus · Page Up/Down: question</source>
        <translation>Touches&#xa0;: la touche d’une réponse répond pour le participant en surbrillance (0&#xa0;: je ne sais pas) · Haut/Bas&#xa0;: participant · Espace&#xa0;: révéler ou masquer · après la révélation, la touche d’une réponse fixe le consensus · Page préc./suiv.&#xa0;: question</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ &amp;Précédente</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>Ré&amp;véler</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Suivante ▶</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Terminé</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>A&amp;nnuler</translation>
    </message>
    <message>
        <source>Question {number} of {total} · {section}</source>
        <translation>Question {number} sur {total} · {section}</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>en attente</translation>
    </message>
    <message>
        <source>voted ✓</source>
        <translation>a voté ✓</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Masquer</translation>
    </message>
    <message>
        <source>Add the participants first: type a name, then Enter.</source>
        <translation>Ajoutez d’abord les participants&#xa0;: tapez un nom, puis Entrée.</translation>
    </message>
    <message>
        <source>{voted} of {count} have answered; the answers stay hidden until you reveal them.</source>
        <translation>{voted} sur {count} ont répondu&#xa0;; les réponses restent cachées jusqu’à ce que vous les révéliez.</translation>
    </message>
    <message>
        <source>A tie: the consensus is “don&apos;t know” until you choose one.</source>
        <translation>Égalité&#xa0;: le consensus est «&#xa0;je ne sais pas&#xa0;» jusqu’à ce que vous en choisissiez un.</translation>
    </message>
    <message>
        <source>Nobody has answered yet.</source>
        <translation>Personne n’a encore répondu.</translation>
    </message>
    <message>
        <source>Consensus: {answer}</source>
        <translation>Consensus&#xa0;: {answer}</translation>
    </message>
</context>
<context>
    <name>WorkshopMenu</name>
    <message>
        <source>&amp;Workshop Mode…</source>
        <translation>Mode &amp;atelier…</translation>
    </message>
    <message>
        <source>&amp;Compare With…</source>
        <translation>&amp;Comparer avec…</translation>
    </message>
    <message>
        <source>&amp;Portfolio…</source>
        <translation>&amp;Portefeuille…</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>Comparaison impossible</translation>
    </message>
    <message>
        <source>Folder of assessments for the portfolio</source>
        <translation>Dossier d’évaluations pour le portefeuille</translation>
    </message>
    <message>
        <source>Cannot make the portfolio</source>
        <translation>Impossible de créer le portefeuille</translation>
    </message>
    <message>
        <source>{folder} holds no .dlready files.</source>
        <translation>{folder} ne contient aucun fichier .dlready.</translation>
    </message>
    <message>
        <source>Save the portfolio</source>
        <translation>Enregistrer le portefeuille</translation>
    </message>
    <message>
        <source>Some files were left out</source>
        <translation>Certains fichiers ont été écartés</translation>
    </message>
</context>
<context>
    <name>advice</name>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>By day 30</source>
        <translation>D’ici le jour 30</translation>
    </message>
    <message>
        <source>By day 60</source>
        <translation>D’ici le jour 60</translation>
    </message>
    <message>
        <source>By day 90</source>
        <translation>D’ici le jour 90</translation>
    </message>
    <message>
        <source>Verdict: {verdict}</source>
        <translation>Verdict : {verdict}</translation>
    </message>
    <message>
        <source>The approach: {path}</source>
        <translation>L’approche : {path}</translation>
    </message>
    <message>
        <source>Baseline to beat: {text}</source>
        <translation>Référence à battre : {text}</translation>
    </message>
    <message>
        <source>Go or no-go: {text}</source>
        <translation>Go ou no-go : {text}</translation>
    </message>
    <message>
        <source>Main risk: {text}</source>
        <translation>Risque principal : {text}</translation>
    </message>
    <message>
        <source>Levers: what you can change</source>
        <translation>Leviers : ce que vous pouvez changer</translation>
    </message>
    <message>
        <source>&amp;Undo the last try</source>
        <translation>&amp;Annuler le dernier essai</translation>
    </message>
    <message>
        <source>The answers of the lever tried are in place; the advice above follows them.</source>
        <translation>Les réponses du levier essayé sont en place ; le conseil ci-dessus en tient compte.</translation>
    </message>
    <message>
        <source>Effort: {effort}. Leads to: {path}.</source>
        <translation>Effort : {effort}. Mène à : {path}.</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Essayer</translation>
    </message>
    <message>
        <source>Apply this lever&apos;s answers; Undo puts yours back.</source>
        <translation>Appliquer les réponses de ce levier ; Annuler rétablit les vôtres.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>{low} to {high} for {path}</source>
        <translation>De {low} à {high} pour {path}</translation>
    </message>
    <message>
        <source>Committed only once the blockers are cleared.</source>
        <translation>Engagé seulement une fois les points bloquants levés.</translation>
    </message>
    <message>
        <source>Your budget: {budget}</source>
        <translation>Votre budget : {budget}</translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation>Principaux risques</translation>
    </message>
    <message>
        <source>What to do: {text}</source>
        <translation>Que faire : {text}</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Réglementation</translation>
    </message>
    <message>
        <source>Applies from {date}</source>
        <translation>S’applique à partir du {date}</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Prochaines étapes</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Done when</source>
        <translation>Terminé quand</translation>
    </message>
</context>
<context>
    <name>approaches</name>
    <message>
        <source>A scorecard, logistic regression, additive model or shallow tree: every individual decision can be explained to the person and to an auditor</source>
        <translation>Une grille de score, une régression logistique, un modèle additif ou un arbre peu profond&#xa0;: chaque décision individuelle peut être expliquée à la personne et à un auditeur</translation>
    </message>
    <message>
        <source>an interpretable scoring model</source>
        <translation>d’un modèle de score interprétable</translation>
    </message>
    <message>
        <source>Today&apos;s rule or manual decision on the same cases, with gradient boosting as a yardstick of the accuracy given up for transparency</source>
        <translation>La règle ou la décision manuelle d’aujourd’hui sur les mêmes cas, avec le gradient boosting comme étalon de la précision sacrifiée à la transparence</translation>
    </message>
    <message>
        <source>Go if it meets the agreed measure on a later period it never saw, the reviewers accept its reasons, and no group fares worse than under today&apos;s process</source>
        <translation>Go s’il atteint la mesure convenue sur une période ultérieure jamais vue, si les relecteurs acceptent ses motifs et si aucun groupe n’est moins bien traité qu’avec le processus actuel</translation>
    </message>
    <message>
        <source>Transparent rules or a points system on published criteria, run while the use case, the data and the success measure are put in place; record the outcomes they see</source>
        <translation>Des règles transparentes ou un barème de points sur des critères publiés, appliqués pendant que le cas d’usage, les données et la mesure du succès se mettent en place&#xa0;; enregistrer les résultats observés</translation>
    </message>
    <message>
        <source>transparent rules</source>
        <translation>règles transparentes</translation>
    </message>
    <message>
        <source>Today&apos;s way of deciding, written down and measured</source>
        <translation>La façon de décider d’aujourd’hui, mise par écrit et mesurée</translation>
    </message>
    <message>
        <source>Move to a model only when the rules run, the data is being collected and a model beats the rules on the agreed measure</source>
        <translation>Ne passer à un modèle que lorsque les règles tournent, que les données sont collectées et qu’un modèle bat les règles sur la mesure convenue</translation>
    </message>
    <message>
        <source>An interpretable scorecard built from published criteria: past decisions only test it, and any weights are fitted to outcomes reviewed for this purpose, never to past decisions alone</source>
        <translation>Une grille de score interprétable construite sur des critères publiés&#xa0;: les décisions passées servent seulement à la tester, et ses poids sont ajustés sur des résultats revus à cette fin, jamais sur les seules décisions passées</translation>
    </message>
    <message>
        <source>an interpretable scorecard on published criteria</source>
        <translation>d’une grille de score interprétable sur des critères publiés</translation>
    </message>
    <message>
        <source>Today&apos;s criteria written down as a points system and scored on past cycles</source>
        <translation>Les critères actuels mis par écrit sous forme de barème et notés sur les cycles passés</translation>
    </message>
    <message>
        <source>Go only if it beats the points system on the agreed measure in later cycles it never saw, selection rates by group stay within the agreed tolerance, reviewers can repeat its reasons and counsel signs off; otherwise keep the points system</source>
        <translation>Go seulement s’il bat le barème sur la mesure convenue lors de cycles ultérieurs jamais vus, si les taux de sélection par groupe restent dans la tolérance convenue, si les relecteurs peuvent reprendre ses motifs et si le juriste donne son accord&#xa0;; sinon garder le barème</translation>
    </message>
    <message>
        <source>Seasonal baselines, exponential smoothing and gradient boosting on lagged values and calendar features, with a pretrained time-series model as a further baseline</source>
        <translation>Références saisonnières, lissage exponentiel et gradient boosting sur les valeurs retardées et le calendrier, avec un modèle de séries temporelles préentraîné comme référence supplémentaire</translation>
    </message>
    <message>
        <source>a forecasting model with boosting on lags</source>
        <translation>d’un modèle de prévision avec boosting sur les valeurs passées</translation>
    </message>
    <message>
        <source>Last season&apos;s value for the same period (a seasonal naive forecast) and today&apos;s planners&apos; forecast</source>
        <translation>La valeur de la même période à la saison précédente (une prévision naïve saisonnière) et la prévision actuelle des planificateurs</translation>
    </message>
    <message>
        <source>Go if, in a backtest that only sees data available at each forecast date, it beats both baselines on the agreed error measure for the items that matter most</source>
        <translation>Go si, dans un backtest qui ne voit que les données disponibles à chaque date de prévision, il bat les deux références sur la mesure d’erreur convenue pour les articles qui comptent le plus</translation>
    </message>
    <message>
        <source>Well-tuned matrix factorisation of the interactions between users and items, with boosting to re-rank where item and user features matter</source>
        <translation>Une factorisation de matrice bien réglée des interactions entre utilisateurs et articles, avec du boosting pour reclasser quand les caractéristiques des articles et des utilisateurs comptent</translation>
    </message>
    <message>
        <source>matrix factorisation recommendations</source>
        <translation>de recommandations par factorisation de matrice</translation>
    </message>
    <message>
        <source>The most popular items for each segment of users</source>
        <translation>Les articles les plus populaires pour chaque segment d’utilisateurs</translation>
    </message>
    <message>
        <source>Go if an online test beats the popularity baseline on the agreed measure</source>
        <translation>Go si un test en ligne bat la référence de popularité sur la mesure convenue</translation>
    </message>
    <message>
        <source>Word and phrase features with a linear model: fast, cheap and each decision traceable to the words that drove it</source>
        <translation>Des caractéristiques de mots et d’expressions avec un modèle linéaire&#xa0;: rapide, peu coûteux, et chaque décision rattachée aux mots qui l’ont motivée</translation>
    </message>
    <message>
        <source>a linear model on word features</source>
        <translation>d’un modèle linéaire sur des caractéristiques de mots</translation>
    </message>
    <message>
        <source>Keyword rules or today&apos;s manual handling of the same texts</source>
        <translation>Des règles par mots-clés ou le traitement manuel actuel des mêmes textes</translation>
    </message>
    <message>
        <source>Go if it beats the keyword rules on the agreed measure on recent texts it never saw</source>
        <translation>Go s’il bat les règles par mots-clés sur la mesure convenue avec des textes récents jamais vus</translation>
    </message>
    <message>
        <source>Engineered features of the signal (levels, trends, rates of change, spectra) and gradient boosting</source>
        <translation>Des caractéristiques construites à partir du signal (niveaux, tendances, vitesses de variation, spectres) et du gradient boosting</translation>
    </message>
    <message>
        <source>boosting on engineered signal features</source>
        <translation>de boosting sur des caractéristiques du signal</translation>
    </message>
    <message>
        <source>The threshold rule or score the experts use today</source>
        <translation>La règle de seuil ou le score que les experts utilisent aujourd’hui</translation>
    </message>
    <message>
        <source>Go if it beats today&apos;s rule on the agreed measure on periods and units it never saw, at a false-alarm rate the users accept</source>
        <translation>Go s’il bat la règle actuelle sur la mesure convenue sur des périodes et des unités jamais vues, avec un taux de fausses alertes que les utilisateurs acceptent</translation>
    </message>
    <message>
        <source>A pretrained tabular model (TabPFN or similar) that predicts from a few hundred to 10,000 rows without tuning, compared with gradient boosting</source>
        <translation>Un modèle tabulaire préentraîné (TabPFN ou similaire) qui prédit à partir de quelques centaines à 10 000 lignes sans réglage, comparé au gradient boosting</translation>
    </message>
    <message>
        <source>a tabular foundation model against gradient boosting</source>
        <translation>d’un modèle de fondation tabulaire face au gradient boosting</translation>
    </message>
    <message>
        <source>Gradient boosting and a logistic regression on the same rows, and today&apos;s rule of thumb</source>
        <translation>Le gradient boosting et une régression logistique sur les mêmes lignes, et la règle empirique actuelle</translation>
    </message>
    <message>
        <source>Go if it beats both in cross-validation and on the newest cases, and the licence of its weights allows your use</source>
        <translation>Go s’il bat les deux en validation croisée et sur les cas les plus récents, et si la licence de ses poids autorise votre usage</translation>
    </message>
    <message>
        <source>Check the licence of the model&apos;s weights: some tabular foundation models are licensed for non-commercial use only</source>
        <translation>Vérifiez la licence des poids du modèle&#xa0;: certains modèles de fondation tabulaires ne sont autorisés que pour un usage non commercial</translation>
    </message>
    <message>
        <source>Gradient-boosted trees (LightGBM, XGBoost or CatBoost) on engineered features of the records</source>
        <translation>Des arbres en gradient boosting (LightGBM, XGBoost ou CatBoost) sur des caractéristiques construites à partir des enregistrements</translation>
    </message>
    <message>
        <source>a gradient boosting model</source>
        <translation>d’un modèle de gradient boosting</translation>
    </message>
    <message>
        <source>Today&apos;s rule or manual decision, and a logistic regression</source>
        <translation>La règle ou la décision manuelle actuelle, et une régression logistique</translation>
    </message>
    <message>
        <source>Go if it beats both on the agreed measure on a later period it never saw, by a gain worth running it</source>
        <translation>Go s’il bat les deux sur la mesure convenue sur une période ultérieure jamais vue, avec un gain qui justifie de l’exploiter</translation>
    </message>
    <message>
        <source>A packaged product that does the task, certified (CE-marked) where the rules require it, run as a service or installed on site</source>
        <translation>Un produit prêt à l’emploi qui fait la tâche, certifié (marquage CE) là où les règles l’exigent, utilisé comme service ou installé sur site</translation>
    </message>
    <message>
        <source>a certified product</source>
        <translation>d’un produit certifié</translation>
    </message>
    <message>
        <source>Today&apos;s clinical or safety process, measured on the same cases</source>
        <translation>Le processus clinique ou de sécurité actuel, mesuré sur les mêmes cas</translation>
    </message>
    <message>
        <source>Go if, on a sample of your own cases checked group by group, it meets the agreed measure and holds the certification your use requires</source>
        <translation>Go si, sur un échantillon de vos propres cas vérifié groupe par groupe, il atteint la mesure convenue et possède la certification que votre usage exige</translation>
    </message>
    <message>
        <source>An assistant that searches the organisation&apos;s own documents and has a language model answer only from the passages it found, citing them; the model by API under contract, or with open weights on your own machines</source>
        <translation>Un assistant qui cherche dans les documents de l’organisation et fait répondre un modèle de langage uniquement à partir des passages trouvés, en les citant&#xa0;; le modèle par API sous contrat, ou à poids ouverts sur vos propres machines</translation>
    </message>
    <message>
        <source>an assistant that answers from your documents</source>
        <translation>d’un assistant qui répond à partir de vos documents</translation>
    </message>
    <message>
        <source>Today&apos;s search or help pages: how often their top results hold the answer</source>
        <translation>La recherche ou les pages d’aide actuelles&#xa0;: combien de fois leurs premiers résultats contiennent la réponse</translation>
    </message>
    <message>
        <source>Go if, on a test set of real questions, it answers an agreed share correctly from the cited source or hands over to a person, resists attempts to misuse it, and beats the baseline in a live trial</source>
        <translation>Go si, sur un jeu de test de vraies questions, il répond correctement à une part convenue à partir de la source citée ou passe la main à une personne, résiste aux tentatives de détournement et bat la référence lors d’un essai réel</translation>
    </message>
    <message>
        <source>An open-weights model run on your own machines, adapted with your own examples where it falls short</source>
        <translation>Un modèle à poids ouverts exécuté sur vos propres machines, adapté avec vos exemples là où il ne suffit pas</translation>
    </message>
    <message>
        <source>an open-weights model on your own machines</source>
        <translation>d’un modèle à poids ouverts sur vos propres machines</translation>
    </message>
    <message>
        <source>The best open model used as it is, and today&apos;s process</source>
        <translation>Le meilleur modèle ouvert utilisé tel quel, et le processus actuel</translation>
    </message>
    <message>
        <source>Go if it meets the agreed measure on your test set at the speed and running cost your own machines allow</source>
        <translation>Go s’il atteint la mesure convenue sur votre jeu de test à la vitesse et au coût d’exploitation que vos machines permettent</translation>
    </message>
    <message>
        <source>Someone must install, update, secure and monitor the model on your machines; budget for that work</source>
        <translation>Quelqu’un doit installer, mettre à jour, sécuriser et surveiller le modèle sur vos machines&#xa0;; prévoyez ce travail au budget</translation>
    </message>
    <message>
        <source>A general language or vision model, by API or with open weights, steered by instructions and examples and measured on an evaluation set</source>
        <translation>Un modèle généraliste de langage ou de vision, par API ou à poids ouverts, piloté par des instructions et des exemples et mesuré sur un jeu d’évaluation</translation>
    </message>
    <message>
        <source>a general model steered by instructions</source>
        <translation>d’un modèle généraliste piloté par des instructions</translation>
    </message>
    <message>
        <source>Today&apos;s manual work: the time per item and its quality as reviewers judge it</source>
        <translation>Le travail manuel actuel&#xa0;: le temps par élément et sa qualité selon les relecteurs</translation>
    </message>
    <message>
        <source>Go if reviewers accept an agreed share of its output on the evaluation set with light edits, and a live trial saves time without more errors</source>
        <translation>Go si les relecteurs acceptent une part convenue de ses productions sur le jeu d’évaluation avec de légères retouches, et si un essai réel fait gagner du temps sans plus d’erreurs</translation>
    </message>
    <message>
        <source>A ready service that does the task, called from your own systems</source>
        <translation>Un service prêt à l’emploi qui fait la tâche, appelé depuis vos propres systèmes</translation>
    </message>
    <message>
        <source>a ready service</source>
        <translation>d’un service prêt à l’emploi</translation>
    </message>
    <message>
        <source>Today&apos;s process, and a second service on the same test set</source>
        <translation>Le processus actuel, et un second service sur le même jeu de test</translation>
    </message>
    <message>
        <source>Go if it meets the agreed measure on a test set of your own cases, at a price per request your volume affords and under data terms you accept</source>
        <translation>Go s’il atteint la mesure convenue sur un jeu de test de vos propres cas, à un prix par requête que votre volume permet et à des conditions d’usage des données que vous acceptez</translation>
    </message>
    <message>
        <source>An open pretrained model fine-tuned on your own labelled examples</source>
        <translation>Un modèle ouvert préentraîné, affiné sur vos propres exemples étiquetés</translation>
    </message>
    <message>
        <source>fine-tuning a pretrained model on your labels</source>
        <translation>de l’affinage d’un modèle préentraîné sur vos étiquettes</translation>
    </message>
    <message>
        <source>A general model steered by instructions, and a simple model on engineered features</source>
        <translation>Un modèle généraliste piloté par des instructions, et un modèle simple sur des caractéristiques construites</translation>
    </message>
    <message>
        <source>Go if it beats both on held-out examples by a margin worth its upkeep</source>
        <translation>Go s’il bat les deux sur des exemples mis de côté avec une marge qui justifie son entretien</translation>
    </message>
    <message>
        <source>Today&apos;s process, measured on the same evaluation set</source>
        <translation>Le processus actuel, mesuré sur le même jeu d’évaluation</translation>
    </message>
    <message>
        <source>Go if it meets the agreed measure on the evaluation set and a live trial confirms it</source>
        <translation>Go s’il atteint la mesure convenue sur le jeu d’évaluation et qu’un essai réel le confirme</translation>
    </message>
    <message>
        <source>A deep recommender (candidate generation and ranking networks) trained on your interactions</source>
        <translation>Un recommandeur profond (réseaux de génération de candidats et de classement) entraîné sur vos interactions</translation>
    </message>
    <message>
        <source>a deep recommender</source>
        <translation>d’un recommandeur profond</translation>
    </message>
    <message>
        <source>Well-tuned matrix factorisation</source>
        <translation>Une factorisation de matrice bien réglée</translation>
    </message>
    <message>
        <source>Ship only if an online test beats matrix factorisation by the agreed margin at a serving cost you accept</source>
        <translation>Ne déployer que si un test en ligne bat la factorisation de matrice de la marge convenue, à un coût de service que vous acceptez</translation>
    </message>
    <message>
        <source>A network of your own, designed and trained on your large labelled data, starting from a pretrained backbone where one fits</source>
        <translation>Un réseau à vous, conçu et entraîné sur vos grands volumes de données étiquetées, en partant d’une base préentraînée quand elle convient</translation>
    </message>
    <message>
        <source>a network of your own</source>
        <translation>d’un réseau à vous</translation>
    </message>
    <message>
        <source>A fine-tuned pretrained model and gradient boosting on engineered features</source>
        <translation>Un modèle préentraîné affiné et du gradient boosting sur des caractéristiques construites</translation>
    </message>
    <message>
        <source>Ship only if it beats the baseline by the agreed margin on data it never saw, at the speed and cost the deployment allows</source>
        <translation>Ne déployer que s’il bat la référence de la marge convenue sur des données jamais vues, à la vitesse et au coût que le déploiement permet</translation>
    </message>
</context>
<context>
    <name>blockers</name>
    <message>
        <source>choose one use case and its success measure</source>
        <translation>choisir un cas d’usage et sa mesure du succès</translation>
    </message>
    <message>
        <source>No use case yet: choose one business problem, its stakeholders and a measurable outcome before choosing any technology</source>
        <translation>Pas encore de cas d’usage&#xa0;: choisissez un problème métier, ses parties prenantes et un résultat mesurable avant de choisir une technologie</translation>
    </message>
    <message>
        <source>agree the success measure and today&apos;s baseline</source>
        <translation>convenir de la mesure du succès et de la référence actuelle</translation>
    </message>
    <message>
        <source>No success measure is defined yet: agree on the business KPI and today&apos;s baseline before modelling</source>
        <translation>Aucun indicateur de succès n’est encore défini&#xa0;: convenez de l’indicateur clé métier (KPI) et de sa valeur actuelle avant toute modélisation</translation>
    </message>
    <message>
        <source>collect the data</source>
        <translation>collecter les données</translation>
    </message>
    <message>
        <source>The data is not collected yet: no path can be built or tested until it is</source>
        <translation>Les données ne sont pas encore collectées&#xa0;: aucune approche ne peut être construite ni testée tant qu’elles ne le sont pas</translation>
    </message>
    <message>
        <source>find an executive who owns the outcome</source>
        <translation>trouver un dirigeant responsable du résultat</translation>
    </message>
    <message>
        <source>No executive sponsor: find an owner for the outcome and the budget, or the pilot will stay a pilot</source>
        <translation>Pas de sponsor à la direction&#xa0;: trouvez un responsable du résultat et du budget, sinon le pilote restera un pilote</translation>
    </message>
    <message>
        <source>plan and fund the labelling</source>
        <translation>planifier et financer l’étiquetage</translation>
    </message>
    <message>
        <source>No labelled examples: plan and budget the labelling (at least 10 per label to start, about 1,000 recommended) before training anything</source>
        <translation>Aucun exemple étiqueté&#xa0;: planifiez et budgétez l’étiquetage (au moins 10 par étiquette pour commencer, environ 1&#xa0;000 recommandés) avant tout entraînement</translation>
    </message>
    <message>
        <source>drop the prohibited use</source>
        <translation>renoncer à l’usage interdit</translation>
    </message>
    <message>
        <source>The use as described is a practice the EU AI Act prohibits: no model, data or budget makes it lawful, so it must not be built</source>
        <translation>L’usage tel que décrit est une pratique que le règlement européen sur l’IA interdit&#xa0;: aucun modèle, aucune donnée ni aucun budget ne la rend licite, elle ne doit donc pas être construite</translation>
    </message>
</context>
<context>
    <name>brief</name>
    <message>
        <source>Board brief: which AI path to take</source>
        <translation>Note au comité de direction&#xa0;: quelle approche d’IA choisir</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Projet</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Évaluateur</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Date de l’évaluation</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Préparé par</translation>
    </message>
    <message>
        <source>Unnamed organisation</source>
        <translation>Organisation sans nom</translation>
    </message>
    <message>
        <source>This brief recommends one of three paths for the project: classical machine learning, a pretrained API or transfer learning, or custom deep learning. It explains the advice rule by rule, with the publication each rule stands on, and says which answers would change it.</source>
        <translation>Cette note recommande l’une de trois approches pour le projet&#xa0;: machine learning classique, API pré-entraînée ou transfer learning, ou deep learning sur mesure. Elle explique la recommandation règle par règle, avec la publication sur laquelle s’appuie chaque règle, et indique quelles réponses la feraient changer.</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Maturité</translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation>Par où commencer</translation>
    </message>
    <message>
        <source>Every reason, the risks to watch and a 90-day plan follow; the appendix lists every answer given.</source>
        <translation>Suivent toutes les raisons, les risques à surveiller et un plan à 90 jours&#xa0;; l’annexe reprend toutes les réponses données.</translation>
    </message>
    <message>
        <source>The scores</source>
        <translation>Les scores</translation>
    </message>
    <message>
        <source>Readiness by dimension</source>
        <translation>Maturité par dimension</translation>
    </message>
    <message>
        <source>Fit of the three paths</source>
        <translation>Adéquation des trois approches</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidentiel</translation>
    </message>
    <message>
        <source>Board paper</source>
        <translation>Note au conseil</translation>
    </message>
    <message>
        <source>the organisation is ready to start now.</source>
        <translation>l’organisation peut commencer dès maintenant.</translation>
    </message>
    <message>
        <source>start once the blockers below are cleared, not before.</source>
        <translation>commencer une fois les points bloquants ci-dessous levés, pas avant.</translation>
    </message>
    <message>
        <source>the organisation is not ready for any machine learning project yet; the basics below come first.</source>
        <translation>l’organisation n’est encore prête pour aucun projet de machine learning ; les bases ci-dessous passent d’abord.</translation>
    </message>
    <message>
        <source>the use as described is prohibited; do not build it.</source>
        <translation>l’usage décrit est interdit ; ne construisez pas ce système.</translation>
    </message>
    <message>
        <source>The board is asked to approve the pilot below, its budget and its owner, and to decide on it again at the go/no-go test.</source>
        <translation>Le conseil est invité à approuver le pilote ci-dessous, son budget et son responsable, et à statuer à nouveau lors du test go/no-go.</translation>
    </message>
    <message>
        <source>The board is asked to approve the work that clears the blockers, and the pilot below once they are cleared; no model is built before then.</source>
        <translation>Le conseil est invité à approuver le travail qui lève les points bloquants, puis le pilote ci-dessous une fois ceux-ci levés ; aucun modèle n’est construit avant.</translation>
    </message>
    <message>
        <source>The board is asked not to fund a machine learning project yet, to approve the groundwork below, and to have the assessment made again when it is done.</source>
        <translation>Le conseil est invité à ne pas encore financer de projet de machine learning, à approuver le travail préparatoire ci-dessous et à faire refaire l’évaluation une fois celui-ci achevé.</translation>
    </message>
    <message>
        <source>The board is asked to stop this project: fund nothing that builds the system, and have counsel confirm the legal position.</source>
        <translation>Le conseil est invité à arrêter ce projet : ne rien financer qui construise le système, et faire confirmer la situation juridique par un juriste.</translation>
    </message>
    <message>
        <source>What must be fixed first</source>
        <translation>Ce qu’il faut régler d’abord</translation>
    </message>
    <message>
        <source>{dimension}: {score} / 100, below the ready band</source>
        <translation>{dimension} : {score} / 100, sous le palier « prête »</translation>
    </message>
    <message>
        <source>The decision in figures</source>
        <translation>La décision en chiffres</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Approche</translation>
    </message>
    <message>
        <source>Investment, year one</source>
        <translation>Investissement, première année</translation>
    </message>
    <message>
        <source>{range} for the recommended path.</source>
        <translation>{range} pour l’approche recommandée.</translation>
    </message>
    <message>
        <source>{range} for the recommended path, committed only once the blockers are cleared.</source>
        <translation>{range} pour l’approche recommandée, engagés seulement une fois les points bloquants levés.</translation>
    </message>
    <message>
        <source>Investment asked now</source>
        <translation>Investissement demandé maintenant</translation>
    </message>
    <message>
        <source>None. No money is asked for until what must be fixed first is done; the pilot is priced when the assessment is made again.</source>
        <translation>Aucun. Aucune somme n’est demandée tant que ce qu’il faut régler d’abord ne l’est pas ; le pilote sera chiffré quand l’évaluation sera refaite.</translation>
    </message>
    <message>
        <source>Time to a first version</source>
        <translation>Délai jusqu’à une première version</translation>
    </message>
    <message>
        <source>A pilot decision by day {days} of the plan. Production wanted (as answered): {target}.</source>
        <translation>Décision sur le pilote d’ici le jour {days} du plan. Mise en production souhaitée (selon la réponse) : {target}.</translation>
    </message>
    <message>
        <source>Production wanted (as answered): {target}.</source>
        <translation>Mise en production souhaitée (selon la réponse) : {target}.</translation>
    </message>
    <message>
        <source>None: nothing is to be built.</source>
        <translation>Aucun : rien ne doit être construit.</translation>
    </message>
    <message>
        <source>No first version before the groundwork below is done (by day {days} of the plan) and the assessment is made again. Production wanted (as answered): {target}.</source>
        <translation>Pas de première version avant que le travail préparatoire ci-dessous soit achevé (d’ici le jour {days} du plan) et l’évaluation refaite. Mise en production souhaitée (selon la réponse) : {target}.</translation>
    </message>
    <message>
        <source>No first version before the groundwork below is done and the assessment is made again. Production wanted (as answered): {target}.</source>
        <translation>Pas de première version avant que le travail préparatoire ci-dessous soit achevé et l’évaluation refaite. Mise en production souhaitée (selon la réponse) : {target}.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>inconnu</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Démarche</translation>
    </message>
    <message>
        <source>Baseline to beat</source>
        <translation>Référence à battre</translation>
    </message>
    <message>
        <source>Go/no-go test</source>
        <translation>Test go/no-go</translation>
    </message>
    <message>
        <source>{score} / 100 for {path}: {band}.</source>
        <translation>{score} / 100 pour {path} : {band}.</translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation>Principaux risques</translation>
    </message>
    <message>
        <source>Why this path, in brief</source>
        <translation>Pourquoi cette approche, en bref</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Risque</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Parade</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Rules that apply</source>
        <translation>Règles applicables</translation>
    </message>
    <message>
        <source>Applies from {date}</source>
        <translation>S’applique à partir du {date}</translation>
    </message>
    <message>
        <source>As the rulebook knows them; counsel must confirm how they apply.</source>
        <translation>Telles que le référentiel les connaît ; un juriste doit confirmer comment elles s’appliquent.</translation>
    </message>
    <message>
        <source>Not known yet, and they bear on this advice: {questions}.</source>
        <translation>Pas encore connus, et ils pèsent sur ce conseil : {questions}.</translation>
    </message>
    <message>
        <source>Readiness, out of 100</source>
        <translation>Maturité, sur 100</translation>
    </message>
    <message>
        <source>Confidence in the advice</source>
        <translation>Confiance dans le conseil</translation>
    </message>
    <message>
        <source>Fit of the path, out of 100</source>
        <translation>Adéquation de l’approche, sur 100</translation>
    </message>
    <message>
        <source>compared with the other paths</source>
        <translation>comparée aux autres approches</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Faible</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Moyenne</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Élevée</translation>
    </message>
    <message>
        <source>{count} answers are not known yet, and they bear on this advice (the appendix names them).</source>
        <translation>{count} réponses ne sont pas encore connues, et elles pèsent sur ce conseil (l’annexe les nomme).</translation>
    </message>
    <message>
        <source>{listed} and {count} more (see the appendix)</source>
        <translation>{listed} et {count} autres (voir l’annexe)</translation>
    </message>
    <message>
        <source>${amount}</source>
        <translation>{amount} $</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>de {low} à {high}</translation>
    </message>
    <message>
        <source>Within the answered budget ({budget}).</source>
        <translation>Dans le budget indiqué ({budget}).</translation>
    </message>
    <message>
        <source>Above the answered budget ({budget}).</source>
        <translation>Au-dessus du budget indiqué ({budget}).</translation>
    </message>
    <message>
        <source>The upper end is above the answered budget ({budget}).</source>
        <translation>Le haut de la fourchette dépasse le budget indiqué ({budget}).</translation>
    </message>
    <message>
        <source>The budget was not given.</source>
        <translation>Le budget n’a pas été indiqué.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Quand</translation>
    </message>
    <message>
        <source>Done when</source>
        <translation>Terminé quand</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Règle</translation>
    </message>
    <message>
        <source>What it obliges</source>
        <translation>Ce qu’elle impose</translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation>À partir du</translation>
    </message>
    <message>
        <source>Readiness for {path} is {score} / 100 ({band}). The bands: not ready below {emerging}, emerging from {emerging}, ready from {ready}, advanced from {advanced}. Each dimension is scored from the answers that bear on it; a &quot;don&apos;t know&quot; counts as a weak answer. Dimensions below {ready} are hatched.</source>
        <translation>La maturité pour {path} est de {score} / 100 ({band}). Les paliers : pas prête en dessous de {emerging}, émergente à partir de {emerging}, prête à partir de {ready}, avancée à partir de {advanced}. Chaque dimension est notée à partir des réponses qui la concernent ; un « je ne sais pas » compte comme une réponse faible. Les dimensions en dessous de {ready} sont hachurées.</translation>
    </message>
    <message>
        <source>Overall {score}</source>
        <translation>Global {score}</translation>
    </message>
    <message>
        <source>Score out of 100</source>
        <translation>Score sur 100</translation>
    </message>
    <message>
        <source>Fit out of 100 (how well the path suits the answers)</source>
        <translation>Adéquation sur 100 (dans quelle mesure l’approche correspond aux réponses)</translation>
    </message>
    <message>
        <source>How well each path suits the answers, from 0 to 100; the highest is recommended. Fit is not readiness: it compares the paths, while readiness measures the organisation.</source>
        <translation>Dans quelle mesure chaque approche correspond aux réponses, de 0 à 100 ; la plus haute est recommandée. L’adéquation n’est pas la maturité : elle compare les approches, la maturité mesure l’organisation.</translation>
    </message>
    <message>
        <source>Answered &quot;don&apos;t know&quot;: {questions}.</source>
        <translation>Réponse «&#xa0;je ne sais pas&#xa0;»&#xa0;: {questions}.</translation>
    </message>
    <message>
        <source>Why this path</source>
        <translation>Pourquoi cette approche</translation>
    </message>
    <message>
        <source>Every rule that fired for these answers, with its points for each path it touches: the reasons for the recommended path first. The points add up to each path&apos;s total, which is scaled to the fit from 0 to 100.</source>
        <translation>Chaque règle déclenchée par ces réponses, avec ses points pour chaque approche qu’elle touche : les raisons en faveur de l’approche recommandée d’abord. Les points s’additionnent en un total par approche, ramené à l’adéquation de 0 à 100.</translation>
    </message>
    <message>
        <source>Points in total</source>
        <translation>Total des points</translation>
    </message>
    <message>
        <source>Fit, scaled to 0 to 100</source>
        <translation>Adéquation, ramenée de 0 à 100</translation>
    </message>
    <message>
        <source>What the organisation can do</source>
        <translation>Ce que l’organisation peut faire</translation>
    </message>
    <message>
        <source>Changes within the organisation&apos;s control that would improve the advice.</source>
        <translation>Des changements que l’organisation maîtrise et qui amélioreraient le conseil.</translation>
    </message>
    <message>
        <source>It would make {path} the recommendation.</source>
        <translation>{path} deviendrait alors la recommandation.</translation>
    </message>
    <message>
        <source>It would raise readiness to {band}.</source>
        <translation>La maturité passerait à « {band} ».</translation>
    </message>
    <message>
        <source>What it takes: {effort}</source>
        <translation>Ce qu’il faut : {effort}</translation>
    </message>
    <message>
        <source>What the advice depends on</source>
        <translation>Ce dont dépend le conseil</translation>
    </message>
    <message>
        <source>The smallest changes of answers, of any kind, that would make another path the recommendation: if one of these answers is in doubt, so is the advice.</source>
        <translation>Les plus petits changements de réponses, quelles qu’elles soient, qui feraient recommander une autre approche : si l’une de ces réponses est incertaine, le conseil l’est aussi.</translation>
    </message>
    <message>
        <source>Year-one cost of {path}: items and assumptions</source>
        <translation>Coût de la première année pour {path} : postes et hypothèses</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Year one</source>
        <translation>Première année</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Hypothèse</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>The other paths, year one: {paths}.</source>
        <translation>Les autres approches, première année : {paths}.</translation>
    </message>
    <message>
        <source>{path} {range}</source>
        <translation>{path} {range}</translation>
    </message>
    <message>
        <source>For auditors: the rules behind the advice</source>
        <translation>Pour les auditeurs : les règles derrière le conseil</translation>
    </message>
    <message>
        <source>The rulebook&apos;s id of every rule behind a reason, blocker, risk and rule of law in this brief, to trace each one to its declaration and its source.</source>
        <translation>L’identifiant de chaque règle du référentiel derrière une raison, un point bloquant, un risque ou une règle de droit de cette note, pour remonter à sa déclaration et à sa source.</translation>
    </message>
    <message>
        <source>In this brief</source>
        <translation>Dans cette note</translation>
    </message>
    <message>
        <source>Rule id</source>
        <translation>Identifiant de règle</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>Identifiant de source</translation>
    </message>
    <message>
        <source>Reason {number}</source>
        <translation>Raison {number}</translation>
    </message>
    <message>
        <source>Blocker {number}</source>
        <translation>Point bloquant {number}</translation>
    </message>
    <message>
        <source>Risk {number}</source>
        <translation>Risque {number}</translation>
    </message>
    <message>
        <source>Rule of law {number}</source>
        <translation>Règle de droit {number}</translation>
    </message>
    <message>
        <source>Cited for: {what}</source>
        <translation>Cité pour : {what}</translation>
    </message>
    <message>
        <source>Peer-reviewed research</source>
        <translation>Recherche évaluée par les pairs</translation>
    </message>
    <message>
        <source>Official guidance</source>
        <translation>Guides officiels</translation>
    </message>
    <message>
        <source>Laws and rulings</source>
        <translation>Lois et décisions de justice</translation>
    </message>
    <message>
        <source>Industry and press reports</source>
        <translation>Rapports sectoriels et articles de presse</translation>
    </message>
    <message>
        <source>Practitioners&apos; essays</source>
        <translation>Essais de praticiens</translation>
    </message>
    <message>
        <source>Rules of thumb (the rulebook&apos;s own judgement)</source>
        <translation>Règles empiriques (jugement propre du référentiel)</translation>
    </message>
    <message>
        <source>General Data Protection Regulation</source>
        <translation>règlement général sur la protection des données (RGPD)</translation>
    </message>
    <message>
        <source>Artificial Intelligence Act</source>
        <translation>règlement sur l’intelligence artificielle</translation>
    </message>
    <message>
        <source>EU AI Act</source>
        <translation>règlement européen sur l’IA</translation>
    </message>
    <message>
        <source>GDPR</source>
        <translation>RGPD</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Raison</translation>
    </message>
    <message>
        <source>Verdict: {verdict}</source>
        <translation>Verdict&#xa0;: {verdict}</translation>
    </message>
    <message>
        <source>Leads to: {path}</source>
        <translation>Mène à&#xa0;: {path}</translation>
    </message>
    <message>
        <source>No change of one or two answers would change the recommendation.</source>
        <translation>Aucun changement d’une ou deux réponses ne modifierait la recommandation.</translation>
    </message>
    <message>
        <source>Risks and next steps</source>
        <translation>Risques et prochaines étapes</translation>
    </message>
    <message>
        <source>Risks to watch</source>
        <translation>Risques à surveiller</translation>
    </message>
    <message>
        <source>Next steps for {path}</source>
        <translation>Prochaines étapes&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>By day {days}</source>
        <translation>D’ici le jour {days}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Source&#xa0;: {source}</translation>
    </message>
    <message>
        <source>Method and limits</source>
        <translation>Méthode et limites</translation>
    </message>
    <message>
        <source>How the scores are made</source>
        <translation>Comment les scores sont établis</translation>
    </message>
    <message>
        <source>Fit: each rule of the rulebook that the answers trigger gives points to the paths it speaks for and takes points from those it speaks against, as the table of reasons shows. Each path&apos;s points are added up and scaled to 0 to 100; the path with the most is recommended. Fit compares the paths; it does not say whether the organisation is ready.</source>
        <translation>Adéquation : chaque règle du référentiel déclenchée par les réponses donne des points aux approches qu’elle soutient et en retire à celles qu’elle dessert, comme le montre le tableau des raisons. Les points de chaque approche sont additionnés et ramenés de 0 à 100 ; l’approche qui en a le plus est recommandée. L’adéquation compare les approches ; elle ne dit pas si l’organisation est prête.</translation>
    </message>
    <message>
        <source>Readiness: every answer scores the dimension it bears on, from 0 to 100, for what {path} needs; a &quot;don&apos;t know&quot; counts as a weak answer. The dimensions are weighted into one score: {weights}.</source>
        <translation>Maturité : chaque réponse note la dimension qu’elle concerne, de 0 à 100, au regard de ce dont {path} a besoin ; un « je ne sais pas » compte comme une réponse faible. Les dimensions sont pondérées en un seul score : {weights}.</translation>
    </message>
    <message>
        <source>{dimension} {percent}%</source>
        <translation>{dimension} {percent}&#xa0;%</translation>
    </message>
    <message>
        <source>The readiness bands</source>
        <translation>Les paliers de maturité</translation>
    </message>
    <message>
        <source>a score from {low} to {high}</source>
        <translation>un score de {low} à {high}</translation>
    </message>
    <message>
        <source>Any blocker</source>
        <translation>Tout point bloquant</translation>
    </message>
    <message>
        <source>caps the band at emerging, whatever the score, until it is cleared</source>
        <translation>plafonne le palier à « émergente », quel que soit le score, jusqu’à ce qu’il soit levé</translation>
    </message>
    <message>
        <source>The verdicts</source>
        <translation>Les verdicts</translation>
    </message>
    <message>
        <source>start now: no blocker, and the band is above not ready.</source>
        <translation>commencer maintenant : aucun point bloquant, et le palier est au-dessus de « pas prête ».</translation>
    </message>
    <message>
        <source>start once the blockers are cleared: there is a blocker, and the band is above not ready.</source>
        <translation>commencer une fois les points bloquants levés : il y a un point bloquant, et le palier est au-dessus de « pas prête ».</translation>
    </message>
    <message>
        <source>not ready for any machine learning project yet: the band is not ready.</source>
        <translation>pas encore prête pour un projet de machine learning : le palier est « pas prête ».</translation>
    </message>
    <message>
        <source>do not build it: the use as described is a practice the EU AI Act prohibits.</source>
        <translation>ne pas le construire : l’usage décrit est une pratique que le règlement européen sur l’IA interdit.</translation>
    </message>
    <message>
        <source>What confidence means</source>
        <translation>Ce que signifie la confiance</translation>
    </message>
    <message>
        <source>Confidence says how far the advice can be relied on given the answers, not how good the project is. &quot;Don&apos;t know&quot; answers, paths that score close together and blockers lower it; it is never high when the band is not ready, when there is a blocker, or when three or more answers are &quot;don&apos;t know&quot;. For this brief: {note}</source>
        <translation>La confiance dit dans quelle mesure on peut se fier au conseil compte tenu des réponses, pas si le projet est bon. Les réponses « je ne sais pas », des approches aux scores proches et les points bloquants la font baisser ; elle n’est jamais élevée quand le palier est « pas prête », quand il y a un point bloquant ou quand trois réponses ou plus sont « je ne sais pas ». Pour cette note : {note}</translation>
    </message>
    <message>
        <source>Costs and the rulebook</source>
        <translation>Coûts et référentiel</translation>
    </message>
    <message>
        <source>Costs are year-one ranges in US dollars, for orientation, not quotes. They are built from the itemised assumptions in the appendix: people, computing, labelling and service fees at the answered volume.</source>
        <translation>Les coûts sont des fourchettes pour la première année en dollars américains, à titre indicatif, pas des devis. Ils reposent sur les hypothèses détaillées en annexe : personnel, calcul, étiquetage et frais de service au volume indiqué.</translation>
    </message>
    <message>
        <source>The advice comes from rulebook {version} ({date}). Every rule, threshold and price in it is declared with its source, and the references grade each source: peer-reviewed research, official guidance, regulation, industry reports, practitioner essays, and rules of thumb (thresholds that are the rulebook&apos;s own judgement). Regulation is stated as the rulebook knew it on that date.</source>
        <translation>Le conseil provient du référentiel {version} ({date}). Chaque règle, seuil et prix y est déclaré avec sa source, et les références classent chaque source : recherche évaluée par les pairs, guides officiels, réglementation, rapports sectoriels, essais de praticiens et règles empiriques (des seuils qui relèvent du jugement propre du référentiel). La réglementation est indiquée telle que le référentiel la connaissait à cette date.</translation>
    </message>
    <message>
        <source>What this tool cannot judge</source>
        <translation>Ce que cet outil ne peut pas juger</translation>
    </message>
    <message>
        <source>Whether the answers are right: the advice is only as good as they are.</source>
        <translation>Si les réponses sont justes : le conseil ne vaut que ce qu’elles valent.</translation>
    </message>
    <message>
        <source>The data itself: its labels, gaps and biases must be checked on the data, not on answers about it.</source>
        <translation>Les données elles-mêmes : leurs étiquettes, lacunes et biais doivent être vérifiés sur les données, pas sur des réponses à leur sujet.</translation>
    </message>
    <message>
        <source>The legal position: counsel must confirm how each rule applies, in every country where the system is used.</source>
        <translation>La situation juridique : un juriste doit confirmer comment chaque règle s’applique, dans chaque pays où le système est utilisé.</translation>
    </message>
    <message>
        <source>Vendors&apos; claims: any service, model or product must be measured on the organisation&apos;s own cases before it is trusted.</source>
        <translation>Les promesses des fournisseurs : tout service, modèle ou produit doit être mesuré sur les propres cas de l’organisation avant qu’on s’y fie.</translation>
    </message>
    <message>
        <source>The organisation&apos;s capacity for change, its politics, and whether this use case is worth more than other uses of the money.</source>
        <translation>La capacité de l’organisation à changer, ses jeux internes, et si ce cas d’usage vaut mieux que d’autres emplois de l’argent.</translation>
    </message>
    <message>
        <source>Appendix: the answers</source>
        <translation>Annexe&#xa0;: les réponses</translation>
    </message>
    <message>
        <source>Every question as it was asked, the answer given and the assessor&apos;s notes.</source>
        <translation>Chaque question telle qu’elle a été posée, la réponse donnée et les notes de l’évaluateur.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Réponse</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>The note continues for {count} more characters, not printed here; the assessment file keeps it whole.</source>
        <translation>La note continue sur {count} caractères de plus, non imprimés ici ; le fichier d’évaluation la conserve en entier.</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Références</translation>
    </message>
    <message>
        <source>The publications and guidance the rules in this brief stand on.</source>
        <translation>Les publications et recommandations sur lesquelles s’appuient les règles de cette note.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Page {page} sur {pages}</translation>
    </message>
    <message>
        <source>Rulebook {version}</source>
        <translation>Référentiel {version}</translation>
    </message>
    <message>
        <source>Prepared offline with dlready</source>
        <translation>Préparé hors ligne avec dlready</translation>
    </message>
    <message>
        <source>AI path brief: {name}</source>
        <translation>Note d’approche IA&#xa0;: {name}</translation>
    </message>
    <message>
        <source>Recommendation: {path}; readiness {score} / 100</source>
        <translation>Recommandation&#xa0;: {path}&#xa0;; maturité {score} / 100</translation>
    </message>
    <message>
        <source>AI readiness; machine learning; board brief</source>
        <translation>maturité IA; machine learning; note au conseil</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} {month} {year}</translation>
    </message>
    <message>
        <source>January</source>
        <translation>janvier</translation>
    </message>
    <message>
        <source>February</source>
        <translation>février</translation>
    </message>
    <message>
        <source>March</source>
        <translation>mars</translation>
    </message>
    <message>
        <source>April</source>
        <translation>avril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mai</translation>
    </message>
    <message>
        <source>June</source>
        <translation>juin</translation>
    </message>
    <message>
        <source>July</source>
        <translation>juillet</translation>
    </message>
    <message>
        <source>August</source>
        <translation>août</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octobre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>novembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>décembre</translation>
    </message>
    <message>
        <source>The brief&apos;s font has no letters for {chars}: they will print as empty boxes and cannot be searched in the PDF.</source>
        <translation>La police de la note n’a pas de caractères pour {chars} : ils s’imprimeront comme des cases vides et ne pourront pas être recherchés dans le PDF.</translation>
    </message>
    <message>
        <source>The brief prints Arabic and Hebrew left to right, so these words will read backwards: {chars}.</source>
        <translation>La note imprime l’arabe et l’hébreu de gauche à droite : ces mots se liront donc à l’envers : {chars}.</translation>
    </message>
</context>
<context>
    <name>caps</name>
    <message>
        <source>Without a use case the organisation is not ready</source>
        <translation>Sans cas d’usage, l’organisation n’est pas prête</translation>
    </message>
    <message>
        <source>Without data the organisation is not ready</source>
        <translation>Sans données, l’organisation n’est pas prête</translation>
    </message>
</context>
<context>
    <name>confidence</name>
    <message>
        <source>Low confidence: {why}.</source>
        <translation>Confiance faible&#xa0;: {why}.</translation>
    </message>
    <message>
        <source>Medium confidence: {why}.</source>
        <translation>Confiance moyenne&#xa0;: {why}.</translation>
    </message>
    <message>
        <source>High confidence: {why}.</source>
        <translation>Confiance élevée&#xa0;: {why}.</translation>
    </message>
    <message>
        <source>the use as described is prohibited, so no path is recommended</source>
        <translation>l’usage tel que décrit est interdit, aucune voie n’est donc recommandée</translation>
    </message>
    <message>
        <source>the organisation is not ready for a machine learning project yet</source>
        <translation>l’organisation n’est pas encore prête pour un projet de machine learning</translation>
    </message>
    <message>
        <source>{unknown} of {total} questions are answered “don&apos;t know”</source>
        <translation>{unknown} questions sur {total} ont pour réponse «&#xa0;Je ne sais pas&#xa0;»</translation>
    </message>
    <message>
        <source>{path} fits almost as well</source>
        <translation>{path} convient presque aussi bien</translation>
    </message>
    <message>
        <source>{path} is only {margin} points behind</source>
        <translation>{path} n’a que {margin} points de retard</translation>
    </message>
    <message>
        <source>the blockers must be cleared first ({actions})</source>
        <translation>les obstacles doivent d’abord être levés ({actions})</translation>
    </message>
    <message>
        <source>“{question}” is unknown, and its answer could change the path</source>
        <translation>«&#xa0;{question}&#xa0;» est inconnu, et la réponse pourrait changer la voie</translation>
    </message>
    <message>
        <source>the answers are complete and point one way</source>
        <translation>les réponses sont complètes et vont dans un seul sens</translation>
    </message>
    <message>
        <source>on this much tabular or time-series data, with a team that runs deep networks, deep models are a real contender: compare them with boosting on the same held-out period</source>
        <translation>sur autant de données tabulaires ou de séries temporelles, avec une équipe qui exploite des réseaux profonds, les modèles profonds sont de vrais concurrents&#xa0;: comparez-les au boosting sur la même période mise de côté</translation>
    </message>
    <message>
        <source>vision on devices with large data: a compact network of your own and an adapted pretrained one are both defensible; measure both on the device</source>
        <translation>vision sur appareil avec de grands volumes de données&#xa0;: un réseau compact à vous et un réseau préentraîné adapté sont tous deux défendables&#xa0;; mesurez les deux sur l’appareil</translation>
    </message>
    <message>
        <source>a new task with hundreds of thousands of examples: adapting a pretrained model and training your own are both defensible</source>
        <translation>une tâche nouvelle avec des centaines de milliers d’exemples&#xa0;: adapter un modèle préentraîné et entraîner le vôtre sont tous deux défendables</translation>
    </message>
    <message>
        <source>the right answers are past decisions about people, so whether any model may be trusted depends on the bias audit</source>
        <translation>les bonnes réponses sont des décisions passées sur des personnes&#xa0;; la confiance à accorder à un modèle dépend donc de l’audit des biais</translation>
    </message>
    <message>
        <source>in clinical use, whether a model helps patients is known only after validation on your own patients, group by group</source>
        <translation>en usage clinique, on ne sait si un modèle aide les patients qu’après une validation sur vos propres patients, groupe par groupe</translation>
    </message>
</context>
<context>
    <name>costs</name>
    <message>
        <source>People</source>
        <translation>Personnel</translation>
    </message>
    <message>
        <source>Compute</source>
        <translation>Calcul</translation>
    </message>
    <message>
        <source>Labelling</source>
        <translation>Étiquetage</translation>
    </message>
    <message>
        <source>Service and model fees</source>
        <translation>Frais de service et de modèle</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Service des prédictions</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Exploitation</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Conformité</translation>
    </message>
    <message>
        <source>{fte} of a year of {role} at ${low}–${high} a year, fully loaded</source>
        <translation>{fte} année-personne ({role}) à {low}–{high} USD par an, coût complet</translation>
    </message>
    <message>
        <source>; the skills are not in house, so contractors or hires cost about {factor} times more</source>
        <translation> ; les compétences manquent en interne, donc prestataires ou recrues coûtent environ {factor} fois plus</translation>
    </message>
    <message>
        <source>{hours} GPU-hours rented at ${low}–${high} an hour</source>
        <translation>{hours} heures GPU louées à {low}–{high} USD l&apos;heure</translation>
    </message>
    <message>
        <source>cloud machines for training and experiments</source>
        <translation>machines cloud pour l&apos;entraînement et les essais</translation>
    </message>
    <message>
        <source>{count} examples to label at ${low}–${high} each ({who})</source>
        <translation>{count} exemples à étiqueter à {low}–{high} USD chacun ({who})</translation>
    </message>
    <message>
        <source>the examples are already labelled</source>
        <translation>les exemples sont déjà étiquetés</translation>
    </message>
    <message>
        <source>an evaluation set of {count} examples checked at ${low}–${high} each ({who})</source>
        <translation>un jeu d&apos;évaluation de {count} exemples vérifiés à {low}–{high} USD chacun ({who})</translation>
    </message>
    <message>
        <source>{requests} requests a month for {months} months at ${low}–${high} each</source>
        <translation>{requests} requêtes par mois pendant {months} mois à {low}–{high} USD chacune</translation>
    </message>
    <message>
        <source>hosting, monitoring and logging for one model</source>
        <translation>hébergement, surveillance et journalisation pour un modèle</translation>
    </message>
    <message>
        <source>; machines of your own, as the data must stay on premises</source>
        <translation> ; des machines à vous, car les données doivent rester sur site</translation>
    </message>
    <message>
        <source>counsel and documentation for the rules that apply</source>
        <translation>conseil juridique et documentation pour les règles applicables</translation>
    </message>
    <message>
        <source>conformity work, audits and counsel for a high-risk use or a medical device</source>
        <translation>travail de conformité, audits et conseil juridique pour un usage à haut risque ou un dispositif médical</translation>
    </message>
    <message>
        <source>a data scientist</source>
        <translation>data scientist</translation>
    </message>
    <message>
        <source>an engineer building on pretrained models</source>
        <translation>ingénieur travaillant sur des modèles pré-entraînés</translation>
    </message>
    <message>
        <source>deep learning engineers</source>
        <translation>ingénieurs en deep learning</translation>
    </message>
    <message>
        <source>any staff or crowd workers</source>
        <translation>tout membre du personnel ou travailleurs de la foule</translation>
    </message>
    <message>
        <source>trained staff</source>
        <translation>personnel formé</translation>
    </message>
    <message>
        <source>experts</source>
        <translation>experts</translation>
    </message>
    <message>
        <source>labellers not yet known</source>
        <translation>étiqueteurs pas encore connus</translation>
    </message>
    <message>
        <source>within the budget</source>
        <translation>dans le budget</translation>
    </message>
    <message>
        <source>within the budget at the low end, over it at the high end</source>
        <translation>dans le budget au bas de la fourchette, au-dessus en haut</translation>
    </message>
    <message>
        <source>over the budget even at the low end</source>
        <translation>au-dessus du budget même au bas de la fourchette</translation>
    </message>
    <message>
        <source>needs about twice the budget</source>
        <translation>demande environ le double du budget</translation>
    </message>
    <message>
        <source>needs about {times} times the budget</source>
        <translation>demande environ {times} fois le budget</translation>
    </message>
    <message>
        <source>no budget was given to compare with</source>
        <translation>aucun budget n&apos;a été indiqué pour comparer</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>dlready assessments (*.dlready)</source>
        <translation>Évaluations dlready (*.dlready)</translation>
    </message>
    <message>
        <source>&amp;Copy the Path</source>
        <translation>&amp;Copier le chemin</translation>
    </message>
    <message>
        <source>dlready kept a copy of the version saved before ({time}). Open that copy instead?</source>
        <translation>dlready a conservé une copie de la version enregistrée précédemment ({time}). Ouvrir plutôt cette copie ?</translation>
    </message>
    <message>
        <source>Cannot open the assessment</source>
        <translation>Impossible d’ouvrir l’évaluation</translation>
    </message>
    <message>
        <source>The answers for “{name}” have changed since they were saved. Save them first?</source>
        <translation>Les réponses pour «&#xa0;{name}&#xa0;» ont changé depuis le dernier enregistrement. Les enregistrer d’abord&#xa0;?</translation>
    </message>
    <message>
        <source>These answers have not been saved. Save them first?</source>
        <translation>Ces réponses n’ont pas été enregistrées. Les enregistrer d’abord&#xa0;?</translation>
    </message>
    <message>
        <source>Unsaved answers</source>
        <translation>Réponses non enregistrées</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Ne pas enregistrer</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Restore unsaved answers?</source>
        <translation>Restaurer les réponses non enregistrées&#xa0;?</translation>
    </message>
    <message>
        <source>dlready did not close normally last time, and some answers were not saved. A recovery copy was kept.</source>
        <translation>dlready ne s’est pas fermé normalement la dernière fois et certaines réponses n’avaient pas été enregistrées. Une copie de récupération a été conservée.</translation>
    </message>
    <message>
        <source>Assessment: {name}, last changed {time}.</source>
        <translation>Évaluation : {name}, modifiée pour la dernière fois le {time}.</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sans titre</translation>
    </message>
    <message>
        <source>They belong to {file}.</source>
        <translation>Elles appartiennent à {file}.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurer</translation>
    </message>
    <message>
        <source>&amp;Delete the copy</source>
        <translation>&amp;Supprimer la copie</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Pas maintenant</translation>
    </message>
    <message>
        <source>Open an assessment</source>
        <translation>Ouvrir une évaluation</translation>
    </message>
    <message>
        <source>Save the assessment</source>
        <translation>Enregistrer l’évaluation</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>evaluation</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>{path}: no .dlready files in this folder.</source>
        <translation>{path}&#xa0;: aucun fichier .dlready dans ce dossier.</translation>
    </message>
    <message>
        <source>The file is empty; expected a dlready assessment (JSON).</source>
        <translation>Le fichier est vide&#xa0;; une évaluation dlready (JSON) était attendue.</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line {line}, column {column}: {problem}).</source>
        <translation>Le fichier n’est pas un JSON valide (ligne {line}, colonne {column}&#xa0;: {problem}).</translation>
    </message>
    <message>
        <source>The file holds a JSON {type}; expected an object with &quot;format&quot;: &quot;{format}&quot;.</source>
        <translation>Le fichier contient un {type} JSON&#xa0;; un objet avec &quot;format&quot;: &quot;{format}&quot; était attendu.</translation>
    </message>
    <message>
        <source>Field &apos;format&apos; is {value}; expected &quot;{format}&quot; (this is not a dlready assessment).</source>
        <translation>Le champ &apos;format&apos; vaut {value}&#xa0;; &quot;{format}&quot; était attendu (ce n’est pas une évaluation dlready).</translation>
    </message>
    <message>
        <source>Field &apos;{field}&apos; is {value}; expected text.</source>
        <translation>Le champ &apos;{field}&apos; vaut {value}&#xa0;; du texte était attendu.</translation>
    </message>
    <message>
        <source>Field &apos;version&apos; is {value}; expected a whole number from 1 to {last}.</source>
        <translation>Le champ &apos;version&apos; vaut {value}&#xa0;; un nombre entier de 1 à {last} était attendu.</translation>
    </message>
    <message>
        <source>The file is format version {version}, newer than version {last} that this dlready reads; open it with a newer dlready.</source>
        <translation>Le fichier est au format version {version}, plus récent que la version {last} que lit ce dlready&#xa0;; ouvrez-le avec une version plus récente de dlready.</translation>
    </message>
    <message>
        <source>Field &apos;{field}&apos; is a JSON {type}; expected an object.</source>
        <translation>Le champ &apos;{field}&apos; est un {type} JSON&#xa0;; un objet était attendu.</translation>
    </message>
    <message>
        <source>Field &apos;answers&apos; is a JSON {type}; expected an object of question ids and option values.</source>
        <translation>Le champ &apos;answers&apos; est un {type} JSON&#xa0;; un objet associant identifiants de questions et valeurs d’options était attendu.</translation>
    </message>
    <message>
        <source>Field &apos;participants&apos; is a JSON {type}; expected an object of participants&apos; names and their answers.</source>
        <translation>Le champ &apos;participants&apos; est un {type} JSON&#xa0;; un objet des noms des participants et de leurs réponses est attendu.</translation>
    </message>
    <message>
        <source>A participant has an empty name.</source>
        <translation>Un participant a un nom vide.</translation>
    </message>
    <message>
        <source>Unknown field {value}; a participant has &apos;answers&apos; and &apos;notes&apos;.</source>
        <translation>Champ inconnu {value}&#xa0;; un participant a &apos;answers&apos; et &apos;notes&apos;.</translation>
    </message>
    <message>
        <source>Unknown question id {value} in &apos;{field}&apos;; known ids: {known}.</source>
        <translation>Identifiant de question inconnu {value} dans &apos;{field}&apos;&#xa0;; identifiants connus&#xa0;: {known}.</translation>
    </message>
    <message>
        <source>Question &apos;{question}&apos; has the value {value}; allowed values: {allowed}.</source>
        <translation>La question &apos;{question}&apos; a la valeur {value}&#xa0;; valeurs autorisées&#xa0;: {allowed}.</translation>
    </message>
    <message>
        <source>Field &apos;notes&apos; is a JSON {type}; expected an object of question ids and text.</source>
        <translation>Le champ &apos;notes&apos; est un {type} JSON&#xa0;; un objet associant identifiants de questions et textes était attendu.</translation>
    </message>
    <message>
        <source>{path}: no such file.</source>
        <translation>{path}&#xa0;: fichier introuvable.</translation>
    </message>
    <message>
        <source>{path}: is a folder, not an assessment file.</source>
        <translation>{path}&#xa0;: est un dossier, pas un fichier d’évaluation.</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason}).</source>
        <translation>{path}&#xa0;: lecture impossible ({reason}).</translation>
    </message>
    <message>
        <source>{path}: is not UTF-8 text (byte {byte}); expected a dlready assessment.</source>
        <translation>{path}&#xa0;: n’est pas du texte UTF-8 (octet {byte})&#xa0;; une évaluation dlready était attendue.</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>Aucun nom de fichier n’a été donné.</translation>
    </message>
    <message>
        <source>{path}: is not a regular file (a folder, device or pipe); dlready writes only files.</source>
        <translation>{path} : n’est pas un fichier ordinaire (dossier, périphérique ou tube) ; dlready n’écrit que des fichiers.</translation>
    </message>
    <message>
        <source>{path}: is also an input of this command; choose another file for the output.</source>
        <translation>{path} : est aussi une entrée de cette commande ; choisissez un autre fichier pour la sortie.</translation>
    </message>
    <message>
        <source>Participant {name}: {problem}</source>
        <translation>Participant {name}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>The files are for different organisations ({values}); merge them with --force if they belong together.</source>
        <translation>Les fichiers concernent des organisations différentes ({values})&#xa0;; fusionnez-les avec --force s’ils vont ensemble.</translation>
    </message>
    <message>
        <source>The files are for different projects ({values}); merge them with --force if they belong together.</source>
        <translation>Les fichiers concernent des projets différents ({values})&#xa0;; fusionnez-les avec --force s’ils vont ensemble.</translation>
    </message>
    <message>
        <source>{path}: is one of the inputs; merging never changes an input, choose another -o.</source>
        <translation>{path}&#xa0;: fait partie des fichiers d’entrée&#xa0;; la fusion ne modifie jamais une entrée, choisissez un autre -o.</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({reason}).</source>
        <translation>{path} : ne peut pas être écrit ({reason}).</translation>
    </message>
    <message>
        <source>{path}: a screenshot is a PNG image; give a name ending in .png.</source>
        <translation>{path} : une capture d’écran est une image PNG ; donnez un nom qui se termine par .png.</translation>
    </message>
    <message>
        <source>{option}: {value} is not valid text (it holds bytes that are not UTF-8).</source>
        <translation>{option} : {value} n’est pas un texte valide (il contient des octets qui ne sont pas de l’UTF-8).</translation>
    </message>
    <message>
        <source>Say where to write the portfolio (-o OUT.pdf), or ask for --csv.</source>
        <translation>Indiquez où écrire le portefeuille (-o OUT.pdf), ou demandez --csv.</translation>
    </message>
    <message>
        <source>{path}: is not a folder.</source>
        <translation>{path}&#xa0;: n’est pas un dossier.</translation>
    </message>
    <message>
        <source>{path}: is not a regular file (a device, pipe or socket); dlready reads only files.</source>
        <translation>{path} : n’est pas un fichier ordinaire (périphérique, tube ou socket) ; dlready ne lit que des fichiers.</translation>
    </message>
    <message>
        <source>{path}: is larger than {limit} MB; an assessment is a few kilobytes.</source>
        <translation>{path} : dépasse {limit} Mo ; une évaluation ne fait que quelques kilo-octets.</translation>
    </message>
    <message>
        <source>The file nests objects and arrays more than {limit} deep; an assessment nests 2.</source>
        <translation>Le fichier imbrique des objets et des tableaux sur plus de {limit} niveaux ; une évaluation en a 2.</translation>
    </message>
    <message>
        <source>The file holds a number of more than {limit} digits.</source>
        <translation>Le fichier contient un nombre de plus de {limit} chiffres.</translation>
    </message>
    <message>
        <source>The file holds the value {value}, which is not a number JSON allows.</source>
        <translation>Le fichier contient la valeur {value}, qui n’est pas un nombre admis en JSON.</translation>
    </message>
    <message>
        <source>The file holds text that is not valid Unicode ({value}, half of a character).</source>
        <translation>Le fichier contient du texte qui n’est pas de l’Unicode valide ({value}, la moitié d’un caractère).</translation>
    </message>
    <message>
        <source>{path}: the brief was not written.</source>
        <translation>{path} : le rapport n’a pas été écrit.</translation>
    </message>
    <message>
        <source>{name}: the logo is not a readable PNG or JPEG image.</source>
        <translation>{name} : le logo n’est pas une image PNG ou JPEG lisible.</translation>
    </message>
    <message>
        <source>{name}: the logo is not a regular file of at most {limit} MB.</source>
        <translation>{name} : le logo n’est pas un fichier ordinaire d’au plus {limit} Mo.</translation>
    </message>
    <message>
        <source>{name}: the logo cannot be read ({reason}).</source>
        <translation>{name} : le logo ne peut pas être lu ({reason}).</translation>
    </message>
    <message>
        <source>{name}: the logo has more pixels than the {limit} million a logo may have.</source>
        <translation>{name} : le logo a plus de pixels que les {limit} millions permis pour un logo.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Export the PDF brief</source>
        <translation>Exporter la note PDF</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>Fichier PDF</translation>
    </message>
    <message>
        <source>Consultant&apos;s name</source>
        <translation>Nom du consultant</translation>
    </message>
    <message>
        <source>Shown on the cover; leave empty for none</source>
        <translation>Affiché en couverture&#xa0;; laisser vide pour aucun</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>Image du logo</translation>
    </message>
    <message>
        <source>A PNG or JPEG for the cover; leave empty for none</source>
        <translation>Un PNG ou un JPEG pour la couverture&#xa0;; laisser vide pour aucun</translation>
    </message>
    <message>
        <source>&amp;PDF file:</source>
        <translation>Fichier &amp;PDF&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Parcourir…</translation>
    </message>
    <message>
        <source>&amp;Consultant:</source>
        <translation>&amp;Consultant&#xa0;:</translation>
    </message>
    <message>
        <source>Mark the brief &amp;confidential on every page</source>
        <translation>Marquer la note &amp;confidentielle sur chaque page</translation>
    </message>
    <message>
        <source>&amp;Number a workshop&apos;s participants instead of naming them</source>
        <translation>&amp;Numéroter les participants d’un atelier au lieu de les nommer</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logo&#xa0;:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>E&amp;xporter</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Choisir un logo</translation>
    </message>
    <message>
        <source>Writing the PDF brief…</source>
        <translation>Création de la note PDF…</translation>
    </message>
    <message>
        <source>The PDF brief is ready</source>
        <translation>La note PDF est prête</translation>
    </message>
    <message>
        <source>The brief was written to {file}. Open it now?</source>
        <translation>La note a été enregistrée dans {file}. L’ouvrir maintenant&#xa0;?</translation>
    </message>
    <message>
        <source>No PDF viewer found</source>
        <translation>Aucune visionneuse PDF trouvée</translation>
    </message>
    <message>
        <source>No program to show PDF files was found on this computer. The brief is saved here; copy the path to open it elsewhere:</source>
        <translation>Aucun programme capable d’afficher les fichiers PDF n’a été trouvé sur cet ordinateur. Le rapport est enregistré ici ; copiez le chemin pour l’ouvrir ailleurs :</translation>
    </message>
</context>
<context>
    <name>fileerrors</name>
    <message>
        <source>Line {line} reads: {text}</source>
        <translation>La ligne {line} contient : {text}</translation>
    </message>
    <message>
        <source>{file} is damaged at line {line}: it is not written the way dlready writes its files, so it cannot be read.</source>
        <translation>{file} est endommagé à la ligne {line} : il n’est pas écrit comme dlready écrit ses fichiers et ne peut donc pas être lu.</translation>
    </message>
    <message>
        <source>In {file}, the answer to “{question}” is “{value}”, which is not one of its options: {options}.</source>
        <translation>Dans {file}, la réponse à « {question} » est « {value} », qui ne fait pas partie de ses options : {options}.</translation>
    </message>
    <message>
        <source>{file} answers a question this version of dlready does not ask (“{value}”): it may come from a newer version, or have been edited by hand.</source>
        <translation>{file} répond à une question que cette version de dlready ne pose pas (« {value} ») : il provient peut-être d’une version plus récente ou a été modifié à la main.</translation>
    </message>
</context>
<context>
    <name>glossary</name>
    <message>
        <source>Labelled examples</source>
        <translation>Exemples annotés</translation>
    </message>
    <message>
        <source>Past cases together with the right answer, such as invoices with the amount typed in or images marked “defect”: what a model learns from.</source>
        <translation>Des cas passés accompagnés de la bonne réponse, par exemple des factures avec le montant saisi ou des images marquées « défaut » : ce dont un modèle apprend.</translation>
    </message>
    <message>
        <source>Classical machine learning</source>
        <translation>Apprentissage automatique classique</translation>
    </message>
    <message>
        <source>Models such as gradient boosting or linear regression that learn from features in a table; fast, cheap and often the best choice for business data.</source>
        <translation>Des modèles comme le gradient boosting ou la régression linéaire, qui apprennent à partir des colonnes d’un tableau ; rapides, peu coûteux et souvent le meilleur choix pour les données d’entreprise.</translation>
    </message>
    <message>
        <source>Deep learning</source>
        <translation>Apprentissage profond (deep learning)</translation>
    </message>
    <message>
        <source>Large neural networks that learn their own features from raw text, images or sound; they need more data, computing power and skills.</source>
        <translation>De grands réseaux de neurones qui apprennent eux-mêmes leurs caractéristiques à partir de texte, d’images ou de son bruts ; ils demandent plus de données, de puissance de calcul et de compétences.</translation>
    </message>
    <message>
        <source>Pretrained model</source>
        <translation>Modèle pré-entraîné</translation>
    </message>
    <message>
        <source>A model someone else has already trained on a large collection of data, ready to be used or adapted.</source>
        <translation>Un modèle déjà entraîné par quelqu’un d’autre sur un grand ensemble de données, prêt à être utilisé ou adapté.</translation>
    </message>
    <message>
        <source>Foundation model</source>
        <translation>Modèle de fondation</translation>
    </message>
    <message>
        <source>A very large pretrained model (for text, images or both) that can do many tasks when instructed, such as the models behind chat assistants.</source>
        <translation>Un très grand modèle pré-entraîné (pour le texte, les images ou les deux) capable de nombreuses tâches sur simple instruction, comme les modèles derrière les assistants conversationnels.</translation>
    </message>
    <message>
        <source>Transfer learning</source>
        <translation>Apprentissage par transfert</translation>
    </message>
    <message>
        <source>Starting from a pretrained model and teaching it your task with a few hundred or thousand of your own examples.</source>
        <translation>Partir d’un modèle pré-entraîné et lui apprendre votre tâche avec quelques centaines ou milliers de vos propres exemples.</translation>
    </message>
    <message>
        <source>Fine-tuning</source>
        <translation>Ajustement fin (fine-tuning)</translation>
    </message>
    <message>
        <source>Training a pretrained model a little further on your own examples, so it fits your task, terms and style.</source>
        <translation>Entraîner un peu plus un modèle pré-entraîné sur vos propres exemples, pour qu’il s’adapte à votre tâche, à votre vocabulaire et à votre style.</translation>
    </message>
    <message>
        <source>Retrieval</source>
        <translation>Recherche documentaire (retrieval)</translation>
    </message>
    <message>
        <source>Looking up the relevant passages in your own documents and giving them to a model with the question, so that its answer rests on your sources (retrieval-augmented generation).</source>
        <translation>Retrouver les passages pertinents dans vos propres documents et les fournir à un modèle avec la question, pour que sa réponse s’appuie sur vos sources (génération augmentée par la recherche).</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API (interface de programmation)</translation>
    </message>
    <message>
        <source>A service reached over the internet that a program calls, for example to read a document or translate a text; paid per use.</source>
        <translation>Un service accessible par internet qu’un programme appelle, par exemple pour lire un document ou traduire un texte ; payé à l’usage.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Référence (baseline)</translation>
    </message>
    <message>
        <source>The simple method used today (a rule, last year&apos;s average, a person&apos;s judgement) that a model has to beat to be worth it.</source>
        <translation>La méthode simple utilisée aujourd’hui (une règle, la moyenne de l’an dernier, le jugement d’une personne) qu’un modèle doit battre pour en valoir la peine.</translation>
    </message>
    <message>
        <source>Data drift</source>
        <translation>Dérive des données</translation>
    </message>
    <message>
        <source>The data changing over time, so that a model trained on the past gets worse unless it is checked and retrained.</source>
        <translation>Les données évoluent avec le temps, si bien qu’un modèle entraîné sur le passé se dégrade s’il n’est pas surveillé et réentraîné.</translation>
    </message>
    <message>
        <source>Explainability</source>
        <translation>Explicabilité</translation>
    </message>
    <message>
        <source>Being able to say why a model gave a particular answer, which customers, auditors and regulators may ask for.</source>
        <translation>Pouvoir dire pourquoi un modèle a donné une réponse donnée, ce que clients, auditeurs et autorités peuvent demander.</translation>
    </message>
    <message>
        <source>MLOps</source>
        <translation>MLOps (exploitation des modèles)</translation>
    </message>
    <message>
        <source>The work of running models in daily use: deploying, monitoring, retraining and keeping track of versions.</source>
        <translation>Le travail d’exploitation des modèles au quotidien : déploiement, surveillance, réentraînement et suivi des versions.</translation>
    </message>
</context>
<context>
    <name>headline</name>
    <message>
        <source>do not build deep learning</source>
        <translation>ne pas construire de deep learning</translation>
    </message>
    <message>
        <source>do not build a model from scratch</source>
        <translation>ne pas construire de modèle à partir de zéro</translation>
    </message>
    <message>
        <source>ship it only if it beats a strong pretrained baseline</source>
        <translation>ne le déployer que s’il bat une solide référence préentraînée</translation>
    </message>
    <message>
        <source>Fund a 90-day pilot of {pilot}; {guard}</source>
        <translation>Financer un pilote de 90 jours {pilot}&#xa0;; {guard}</translation>
    </message>
    <message>
        <source>First {action}, then fund a 90-day pilot of {pilot}; {guard}</source>
        <translation>D’abord {action}, puis financer un pilote de 90 jours {pilot}&#xa0;; {guard}</translation>
    </message>
    <message>
        <source>Do not fund a machine learning project yet: first {action}, and start with {pilot}</source>
        <translation>Ne pas encore financer de projet de machine learning&#xa0;: d’abord {action}, et commencer par des {pilot}</translation>
    </message>
    <message>
        <source>Do not build this: the use as described is a practice the EU AI Act prohibits</source>
        <translation>Ne pas construire&#xa0;: l’usage tel que décrit est une pratique que le règlement européen sur l’IA interdit</translation>
    </message>
    <message>
        <source>build the basics: data, skills and a sponsor</source>
        <translation>poser les bases&#xa0;: données, compétences et un sponsor</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Fill in the organisation and the project on the first page, or open a saved assessment.</source>
        <translation>Renseignez l’organisation et le projet sur la première page, ou ouvrez une évaluation enregistrée.</translation>
    </message>
    <message>
        <source>Answer the questions section by section. “Don&apos;t know” is a fine answer: the advice then says how sure it is.</source>
        <translation>Répondez aux questions section par section. « Je ne sais pas » est une bonne réponse : le conseil indique alors son degré de certitude.</translation>
    </message>
    <message>
        <source>The list on the left shows each section&apos;s state; click one to go there, or click Results at any time.</source>
        <translation>La liste à gauche montre l’état de chaque section ; cliquez sur l’une pour y aller, ou sur Résultats à tout moment.</translation>
    </message>
    <message>
        <source>Before the results, a review lists the questions skipped or answered “Don&apos;t know”, one click from each.</source>
        <translation>Avant les résultats, un récapitulatif liste les questions sautées ou répondues « Je ne sais pas », chacune à un clic.</translation>
    </message>
    <message>
        <source>On the results page, try a lever to see how the advice would change, then undo it; export the PDF brief for the board.</source>
        <translation>Sur la page des résultats, essayez un levier pour voir comment le conseil changerait, puis annulez-le ; exportez la note PDF pour la direction.</translation>
    </message>
    <message>
        <source>In a workshop: View › Presentation Mode (F11) for large type on a projector, Esc to leave it; Ctrl+Q quits.</source>
        <translation>En atelier : Affichage › Mode présentation (F11) pour un texte en grand au vidéoprojecteur, Échap pour en sortir ; Ctrl+Q pour quitter.</translation>
    </message>
    <message>
        <source>How to use dlready</source>
        <translation>Comment utiliser dlready</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glossaire</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>Is deep learning the right tool? A readiness check for one use case, offline.</source>
        <translation>Le deep learning est-il le bon outil ? Une évaluation de maturité pour un cas d’usage, hors ligne.</translation>
    </message>
    <message>
        <source>Rulebook version {version} (the year and month its rules and sources were last reviewed).</source>
        <translation>Version du référentiel {version} (l’année et le mois de la dernière révision de ses règles et sources).</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guide</translation>
    </message>
    <message>
        <source>About dlready</source>
        <translation>À propos de dlready</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Not ready</source>
        <translation>Pas prête</translation>
    </message>
    <message>
        <source>Emerging</source>
        <translation>Émergente</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prête</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avancée</translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>Confiance faible</translation>
    </message>
    <message>
        <source>Medium confidence</source>
        <translation>Confiance moyenne</translation>
    </message>
    <message>
        <source>High confidence</source>
        <translation>Confiance élevée</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Stratégie</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infrastructure</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gouvernance</translation>
    </message>
    <message>
        <source>Stop: the use as described is prohibited</source>
        <translation>Stop&#xa0;: l’usage tel que décrit est interdit</translation>
    </message>
    <message>
        <source>Not yet: not ready for a machine learning project</source>
        <translation>Pas encore&#xa0;: pas prêt pour un projet de machine learning</translation>
    </message>
    <message>
        <source>Fix first: start once the blockers are cleared</source>
        <translation>D’abord corriger&#xa0;: démarrer une fois les obstacles levés</translation>
    </message>
    <message>
        <source>Go: start now</source>
        <translation>Go&#xa0;: démarrer maintenant</translation>
    </message>
    <message>
        <source>high</source>
        <translation>élevé</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>moyen</translation>
    </message>
    <message>
        <source>low</source>
        <translation>faible</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Sponsor</translation>
    </message>
    <message>
        <source>Data owner</source>
        <translation>Responsable des données</translation>
    </message>
    <message>
        <source>ML lead</source>
        <translation>Responsable ML</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Juridique</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>Informatique</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>Day 30</source>
        <translation>Jour 30</translation>
    </message>
    <message>
        <source>Day 60</source>
        <translation>Jour 60</translation>
    </message>
    <message>
        <source>Day 90</source>
        <translation>Jour 90</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Arrêt</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Fix first</source>
        <translation>À régler d’abord</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Feu vert</translation>
    </message>
</context>
<context>
    <name>levers</name>
    <message>
        <source>a few weeks to agree which problem to solve</source>
        <translation>quelques semaines pour convenir du problème à résoudre</translation>
    </message>
    <message>
        <source>a workshop of one or two weeks to agree the KPI and today&apos;s baseline</source>
        <translation>un atelier d’une ou deux semaines pour convenir du KPI et de la référence actuelle</translation>
    </message>
    <message>
        <source>weeks: brief an executive on the case</source>
        <translation>des semaines&#xa0;: présenter le cas à un dirigeant</translation>
    </message>
    <message>
        <source>weeks: an executive who owns the outcome and agrees the budget</source>
        <translation>des semaines&#xa0;: un dirigeant responsable du résultat qui valide le budget</translation>
    </message>
    <message>
        <source>months: start collecting the data</source>
        <translation>des mois&#xa0;: commencer à collecter les données</translation>
    </message>
    <message>
        <source>one to three months of integration to bring the data into one place</source>
        <translation>un à trois mois d’intégration pour réunir les données en un seul endroit</translation>
    </message>
    <message>
        <source>label a first share of the examples ({who})</source>
        <translation>étiqueter une première partie des exemples ({who})</translation>
    </message>
    <message>
        <source>label the remaining examples ({who})</source>
        <translation>étiqueter les exemples restants ({who})</translation>
    </message>
    <message>
        <source>days: a cloud account, with GPUs rented by the hour when needed</source>
        <translation>des jours&#xa0;: un compte cloud, avec des GPU loués à l’heure au besoin</translation>
    </message>
    <message>
        <source>weeks: reserve or buy dedicated GPUs</source>
        <translation>des semaines&#xa0;: réserver ou acheter des GPU dédiés</translation>
    </message>
    <message>
        <source>months: train or hire an analyst</source>
        <translation>des mois&#xa0;: former ou recruter un analyste</translation>
    </message>
    <message>
        <source>three to six months to hire a data scientist; a contractor sooner</source>
        <translation>trois à six mois pour recruter un data scientist&#xa0;; un prestataire plus vite</translation>
    </message>
    <message>
        <source>six months or more to hire engineers who have run neural networks</source>
        <translation>six mois ou plus pour recruter des ingénieurs ayant exploité des réseaux de neurones</translation>
    </message>
    <message>
        <source>collect and label examples: {to} ({who})</source>
        <translation>collecter et étiqueter des exemples&#xa0;: {to} ({who})</translation>
    </message>
    <message>
        <source>raise the yearly budget: {to}</source>
        <translation>augmenter le budget annuel&#xa0;: {to}</translation>
    </message>
    <message>
        <source>allow more time: first version {to}</source>
        <translation>accorder plus de temps&#xa0;: première version {to}</translation>
    </message>
    <message>
        <source>any staff after short instructions</source>
        <translation>n’importe quel membre du personnel après de brèves consignes</translation>
    </message>
    <message>
        <source>staff with domain training</source>
        <translation>du personnel formé au domaine</translation>
    </message>
    <message>
        <source>scarce specialists, the costliest labels</source>
        <translation>des spécialistes rares, les étiquettes les plus chères</translation>
    </message>
    <message>
        <source>whoever can judge them</source>
        <translation>quiconque peut en juger</translation>
    </message>
    <message>
        <source>“{question}” to “{answer}”</source>
        <translation>«&#xa0;{question}&#xa0;» à «&#xa0;{answer}&#xa0;»</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} et {second}</translation>
    </message>
    <message>
        <source>Move {moves}: readiness rises to {band}</source>
        <translation>Passer {moves}&#xa0;: la maturité monte à {band}</translation>
    </message>
    <message>
        <source>Move {moves}: {path} becomes the recommendation (readiness {band})</source>
        <translation>Passer {moves}&#xa0;: {path} devient la recommandation (maturité {band})</translation>
    </message>
</context>
<context>
    <name>money</name>
    <message>
        <source>Less than {amount}</source>
        <translation>Moins de {amount}</translation>
    </message>
    <message>
        <source>More than {amount}</source>
        <translation>Plus de {amount}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>De {low} à {high}</translation>
    </message>
</context>
<context>
    <name>paths</name>
    <message>
        <source>Classical machine learning</source>
        <translation>Machine learning classique</translation>
    </message>
    <message>
        <source>Gradient boosting, linear and tree models, classical forecasting on engineered features.</source>
        <translation>Gradient boosting, modèles linéaires et arbres de décision, prévision classique sur des variables construites.</translation>
    </message>
    <message>
        <source>Pretrained API or transfer learning</source>
        <translation>API pré-entraînée ou transfer learning</translation>
    </message>
    <message>
        <source>Call an existing service, or fine-tune an open pretrained model on your own data.</source>
        <translation>Appeler un service existant, ou affiner un modèle pré-entraîné ouvert sur vos propres données.</translation>
    </message>
    <message>
        <source>Custom deep learning</source>
        <translation>Deep learning sur mesure</translation>
    </message>
    <message>
        <source>Design and train your own neural networks on your own large data.</source>
        <translation>Concevoir et entraîner vos propres réseaux de neurones sur vos propres données, en grand volume.</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>There was no client data to delete.</source>
        <translation>Il n’y avait aucune donnée client à supprimer.</translation>
    </message>
    <message>
        <source>Deleted {files} files and {settings} remembered settings.</source>
        <translation>{files} fichiers et {settings} réglages mémorisés supprimés.</translation>
    </message>
    <message>
        <source>Delete all client data dlready keeps on this computer? This removes the unsaved-answer recovery copies, the .bak backups beside your assessment files, the recent files list and every remembered name, logo and folder.

Your saved assessment files and exported PDFs are not touched. This cannot be undone.</source>
        <translation>Supprimer toutes les données client que dlready conserve sur cet ordinateur&#xa0;? Cela supprime les copies de récupération des réponses non enregistrées, les sauvegardes .bak à côté de vos fichiers d’évaluation, la liste des fichiers récents et tous les noms, logos et dossiers mémorisés.

Vos fichiers d’évaluation enregistrés et les PDF exportés ne sont pas touchés. Cette action est irréversible.</translation>
    </message>
    <message>
        <source>Delete all client data</source>
        <translation>Supprimer toutes les données client</translation>
    </message>
</context>
<context>
    <name>questions</name>
    <message>
        <source>Use case and success measure</source>
        <translation>Cas d’usage et indicateur de succès</translation>
    </message>
    <message>
        <source>Is the business problem defined, with a success measure?</source>
        <translation>Le problème métier est-il défini, avec un indicateur de succès&#xa0;?</translation>
    </message>
    <message>
        <source>A success measure is a number the business already tracks that the model should move, with today&apos;s value as the baseline: &quot;cut manual invoice handling from 12 to 4 minutes&quot;, not &quot;use AI on invoices&quot;.</source>
        <translation>Un indicateur de succès est un chiffre que l’entreprise suit déjà et que le modèle doit faire évoluer, avec sa valeur actuelle comme référence&#xa0;: «&#xa0;réduire le traitement manuel d’une facture de 12 à 4 minutes&#xa0;», et non «&#xa0;utiliser l’IA sur les factures&#xa0;».</translation>
    </message>
    <message>
        <source>Defined, with a KPI and a baseline to beat</source>
        <translation>Défini, avec un KPI et une valeur de référence à dépasser</translation>
    </message>
    <message>
        <source>Everyone agrees on the problem and on the number that shows success.</source>
        <translation>Tout le monde s’accorde sur le problème et sur le chiffre qui montrera le succès.</translation>
    </message>
    <message>
        <source>Problem agreed, no success measure yet</source>
        <translation>Problème convenu, pas encore d’indicateur de succès</translation>
    </message>
    <message>
        <source>We know what to improve but not how to measure it.</source>
        <translation>Nous savons quoi améliorer, mais pas comment le mesurer.</translation>
    </message>
    <message>
        <source>Still looking for a use case</source>
        <translation>Encore à la recherche d’un cas d’usage</translation>
    </message>
    <message>
        <source>We want to find out where AI could help.</source>
        <translation>Nous voulons découvrir où l’IA pourrait aider.</translation>
    </message>
    <message>
        <source>Importance of model quality</source>
        <translation>Importance de la qualité du modèle</translation>
    </message>
    <message>
        <source>How much does model quality matter to the business?</source>
        <translation>Quelle importance la qualité du modèle a-t-elle pour l’entreprise&#xa0;?</translation>
    </message>
    <message>
        <source>If a few points of accuracy decide whether customers choose you (a search engine&apos;s ranking, a defect detector that is your product), quality is the edge. If a reasonable model already pays off (sorting mail, reading invoices), good enough is good enough.</source>
        <translation>Si quelques points de précision décident du choix de vos clients (le classement d’un moteur de recherche, un détecteur de défauts qui est votre produit), la qualité fait la différence. Si un modèle raisonnable est déjà rentable (trier le courrier, lire des factures), «&#xa0;suffisamment bon&#xa0;» suffit.</translation>
    </message>
    <message>
        <source>It is the product or our competitive edge</source>
        <translation>C’est le produit ou notre avantage concurrentiel</translation>
    </message>
    <message>
        <source>Every point of accuracy is worth real money.</source>
        <translation>Chaque point de précision vaut de l’argent.</translation>
    </message>
    <message>
        <source>Important, but not what sets us apart</source>
        <translation>Important, mais ce n’est pas ce qui nous distingue</translation>
    </message>
    <message>
        <source>Better is worth paying for, within reason.</source>
        <translation>Une meilleure qualité mérite d’être payée, dans la limite du raisonnable.</translation>
    </message>
    <message>
        <source>Good enough is good enough</source>
        <translation>Suffisamment bon suffit</translation>
    </message>
    <message>
        <source>A reasonable, reliable model already pays off.</source>
        <translation>Un modèle raisonnable et fiable est déjà rentable.</translation>
    </message>
    <message>
        <source>Kind of data</source>
        <translation>Type de données</translation>
    </message>
    <message>
        <source>What kind of data and problem is it?</source>
        <translation>De quel type de données et de problème s’agit-il&#xa0;?</translation>
    </message>
    <message>
        <source>Pick the data the model would learn from. Records in tables (customers, transactions, machines) are tabular even when there are millions of rows; documents, photos, recordings and video are unstructured data.</source>
        <translation>Choisissez les données à partir desquelles le modèle apprendrait. Des enregistrements en tables (clients, transactions, machines) sont des données tabulaires, même avec des millions de lignes&#xa0;; documents, photos, enregistrements audio et vidéos sont des données non structurées.</translation>
    </message>
    <message>
        <source>Records in tables</source>
        <translation>Enregistrements en tables</translation>
    </message>
    <message>
        <source>Churn, credit risk, fraud, pricing, lead scoring.</source>
        <translation>Attrition, risque de crédit, fraude, tarification, scoring de prospects.</translation>
    </message>
    <message>
        <source>Forecasting over time</source>
        <translation>Prévision dans le temps</translation>
    </message>
    <message>
        <source>Demand, sales, energy load or sensor readings by the hour or week.</source>
        <translation>Demande, ventes, charge énergétique ou mesures de capteurs par heure ou par semaine.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>Emails, tickets, contracts, reviews, chat.</source>
        <translation>E-mails, tickets, contrats, avis, chat.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Images</translation>
    </message>
    <message>
        <source>Photos, scans, documents as images, medical or industrial imaging.</source>
        <translation>Photos, scans, documents sous forme d’images, imagerie médicale ou industrielle.</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Speech, calls, dictation, machine sounds.</source>
        <translation>Parole, appels, dictée, bruits de machines.</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vidéo</translation>
    </message>
    <message>
        <source>Camera feeds, recorded footage.</source>
        <translation>Flux de caméras, séquences enregistrées.</translation>
    </message>
    <message>
        <source>Recommendations and ranking</source>
        <translation>Recommandations et classement</translation>
    </message>
    <message>
        <source>Which product, article or offer to show to whom.</source>
        <translation>Quel produit, article ou offre montrer à qui.</translation>
    </message>
    <message>
        <source>Several kinds together</source>
        <translation>Plusieurs types combinés</translation>
    </message>
    <message>
        <source>For example images with text, or records with documents.</source>
        <translation>Par exemple des images avec du texte, ou des enregistrements avec des documents.</translation>
    </message>
    <message>
        <source>What the system produces</source>
        <translation>Ce que le système produit</translation>
    </message>
    <message>
        <source>What should the system produce?</source>
        <translation>Que doit produire le système&#xa0;?</translation>
    </message>
    <message>
        <source>Name the output people will use, not the technique: a score for each customer, next month&apos;s forecast, a ranked list, things found in photos or calls, fields pulled out of documents, answers to questions from your own documents, or drafts that people edit.</source>
        <translation>Nommez le résultat que les gens utiliseront, pas la technique&#xa0;: un score par client, la prévision du mois prochain, une liste classée, des éléments repérés dans des photos ou des appels, des champs extraits de documents, des réponses tirées de vos propres documents, ou des brouillons que des personnes retouchent.</translation>
    </message>
    <message>
        <source>A category, score or number for each record</source>
        <translation>Une catégorie, un score ou un nombre par enregistrement</translation>
    </message>
    <message>
        <source>Churn risk, a fraud flag, pass or fail, a price.</source>
        <translation>Risque de départ, alerte de fraude, conforme ou non, un prix.</translation>
    </message>
    <message>
        <source>Future values over time</source>
        <translation>Des valeurs futures dans le temps</translation>
    </message>
    <message>
        <source>Next month&apos;s demand, tomorrow&apos;s energy load, cash flow.</source>
        <translation>La demande du mois prochain, la charge électrique de demain, la trésorerie.</translation>
    </message>
    <message>
        <source>An ordered list for each user or query</source>
        <translation>Une liste ordonnée par utilisateur ou par requête</translation>
    </message>
    <message>
        <source>Products to show, search results, a shortlist.</source>
        <translation>Produits à afficher, résultats de recherche, une présélection.</translation>
    </message>
    <message>
        <source>Things found or labelled in images, sound, video or text</source>
        <translation>Des éléments repérés ou étiquetés dans des images, du son, de la vidéo ou du texte</translation>
    </message>
    <message>
        <source>Defects on photos, speech to text, the topic or tone of a message.</source>
        <translation>Défauts sur des photos, transcription de la parole, sujet ou ton d’un message.</translation>
    </message>
    <message>
        <source>Fields and facts taken out of documents</source>
        <translation>Des champs et des faits extraits de documents</translation>
    </message>
    <message>
        <source>Amounts and dates from invoices, claim details from emails, clauses from contracts.</source>
        <translation>Montants et dates des factures, détails de sinistres dans des e-mails, clauses de contrats.</translation>
    </message>
    <message>
        <source>Answers from our own documents or systems</source>
        <translation>Des réponses tirées de nos propres documents ou systèmes</translation>
    </message>
    <message>
        <source>An assistant for customers or staff that answers from manuals, policies or the help centre.</source>
        <translation>Un assistant pour les clients ou le personnel qui répond à partir des manuels, des règles internes ou du centre d’aide.</translation>
    </message>
    <message>
        <source>Drafts of text, code, images or summaries</source>
        <translation>Des brouillons de textes, de code, d’images ou de résumés</translation>
    </message>
    <message>
        <source>Reply drafts, meeting summaries, product descriptions, code suggestions.</source>
        <translation>Brouillons de réponse, comptes rendus de réunion, descriptions de produits, suggestions de code.</translation>
    </message>
    <message>
        <source>Existing services and models</source>
        <translation>Services et modèles existants</translation>
    </message>
    <message>
        <source>Does something already exist that does the job, or nearly?</source>
        <translation>Existe-t-il déjà quelque chose qui fait le travail, ou presque&#xa0;?</translation>
    </message>
    <message>
        <source>Many tasks are sold as a ready service: reading text from documents (OCR), translation, speech-to-text, recognising common objects, sentiment. Open pretrained models cover many more and can be adapted with your own examples. If you are not sure, answer &quot;Don&apos;t know&quot;: the wizard assumes a generic pretrained model exists for text, images, audio and video.</source>
        <translation>De nombreuses tâches sont vendues comme service prêt à l’emploi&#xa0;: lire le texte de documents (OCR), traduction, transcription de la parole, reconnaissance d’objets courants, analyse de sentiment. Des modèles pré-entraînés ouverts en couvrent bien d’autres et peuvent être adaptés avec vos propres exemples. En cas de doute, répondez «&#xa0;Je ne sais pas&#xa0;»&#xa0;: l’assistant suppose alors qu’un modèle pré-entraîné générique existe pour le texte, les images, l’audio et la vidéo.</translation>
    </message>
    <message>
        <source>A commercial or cloud service does this task</source>
        <translation>Un service commercial ou cloud réalise cette tâche</translation>
    </message>
    <message>
        <source>OCR, translation, speech-to-text, object detection, sentiment.</source>
        <translation>OCR, traduction, transcription de la parole, détection d’objets, analyse de sentiment.</translation>
    </message>
    <message>
        <source>Open pretrained models exist for a similar task</source>
        <translation>Des modèles pré-entraînés ouverts existent pour une tâche similaire</translation>
    </message>
    <message>
        <source>They would need adapting to our data.</source>
        <translation>Il faudrait les adapter à nos données.</translation>
    </message>
    <message>
        <source>Nothing we know of: the task is new</source>
        <translation>Rien à notre connaissance&#xa0;: la tâche est nouvelle</translation>
    </message>
    <message>
        <source>A new kind of sensor, signal or question.</source>
        <translation>Un nouveau type de capteur, de signal ou de question.</translation>
    </message>
    <message>
        <source>Labelled examples</source>
        <translation>Exemples étiquetés</translation>
    </message>
    <message>
        <source>How many labelled examples exist?</source>
        <translation>Combien d’exemples étiquetés existe-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>A labelled example is a record where the right answer is known: a past loan and whether it was repaid, an image and what it shows. Count examples, not rows of raw data.</source>
        <translation>Un exemple étiqueté est un enregistrement dont la bonne réponse est connue&#xa0;: un prêt passé et s’il a été remboursé, une image et ce qu’elle montre. Comptez les exemples, pas les lignes de données brutes.</translation>
    </message>
    <message>
        <source>Fewer than 1,000</source>
        <translation>Moins de 1&#xa0;000</translation>
    </message>
    <message>
        <source>1,000 to 10,000</source>
        <translation>De 1&#xa0;000 à 10&#xa0;000</translation>
    </message>
    <message>
        <source>10,000 to 100,000</source>
        <translation>De 10&#xa0;000 à 100&#xa0;000</translation>
    </message>
    <message>
        <source>100,000 to 1 million</source>
        <translation>De 100&#xa0;000 à 1 million</translation>
    </message>
    <message>
        <source>More than 1 million</source>
        <translation>Plus d’un million</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Étiquettes</translation>
    </message>
    <message>
        <source>Are the examples labelled?</source>
        <translation>Les exemples sont-ils étiquetés&#xa0;?</translation>
    </message>
    <message>
        <source>Labels are the right answers the model learns from. Outcomes recorded by your systems (paid or defaulted, cancelled or stayed) are labels already; tagging images or texts by hand costs time and money.</source>
        <translation>Les étiquettes sont les bonnes réponses dont le modèle apprend. Les résultats que vos systèmes enregistrent (payé ou en défaut, résilié ou resté client) sont déjà des étiquettes&#xa0;; étiqueter des images ou des textes à la main coûte du temps et de l’argent.</translation>
    </message>
    <message>
        <source>Yes, the right answers are recorded</source>
        <translation>Oui, les bonnes réponses sont enregistrées</translation>
    </message>
    <message>
        <source>Some of them</source>
        <translation>Une partie</translation>
    </message>
    <message>
        <source>No, they would have to be labelled</source>
        <translation>Non, il faudrait les étiqueter</translation>
    </message>
    <message>
        <source>Where the right answers come from</source>
        <translation>D’où viennent les bonnes réponses</translation>
    </message>
    <message>
        <source>Where do the right answers in the examples come from?</source>
        <translation>D’où viennent les bonnes réponses des exemples&#xa0;?</translation>
    </message>
    <message>
        <source>A model copies whatever its examples call right. Measured outcomes (the loan was repaid, the machine failed) are facts. Past decisions by people (who was hired, which claims were flagged) also record those people&apos;s habits and biases, and a model trained on them repeats both.</source>
        <translation>Un modèle reproduit ce que ses exemples désignent comme juste. Les résultats mesurés (le prêt a été remboursé, la machine est tombée en panne) sont des faits. Les décisions passées de personnes (qui a été embauché, quels sinistres ont été signalés) enregistrent aussi leurs habitudes et leurs biais, et un modèle entraîné dessus reproduit les deux.</translation>
    </message>
    <message>
        <source>What actually happened</source>
        <translation>Ce qui s’est réellement passé</translation>
    </message>
    <message>
        <source>Repaid or defaulted, failed or ran, churned or stayed, units sold.</source>
        <translation>Remboursé ou non, en panne ou en marche, parti ou resté, unités vendues.</translation>
    </message>
    <message>
        <source>Past decisions made by people</source>
        <translation>Des décisions passées prises par des personnes</translation>
    </message>
    <message>
        <source>Who was hired, approved, flagged or promoted.</source>
        <translation>Qui a été embauché, accepté, signalé ou promu.</translation>
    </message>
    <message>
        <source>Specialists labelled them for this purpose</source>
        <translation>Des spécialistes les ont étiquetés à cette fin</translation>
    </message>
    <message>
        <source>Doctors, lawyers or engineers reviewed each example against agreed criteria.</source>
        <translation>Des médecins, juristes ou ingénieurs ont examiné chaque exemple selon des critères convenus.</translation>
    </message>
    <message>
        <source>No right answers are recorded yet</source>
        <translation>Aucune bonne réponse n’est encore enregistrée</translation>
    </message>
    <message>
        <source>Who can label examples</source>
        <translation>Qui peut étiqueter les exemples</translation>
    </message>
    <message>
        <source>Who can label or check the examples?</source>
        <translation>Qui peut étiqueter ou vérifier les exemples&#xa0;?</translation>
    </message>
    <message>
        <source>Labelling costs what the labeller&apos;s hour costs. Anyone can tell a dented can from a good one in a second; reading a scan or a contract takes a doctor or a lawyer, is slow and expensive, and limits how many examples you can get.</source>
        <translation>L’étiquetage coûte ce que coûte l’heure de la personne qui étiquette. N’importe qui distingue une canette cabossée d’une intacte en une seconde&#xa0;; lire une radio ou un contrat demande un médecin ou un juriste, prend du temps, coûte cher et limite le nombre d’exemples que vous pouvez obtenir.</translation>
    </message>
    <message>
        <source>Anyone, after short instructions</source>
        <translation>N’importe qui, après de brèves consignes</translation>
    </message>
    <message>
        <source>Any staff member or crowd workers.</source>
        <translation>N’importe quel membre du personnel ou des travailleurs en ligne (crowdsourcing).</translation>
    </message>
    <message>
        <source>Staff with domain training</source>
        <translation>Du personnel formé au domaine</translation>
    </message>
    <message>
        <source>Claims handlers, support agents, quality inspectors.</source>
        <translation>Gestionnaires de sinistres, agents du support, contrôleurs qualité.</translation>
    </message>
    <message>
        <source>Scarce specialists</source>
        <translation>Des spécialistes rares</translation>
    </message>
    <message>
        <source>Doctors, lawyers, engineers.</source>
        <translation>Médecins, juristes, ingénieurs.</translation>
    </message>
    <message>
        <source>Access to the data</source>
        <translation>Accès aux données</translation>
    </message>
    <message>
        <source>Can the team use the data today?</source>
        <translation>L’équipe peut-elle utiliser les données aujourd’hui&#xa0;?</translation>
    </message>
    <message>
        <source>Data that exists in five systems, owned by five departments, is months of integration work before any model. Data not yet collected means the project starts with collecting it.</source>
        <translation>Des données réparties dans cinq systèmes, détenues par cinq services, représentent des mois d’intégration avant tout modèle. Si les données ne sont pas encore collectées, le projet commence par leur collecte.</translation>
    </message>
    <message>
        <source>Yes: in one place and documented</source>
        <translation>Oui&#xa0;: en un seul endroit et documentées</translation>
    </message>
    <message>
        <source>It exists, spread across systems</source>
        <translation>Elles existent, réparties entre plusieurs systèmes</translation>
    </message>
    <message>
        <source>It needs integration before anyone can use it.</source>
        <translation>Elles doivent être intégrées avant que quiconque puisse les utiliser.</translation>
    </message>
    <message>
        <source>It is not collected yet</source>
        <translation>Elles ne sont pas encore collectées</translation>
    </message>
    <message>
        <source>Change in the data</source>
        <translation>Évolution des données</translation>
    </message>
    <message>
        <source>How fast does the data change?</source>
        <translation>À quelle vitesse les données évoluent-elles&#xa0;?</translation>
    </message>
    <message>
        <source>A model learns the world as it was. Seasonal sales, new products, new fraud tricks or breaking news make yesterday&apos;s model wrong tomorrow unless it is watched and retrained.</source>
        <translation>Un modèle apprend le monde tel qu’il était. Ventes saisonnières, nouveaux produits, nouvelles fraudes ou actualité font que le modèle d’hier se trompe demain, s’il n’est pas surveillé et réentraîné.</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Stables</translation>
    </message>
    <message>
        <source>Next year&apos;s data will look like last year&apos;s.</source>
        <translation>Les données de l’an prochain ressembleront à celles de l’an dernier.</translation>
    </message>
    <message>
        <source>Changing slowly or with the seasons</source>
        <translation>Évoluent lentement ou au fil des saisons</translation>
    </message>
    <message>
        <source>Changing often and unpredictably</source>
        <translation>Évoluent souvent et de façon imprévisible</translation>
    </message>
    <message>
        <source>Yearly budget</source>
        <translation>Budget annuel</translation>
    </message>
    <message>
        <source>What is the yearly budget for this initiative?</source>
        <translation>Quel est le budget annuel de cette initiative&#xa0;?</translation>
    </message>
    <message>
        <source>People and computing together, in US dollars or the equivalent. One experienced machine learning engineer costs much of the lowest band on their own.</source>
        <translation>Personnel et calcul compris, en dollars américains ou l’équivalent. Un ingénieur en machine learning expérimenté coûte à lui seul une bonne partie de la tranche la plus basse.</translation>
    </message>
    <message>
        <source>Less than $50,000</source>
        <translation>Moins de 50&#xa0;000&#xa0;USD</translation>
    </message>
    <message>
        <source>$50,000 to $250,000</source>
        <translation>De 50&#xa0;000 à 250&#xa0;000&#xa0;USD</translation>
    </message>
    <message>
        <source>$250,000 to $1 million</source>
        <translation>De 250&#xa0;000&#xa0;USD à 1 million d’USD</translation>
    </message>
    <message>
        <source>More than $1 million</source>
        <translation>Plus d’un million d’USD</translation>
    </message>
    <message>
        <source>Computing</source>
        <translation>Puissance de calcul</translation>
    </message>
    <message>
        <source>What computing can the team use?</source>
        <translation>De quelle puissance de calcul l’équipe dispose-t-elle&#xa0;?</translation>
    </message>
    <message>
        <source>Training neural networks needs graphics processors (GPUs): owned, reserved, or rented by the hour from a cloud. Classical models and calls to a service run on ordinary computers.</source>
        <translation>Entraîner des réseaux de neurones demande des processeurs graphiques (GPU)&#xa0;: achetés, réservés ou loués à l’heure dans un cloud. Les modèles classiques et les appels à un service tournent sur des ordinateurs ordinaires.</translation>
    </message>
    <message>
        <source>Laptops and office servers</source>
        <translation>Ordinateurs portables et serveurs de bureau</translation>
    </message>
    <message>
        <source>General cloud services</source>
        <translation>Services cloud généralistes</translation>
    </message>
    <message>
        <source>GPUs can be rented there by the hour.</source>
        <translation>On peut y louer des GPU à l’heure.</translation>
    </message>
    <message>
        <source>Dedicated GPUs</source>
        <translation>GPU dédiés</translation>
    </message>
    <message>
        <source>On our premises or reserved in a cloud.</source>
        <translation>Dans nos locaux ou réservés dans un cloud.</translation>
    </message>
    <message>
        <source>Use of the predictions</source>
        <translation>Utilisation des prédictions</translation>
    </message>
    <message>
        <source>How will the predictions be used?</source>
        <translation>Comment les prédictions seront-elles utilisées&#xa0;?</translation>
    </message>
    <message>
        <source>A nightly report can wait for a large model; a checkout page cannot, and a camera on a production line without a network must answer on the device itself.</source>
        <translation>Un rapport nocturne peut attendre un grand modèle&#xa0;; une page de paiement non, et une caméra sur une ligne de production sans réseau doit répondre sur l’appareil lui-même.</translation>
    </message>
    <message>
        <source>In reports or overnight runs</source>
        <translation>Dans des rapports ou des traitements de nuit</translation>
    </message>
    <message>
        <source>Answers within seconds</source>
        <translation>Réponses en quelques secondes</translation>
    </message>
    <message>
        <source>In an application people use.</source>
        <translation>Dans une application que des personnes utilisent.</translation>
    </message>
    <message>
        <source>In milliseconds, or on devices without a network</source>
        <translation>En millisecondes, ou sur des appareils sans réseau</translation>
    </message>
    <message>
        <source>Volume once live</source>
        <translation>Volume en production</translation>
    </message>
    <message>
        <source>How many predictions or requests a month, once live?</source>
        <translation>Combien de prédictions ou de requêtes par mois, une fois en production&#xa0;?</translation>
    </message>
    <message>
        <source>Count every answer, prediction or generated text the system gives in a normal month. Paid services charge per request, so volume decides what they cost; a few thousand requests a month cost little whichever way they are served.</source>
        <translation>Comptez chaque réponse, prédiction ou texte généré que le système fournit en un mois normal. Les services payants facturent à la requête&#xa0;: le volume décide donc de leur coût&#xa0;; quelques milliers de requêtes par mois coûtent peu, quelle que soit la façon de les servir.</translation>
    </message>
    <message>
        <source>Fewer than 10,000 a month</source>
        <translation>Moins de 10 000 par mois</translation>
    </message>
    <message>
        <source>10,000 to 1 million a month</source>
        <translation>De 10 000 à 1 million par mois</translation>
    </message>
    <message>
        <source>1 million to 100 million a month</source>
        <translation>De 1 à 100 millions par mois</translation>
    </message>
    <message>
        <source>More than 100 million a month</source>
        <translation>Plus de 100 millions par mois</translation>
    </message>
    <message>
        <source>Time to production</source>
        <translation>Délai de mise en production</translation>
    </message>
    <message>
        <source>When must the first version be in production?</source>
        <translation>Quand la première version doit-elle être en production&#xa0;?</translation>
    </message>
    <message>
        <source>Collecting data, building, testing and putting a first model in front of users takes months; custom deep learning rarely ships in less than six.</source>
        <translation>Collecter les données, construire, tester et mettre un premier modèle entre les mains des utilisateurs prend des mois&#xa0;; un deep learning sur mesure est rarement en production en moins de six.</translation>
    </message>
    <message>
        <source>Within 3 months</source>
        <translation>D’ici 3 mois</translation>
    </message>
    <message>
        <source>In 3 to 6 months</source>
        <translation>Dans 3 à 6 mois</translation>
    </message>
    <message>
        <source>In 6 to 12 months</source>
        <translation>Dans 6 à 12 mois</translation>
    </message>
    <message>
        <source>In more than a year</source>
        <translation>Dans plus d’un an</translation>
    </message>
    <message>
        <source>Machine learning skills</source>
        <translation>Compétences en machine learning</translation>
    </message>
    <message>
        <source>What are the strongest machine learning skills in house?</source>
        <translation>Quelles sont les compétences les plus avancées en machine learning en interne&#xa0;?</translation>
    </message>
    <message>
        <source>Count the people who will do the work, today. A team that has put classical models into production can adapt pretrained models; building neural networks from scratch needs people who have trained and run them in production before.</source>
        <translation>Comptez les personnes qui feront le travail, aujourd’hui. Une équipe qui a mis en production des modèles classiques peut adapter des modèles pré-entraînés&#xa0;; construire des réseaux de neurones à partir de zéro demande des personnes qui en ont déjà entraîné et exploité en production.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Aucune</translation>
    </message>
    <message>
        <source>Analysts</source>
        <translation>Analystes</translation>
    </message>
    <message>
        <source>Business intelligence, spreadsheets, some scripting.</source>
        <translation>Business intelligence, tableurs, un peu de scripts.</translation>
    </message>
    <message>
        <source>Data scientists</source>
        <translation>Data scientists</translation>
    </message>
    <message>
        <source>Classical machine learning in production.</source>
        <translation>Machine learning classique en production.</translation>
    </message>
    <message>
        <source>Deep learning engineers</source>
        <translation>Ingénieurs deep learning</translation>
    </message>
    <message>
        <source>Have trained and run neural networks in production.</source>
        <translation>Ont entraîné et exploité des réseaux de neurones en production.</translation>
    </message>
    <message>
        <source>Executive sponsor</source>
        <translation>Sponsor à la direction</translation>
    </message>
    <message>
        <source>Is there an executive sponsor?</source>
        <translation>Y a-t-il un sponsor au sein de la direction&#xa0;?</translation>
    </message>
    <message>
        <source>A sponsor owns the outcome, defends the budget and makes other departments share their data. Without one, pilots tend to stay pilots.</source>
        <translation>Un sponsor porte le résultat, défend le budget et obtient des autres services qu’ils partagent leurs données. Sans sponsor, les pilotes restent souvent des pilotes.</translation>
    </message>
    <message>
        <source>Yes: owner and budget agreed</source>
        <translation>Oui&#xa0;: responsable et budget validés</translation>
    </message>
    <message>
        <source>An executive is interested</source>
        <translation>Un dirigeant est intéressé</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Where the data may go</source>
        <translation>Où les données peuvent aller</translation>
    </message>
    <message>
        <source>May the data be sent to an outside provider?</source>
        <translation>Les données peuvent-elles être envoyées à un prestataire externe&#xa0;?</translation>
    </message>
    <message>
        <source>Cloud services process your data on their servers. Health, financial and personal data often may not leave your premises, or only after anonymising or under a data processing agreement.</source>
        <translation>Les services cloud traitent vos données sur leurs serveurs. Les données de santé, financières et personnelles ne peuvent souvent pas quitter vos locaux, ou seulement après anonymisation ou dans le cadre d’un contrat de sous-traitance des données.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>Only after anonymising or under contract</source>
        <translation>Seulement après anonymisation ou sous contrat</translation>
    </message>
    <message>
        <source>No: it must stay on our premises</source>
        <translation>Non&#xa0;: elles doivent rester dans nos locaux</translation>
    </message>
    <message>
        <source>Area of the decision</source>
        <translation>Domaine de la décision</translation>
    </message>
    <message>
        <source>Which area does the output decide or influence?</source>
        <translation>Quel domaine le résultat tranche-t-il ou influence-t-il&#xa0;?</translation>
    </message>
    <message>
        <source>Pick the most sensitive area that applies. The law treats some uses of AI far more strictly than others: in the European Union, hiring, lending, schooling, health and public services carry extra duties, and a few uses, such as reading the emotions of employees or pupils, are forbidden.</source>
        <translation>Choisissez le domaine le plus sensible qui s’applique. La loi traite certains usages de l’IA bien plus strictement que d’autres&#xa0;: dans l’Union européenne, le recrutement, le crédit, l’enseignement, la santé et les services publics entraînent des obligations supplémentaires, et quelques usages, comme la lecture des émotions des salariés ou des élèves, sont interdits.</translation>
    </message>
    <message>
        <source>Employment and work</source>
        <translation>Emploi et travail</translation>
    </message>
    <message>
        <source>Hiring, promotion, task allocation, monitoring or evaluating workers.</source>
        <translation>Recrutement, promotion, répartition des tâches, surveillance ou évaluation des travailleurs.</translation>
    </message>
    <message>
        <source>Credit and insurance</source>
        <translation>Crédit et assurance</translation>
    </message>
    <message>
        <source>Creditworthiness, life or health insurance risk and pricing.</source>
        <translation>Solvabilité, risque et tarif d’assurance vie ou santé.</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Santé</translation>
    </message>
    <message>
        <source>Diagnosis, triage, treatment, patient monitoring.</source>
        <translation>Diagnostic, tri des patients, traitement, surveillance des patients.</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Éducation</translation>
    </message>
    <message>
        <source>Admission, grading, proctoring exams.</source>
        <translation>Admission, notation, surveillance d’examens.</translation>
    </message>
    <message>
        <source>Public services</source>
        <translation>Services publics</translation>
    </message>
    <message>
        <source>Public benefits, essential services, emergency calls.</source>
        <translation>Prestations publiques, services essentiels, appels d’urgence.</translation>
    </message>
    <message>
        <source>Law, justice and migration</source>
        <translation>Police, justice et migrations</translation>
    </message>
    <message>
        <source>Policing, courts, borders, asylum.</source>
        <translation>Police, tribunaux, frontières, asile.</translation>
    </message>
    <message>
        <source>Identifying people</source>
        <translation>Identifier des personnes</translation>
    </message>
    <message>
        <source>Recognising or categorising people by face, voice or body.</source>
        <translation>Reconnaître ou catégoriser des personnes par le visage, la voix ou le corps.</translation>
    </message>
    <message>
        <source>Emotions of employees or students</source>
        <translation>Émotions de salariés ou d’élèves</translation>
    </message>
    <message>
        <source>Inferring the emotions or intentions of employees, pupils or students, at work or in education.</source>
        <translation>Déduire les émotions ou les intentions de salariés, d’élèves ou d’étudiants, au travail ou dans l’enseignement.</translation>
    </message>
    <message>
        <source>Emotions of customers or the public</source>
        <translation>Émotions de clients ou du public</translation>
    </message>
    <message>
        <source>Inferring the emotions or intentions of customers or passers-by.</source>
        <translation>Déduire les émotions ou les intentions de clients ou de passants.</translation>
    </message>
    <message>
        <source>Critical infrastructure</source>
        <translation>Infrastructures critiques</translation>
    </message>
    <message>
        <source>Safety of energy, water, gas, heating, road traffic or digital infrastructure.</source>
        <translation>Sécurité de l’énergie, de l’eau, du gaz, du chauffage, du trafic routier ou des infrastructures numériques.</translation>
    </message>
    <message>
        <source>A safety function of a product</source>
        <translation>Une fonction de sécurité d’un produit</translation>
    </message>
    <message>
        <source>A safety part of a machine, vehicle, medical device, toy or other regulated product.</source>
        <translation>Un élément de sécurité d’une machine, d’un véhicule, d’un dispositif médical, d’un jouet ou d’un autre produit réglementé.</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Aucun de ces domaines</translation>
    </message>
    <message>
        <source>Operations, marketing, content, internal productivity.</source>
        <translation>Opérations, marketing, contenus, productivité interne.</translation>
    </message>
    <message>
        <source>Who sees the output</source>
        <translation>Qui voit le résultat</translation>
    </message>
    <message>
        <source>Who sees the output or talks to the system?</source>
        <translation>Qui voit le résultat ou parle avec le système&#xa0;?</translation>
    </message>
    <message>
        <source>An output that a specialist checks before it is used may be wrong now and then; one that customers read directly must be right, or clearly marked, every time. A system that talks to people must also tell them they are talking to a machine.</source>
        <translation>Un résultat qu’un spécialiste vérifie avant usage peut se tromper de temps en temps&#xa0;; celui que les clients lisent directement doit être juste, ou clairement signalé, à chaque fois. Un système qui parle aux gens doit aussi leur dire qu’ils parlent à une machine.</translation>
    </message>
    <message>
        <source>Specialists who check every output</source>
        <translation>Des spécialistes qui vérifient chaque résultat</translation>
    </message>
    <message>
        <source>Nothing is used before an expert has reviewed it.</source>
        <translation>Rien n’est utilisé avant qu’un expert l’ait examiné.</translation>
    </message>
    <message>
        <source>Our staff</source>
        <translation>Notre personnel</translation>
    </message>
    <message>
        <source>Employees use the output in their work.</source>
        <translation>Les salariés utilisent le résultat dans leur travail.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Les clients</translation>
    </message>
    <message>
        <source>Customers see the output or talk to the system.</source>
        <translation>Les clients voient le résultat ou parlent avec le système.</translation>
    </message>
    <message>
        <source>The public</source>
        <translation>Le public</translation>
    </message>
    <message>
        <source>The output is published for anyone to see.</source>
        <translation>Le résultat est publié, visible par tous.</translation>
    </message>
    <message>
        <source>Explaining decisions</source>
        <translation>Explication des décisions</translation>
    </message>
    <message>
        <source>Must individual decisions be explained?</source>
        <translation>Les décisions individuelles doivent-elles être expliquées&#xa0;?</translation>
    </message>
    <message>
        <source>To customers, auditors or regulators: why was this loan refused, why was this claim flagged? Lending, insurance and health usually require it.</source>
        <translation>Aux clients, aux auditeurs ou aux régulateurs&#xa0;: pourquoi ce prêt a-t-il été refusé, pourquoi ce sinistre a-t-il été signalé&#xa0;? Le crédit, l’assurance et la santé l’exigent généralement.</translation>
    </message>
    <message>
        <source>Yes, it is required</source>
        <translation>Oui, c’est obligatoire</translation>
    </message>
    <message>
        <source>It would help</source>
        <translation>Ce serait utile</translation>
    </message>
    <message>
        <source>Decisions about people</source>
        <translation>Décisions concernant des personnes</translation>
    </message>
    <message>
        <source>Do the predictions decide things about people?</source>
        <translation>Les prédictions décident-elles de choses concernant des personnes&#xa0;?</translation>
    </message>
    <message>
        <source>Hiring, lending, health, insurance or prices for individuals. Models learn the biases of the past: Amazon scrapped a hiring model that had learned to downgrade women&apos;s CVs.</source>
        <translation>Recrutement, crédit, santé, assurance ou prix individuels. Les modèles apprennent les biais du passé&#xa0;: Amazon a abandonné un modèle de recrutement qui avait appris à dévaloriser les CV de femmes.</translation>
    </message>
    <message>
        <source>Yes, they decide about individuals</source>
        <translation>Oui, elles décident au sujet d’individus</translation>
    </message>
    <message>
        <source>Some: people are affected indirectly</source>
        <translation>En partie&#xa0;: des personnes sont touchées indirectement</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>Je ne sais pas</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <source>For {path}, though it is outweighed: {texts}</source>
        <translation>Pour {path}, mais cela ne l’emporte pas&#xa0;: {texts}</translation>
    </message>
    <message>
        <source>Against {path}: {texts}</source>
        <translation>Contre {path}&#xa0;: {texts}</translation>
    </message>
    <message>
        <source>Custom deep learning needs all of these: {needs}; the answers do not show {missing}</source>
        <translation>Le deep learning sur mesure exige tout ceci&#xa0;: {needs}&#xa0;; les réponses ne montrent pas&#xa0;: {missing}</translation>
    </message>
    <message>
        <source>Custom deep learning needs all of these, and the answers show none of them: {needs}</source>
        <translation>Le deep learning sur mesure exige tout ceci, et les réponses n’en montrent rien&#xa0;: {needs}</translation>
    </message>
</context>
<context>
    <name>regulation</name>
    <message>
        <source>EU AI Act, Article 5(1)(f): inferring the emotions of employees, pupils or students at work or in education is a prohibited practice, whatever the technology, unless it serves a medical or safety purpose.</source>
        <translation>Règlement européen sur l&apos;IA, article 5, paragraphe 1, point f) : inférer les émotions de salariés, d&apos;élèves ou d&apos;étudiants au travail ou dans l&apos;enseignement est une pratique interdite, quelle que soit la technique, sauf à des fins médicales ou de sécurité.</translation>
    </message>
    <message>
        <source>Do not build, buy or use a system for this purpose in the EU.</source>
        <translation>Ne construisez, n&apos;achetez ni n&apos;utilisez de système à cette fin dans l&apos;UE.</translation>
    </message>
    <message>
        <source>Stop any such use already running and record the decision.</source>
        <translation>Arrêtez tout usage de ce type déjà en cours et consignez la décision.</translation>
    </message>
    <message>
        <source>Rely on the medical or safety exception only with counsel&apos;s written opinion.</source>
        <translation>Ne vous fondez sur l&apos;exception médicale ou de sécurité qu&apos;avec l&apos;avis écrit d&apos;un juriste.</translation>
    </message>
    <message>
        <source>EU AI Act, Article 6(2) and Annex III: this use is high-risk. The duties apply from 2 December 2027 under the amending Regulation (EU) 2026/1744 as reported (2 August 2026 in the Act as adopted).</source>
        <translation>Règlement européen sur l&apos;IA, article 6, paragraphe 2, et annexe III : cet usage est à haut risque. Les obligations s&apos;appliquent à partir du 2 décembre 2027 selon le règlement modificatif (UE) 2026/1744 tel que rapporté (2 août 2026 dans le texte adopté).</translation>
    </message>
    <message>
        <source>As provider: a risk management system, data governance for training data, technical documentation and logging.</source>
        <translation>En tant que fournisseur : un système de gestion des risques, une gouvernance des données d&apos;entraînement, une documentation technique et la journalisation.</translation>
    </message>
    <message>
        <source>Human oversight, accuracy and robustness fit for the use, and instructions for the deployer.</source>
        <translation>Un contrôle humain, une exactitude et une robustesse adaptées à l&apos;usage, et des instructions pour le déployeur.</translation>
    </message>
    <message>
        <source>A conformity assessment and registration in the EU database before use.</source>
        <translation>Une évaluation de la conformité et l&apos;enregistrement dans la base de données de l&apos;UE avant l&apos;usage.</translation>
    </message>
    <message>
        <source>As deployer: use as instructed, monitor, keep logs, inform the people affected, and inform workers&apos; representatives before using it at work.</source>
        <translation>En tant que déployeur : utiliser selon les instructions, surveiller, conserver les journaux, informer les personnes concernées, et informer les représentants du personnel avant tout usage au travail.</translation>
    </message>
    <message>
        <source>EU AI Act, Article 6(1) and Annex I: AI that is, or is a safety component of, a regulated product needing third-party conformity assessment (a medical device of class IIa or higher, a machine, a toy) is high-risk. The duties apply from 2 August 2028 under Regulation (EU) 2026/1744 as reported (2 August 2027 as adopted).</source>
        <translation>Règlement européen sur l&apos;IA, article 6, paragraphe 1, et annexe I : une IA qui est un produit réglementé soumis à une évaluation de conformité par un tiers, ou un composant de sécurité d&apos;un tel produit (un dispositif médical de classe IIa ou plus, une machine, un jouet), est à haut risque. Les obligations s&apos;appliquent à partir du 2 août 2028 selon le règlement (UE) 2026/1744 tel que rapporté (2 août 2027 dans le texte adopté).</translation>
    </message>
    <message>
        <source>Meet the AI Act&apos;s high-risk requirements within the product&apos;s own conformity assessment by its notified body.</source>
        <translation>Satisfaire aux exigences du règlement sur l&apos;IA pour le haut risque dans l&apos;évaluation de conformité du produit par son organisme notifié.</translation>
    </message>
    <message>
        <source>Risk management, data governance, documentation, logging and human oversight for the AI part.</source>
        <translation>Gestion des risques, gouvernance des données, documentation, journalisation et contrôle humain pour la partie IA.</translation>
    </message>
    <message>
        <source>Post-market monitoring and reporting of serious incidents.</source>
        <translation>Surveillance après commercialisation et signalement des incidents graves.</translation>
    </message>
    <message>
        <source>EU AI Act, Article 50: people who talk to an AI system, employees included, must be told so, and content it generates must be marked as such.</source>
        <translation>Règlement européen sur l&apos;IA, article 50 : les personnes qui dialoguent avec un système d&apos;IA, salariés compris, doivent en être informées, et les contenus qu&apos;il génère doivent être marqués comme tels.</translation>
    </message>
    <message>
        <source>Tell people at the start that they are dealing with an AI system, unless it is obvious.</source>
        <translation>Dites aux personnes dès le début qu&apos;elles ont affaire à un système d&apos;IA, sauf si c&apos;est évident.</translation>
    </message>
    <message>
        <source>Mark generated text, images, audio or video in a machine-readable way; disclose deep fakes and generated text published on matters of public interest.</source>
        <translation>Marquer de façon lisible par machine les textes, images, sons ou vidéos générés ; signaler les hypertrucages et les textes générés publiés sur des questions d&apos;intérêt public.</translation>
    </message>
    <message>
        <source>EU AI Act, Article 50(3): people exposed to emotion recognition or biometric categorisation must be informed of it.</source>
        <translation>Règlement européen sur l&apos;IA, article 50, paragraphe 3 : les personnes exposées à la reconnaissance des émotions ou à la catégorisation biométrique doivent en être informées.</translation>
    </message>
    <message>
        <source>Inform the people exposed to emotion recognition or biometric categorisation before it runs, and process their data lawfully.</source>
        <translation>Informez les personnes exposées à la reconnaissance des émotions ou à la catégorisation biométrique avant qu&apos;elle ne fonctionne, et traitez leurs données de façon licite.</translation>
    </message>
    <message>
        <source>GDPR, Article 22: a credit score that a lender draws strongly on is itself an automated decision (CJEU, SCHUFA, C-634/21).</source>
        <translation>RGPD, article 22 : un score de crédit sur lequel un prêteur s&apos;appuie fortement est lui-même une décision automatisée (CJUE, SCHUFA, C-634/21).</translation>
    </message>
    <message>
        <source>Use solely automated decisions only where a contract, the law or explicit consent allows them.</source>
        <translation>N&apos;utiliser des décisions exclusivement automatisées que si un contrat, la loi ou un consentement explicite le permet.</translation>
    </message>
    <message>
        <source>Offer human intervention, a way to state one&apos;s view and to contest the decision (Article 22(3)), and meaningful information about the logic involved (Articles 13 to 15).</source>
        <translation>Offrir une intervention humaine, la possibilité d&apos;exprimer son point de vue et de contester la décision (article 22, paragraphe 3), et des informations utiles sur la logique sous-jacente (articles 13 à 15).</translation>
    </message>
    <message>
        <source>GDPR, Article 22: a decision with legal or similarly significant effect on a person may not rest solely on automated processing without meaningful human review.</source>
        <translation>RGPD, article 22 : une décision produisant des effets juridiques ou similaires sur une personne ne peut reposer exclusivement sur un traitement automatisé sans véritable examen humain.</translation>
    </message>
    <message>
        <source>Have a person with authority and the information to change the outcome review each decision, or rely on a contract, the law or explicit consent.</source>
        <translation>Faire examiner chaque décision par une personne ayant l&apos;autorité et les informations pour changer le résultat, ou se fonder sur un contrat, la loi ou un consentement explicite.</translation>
    </message>
    <message>
        <source>Carry out a data protection impact assessment first.</source>
        <translation>Réalisez d&apos;abord une analyse d&apos;impact relative à la protection des données.</translation>
    </message>
    <message>
        <source>Medical Device Regulation (EU) 2017/745: software that diagnoses, triages, monitors or treats is a medical device; under Rule 11 of Annex VIII it is class IIa or higher.</source>
        <translation>Règlement (UE) 2017/745 relatif aux dispositifs médicaux : un logiciel qui diagnostique, trie, surveille ou traite est un dispositif médical ; selon la règle 11 de l&apos;annexe VIII, il est de classe IIa ou plus.</translation>
    </message>
    <message>
        <source>A CE mark after conformity assessment by a notified body, or buy a product that already carries one for this intended use.</source>
        <translation>Un marquage CE après évaluation de la conformité par un organisme notifié, ou l&apos;achat d&apos;un produit qui le porte déjà pour cette destination.</translation>
    </message>
    <message>
        <source>A clinical evaluation, a quality management system and technical documentation.</source>
        <translation>Une évaluation clinique, un système de management de la qualité et une documentation technique.</translation>
    </message>
    <message>
        <source>Post-market surveillance and vigilance reporting.</source>
        <translation>Surveillance après commercialisation et déclarations de vigilance.</translation>
    </message>
</context>
<context>
    <name>risks</name>
    <message>
        <source>Building, buying or running a prohibited practice exposes the organisation to fines of up to EUR 35 million or 7% of its worldwide annual turnover, whichever is higher</source>
        <translation>Développer, acheter ou exploiter une pratique interdite expose l&apos;organisation à des amendes allant jusqu&apos;à 35 millions d&apos;EUR ou 7 % de son chiffre d&apos;affaires annuel mondial, le montant le plus élevé étant retenu</translation>
    </message>
    <message>
        <source>Do not build or buy it; switch off any such use already running, record the decision, and have counsel confirm whether any medical or safety exception applies</source>
        <translation>Ne pas le développer ni l&apos;acheter ; arrêter tout usage déjà en cours, consigner la décision et faire confirmer par un juriste si une exception médicale ou de sécurité s&apos;applique</translation>
    </message>
    <message>
        <source>Bias: a model trained on past hiring or promotion outcomes repeats them; Amazon dropped a CV-screening model that penalised CVs mentioning “women&apos;s”</source>
        <translation>Biais : un modèle entraîné sur les embauches ou promotions passées les reproduit ; Amazon a abandonné un modèle de tri de CV qui pénalisait les CV mentionnant « women&apos;s »</translation>
    </message>
    <message>
        <source>Compare selection rates by group against today&apos;s process before and after launch, remove proxies of protected traits, and keep a person accountable for every decision</source>
        <translation>Comparez les taux de sélection par groupe avec le processus actuel avant et après le lancement, retirez les variables indirectes des caractéristiques protégées, et gardez une personne responsable de chaque décision</translation>
    </message>
    <message>
        <source>Biased labels: a health algorithm that predicted costs as a stand-in for need rated Black patients healthier than equally sick White patients</source>
        <translation>Étiquettes biaisées : un algorithme de santé qui prédisait les coûts comme substitut du besoin jugeait des patients noirs en meilleure santé que des patients blancs aussi malades</translation>
    </message>
    <message>
        <source>Check that the recorded outcome measures need, not access to care, and compare outcomes by patient group at equal predicted risk</source>
        <translation>Vérifiez que le résultat enregistré mesure le besoin et non l&apos;accès aux soins, et comparez les résultats par groupe de patients à risque prédit égal</translation>
    </message>
    <message>
        <source>Performance by patient group: inputs and models can be less accurate for some groups, as pulse oximeters missed low oxygen more often in Black patients</source>
        <translation>Performance par groupe de patients : entrées et modèles peuvent être moins exacts pour certains groupes, comme les oxymètres de pouls qui manquaient plus souvent une oxygénation basse chez les patients noirs</translation>
    </message>
    <message>
        <source>Report sensitivity, false alarms and calibration for each patient group and site, and set a minimum every group must meet</source>
        <translation>Rapportez la sensibilité, les fausses alertes et la calibration pour chaque groupe de patients et chaque site, et fixez un minimum que chaque groupe doit atteindre</translation>
    </message>
    <message>
        <source>Figures that do not transfer: a sepsis model used in hundreds of hospitals performed far worse when validated independently than its developer reported</source>
        <translation>Des chiffres qui ne se transposent pas : un modèle de sepsis utilisé dans des centaines d&apos;hôpitaux a fait bien pire en validation indépendante que ce qu&apos;annonçait son éditeur</translation>
    </message>
    <message>
        <source>Validate on your own patients, prospectively and in silent mode, before any alert reaches clinicians, and watch the alert burden</source>
        <translation>Validez sur vos propres patients, de façon prospective et en mode silencieux, avant qu&apos;une alerte n&apos;atteigne les soignants, et surveillez la charge d&apos;alertes</translation>
    </message>
    <message>
        <source>Unequal accuracy on faces: commercial face analysis erred far more often for darker-skinned women than for lighter-skinned men</source>
        <translation>Précision inégale sur les visages : l&apos;analyse faciale commerciale se trompait bien plus souvent pour les femmes à la peau plus foncée que pour les hommes à la peau plus claire</translation>
    </message>
    <message>
        <source>Measure error rates for each group of skin type, sex and age on your own images before use, and do not use it where a group falls short</source>
        <translation>Mesurez les taux d&apos;erreur par groupe de type de peau, de sexe et d&apos;âge sur vos propres images avant l&apos;usage, et ne l&apos;utilisez pas là où un groupe est en deçà</translation>
    </message>
    <message>
        <source>Harmful bias: outputs that affect people can be systematically worse for some groups</source>
        <translation>Biais préjudiciable : des résultats qui touchent des personnes peuvent être systématiquement moins bons pour certains groupes</translation>
    </message>
    <message>
        <source>Define the groups to compare, measure outcomes for each before launch and after, and name who acts when a gap appears</source>
        <translation>Définissez les groupes à comparer, mesurez les résultats de chacun avant et après le lancement, et désignez qui agit quand un écart apparaît</translation>
    </message>
    <message>
        <source>The labels record past human decisions (who was hired, approved, flagged): a model trained on them learns to repeat those decisions, their bias included</source>
        <translation>Les étiquettes enregistrent des décisions humaines passées (qui a été embauché, accepté, signalé) : un modèle entraîné dessus apprend à répéter ces décisions, biais compris</translation>
    </message>
    <message>
        <source>Prefer measured outcomes as labels; where only decisions exist, audit them by group first and never let the model learn from decisions alone about people</source>
        <translation>Préférez des résultats mesurés comme étiquettes ; là où seules des décisions existent, auditez-les d&apos;abord par groupe et ne laissez jamais le modèle apprendre sur des personnes à partir des seules décisions</translation>
    </message>
    <message>
        <source>Wrong answers stated with confidence, for which the organisation is liable: Air Canada was held liable for its chatbot&apos;s wrong advice on refunds</source>
        <translation>Des réponses fausses données avec assurance, dont l&apos;organisation répond : Air Canada a été tenue responsable du mauvais conseil de son chatbot sur les remboursements</translation>
    </message>
    <message>
        <source>Answer only from retrieved documents and link them, hand over to a person when unsure, test on an evaluation set and review samples weekly</source>
        <translation>Ne répondre qu&apos;à partir des documents retrouvés et les citer, passer la main à une personne en cas de doute, tester sur un jeu d&apos;évaluation et relire des échantillons chaque semaine</translation>
    </message>
    <message>
        <source>Manipulation: instructions hidden in user input or documents can make a language model ignore its rules or leak data</source>
        <translation>Manipulation : des instructions cachées dans une saisie ou un document peuvent amener un modèle de langue à ignorer ses règles ou à divulguer des données</translation>
    </message>
    <message>
        <source>Give the model no more access than the answer needs, treat retrieved text as data, and attack-test before launch</source>
        <translation>Ne donnez au modèle pas plus d&apos;accès que la réponse n&apos;en exige, traitez le texte retrouvé comme des données, et testez-le contre des attaques avant le lancement</translation>
    </message>
    <message>
        <source>Censored history: sales recorded during stock-outs read as zero demand, so a forecast learns to under-order</source>
        <translation>Historique censuré : les ventes enregistrées pendant les ruptures de stock se lisent comme une demande nulle, et la prévision apprend à sous-commander</translation>
    </message>
    <message>
        <source>Flag stock-outs and other gaps in the history and treat them as missing demand, not as zero</source>
        <translation>Signalez les ruptures de stock et autres trous de l&apos;historique et traitez-les comme une demande manquante, non comme zéro</translation>
    </message>
    <message>
        <source>A backtest that sees the future (random splits, features computed with later data) makes a forecast look better than it will be</source>
        <translation>Un backtest qui voit l&apos;avenir (découpages aléatoires, variables calculées avec des données ultérieures) fait paraître une prévision meilleure qu&apos;elle ne le sera</translation>
    </message>
    <message>
        <source>Backtest on rolling origins in time order, with features built only from data available on each forecast date</source>
        <translation>Faites le backtest sur des origines glissantes dans l&apos;ordre du temps, avec des variables construites uniquement à partir des données disponibles à chaque date de prévision</translation>
    </message>
    <message>
        <source>Latency and no network: answers in milliseconds or on devices need a model that fits the device, and a fallback when it cannot answer</source>
        <translation>Latence et absence de réseau : des réponses en millisecondes ou sur appareil exigent un modèle qui tient sur l&apos;appareil, et une solution de repli quand il ne peut pas répondre</translation>
    </message>
    <message>
        <source>Measure speed and memory on the target hardware early, compress the model (quantise, distil), and define the fallback behaviour</source>
        <translation>Mesurez tôt la vitesse et la mémoire sur le matériel cible, compressez le modèle (quantification, distillation) et définissez le comportement de repli</translation>
    </message>
    <message>
        <source>Shifting data: accuracy degrades when new data drifts from the training data</source>
        <translation>Données changeantes : la précision se dégrade quand les nouvelles données s&apos;écartent des données d&apos;entraînement</translation>
    </message>
    <message>
        <source>Monitor accuracy and input distributions on fresh data and plan retraining from the start</source>
        <translation>Surveillez la précision et la distribution des entrées sur des données fraîches et prévoyez le réentraînement dès le départ</translation>
    </message>
    <message>
        <source>Fees at volume: paying per request or per token grows with every request, and at millions a month can outrun the budget</source>
        <translation>Frais au volume : payer à la requête ou au jeton croît à chaque requête et, à des millions par mois, peut dépasser le budget</translation>
    </message>
    <message>
        <source>Price the service at the answered volume, cache repeated requests, route easy ones to a smaller model and cap monthly spend</source>
        <translation>Chiffrez le service au volume indiqué, mettez en cache les requêtes répétées, orientez les plus simples vers un modèle plus petit et plafonnez la dépense mensuelle</translation>
    </message>
    <message>
        <source>Vendor dependence: an outside service can change its price, its model or its data terms</source>
        <translation>Dépendance au fournisseur : un service externe peut changer son prix, son modèle ou ses conditions sur les données</translation>
    </message>
    <message>
        <source>Read the data terms (no training on your data, where it is hosted), keep the evaluation set to compare providers, and keep a way to switch</source>
        <translation>Lisez les conditions sur les données (pas d&apos;entraînement sur vos données, lieu d&apos;hébergement), gardez le jeu d&apos;évaluation pour comparer les fournisseurs, et gardez une porte de sortie</translation>
    </message>
    <message>
        <source>Outside processing: personal data may not reach a provider without a data processing agreement or anonymisation</source>
        <translation>Traitement externe : des données personnelles ne peuvent parvenir à un prestataire sans contrat de sous-traitance ou anonymisation</translation>
    </message>
    <message>
        <source>Sign a data processing agreement, or anonymise, before any data reaches a provider</source>
        <translation>Signez un contrat de sous-traitance, ou anonymisez, avant que des données ne parviennent à un prestataire</translation>
    </message>
    <message>
        <source>Licence: the weights of some tabular foundation models may be used for research and evaluation only, not in production</source>
        <translation>Licence : les poids de certains modèles de fondation tabulaires ne peuvent servir qu&apos;à la recherche et à l&apos;évaluation, pas en production</translation>
    </message>
    <message>
        <source>Check the licence of the exact model version before the pilot; budget a commercial licence or fall back to gradient boosting</source>
        <translation>Vérifiez la licence de la version exacte du modèle avant le pilote ; prévoyez une licence commerciale ou repliez-vous sur le gradient boosting</translation>
    </message>
    <message>
        <source>Licence: open weights come with licences that may restrict commercial use, scale or field of use</source>
        <translation>Licence : les poids ouverts viennent avec des licences qui peuvent restreindre l&apos;usage commercial, l&apos;échelle ou le domaine d&apos;usage</translation>
    </message>
    <message>
        <source>Check the model&apos;s licence for your use before building on it</source>
        <translation>Vérifiez la licence du modèle pour votre usage avant de bâtir dessus</translation>
    </message>
    <message>
        <source>Running models on your own machines: someone must install, update and monitor them, which costs more than the model code</source>
        <translation>Faire tourner des modèles sur vos propres machines : quelqu&apos;un doit les installer, les mettre à jour et les surveiller, ce qui coûte plus que le code du modèle</translation>
    </message>
    <message>
        <source>Budget the operations work and name who runs the model in production</source>
        <translation>Budgétez le travail d&apos;exploitation et désignez qui fait tourner le modèle en production</translation>
    </message>
    <message>
        <source>Black box: neural networks cannot say why they decided</source>
        <translation>Boîte noire : les réseaux de neurones ne savent pas dire pourquoi ils ont décidé</translation>
    </message>
    <message>
        <source>Keep a person in the loop for contested cases and document what the model may decide; where explanations are required, prefer an interpretable model</source>
        <translation>Gardez une personne dans la boucle pour les cas contestés et documentez ce que le modèle peut décider ; là où des explications sont exigées, préférez un modèle interprétable</translation>
    </message>
    <message>
        <source>Decisions about individuals usually carry a right to an explanation and to human review</source>
        <translation>Les décisions concernant des individus s&apos;accompagnent généralement d&apos;un droit à une explication et à un examen humain</translation>
    </message>
    <message>
        <source>Have counsel check what the law requires before ruling explanations out</source>
        <translation>Faites vérifier par un juriste ce que la loi exige avant d&apos;écarter les explications</translation>
    </message>
    <message>
        <source>Compute cost: training and serving large networks is expensive</source>
        <translation>Coût de calcul : entraîner et servir de grands réseaux coûte cher</translation>
    </message>
    <message>
        <source>Measure training and serving cost per prediction early, and stop if the gain over the baseline does not pay for it</source>
        <translation>Mesurez tôt le coût d&apos;entraînement et de service par prédiction, et arrêtez si le gain sur la référence ne le paie pas</translation>
    </message>
    <message>
        <source>Too much too soon: a first deep learning project without a team that has done it before tends to fail</source>
        <translation>Trop, trop tôt : un premier projet de deep learning sans une équipe qui l&apos;a déjà fait tend à échouer</translation>
    </message>
    <message>
        <source>Start with a smaller project, or bring in people who have run networks in production</source>
        <translation>Commencez par un projet plus petit, ou faites venir des personnes qui ont déjà fait tourner des réseaux en production</translation>
    </message>
    <message>
        <source>Overcomplication: a deep learning team will be tempted by deep networks on tables</source>
        <translation>Complexité excessive : une équipe de deep learning sera tentée par des réseaux profonds sur des tables</translation>
    </message>
    <message>
        <source>Insist that any network beats gradient boosting on the same backtest first</source>
        <translation>Exigez que tout réseau batte d&apos;abord le gradient boosting sur le même backtest</translation>
    </message>
    <message>
        <source>The wrong problem: AI projects fail most often because the problem to solve is misunderstood or miscommunicated</source>
        <translation>Le mauvais problème : les projets d&apos;IA échouent le plus souvent parce que le problème à résoudre est mal compris ou mal communiqué</translation>
    </message>
    <message>
        <source>Write down the decision the model supports, who uses it and the measure of success before any model is built</source>
        <translation>Écrivez la décision que le modèle soutient, qui l&apos;utilise et la mesure du succès avant de construire le moindre modèle</translation>
    </message>
    <message>
        <source>Few examples: with under 1,000, results on the data a model learned from look better than they are</source>
        <translation>Peu d&apos;exemples : sous 1 000, les résultats sur les données dont le modèle a appris paraissent meilleurs qu&apos;ils ne sont</translation>
    </message>
    <message>
        <source>Keep a held-out set the model never learns from, or use cross-validation, and report the spread</source>
        <translation>Gardez un jeu de test dont le modèle n&apos;apprend jamais, ou utilisez la validation croisée, et rapportez la dispersion</translation>
    </message>
    <message>
        <source>We could not judge “{question}”: it was answered “don&apos;t know”</source>
        <translation>Nous n’avons pas pu juger «&#xa0;{question}&#xa0;»&#xa0;: la réponse était «&#xa0;Je ne sais pas&#xa0;»</translation>
    </message>
    <message>
        <source>Find out before the pilot starts and assess again: {text}</source>
        <translation>À éclaircir avant le début du pilote, puis refaire l’évaluation&#xa0;: {text}</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Start simple: a simple model that ships beats a complex one that does not, and it is the baseline any deep network must beat</source>
        <translation>Commencer simple&#xa0;: un modèle simple mis en production vaut mieux qu’un modèle complexe qui ne l’est jamais, et c’est la référence que tout réseau profond doit battre</translation>
    </message>
    <message>
        <source>Text, images, audio and video: pretrained networks already understand this kind of data, and adapting one beats training from scratch unless the labelled data is very large and unlike anything public</source>
        <translation>Texte, images, audio et vidéo&#xa0;: des réseaux pré-entraînés comprennent déjà ce type de données, et en adapter un l’emporte sur un entraînement à partir de zéro, sauf si les données étiquetées sont très volumineuses et ne ressemblent à rien de public</translation>
    </message>
    <message>
        <source>Millions of interactions and a team that runs neural networks: deep recommenders pay off at this scale</source>
        <translation>Des millions d’interactions et une équipe qui exploite des réseaux de neurones&#xa0;: à cette échelle, les systèmes de recommandation en deep learning sont rentables</translation>
    </message>
    <message>
        <source>A service already does this task: even where quality is the edge, it is the baseline to beat and a model to adapt</source>
        <translation>Un service réalise déjà cette tâche&#xa0;: même là où la qualité fait la différence, c’est la référence à battre et un modèle à adapter</translation>
    </message>
    <message>
        <source>The data must stay on premises: that rules out a cloud service, not transfer learning; open pretrained models run on your own machines and can be adapted there</source>
        <translation>Les données doivent rester dans vos locaux&#xa0;: cela exclut un service cloud, pas le transfer learning&#xa0;; des modèles pré-entraînés ouverts tournent sur vos propres machines et peuvent y être adaptés</translation>
    </message>
    <message>
        <source>Open pretrained models exist for a similar task: fine-tuning one needs far less data, time and compute than training from scratch</source>
        <translation>Des modèles pré-entraînés ouverts existent pour une tâche similaire&#xa0;: en affiner un demande bien moins de données, de temps et de calcul qu’un entraînement à partir de zéro</translation>
    </message>
    <message>
        <source>A task unlike anything public with millions of labelled examples: this is where training your own network pays off</source>
        <translation>Une tâche qui ne ressemble à rien de public, avec des millions d’exemples étiquetés&#xa0;: c’est là qu’entraîner votre propre réseau devient rentable</translation>
    </message>
    <message>
        <source>A new task with hundreds of thousands of labelled examples: fine-tuning all the layers of a network, or training one, becomes possible</source>
        <translation>Une tâche nouvelle avec des centaines de milliers d’exemples étiquetés&#xa0;: affiner toutes les couches d’un réseau, voire en entraîner un, devient possible</translation>
    </message>
    <message>
        <source>Records in tables: on tables of the size studied (about 10,000 rows), gradient-boosted trees still beat deep networks, for a fraction of the cost</source>
        <translation>Enregistrements en tables : sur des tables de la taille étudiée (environ 10 000 lignes), les arbres à gradient boosting battent encore les réseaux profonds, pour une fraction du coût</translation>
    </message>
    <message>
        <source>A small table: a pretrained tabular model (TabPFN) matched or beat tuned gradient boosting on tables of up to 10,000 rows; either learns from what you have, no network of your own is needed</source>
        <translation>Une petite table&#xa0;: un modèle tabulaire préentraîné (TabPFN) a égalé ou battu un gradient boosting réglé sur des tables jusqu’à 10 000 lignes&#xa0;; l’un comme l’autre apprend de ce que vous avez, nul besoin d’un réseau à vous</translation>
    </message>
    <message>
        <source>Forecasting: in the M5 retail competition, methods built on gradient boosting (LightGBM) beat the statistical benchmarks; start with boosting on past values and a seasonal baseline</source>
        <translation>Prévisions : dans la compétition M5 sur les ventes au détail, les méthodes fondées sur le gradient boosting (LightGBM) ont battu les références statistiques ; commencez par du boosting sur les valeurs passées et une référence saisonnière</translation>
    </message>
    <message>
        <source>Pretrained time-series models forecast series they have never seen about as well as models trained on them: a cheap extra baseline, not a reason to build a network</source>
        <translation>Les modèles de séries temporelles préentraînés prévoient des séries jamais vues presque aussi bien que des modèles entraînés dessus&#xa0;: une référence de plus, peu coûteuse, pas une raison de construire un réseau</translation>
    </message>
    <message>
        <source>An assistant that answers from the organisation&apos;s own documents: retrieval with a pretrained language model is the established design, and there is no model to train first</source>
        <translation>Un assistant qui répond à partir des documents de l’organisation&#xa0;: la recherche associée à un modèle de langage préentraîné est la conception établie, et il n’y a aucun modèle à entraîner d’abord</translation>
    </message>
    <message>
        <source>Drafting text, code, images or summaries is what general foundation models do, by API or with open weights; building a generator of one&apos;s own is for the few who build such models</source>
        <translation>Rédiger des textes, du code, des images ou des résumés, c’est ce que font les modèles de fondation généralistes, par API ou à poids ouverts&#xa0;; construire son propre générateur est l’affaire des rares acteurs qui bâtissent de tels modèles</translation>
    </message>
    <message>
        <source>Pulling fields out of documents is sold as a service and done well by general language and vision models; measure their field accuracy on a labelled sample before trusting one</source>
        <translation>Extraire des champs de documents se vend comme un service et les modèles généralistes de langage et de vision le font bien&#xa0;; mesurez leur précision par champ sur un échantillon étiqueté avant de vous y fier</translation>
    </message>
    <message>
        <source>Text: training a language model from scratch is almost never right; fine-tuning a pretrained one needs a fraction of the labelled data</source>
        <translation>Texte&#xa0;: entraîner un modèle de langage à partir de zéro n’est presque jamais le bon choix&#xa0;; affiner un modèle préentraîné demande une fraction des données étiquetées</translation>
    </message>
    <message>
        <source>Recommendations: a well-tuned matrix factorisation beat neural collaborative filtering and is far cheaper to serve; start there</source>
        <translation>Recommandations : une factorisation matricielle bien réglée a battu le filtrage collaboratif neuronal et coûte bien moins cher à servir ; commencez par là</translation>
    </message>
    <message>
        <source>Even where nothing is known to do this exact task, a generic pretrained model of this kind of data exists, and with this much data it is the best starting point</source>
        <translation>Même quand rien de connu ne fait exactement cette tâche, un modèle préentraîné générique existe pour ce type de données, et avec autant de données c’est le meilleur point de départ</translation>
    </message>
    <message>
        <source>Fewer than 10,000 labelled examples: too few to train a network from scratch; one vendor&apos;s guidance asks for about 1,000 examples per label even to adapt a model</source>
        <translation>Moins de 10 000 exemples étiquetés : trop peu pour entraîner un réseau de zéro ; le guide d&apos;un fournisseur demande environ 1 000 exemples par étiquette même pour adapter un modèle</translation>
    </message>
    <message>
        <source>Few examples: far too few to train a network, but enough for an evaluation set; a general model steered by instructions needs no training labels</source>
        <translation>Peu d’exemples&#xa0;: bien trop peu pour entraîner un réseau, mais assez pour un jeu d’évaluation&#xa0;; un modèle généraliste piloté par des instructions n’a pas besoin d’étiquettes d’entraînement</translation>
    </message>
    <message>
        <source>Fewer than 1,000 examples: only models that already learned from other data, or simple ones, can work this small</source>
        <translation>Moins de 1&#xa0;000 exemples&#xa0;: seuls des modèles ayant déjà appris sur d’autres données, ou des modèles simples, peuvent fonctionner avec si peu</translation>
    </message>
    <message>
        <source>No labels yet: pretrained models and services work with few or no labels, custom networks need many</source>
        <translation>Pas encore d’étiquettes&#xa0;: les modèles pré-entraînés et les services fonctionnent avec peu ou pas d’étiquettes, les réseaux sur mesure en demandent beaucoup</translation>
    </message>
    <message>
        <source>The data changes often: models must be retrained often, which is cheap for simple or adapted models and expensive for large custom networks</source>
        <translation>Les données changent souvent&#xa0;: les modèles doivent être réentraînés souvent, ce qui est peu coûteux pour des modèles simples ou adaptés et cher pour de grands réseaux sur mesure</translation>
    </message>
    <message>
        <source>A service already does this task and model quality is not what sets you apart: buy, don&apos;t build, whatever the size of the team</source>
        <translation>Un service fait déjà cette tâche et la qualité du modèle n’est pas ce qui vous distingue&#xa0;: achetez, ne construisez pas, quelle que soit la taille de l’équipe</translation>
    </message>
    <message>
        <source>A clinical or safety use for which products exist: a certified (CE-marked) product carries its maker&apos;s conformity assessment, which a model of your own would have to earn</source>
        <translation>Un usage clinique ou de sécurité pour lequel des produits existent&#xa0;: un produit certifié (marquage CE) apporte l’évaluation de conformité de son fabricant, qu’un modèle à vous devrait obtenir lui-même</translation>
    </message>
    <message>
        <source>No one in house has built machine learning models: competence is built project by project, and deep learning is not the first one</source>
        <translation>Personne en interne n’a construit de modèles de machine learning&#xa0;: la compétence se construit projet après projet, et le deep learning n’est pas le premier</translation>
    </message>
    <message>
        <source>Calling a ready service needs integration skills, not machine learning skills</source>
        <translation>Appeler un service prêt à l’emploi demande des compétences d’intégration, pas de machine learning</translation>
    </message>
    <message>
        <source>The team has trained and run neural networks in production</source>
        <translation>L’équipe a entraîné et exploité des réseaux de neurones en production</translation>
    </message>
    <message>
        <source>Dedicated GPUs are available to train networks</source>
        <translation>Des GPU dédiés sont disponibles pour entraîner des réseaux</translation>
    </message>
    <message>
        <source>Under $50,000 a year: deep learning is an over-investment at this budget; pay per use or keep models simple</source>
        <translation>Moins de 50&#xa0;000&#xa0;USD par an&#xa0;: le deep learning est un surinvestissement pour ce budget&#xa0;; payez à l’usage ou gardez des modèles simples</translation>
    </message>
    <message>
        <source>Production within three months: only a ready service or a simple model ships that fast; don&apos;t bite off more than you can chew</source>
        <translation>Production d’ici trois mois&#xa0;: seul un service prêt à l’emploi ou un modèle simple peut être livré aussi vite&#xa0;; ne visez pas plus que vous ne pouvez tenir</translation>
    </message>
    <message>
        <source>Answers in milliseconds or without a network: a remote service cannot answer in time; a model must run on the device</source>
        <translation>Réponses en millisecondes ou sans réseau&#xa0;: un service distant ne peut pas répondre à temps&#xa0;; le modèle doit tourner sur l’appareil</translation>
    </message>
    <message>
        <source>Model quality is the competitive edge and there is data to earn it: accuracy keeps growing with more data, and the last points are worth paying for</source>
        <translation>La qualité du modèle est l&apos;avantage concurrentiel et les données existent pour l&apos;obtenir : la précision continue de croître avec plus de données, et les derniers points valent leur prix</translation>
    </message>
    <message>
        <source>hundreds of thousands of labelled examples</source>
        <translation>des centaines de milliers d’exemples étiquetés</translation>
    </message>
    <message>
        <source>Custom networks need hundreds of thousands of labelled examples or more (a rule of thumb), and the answers do not show that many; with fewer, adapting a pretrained model or a classical model wins</source>
        <translation>Les réseaux sur mesure demandent des centaines de milliers d&apos;exemples étiquetés ou plus (une règle empirique), et les réponses n&apos;en montrent pas autant ; avec moins, adapter un modèle pré-entraîné ou un modèle classique l&apos;emporte</translation>
    </message>
    <message>
        <source>a team that has run neural networks in production</source>
        <translation>une équipe qui a exploité des réseaux de neurones en production</translation>
    </message>
    <message>
        <source>GPUs, owned or rented by the hour</source>
        <translation>des GPU, achetés ou loués à l’heure</translation>
    </message>
    <message>
        <source>Training networks of your own needs GPUs, owned or rented by the hour in a cloud, and the answers show neither</source>
        <translation>Entraîner vos propres réseaux demande des GPU, achetés ou loués à l’heure dans un cloud, et les réponses ne montrent ni l’un ni l’autre</translation>
    </message>
    <message>
        <source>$250,000 a year or more</source>
        <translation>250 000 $ par an ou plus</translation>
    </message>
    <message>
        <source>Custom deep learning needs about $250,000 a year or more for people and compute (a rule of thumb), and the answers do not show that budget; below it, deep learning is an over-investment</source>
        <translation>Le deep learning sur mesure demande environ 250 000 USD par an ou plus pour les personnes et le calcul (une règle empirique), et les réponses ne montrent pas ce budget ; en dessous, le deep learning est un surinvestissement</translation>
    </message>
    <message>
        <source>more than six months</source>
        <translation>plus de six mois</translation>
    </message>
    <message>
        <source>Collecting data for, training and hardening a network of your own takes more than six months (a rule of thumb), and the answers do not show that much time</source>
        <translation>Collecter les données, entraîner et fiabiliser un réseau à soi prend plus de six mois (une règle empirique), et les réponses ne montrent pas autant de temps</translation>
    </message>
    <message>
        <source>model quality as the competitive edge</source>
        <translation>la qualité du modèle comme avantage concurrentiel</translation>
    </message>
    <message>
        <source>Individual decisions must be explained: use interpretable models (scorecards, linear models, small trees) rather than trying to explain a black box after the fact</source>
        <translation>Les décisions individuelles doivent être expliquées&#xa0;: utilisez des modèles interprétables (grilles de score, modèles linéaires, petits arbres) plutôt que de tenter d’expliquer une boîte noire après coup</translation>
    </message>
    <message>
        <source>Decisions on jobs, credit, schooling or public services that must be explained: only an interpretable model or transparent rules will do; a black box explained after the fact is not an explanation a person can contest</source>
        <translation>Des décisions sur l’emploi, le crédit, l’enseignement ou les services publics qui doivent être expliquées&#xa0;: seul un modèle interprétable ou des règles transparentes conviennent&#xa0;; une boîte noire expliquée après coup n’est pas une explication qu’une personne peut contester</translation>
    </message>
    <message>
        <source>Explanations would help: simpler models are easier to explain, debug and trust</source>
        <translation>Des explications seraient utiles&#xa0;: les modèles plus simples sont plus faciles à expliquer, à déboguer et à faire accepter</translation>
    </message>
    <message>
        <source>Decisions about individuals: a model whose reasoning can be checked for bias is safer than a black box trained on a biased past</source>
        <translation>Décisions concernant des individus&#xa0;: un modèle dont on peut vérifier le raisonnement pour détecter des biais est plus sûr qu’une boîte noire entraînée sur un passé biaisé</translation>
    </message>
    <message>
        <source>The right answers are past decisions about people: a model fitted to them learns the decision-makers&apos; bias, as Amazon&apos;s recruiting model did; start from published criteria and check against outcomes reviewed for this purpose</source>
        <translation>Les bonnes réponses sont des décisions passées sur des personnes&#xa0;: un modèle ajusté dessus apprend les biais des décideurs, comme le modèle de recrutement d’Amazon&#xa0;; partez de critères publiés et vérifiez sur des résultats revus à cette fin</translation>
    </message>
    <message>
        <source>No use case yet: find one, launch a simple rule or report first, and add machine learning when it beats that</source>
        <translation>Pas encore de cas d’usage&#xa0;: trouvez-en un, lancez d’abord une règle simple ou un rapport, et ajoutez du machine learning lorsqu’il fait mieux</translation>
    </message>
    <message>
        <source>The data is not collected yet: start with a heuristic and collect data while it runs</source>
        <translation>Les données ne sont pas encore collectées&#xa0;: commencez par une heuristique et collectez des données pendant qu’elle fonctionne</translation>
    </message>
    <message>
        <source>Custom networks need a team that has trained and run them in production, and the answers do not show one; a first deep learning project built from scratch bites off more than it can chew</source>
        <translation>Les réseaux sur mesure exigent une équipe qui en a déjà entraîné et exploité en production, et les réponses n’en indiquent pas&#xa0;; un premier projet de deep learning construit à partir de zéro, c’est viser trop haut</translation>
    </message>
    <message>
        <source>Custom networks pay for their cost only where model quality is the competitive edge, and the answers do not show that it is</source>
        <translation>Les réseaux sur mesure ne sont rentables que là où la qualité du modèle est l’avantage concurrentiel, et les réponses n’indiquent pas que ce soit le cas</translation>
    </message>
    <message>
        <source>Every condition for custom deep learning is met: large labelled data, a team that has run networks in production, GPUs, budget, time, and accuracy that is the business&apos;s edge</source>
        <translation>Toutes les conditions d’un deep learning sur mesure sont réunies&#xa0;: des données étiquetées en grand volume, une équipe qui a exploité des réseaux en production, des GPU, le budget, le temps et une précision qui fait l’avantage concurrentiel de l’entreprise</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <source>Use case</source>
        <translation>Cas d’usage</translation>
    </message>
    <message>
        <source>Start with the business problem, not the technology: what should change, and how will you know it worked?</source>
        <translation>Partez du problème métier, pas de la technologie&#xa0;: qu’est-ce qui doit changer, et comment saurez-vous que cela a fonctionné&#xa0;?</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>Le problème</translation>
    </message>
    <message>
        <source>What kind of data the problem is about decides most of the answer, and so does whether someone already sells or publishes a model that does the job.</source>
        <translation>Le type de données en jeu détermine l’essentiel de la réponse, tout comme le fait que quelqu’un vende ou publie déjà un modèle qui fait le travail.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Données</translation>
    </message>
    <message>
        <source>Models learn from examples where the right answer is known. How many there are, and whether the team can reach them, matters more than the algorithm.</source>
        <translation>Les modèles apprennent à partir d’exemples dont la bonne réponse est connue. Leur nombre, et la possibilité pour l’équipe d’y accéder, comptent plus que l’algorithme.</translation>
    </message>
    <message>
        <source>Budget and infrastructure</source>
        <translation>Budget et infrastructure</translation>
    </message>
    <message>
        <source>Deep learning costs money to train and to run. These answers say what the initiative can afford and how fast it has to deliver.</source>
        <translation>Le deep learning coûte cher à entraîner et à exploiter. Ces réponses disent ce que l’initiative peut se permettre et à quelle vitesse elle doit livrer.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Équipe</translation>
    </message>
    <message>
        <source>Competence is built project by project. Be honest about the skills you have today, not the ones you plan to hire.</source>
        <translation>La compétence se construit projet après projet. Soyez honnête sur les compétences dont vous disposez aujourd’hui, pas sur celles que vous comptez recruter.</translation>
    </message>
    <message>
        <source>Risk and governance</source>
        <translation>Risques et gouvernance</translation>
    </message>
    <message>
        <source>Where data may go, who is affected by the predictions and who must understand them: these constraints rule some paths out.</source>
        <translation>Où les données peuvent aller, qui est concerné par les prédictions et qui doit les comprendre&#xa0;: ces contraintes excluent certaines approches.</translation>
    </message>
</context>
<context>
    <name>sources</name>
    <message>
        <source>Practices forbidden since 2 February 2025, among them inferring the emotions of people at work or in education, except for medical or safety reasons.</source>
        <translation>Pratiques interdites depuis le 2 février 2025, dont l&apos;inférence des émotions des personnes au travail ou dans l&apos;enseignement, sauf pour des raisons médicales ou de sécurité.</translation>
    </message>
    <message>
        <source>The high-risk areas: biometrics and emotion recognition, critical infrastructure, education, employment, essential services incl. credit and insurance, law enforcement, migration, justice.</source>
        <translation>Les domaines à haut risque : biométrie et reconnaissance des émotions, infrastructures critiques, éducation, emploi, services essentiels dont crédit et assurance, répression, migration, justice.</translation>
    </message>
    <message>
        <source>AI that is, or is a safety component of, a product under the laws of Annex I (machinery, toys, medical devices, ...) needing third-party conformity assessment is high-risk.</source>
        <translation>Une IA qui est un produit relevant des actes de l&apos;annexe I (machines, jouets, dispositifs médicaux, ...), ou un composant de sécurité d&apos;un tel produit, soumis à une évaluation de conformité par un tiers, est à haut risque.</translation>
    </message>
    <message>
        <source>People must be told they are dealing with an AI system; generated content must be marked; people exposed to emotion recognition must be informed.</source>
        <translation>Les personnes doivent savoir qu&apos;elles ont affaire à un système d&apos;IA ; les contenus générés doivent être marqués ; les personnes exposées à la reconnaissance des émotions doivent être informées.</translation>
    </message>
    <message>
        <source>A prohibited practice can be fined up to EUR 35 million or 7% of the company&apos;s worldwide annual turnover, whichever is higher.</source>
        <translation>Une pratique interdite peut être sanctionnée d&apos;une amende allant jusqu&apos;à 35 millions d&apos;EUR ou 7 % du chiffre d&apos;affaires annuel mondial de l&apos;entreprise, le montant le plus élevé étant retenu.</translation>
    </message>
    <message>
        <source>As adopted: prohibitions apply from 2 February 2025, most duties from 2 August 2026, Article 6(1) (Annex I products) from 2 August 2027.</source>
        <translation>Tel qu&apos;adopté : les interdictions s&apos;appliquent dès le 2 février 2025, la plupart des obligations dès le 2 août 2026, l&apos;article 6, paragraphe 1 (produits de l&apos;annexe I) dès le 2 août 2027.</translation>
    </message>
    <message>
        <source>Reported to move the high-risk duties to 2 December 2027 (Annex III) and 2 August 2028 (Annex I); Article 50 disclosure stays at 2 August 2026.</source>
        <translation>Reporterait les obligations à haut risque au 2 décembre 2027 (annexe III) et au 2 août 2028 (annexe I) ; l&apos;information prévue à l&apos;article 50 reste au 2 août 2026.</translation>
    </message>
    <message>
        <source>A provider processing personal data on your behalf needs a processing agreement; high-risk processing needs an impact assessment first.</source>
        <translation>Un prestataire qui traite des données personnelles pour votre compte exige un contrat de sous-traitance ; un traitement à haut risque exige d&apos;abord une analyse d&apos;impact.</translation>
    </message>
    <message>
        <source>A right not to be subject to a solely automated decision with legal or similarly significant effects; where allowed, human intervention and a right to contest.</source>
        <translation>Un droit de ne pas faire l&apos;objet d&apos;une décision fondée exclusivement sur un traitement automatisé produisant des effets juridiques ou similaires ; là où elle est permise, intervention humaine et droit de la contester.</translation>
    </message>
    <message>
        <source>A credit score is itself an automated decision under Article 22 when a lender draws strongly on it.</source>
        <translation>Un score de crédit est lui-même une décision automatisée au sens de l&apos;article 22 lorsqu&apos;un prêteur s&apos;appuie fortement sur lui.</translation>
    </message>
    <message>
        <source>Software informing diagnostic or therapeutic decisions is class IIa or higher (IIb or III if harm may be serious); monitoring vital parameters is IIa or IIb.</source>
        <translation>Un logiciel qui éclaire des décisions diagnostiques ou thérapeutiques est de classe IIa ou plus (IIb ou III si le dommage peut être grave) ; la surveillance des paramètres vitaux est IIa ou IIb.</translation>
    </message>
    <message>
        <source>The data threshold for custom deep learning; based on the transfer-learning evidence (Sun et al. 2017, CS231n), which sets no figure itself.</source>
        <translation>Le seuil de données du deep learning sur mesure ; fondé sur les travaux sur l&apos;apprentissage par transfert (Sun et al. 2017, CS231n), qui ne fixent eux-mêmes aucun chiffre.</translation>
    </message>
    <message>
        <source>The budget threshold for custom deep learning: about two specialists for a year plus GPU time, at the rulebook&apos;s unit prices.</source>
        <translation>Le seuil budgétaire du deep learning sur mesure : environ deux spécialistes pendant un an plus du temps GPU, aux prix unitaires du référentiel.</translation>
    </message>
    <message>
        <source>The time threshold for custom deep learning.</source>
        <translation>Le seuil de durée du deep learning sur mesure.</translation>
    </message>
    <message>
        <source>The year-one cost ranges: orientation, not quotes.</source>
        <translation>Les fourchettes de coût de la première année : une orientation, pas des devis.</translation>
    </message>
    <message>
        <source>Fees that grow with volume, data terms and lock-in of outside model services.</source>
        <translation>Frais qui croissent avec le volume, conditions sur les données et dépendance envers les services de modèles externes.</translation>
    </message>
    <message>
        <source>Censored demand and leaking backtests in forecasts.</source>
        <translation>Demande censurée et backtests qui fuient dans les prévisions.</translation>
    </message>
    <message>
        <source>Latency, compression and fallback for models on devices.</source>
        <translation>Latence, compression et solution de repli pour les modèles sur appareils.</translation>
    </message>
    <message>
        <source>On medium-sized tables (about 10,000 rows, 45 datasets), tree-based models such as gradient boosting remain ahead of deep networks; larger tables were not studied.</source>
        <translation>Sur des tables de taille moyenne (environ 10 000 lignes, 45 jeux de données), les modèles à base d&apos;arbres comme le gradient boosting restent devant les réseaux profonds ; les tables plus grandes n&apos;ont pas été étudiées.</translation>
    </message>
    <message>
        <source>On Walmart&apos;s retail sales, LightGBM-based methods beat the statistical benchmarks; the second place blended LightGBM with the N-BEATS network.</source>
        <translation>Sur les ventes au détail de Walmart, les méthodes fondées sur LightGBM ont battu les références statistiques ; la deuxième place combinait LightGBM et le réseau N-BEATS.</translation>
    </message>
    <message>
        <source>A pretrained tabular model (TabPFN) beat tuned gradient boosting on tables of up to 10,000 rows and 500 columns; larger tables were outside its evaluation.</source>
        <translation>Un modèle tabulaire pré-entraîné (TabPFN) a battu un gradient boosting réglé sur des tables jusqu&apos;à 10 000 lignes et 500 colonnes ; les tables plus grandes sortaient de son évaluation.</translation>
    </message>
    <message>
        <source>Pretrained time-series models forecast series they never saw about as well as models trained on them (42 datasets): a cheap baseline to beat.</source>
        <translation>Des modèles de séries temporelles pré-entraînés prévoient des séries jamais vues à peu près aussi bien que des modèles entraînés dessus (42 jeux de données) : une référence bon marché à battre.</translation>
    </message>
    <message>
        <source>Fine-tuning a pretrained language model: with 100 labelled examples it matched training from scratch on 100 times more.</source>
        <translation>Affiner un modèle de langue pré-entraîné : avec 100 exemples étiquetés, il a égalé un entraînement de zéro sur 100 fois plus.</translation>
    </message>
    <message>
        <source>Vision accuracy grows with the logarithm of the training data (300 million images), and pretraining on large data then transferring helps; it sets no threshold of labels.</source>
        <translation>La précision en vision croît avec le logarithme des données d&apos;entraînement (300 millions d&apos;images), et pré-entraîner sur beaucoup de données puis transférer aide ; l&apos;article ne fixe aucun seuil d&apos;étiquettes.</translation>
    </message>
    <message>
        <source>Teaching rule for image networks: with little data similar to the pretraining data, train only a classifier on top; with a lot, fine-tune; from scratch only with much data unlike it.</source>
        <translation>Règle d&apos;enseignement pour les réseaux d&apos;images : avec peu de données proches des données de pré-entraînement, n&apos;entraîner qu&apos;un classifieur au-dessus ; avec beaucoup, affiner ; de zéro seulement avec beaucoup de données très différentes.</translation>
    </message>
    <message>
        <source>A well-tuned dot product (matrix factorisation) beat learned neural similarities and is far cheaper to serve; the paper does not study gradient-boosted ranking.</source>
        <translation>Un produit scalaire bien réglé (factorisation matricielle) a battu des similarités neuronales apprises et coûte bien moins cher à servir ; l&apos;article n&apos;étudie pas le classement par gradient boosting.</translation>
    </message>
    <message>
        <source>Deep recommenders at YouTube&apos;s scale, built and run by a team that operates them in production.</source>
        <translation>Des systèmes de recommandation profonds à l&apos;échelle de YouTube, construits et exploités par une équipe qui les fait tourner en production.</translation>
    </message>
    <message>
        <source>Models degrade when the data drifts from the training data; drift must be detected and models adapted.</source>
        <translation>Les modèles se dégradent quand les données dérivent des données d&apos;entraînement ; il faut détecter la dérive et adapter les modèles.</translation>
    </message>
    <message>
        <source>Machine learning systems carry large hidden maintenance costs beyond the model code: data dependencies, configuration, monitoring.</source>
        <translation>Les systèmes d&apos;apprentissage automatique portent de lourds coûts de maintenance cachés au-delà du code du modèle : dépendances de données, configuration, surveillance.</translation>
    </message>
    <message>
        <source>Training large neural networks costs much compute, money and energy.</source>
        <translation>Entraîner de grands réseaux de neurones coûte beaucoup de calcul, d&apos;argent et d&apos;énergie.</translation>
    </message>
    <message>
        <source>Leakage, information about the target that would not be available when predicting, makes results look better than they are; keep learning and prediction data apart.</source>
        <translation>La fuite, une information sur la cible qui ne serait pas disponible au moment de prédire, fait paraître les résultats meilleurs qu&apos;ils ne sont ; séparez les données d&apos;apprentissage et de prédiction.</translation>
    </message>
    <message>
        <source>A language model answering from retrieved passages wrote more specific and factual text than one answering from its weights alone.</source>
        <translation>Un modèle de langue répondant à partir de passages retrouvés a produit un texte plus précis et plus factuel qu&apos;un modèle répondant de ses seuls poids.</translation>
    </message>
    <message>
        <source>For high-stakes decisions, use interpretable models instead of explaining black boxes after the fact; they often perform as well.</source>
        <translation>Pour les décisions à fort enjeu, utiliser des modèles interprétables plutôt qu&apos;expliquer des boîtes noires après coup ; ils font souvent aussi bien.</translation>
    </message>
    <message>
        <source>A health algorithm trained on costs as a stand-in for need rated Black patients healthier than equally sick White patients: the label carried the bias.</source>
        <translation>Un algorithme de santé entraîné sur les coûts comme substitut du besoin jugeait des patients noirs en meilleure santé que des patients blancs aussi malades : l&apos;étiquette portait le biais.</translation>
    </message>
    <message>
        <source>Commercial face analysis erred up to 34.7% for darker-skinned women against 0.8% for lighter-skinned men.</source>
        <translation>L&apos;analyse faciale commerciale se trompait jusqu&apos;à 34,7 % pour les femmes à la peau plus foncée contre 0,8 % pour les hommes à la peau plus claire.</translation>
    </message>
    <message>
        <source>Pulse oximeters missed low blood oxygen about three times as often in Black as in White patients: a model&apos;s inputs can be biased by patient group.</source>
        <translation>Les oxymètres de pouls manquaient une oxygénation basse environ trois fois plus souvent chez les patients noirs que chez les patients blancs : les entrées d&apos;un modèle peuvent être biaisées selon le groupe de patients.</translation>
    </message>
    <message>
        <source>Checked independently, a sepsis model used in hundreds of US hospitals reached an AUC of 0.63, well below its developer&apos;s figures.</source>
        <translation>Vérifié de façon indépendante, un modèle de sepsis utilisé dans des centaines d&apos;hôpitaux américains atteignait une AUC de 0,63, bien en dessous des chiffres de son éditeur.</translation>
    </message>
    <message>
        <source>Amazon dropped a CV-screening model that, trained on ten years of past CVs, penalised CVs mentioning &quot;women&apos;s&quot;.</source>
        <translation>Amazon a abandonné un modèle de tri de CV qui, entraîné sur dix ans de CV passés, pénalisait les CV mentionnant « women&apos;s ».</translation>
    </message>
    <message>
        <source>A company answers for what its chatbot tells customers: Air Canada was held liable for its chatbot&apos;s wrong advice on bereavement fares.</source>
        <translation>Une entreprise répond de ce que son chatbot dit aux clients : Air Canada a été tenue responsable du mauvais conseil de son chatbot sur les tarifs de deuil.</translation>
    </message>
    <message>
        <source>From 65 interviews: AI projects fail mostly from a misunderstood problem, missing data or infrastructure, technology chased for its own sake, or problems too hard for AI.</source>
        <translation>D&apos;après 65 entretiens : les projets d&apos;IA échouent surtout par un problème mal compris, des données ou une infrastructure manquantes, la technologie recherchée pour elle-même, ou des problèmes trop difficiles pour l&apos;IA.</translation>
    </message>
    <message>
        <source>A voluntary framework to govern, map, measure and manage AI risks, including validity, reliability and harmful bias.</source>
        <translation>Un cadre volontaire pour gouverner, cartographier, mesurer et gérer les risques de l&apos;IA, dont la validité, la fiabilité et les biais préjudiciables.</translation>
    </message>
    <message>
        <source>Prompt injection heads the risks of language-model applications: user input or retrieved text can override the system&apos;s instructions.</source>
        <translation>L&apos;injection de prompt arrive en tête des risques des applications de modèles de langue : une saisie de l&apos;utilisateur ou un texte retrouvé peut supplanter les instructions du système.</translation>
    </message>
    <message>
        <source>Rule 1: don&apos;t be afraid to launch without machine learning; Rule 2: first design and implement metrics.</source>
        <translation>Règle 1 : n&apos;ayez pas peur de lancer sans apprentissage automatique ; règle 2 : concevez et mettez en place d&apos;abord les métriques.</translation>
    </message>
    <message>
        <source>For its AutoML models Google recommends about 1,000 images per label and needs at least 10 examples per label: one vendor&apos;s guidance for its product.</source>
        <translation>Pour ses modèles AutoML, Google recommande environ 1 000 images par étiquette et exige au moins 10 exemples par étiquette : le guide d&apos;un fournisseur pour son produit.</translation>
    </message>
    <message>
        <source>Prefer off-the-shelf services and prebuilt or pretrained models where possible, and check that a model&apos;s licence fits the use.</source>
        <translation>Préférer quand c&apos;est possible les services prêts à l&apos;emploi et les modèles préconstruits ou pré-entraînés, et vérifier que la licence d&apos;un modèle convient à l&apos;usage.</translation>
    </message>
    <message>
        <source>Newer TabPFN weights may be used for research and internal evaluation only; commercial or production use needs a commercial licence.</source>
        <translation>Les poids récents de TabPFN ne peuvent servir qu&apos;à la recherche et à l&apos;évaluation interne ; un usage commercial ou en production exige une licence commerciale.</translation>
    </message>
    <message>
        <source>Projects fail by overcomplicating: a 3-layer network matched a 10-layer one at a fraction of the cost; define business success first. It gives no budget or time threshold.</source>
        <translation>Les projets échouent par excès de complexité : un réseau à 3 couches a égalé un réseau à 10 pour une fraction du coût ; définir d&apos;abord le succès métier. L&apos;essai ne donne aucun seuil de budget ni de durée.</translation>
    </message>
    <message>
        <source>One practitioner&apos;s account: compute cost, a deep model too slow to load in production, black boxes, decay on new data. It gives no budget threshold.</source>
        <translation>Le récit d&apos;un praticien : coût de calcul, un modèle profond trop lent à charger en production, boîtes noires, dégradation sur de nouvelles données. Il ne donne aucun seuil budgétaire.</translation>
    </message>
    <message>
        <source>Start from a use case; don&apos;t rebuild what pretrained models and APIs do; build competence project by project; beware biased training data. It gives no timeline.</source>
        <translation>Partir d&apos;un cas d&apos;usage ; ne pas refaire ce que font les modèles pré-entraînés et les API ; bâtir la compétence projet après projet ; se méfier des données d&apos;entraînement biaisées. L&apos;essai ne donne aucun délai.</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <source>Record the decision not to build or buy this system, with the legal reason, and stop any use already running</source>
        <translation>Consignez la décision de ne pas construire ni acheter ce système, avec le motif juridique, et arrêtez tout usage déjà en cours</translation>
    </message>
    <message>
        <source>The decision is minuted by the board and any running use is switched off</source>
        <translation>La décision figure au procès-verbal de la direction et tout usage en cours est arrêté</translation>
    </message>
    <message>
        <source>Have counsel assess the rules listed here for this use: which apply, who is provider and deployer, and what each obliges</source>
        <translation>Faites évaluer par un juriste les règles listées ici pour cet usage : lesquelles s&apos;appliquent, qui est fournisseur et déployeur, et ce que chacune impose</translation>
    </message>
    <message>
        <source>A written assessment names each applicable rule, its duties and dates</source>
        <translation>Une évaluation écrite nomme chaque règle applicable, ses obligations et ses dates</translation>
    </message>
    <message>
        <source>Write down the business measure of success and today&apos;s value of it, with the people who will use the output</source>
        <translation>Écrivez, avec les personnes qui utiliseront les résultats, la mesure métier du succès et sa valeur actuelle</translation>
    </message>
    <message>
        <source>The sponsor has signed off one measure, its current value and the target</source>
        <translation>Le sponsor a validé une mesure, sa valeur actuelle et la cible</translation>
    </message>
    <message>
        <source>Put the budget to a lawful question instead, for example anonymous surveys of how people feel, with their representatives involved</source>
        <translation>Affectez plutôt le budget à une question licite, par exemple des enquêtes anonymes sur le ressenti, avec les représentants des personnes</translation>
    </message>
    <message>
        <source>An alternative use is chosen, or the budget is released</source>
        <translation>Un autre usage est choisi, ou le budget est libéré</translation>
    </message>
    <message>
        <source>Choose one business problem with an owner and the people affected, before choosing any technology</source>
        <translation>Choisissez un problème métier avec un responsable et les personnes concernées, avant de choisir une technologie</translation>
    </message>
    <message>
        <source>One problem, its owner and its users are named in writing</source>
        <translation>Un problème, son responsable et ses utilisateurs sont nommés par écrit</translation>
    </message>
    <message>
        <source>Find an executive who owns the outcome and the budget</source>
        <translation>Trouvez un dirigeant qui porte le résultat et le budget</translation>
    </message>
    <message>
        <source>A named executive has agreed the budget and the measure of success</source>
        <translation>Un dirigeant nommé a validé le budget et la mesure du succès</translation>
    </message>
    <message>
        <source>Start collecting the data the use needs, with its consent and retention rules, while a simple rule runs</source>
        <translation>Commencez à collecter les données nécessaires, avec leurs règles de consentement et de conservation, pendant qu&apos;une règle simple fonctionne</translation>
    </message>
    <message>
        <source>Data is being recorded daily in one place, with an owner</source>
        <translation>Les données sont enregistrées chaque jour en un seul lieu, avec un responsable</translation>
    </message>
    <message>
        <source>Plan and budget the labelling: who labels, how many examples per label, and how disagreements are settled</source>
        <translation>Planifiez et budgétez l&apos;étiquetage : qui étiquette, combien d&apos;exemples par étiquette, et comment les désaccords sont tranchés</translation>
    </message>
    <message>
        <source>A labelling plan with a budget and a first batch of labelled examples</source>
        <translation>Un plan d&apos;étiquetage avec un budget et un premier lot d&apos;exemples étiquetés</translation>
    </message>
    <message>
        <source>Sign a data processing agreement with the provider, or anonymise, before any data leaves the organisation</source>
        <translation>Signez un contrat de sous-traitance avec le prestataire, ou anonymisez, avant que des données ne quittent l&apos;organisation</translation>
    </message>
    <message>
        <source>The agreement is signed, or the anonymisation is tested</source>
        <translation>Le contrat est signé, ou l&apos;anonymisation est testée</translation>
    </message>
    <message>
        <source>Bring the data the pilot needs from its systems into one extract</source>
        <translation>Rassemblez les données dont le pilote a besoin, depuis leurs systèmes, en un seul extrait</translation>
    </message>
    <message>
        <source>A repeatable extract with the agreed fields exists and is documented</source>
        <translation>Un extrait reproductible avec les champs convenus existe et est documenté</translation>
    </message>
    <message>
        <source>Run the process with a transparent rule or report while the use case, data and measure are put in place</source>
        <translation>Faites tourner le processus avec une règle ou un rapport transparents pendant que le cas d&apos;usage, les données et la mesure se mettent en place</translation>
    </message>
    <message>
        <source>The rule runs and its results are recorded against the measure</source>
        <translation>La règle fonctionne et ses résultats sont relevés selon la mesure</translation>
    </message>
    <message>
        <source>Measure the simple baseline the first version must beat (today&apos;s process or a simple rule) on the same data and measure</source>
        <translation>Mesurez la référence simple que la première version doit battre (le processus actuel ou une règle simple) sur les mêmes données et la même mesure</translation>
    </message>
    <message>
        <source>The baseline&apos;s score on the agreed measure is written down</source>
        <translation>Le score de la référence sur la mesure convenue est consigné</translation>
    </message>
    <message>
        <source>Build an evaluation set: real cases with known right answers, including hard and out-of-scope ones, on which any model, service or product is measured</source>
        <translation>Constituez un jeu d&apos;évaluation : des cas réels aux bonnes réponses connues, y compris difficiles et hors périmètre, sur lequel tout modèle, service ou produit est mesuré</translation>
    </message>
    <message>
        <source>The set is frozen, its answers checked by a second person, and used</source>
        <translation>Le jeu est figé, ses réponses vérifiées par une deuxième personne, et il sert</translation>
    </message>
    <message>
        <source>Set up a rolling backtest in time order, with features only from data available on each forecast date; include a seasonal baseline and a pretrained time-series model</source>
        <translation>Mettez en place un backtest glissant dans l&apos;ordre du temps, avec des variables issues uniquement des données disponibles à chaque date de prévision ; incluez une référence saisonnière et un modèle de séries temporelles pré-entraîné</translation>
    </message>
    <message>
        <source>Backtest errors for each baseline are reported by horizon</source>
        <translation>Les erreurs de backtest de chaque référence sont rapportées par horizon</translation>
    </message>
    <message>
        <source>Mark stock-outs, closures and other gaps in the history so they are not read as zero demand</source>
        <translation>Marquez les ruptures de stock, fermetures et autres trous de l&apos;historique pour qu&apos;ils ne soient pas lus comme une demande nulle</translation>
    </message>
    <message>
        <source>Every gap in the history carries a flag the model can use</source>
        <translation>Chaque trou de l&apos;historique porte un indicateur que le modèle peut utiliser</translation>
    </message>
    <message>
        <source>Shortlist two or three services, run each on the evaluation set, and compare their price at your volume and their data terms</source>
        <translation>Présélectionnez deux ou trois services, passez chacun sur le jeu d&apos;évaluation, et comparez leur prix à votre volume et leurs conditions sur les données</translation>
    </message>
    <message>
        <source>A comparison table with scores, yearly price and terms per service</source>
        <translation>Un tableau comparatif avec scores, prix annuel et conditions par service</translation>
    </message>
    <message>
        <source>Shortlist open-weights models that run on your own machines, check their licences, and size the hardware to run them</source>
        <translation>Présélectionnez des modèles à poids ouverts qui tournent sur vos propres machines, vérifiez leurs licences et dimensionnez le matériel</translation>
    </message>
    <message>
        <source>Two candidate models run on your hardware and are scored on the set</source>
        <translation>Deux modèles candidats tournent sur votre matériel et sont notés sur le jeu</translation>
    </message>
    <message>
        <source>Decide between building a medical device (CE marking through a notified body) and buying a CE-marked product for this intended use</source>
        <translation>Choisissez entre construire un dispositif médical (marquage CE via un organisme notifié) et acheter un produit marqué CE pour cette destination</translation>
    </message>
    <message>
        <source>The route, its class under Rule 11 and its cost are agreed</source>
        <translation>La voie, sa classe selon la règle 11 et son coût sont arrêtés</translation>
    </message>
    <message>
        <source>Carry out a data protection impact assessment and design the human review of each decision</source>
        <translation>Réalisez une analyse d&apos;impact relative à la protection des données et concevez l&apos;examen humain de chaque décision</translation>
    </message>
    <message>
        <source>The assessment is signed and the review step is in the process design</source>
        <translation>L&apos;analyse est signée et l&apos;étape d&apos;examen figure dans la conception du processus</translation>
    </message>
    <message>
        <source>Bring in the skills the path needs for the pilot: a contractor or a hire who has built such a system before</source>
        <translation>Faites venir les compétences dont la voie a besoin pour le pilote : un prestataire ou une recrue qui a déjà construit un tel système</translation>
    </message>
    <message>
        <source>The person is named and starts within the pilot&apos;s first month</source>
        <translation>La personne est nommée et commence dans le premier mois du pilote</translation>
    </message>
    <message>
        <source>Agree a budget and a monthly cap for rented GPUs before training starts</source>
        <translation>Convenez d&apos;un budget et d&apos;un plafond mensuel pour les GPU loués avant le début de l&apos;entraînement</translation>
    </message>
    <message>
        <source>The cap is set in the cloud account and the budget is approved</source>
        <translation>Le plafond est réglé dans le compte cloud et le budget est approuvé</translation>
    </message>
    <message>
        <source>Audit outcomes by group: compare error and selection rates of the model and of today&apos;s process for each group affected</source>
        <translation>Auditez les résultats par groupe : comparez les taux d&apos;erreur et de sélection du modèle et du processus actuel pour chaque groupe concerné</translation>
    </message>
    <message>
        <source>An audit report shows each group&apos;s rates, with gaps explained or fixed</source>
        <translation>Un rapport d&apos;audit montre les taux de chaque groupe, les écarts étant expliqués ou corrigés</translation>
    </message>
    <message>
        <source>Validate on your own patients in silent mode, by patient group and site, before any output reaches clinicians</source>
        <translation>Validez en mode silencieux sur vos propres patients, par groupe de patients et par site, avant qu&apos;un résultat n&apos;atteigne les soignants</translation>
    </message>
    <message>
        <source>A validation report with sensitivity, false alarms and calibration per group is approved by the clinical lead</source>
        <translation>Un rapport de validation avec sensibilité, fausses alertes et calibration par groupe est approuvé par le responsable clinique</translation>
    </message>
    <message>
        <source>Plan the AI Act&apos;s high-risk duties: risk management, data governance, technical documentation, logging, human oversight, conformity assessment and registration</source>
        <translation>Planifiez les obligations à haut risque du règlement sur l&apos;IA : gestion des risques, gouvernance des données, documentation technique, journalisation, contrôle humain, évaluation de la conformité et enregistrement</translation>
    </message>
    <message>
        <source>A conformity plan with owners and dates is approved before any live use</source>
        <translation>Un plan de conformité avec responsables et dates est approuvé avant tout usage réel</translation>
    </message>
    <message>
        <source>Tell people they are dealing with an AI system at the first contact, and mark generated content</source>
        <translation>Dites aux personnes dès le premier contact qu&apos;elles ont affaire à un système d&apos;IA, et marquez les contenus générés</translation>
    </message>
    <message>
        <source>The notice and the marking are in the product and checked by counsel</source>
        <translation>L&apos;avis et le marquage sont dans le produit et vérifiés par un juriste</translation>
    </message>
    <message>
        <source>Add guardrails: answers only from sources with links, hand-over to a person when unsure, attack tests, logging and a weekly review of samples</source>
        <translation>Ajoutez des garde-fous : réponses uniquement à partir de sources citées, passage à une personne en cas de doute, tests d&apos;attaque, journalisation et relecture hebdomadaire d&apos;échantillons</translation>
    </message>
    <message>
        <source>The evaluation set and an attack set pass the agreed thresholds</source>
        <translation>Le jeu d&apos;évaluation et un jeu d&apos;attaques passent les seuils convenus</translation>
    </message>
    <message>
        <source>Compress the model for the device (quantise, distil) and measure speed, memory and accuracy on the target hardware, with a fallback</source>
        <translation>Compressez le modèle pour l&apos;appareil (quantification, distillation) et mesurez vitesse, mémoire et précision sur le matériel cible, avec une solution de repli</translation>
    </message>
    <message>
        <source>The model meets the time limit on the device with agreed accuracy</source>
        <translation>Le modèle tient le délai sur l&apos;appareil avec la précision convenue</translation>
    </message>
    <message>
        <source>Monitor accuracy and input data in production and set when to retrain</source>
        <translation>Surveillez la précision et les données d&apos;entrée en production et fixez quand réentraîner</translation>
    </message>
    <message>
        <source>A dashboard alerts the team when accuracy or inputs move past a limit</source>
        <translation>Un tableau de bord alerte l&apos;équipe quand la précision ou les entrées franchissent une limite</translation>
    </message>
    <message>
        <source>Decide go or no-go on the pilot against the test agreed at the start</source>
        <translation>Décidez de poursuivre ou non le pilote selon le test convenu au départ</translation>
    </message>
    <message>
        <source>The board has the pilot&apos;s results against the baseline and decides</source>
        <translation>La direction a les résultats du pilote face à la référence et décide</translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <source>Recommendation: {path}</source>
        <translation>Recommandation&#xa0;: {path}</translation>
    </message>
    <message>
        <source>Verdict: {verdict}</source>
        <translation>Verdict&#xa0;: {verdict}</translation>
    </message>
    <message>
        <source>Approach: {text}</source>
        <translation>Approche&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Baseline to beat: {text}</source>
        <translation>Référence à battre&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Go/no-go after the pilot: {text}</source>
        <translation>Go/no-go après le pilote&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Watch: {text}</source>
        <translation>Attention&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Readiness for {path}: {score}/100 ({band}; emerging from {emerging}, ready from {ready}, advanced from {advanced})</source>
        <translation>Maturité pour {path}&#xa0;: {score}/100 ({band}&#xa0;; émergente dès {emerging}, prête dès {ready}, avancée dès {advanced})</translation>
    </message>
    <message>
        <source>Fit of each path:</source>
        <translation>Adéquation de chaque approche&#xa0;:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Pourquoi&#xa0;:</translation>
    </message>
    <message>
        <source>Fix first:</source>
        <translation>À régler d’abord&#xa0;:</translation>
    </message>
    <message>
        <source>Rules that apply:</source>
        <translation>Règles applicables&#xa0;:</translation>
    </message>
    <message>
        <source>{text} (applies from {date})</source>
        <translation>{text} (s’applique à partir du {date})</translation>
    </message>
    <message>
        <source>Risks to watch:</source>
        <translation>Risques à surveiller&#xa0;:</translation>
    </message>
    <message>
        <source>[{severity}] {text}. What to do: {mitigation}</source>
        <translation>[{severity}] {text}. Que faire&#xa0;: {mitigation}</translation>
    </message>
    <message>
        <source>Levers you control:</source>
        <translation>Leviers à votre main&#xa0;:</translation>
    </message>
    <message>
        <source>{text} (takes: {effort})</source>
        <translation>{text} (effort&#xa0;: {effort})</translation>
    </message>
    <message>
        <source>Year-one cost, USD (orientation, not a quote):</source>
        <translation>Coût de la première année, en USD (ordre de grandeur, pas un devis)&#xa0;:</translation>
    </message>
    <message>
        <source>{path}: {low} to {high}</source>
        <translation>{path}&#xa0;: de {low} à {high}</translation>
    </message>
    <message>
        <source>{what}: {low} to {high} ({assumption})</source>
        <translation>{what}&#xa0;: de {low} à {high} ({assumption})</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Prochaines étapes&#xa0;:</translation>
    </message>
    <message>
        <source>{when}, {owner}: {text} Done when: {done_when}</source>
        <translation>{when}, {owner}&#xa0;: {text} Terminé quand&#xa0;: {done_when}</translation>
    </message>
    <message>
        <source>The advice depends on:</source>
        <translation>Le conseil dépend de&#xa0;:</translation>
    </message>
    <message>
        <source>{part}: not judged by this version</source>
        <translation>{part}&#xa0;: non évalué par cette version</translation>
    </message>
</context>
<context>
    <name>whatif</name>
    <message>
        <source>{path} would lead if “{question}” were “{answer}” (now “{now}”).</source>
        <translation>{path} passerait en tête si «&#xa0;{question}&#xa0;» était «&#xa0;{answer}&#xa0;» (actuellement «&#xa0;{now}&#xa0;»).</translation>
    </message>
    <message>
        <source>{path} would lead if “{question1}” were “{answer1}” and “{question2}” were “{answer2}”.</source>
        <translation>{path} passerait en tête si «&#xa0;{question1}&#xa0;» était «&#xa0;{answer1}&#xa0;» et «&#xa0;{question2}&#xa0;» était «&#xa0;{answer2}&#xa0;».</translation>
    </message>
</context>
<context>
    <name>workshop</name>
    <message>
        <source>Merged {count} participants ({names}) into {path}.</source>
        <translation>{count} participants ({names}) fusionnés dans {path}.</translation>
    </message>
    <message>
        <source>Tied votes, recorded as &quot;don&apos;t know&quot; for the room to settle:</source>
        <translation>Égalité des voix, notée «&#xa0;je ne sais pas&#xa0;» en attendant que la salle tranche&#xa0;:</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Maintenant</translation>
    </message>
    <message>
        <source>By day 30</source>
        <translation>D’ici le jour 30</translation>
    </message>
    <message>
        <source>By day 60</source>
        <translation>D’ici le jour 60</translation>
    </message>
    <message>
        <source>By day 90</source>
        <translation>D’ici le jour 90</translation>
    </message>
    <message>
        <source>Before: {before}   After: {after}</source>
        <translation>Avant&#xa0;: {before}   Après&#xa0;: {after}</translation>
    </message>
    <message>
        <source>Recommendation: {before} → {after}</source>
        <translation>Recommandation&#xa0;: {before} → {after}</translation>
    </message>
    <message>
        <source>Verdict: {before} → {after}</source>
        <translation>Verdict&#xa0;: {before} → {after}</translation>
    </message>
    <message>
        <source>Readiness: {before} → {after} ({delta})</source>
        <translation>Maturité&#xa0;: {before} → {after} ({delta})</translation>
    </message>
    <message>
        <source>Changed answers:</source>
        <translation>Réponses modifiées&#xa0;:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Where the room disagrees:</source>
        <translation>Là où la salle diverge&#xa0;:</translation>
    </message>
    <message>
        <source>changes the recommendation</source>
        <translation>change la recommandation</translation>
    </message>
    <message>
        <source>the recommendation holds</source>
        <translation>la recommandation tient</translation>
    </message>
    <message>
        <source>Each participant&apos;s own advice:</source>
        <translation>Le conseil propre à chaque participant&#xa0;:</translation>
    </message>
    <message>
        <source>Progress since {date}</source>
        <translation>Progrès depuis le {date}</translation>
    </message>
    <message>
        <source>the earlier assessment</source>
        <translation>l’évaluation précédente</translation>
    </message>
    <message>
        <source>Readiness by dimension, before and after</source>
        <translation>Maturité par dimension, avant et après</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Avant</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Après</translation>
    </message>
    <message>
        <source>Readiness {before} → {after}; recommendation {path_before} → {path_after}.</source>
        <translation>Maturité {before} → {after}&#xa0;; recommandation {path_before} → {path_after}.</translation>
    </message>
    <message>
        <source>Verdict {before} → {after}.</source>
        <translation>Verdict {before} → {after}.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Ce qui a changé</translation>
    </message>
    <message>
        <source>No answer changed.</source>
        <translation>Aucune réponse n’a changé.</translation>
    </message>
    <message>
        <source>{question}: {before} → {after}</source>
        <translation>{question}&#xa0;: {before} → {after}</translation>
    </message>
    <message>
        <source>Blockers cleared:</source>
        <translation>Points bloquants levés&#xa0;:</translation>
    </message>
    <message>
        <source>New blockers:</source>
        <translation>Nouveaux points bloquants&#xa0;:</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan d’action</translation>
    </message>
    <message>
        <source>Done when: {text}</source>
        <translation>Terminé quand&#xa0;: {text}</translation>
    </message>
    <message>
        <source>Portfolio: {count} use cases</source>
        <translation>Portefeuille&#xa0;: {count} cas d’usage</translation>
    </message>
    <message>
        <source>Each use case&apos;s readiness for its recommended path against how well that path fits, marked by verdict. Top right: ready and a good fit. The table lists them in the order to act on: by verdict, then by readiness.</source>
        <translation>La maturité de chaque cas d’usage pour sa voie recommandée, en regard de l’adéquation de cette voie, marquée selon le verdict. En haut à droite&#xa0;: prêt et bien adapté. Le tableau les classe dans l’ordre où agir&#xa0;: par verdict, puis par maturité.</translation>
    </message>
    <message>
        <source>Fit of the recommended path</source>
        <translation>Adéquation de la voie recommandée</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Maturité</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Cas d’usage</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Verdict</translation>
    </message>
    <message>
        <source>Path, fit</source>
        <translation>Voie, adéquation</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Message clé</translation>
    </message>
    <message>
        <source>Year-one cost (USD)</source>
        <translation>Coût de la première année (USD)</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>Pas de verdict</translation>
    </message>
    <message>
        <source>Where the room disagrees</source>
        <translation>Là où la salle diverge</translation>
    </message>
    <message>
        <source>{count} participants answered on their own; the advice above stands on the room&apos;s consensus (the answer most gave; a tie counts as &quot;don&apos;t know&quot;). The questions where they differed, those that would change the recommendation first.</source>
        <translation>{count} participants ont répondu chacun de leur côté&#xa0;; le conseil ci-dessus repose sur le consensus de la salle (la réponse la plus donnée&#xa0;; une égalité compte comme «&#xa0;je ne sais pas&#xa0;»). Les questions où ils ont divergé, d’abord celles qui changeraient la recommandation.</translation>
    </message>
    <message>
        <source>The participants gave the same answer to every question.</source>
        <translation>Les participants ont donné la même réponse à chaque question.</translation>
    </message>
    <message>
        <source>Changes the recommendation</source>
        <translation>Change la recommandation</translation>
    </message>
    <message>
        <source>The recommendation holds</source>
        <translation>La recommandation tient</translation>
    </message>
    <message>
        <source>Consensus: {answer}</source>
        <translation>Consensus&#xa0;: {answer}</translation>
    </message>
    <message>
        <source>Readiness across these answers: {low} to {high}</source>
        <translation>Maturité selon ces réponses&#xa0;: de {low} à {high}</translation>
    </message>
    <message>
        <source>Readiness with any of these answers: {score}</source>
        <translation>Maturité avec chacune de ces réponses&#xa0;: {score}</translation>
    </message>
    <message>
        <source>{answer}: {names}</source>
        <translation>{answer}&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Each participant&apos;s own advice</source>
        <translation>Le conseil propre à chaque participant</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participant</translation>
    </message>
    <message>
        <source>Participant {number}</source>
        <translation>Participant {number}</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
</context>
</TS>
