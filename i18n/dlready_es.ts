<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es" sourcelanguage="en">
<context>
    <name>AssessmentWizard</name>
    <message>
        <source>&amp;Export PDF Brief…</source>
        <translation>&amp;Exportar informe PDF…</translation>
    </message>
</context>
<context>
    <name>CompareDialog</name>
    <message>
        <source>Compare assessments</source>
        <translation>Comparar evaluaciones</translation>
    </message>
    <message>
        <source>Progress since {date}</source>
        <translation>Progreso desde el {date}</translation>
    </message>
    <message>
        <source>the earlier assessment</source>
        <translation>la evaluación anterior</translation>
    </message>
    <message>
        <source>The advice, before and after</source>
        <translation>El consejo, antes y después</translation>
    </message>
    <message>
        <source>Earlier ({date})</source>
        <translation>Antes ({date})</translation>
    </message>
    <message>
        <source>Now ({date})</source>
        <translation>Ahora ({date})</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Cambio</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
    <message>
        <source>changed</source>
        <translation>cambiado</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Changed answers</source>
        <translation>Respuestas cambiadas</translation>
    </message>
    <message>
        <source>No answer changed.</source>
        <translation>Ninguna respuesta cambió.</translation>
    </message>
    <message>
        <source>Blockers cleared</source>
        <translation>Obstáculos resueltos</translation>
    </message>
    <message>
        <source>New blockers</source>
        <translation>Obstáculos nuevos</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>&amp;Nuevo</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Abrir…</translation>
    </message>
    <message>
        <source>Open &amp;Recent</source>
        <translation>Abrir &amp;reciente</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>Save &amp;As…</source>
        <translation>Guardar &amp;como…</translation>
    </message>
    <message>
        <source>&amp;Export PDF Brief…</source>
        <translation>&amp;Exportar informe PDF…</translation>
    </message>
    <message>
        <source>&amp;Delete All Client Data…</source>
        <translation>&amp;Borrar todos los datos de clientes…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Presentation Mode</source>
        <translation>Modo &amp;presentación</translation>
    </message>
    <message>
        <source>&amp;High Contrast</source>
        <translation>&amp;Alto contraste</translation>
    </message>
    <message>
        <source>Zoom &amp;In</source>
        <translation>&amp;Acercar</translation>
    </message>
    <message>
        <source>Zoom &amp;Out</source>
        <translation>A&amp;lejar</translation>
    </message>
    <message>
        <source>&amp;Actual Size</source>
        <translation>&amp;Tamaño real</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Idioma</translation>
    </message>
    <message>
        <source>&amp;Currency</source>
        <translation>&amp;Moneda</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>&amp;Guide</source>
        <translation>&amp;Guía</translation>
    </message>
    <message>
        <source>G&amp;lossary</source>
        <translation>G&amp;losario</translation>
    </message>
    <message>
        <source>&amp;About dlready</source>
        <translation>&amp;Acerca de dlready</translation>
    </message>
    <message>
        <source>No recent files</source>
        <translation>No hay archivos recientes</translation>
    </message>
    <message>
        <source>Clear the List</source>
        <translation>Borrar la lista</translation>
    </message>
    <message>
        <source>New assessment</source>
        <translation>Nueva evaluación</translation>
    </message>
    <message>
        <source>Cannot open the assessment</source>
        <translation>No se puede abrir la evaluación</translation>
    </message>
    <message>
        <source>Opened {file}</source>
        <translation>Se abrió {file}</translation>
    </message>
    <message>
        <source>Opened the backup copy; save to replace the damaged file.</source>
        <translation>Se abrió la copia de seguridad; guarde para reemplazar el archivo dañado.</translation>
    </message>
    <message>
        <source>Cannot save the assessment</source>
        <translation>No se puede guardar la evaluación</translation>
    </message>
    <message>
        <source>Saved to {file}</source>
        <translation>Guardado en {file}</translation>
    </message>
    <message>
        <source>Cannot export the PDF brief</source>
        <translation>No se puede exportar el informe PDF</translation>
    </message>
    <message>
        <source>Exported the brief to {file}</source>
        <translation>Informe exportado a {file}</translation>
    </message>
    <message>
        <source>No PDF viewer was found: showing the folder with the brief instead.</source>
        <translation>No se encontró ningún visor de PDF: se muestra en su lugar la carpeta con el informe.</translation>
    </message>
    <message>
        <source>A recovery copy could not be read and was set aside in {folder}: {problem}</source>
        <translation>No se pudo leer una copia de recuperación y se ha apartado en {folder}: {problem}</translation>
    </message>
    <message>
        <source>Cannot restore the answers</source>
        <translation>No se pueden restaurar las respuestas</translation>
    </message>
</context>
<context>
    <name>Navigator</name>
    <message>
        <source>Sections</source>
        <translation>Secciones</translation>
    </message>
    <message>
        <source>Welcome</source>
        <translation>Inicio</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>Complete</source>
        <translation>Completo</translation>
    </message>
    <message>
        <source>Has “Don&apos;t know” answers</source>
        <translation>Tiene respuestas «No lo sé»</translation>
    </message>
    <message>
        <source>Some questions not answered</source>
        <translation>Algunas preguntas sin responder</translation>
    </message>
    <message>
        <source>Not visited yet</source>
        <translation>Aún no visitado</translation>
    </message>
</context>
<context>
    <name>ProgressRow</name>
    <message>
        <source>Questions answered</source>
        <translation>Preguntas respondidas</translation>
    </message>
    <message>
        <source>{done} of {total} questions answered</source>
        <translation>{done} de {total} preguntas respondidas</translation>
    </message>
    <message>
        <source>, {count} “Don&apos;t know”</source>
        <translation>, {count} «No lo sé»</translation>
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
        <translation>Explicación: {question}</translation>
    </message>
    <message>
        <source>Notes (optional)</source>
        <translation>Notas (opcional)</translation>
    </message>
    <message>
        <source>Notes on: {question}</source>
        <translation>Notas sobre: {question}</translation>
    </message>
</context>
<context>
    <name>ResultsPage</name>
    <message>
        <source>Results</source>
        <translation>Resultados</translation>
    </message>
    <message>
        <source>The advice for these answers, and why. Go back to change any answer; the results follow.</source>
        <translation>La recomendación para estas respuestas, y por qué. Vuelva atrás para cambiar cualquier respuesta; los resultados se actualizan.</translation>
    </message>
    <message>
        <source>Recommended: {path}</source>
        <translation>Recomendación: {path}</translation>
    </message>
    <message>
        <source>Fit of each path (0–100)</source>
        <translation>Idoneidad de cada enfoque (0–100)</translation>
    </message>
    <message>
        <source>Readiness: {score}/100 – {band}</source>
        <translation>Madurez: {score}/100 – {band}</translation>
    </message>
    <message>
        <source>Against {path}: {reason}</source>
        <translation>En contra de {path}: {reason}</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>Por qué</translation>
    </message>
    <message>
        <source>Fix first</source>
        <translation>Resolver primero</translation>
    </message>
    <message>
        <source>What the advice depends on</source>
        <translation>De qué depende la recomendación</translation>
    </message>
    <message>
        <source>No change of one or two answers leads to another path.</source>
        <translation>Ningún cambio de una o dos respuestas lleva a otro enfoque.</translation>
    </message>
    <message>
        <source>Answered “Don&apos;t know” or not yet</source>
        <translation>Respondidas con «No lo sé» o aún sin responder</translation>
    </message>
    <message>
        <source>Answering these firms up the advice.</source>
        <translation>Responderlas afianza la recomendación.</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <source>Your answer: {answer}. Click to change it.</source>
        <translation>Su respuesta: {answer}. Haga clic para cambiarla.</translation>
    </message>
    <message>
        <source>Go to question: {question}</source>
        <translation>Ir a la pregunta: {question}</translation>
    </message>
</context>
<context>
    <name>ReviewPage</name>
    <message>
        <source>Before the results</source>
        <translation>Antes de los resultados</translation>
    </message>
    <message>
        <source>The advice is firmer with fewer gaps. Click a question to answer it, or press Next to see the results as they are.</source>
        <translation>Con menos huecos, la recomendación es más firme. Haga clic en una pregunta para responderla, o pulse Siguiente para ver los resultados tal como están.</translation>
    </message>
    <message>
        <source>Not answered ({count})</source>
        <translation>Sin responder ({count})</translation>
    </message>
    <message>
        <source>These questions have no answer yet.</source>
        <translation>Estas preguntas aún no tienen respuesta.</translation>
    </message>
    <message>
        <source>Answered “Don&apos;t know” ({count})</source>
        <translation>Respondidas «No lo sé» ({count})</translation>
    </message>
    <message>
        <source>Fine when nobody knows; the advice says how sure it is.</source>
        <translation>Está bien si nadie lo sabe; la recomendación indica su grado de certeza.</translation>
    </message>
    <message>
        <source>Go to question: {question}</source>
        <translation>Ir a la pregunta: {question}</translation>
    </message>
</context>
<context>
    <name>RoomSection</name>
    <message>
        <source>Where the room disagrees</source>
        <translation>Dónde discrepa la sala</translation>
    </message>
    <message>
        <source>The participants gave the same answer to every question.</source>
        <translation>Los participantes dieron la misma respuesta a todas las preguntas.</translation>
    </message>
    <message>
        <source>changes the recommendation</source>
        <translation>cambia la recomendación</translation>
    </message>
    <message>
        <source>the recommendation holds</source>
        <translation>la recomendación se mantiene</translation>
    </message>
    <message>
        <source>Consensus: {answer} · readiness across these answers: {low} to {high}</source>
        <translation>Consenso: {answer} · preparación según estas respuestas: de {low} a {high}</translation>
    </message>
    <message>
        <source>Consensus: {answer} · readiness with any of these answers: {score}</source>
        <translation>Consenso: {answer} · preparación con cualquiera de estas respuestas: {score}</translation>
    </message>
    <message>
        <source>Each participant&apos;s own advice</source>
        <translation>El consejo propio de cada participante</translation>
    </message>
    <message>
        <source>readiness {score}</source>
        <translation>preparación {score}</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>{number} of {count}: {title}</source>
        <translation>{number} de {count}: {title}</translation>
    </message>
    <message>
        <source>Answer “Don&apos;t know” rather than guess: the advice then says how sure it is.</source>
        <translation>Responda «No lo sé» en lugar de adivinar: la recomendación indicará entonces su grado de certeza.</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Is deep learning the right tool?</source>
        <translation>¿Es el deep learning la herramienta adecuada?</translation>
    </message>
    <message>
        <source>A readiness check for one use case, in plain language.</source>
        <translation>Una evaluación de madurez para un caso de uso, en lenguaje claro.</translation>
    </message>
    <message>
        <source>This wizard asks plain questions about one use case: the business problem, the data, the budget, the skills in house and the risks. It then recommends classical machine learning, a pretrained service or transfer learning, or custom deep learning, and explains why, with the sources behind each reason and what would change its mind. It takes about fifteen minutes; every question can be answered “Don&apos;t know”, and nothing leaves this computer.</source>
        <translation>Este asistente hace preguntas sencillas sobre un caso de uso: el problema de negocio, los datos, el presupuesto, las competencias internas y los riesgos. Después recomienda machine learning clásico, un servicio preentrenado o transfer learning, o deep learning a medida, y explica por qué, con las fuentes de cada motivo y lo que le haría cambiar de opinión. Lleva unos quince minutos; todas las preguntas admiten la respuesta «No lo sé» y nada sale de este ordenador.</translation>
    </message>
    <message>
        <source>&amp;Organisation:</source>
        <translation>&amp;Organización:</translation>
    </message>
    <message>
        <source>Company or public body</source>
        <translation>Empresa u organismo público</translation>
    </message>
    <message>
        <source>&amp;Project:</source>
        <translation>&amp;Proyecto:</translation>
    </message>
    <message>
        <source>The use case, in a few words</source>
        <translation>El caso de uso, en pocas palabras</translation>
    </message>
    <message>
        <source>&amp;Assessor:</source>
        <translation>E&amp;valuador:</translation>
    </message>
    <message>
        <source>Who answers the questions</source>
        <translation>Quién responde a las preguntas</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Fecha:</translation>
    </message>
    <message>
        <source>Open an assessment…</source>
        <translation>Abrir una evaluación…</translation>
    </message>
    <message>
        <source>or fill in the fields above and press Next.</source>
        <translation>o rellene los campos de arriba y pulse Siguiente.</translation>
    </message>
</context>
<context>
    <name>WorkshopDialog</name>
    <message>
        <source>Workshop mode</source>
        <translation>Modo taller</translation>
    </message>
    <message>
        <source>Participants:</source>
        <translation>Participantes:</translation>
    </message>
    <message>
        <source>Name, then Enter</source>
        <translation>Nombre y luego Intro</translation>
    </message>
    <message>
        <source>New participant&apos;s name</source>
        <translation>Nombre del nuevo participante</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Añadir</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Quitar</translation>
    </message>
    <message>
        <source>Participants and their votes</source>
        <translation>Participantes y sus votos</translation>
    </message>
    <message>
        <source>Keys: an option&apos;s key answers for the highlighted participant (0: don&apos;t know) · Up/Down: participant · Space: reveal or hide · after the reveal, an option&apos;s key sets the consensus · Page Up/Down: question</source>
        <translation>Teclas: la tecla de una respuesta responde por el participante resaltado (0: no lo sé) · Arriba/Abajo: participante · Espacio: revelar u ocultar · tras revelar, la tecla de una respuesta fija el consenso · RePág/AvPág: pregunta</translation>
    </message>
    <message>
        <source>◀ &amp;Previous</source>
        <translation>◀ A&amp;nterior</translation>
    </message>
    <message>
        <source>Re&amp;veal</source>
        <translation>&amp;Revelar</translation>
    </message>
    <message>
        <source>&amp;Next ▶</source>
        <translation>&amp;Siguiente ▶</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Cancelar</translation>
    </message>
    <message>
        <source>Question {number} of {total} · {section}</source>
        <translation>Pregunta {number} de {total} · {section}</translation>
    </message>
    <message>
        <source>waiting</source>
        <translation>esperando</translation>
    </message>
    <message>
        <source>voted ✓</source>
        <translation>ha votado ✓</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Ocultar</translation>
    </message>
    <message>
        <source>Add the participants first: type a name, then Enter.</source>
        <translation>Añada primero a los participantes: escriba un nombre y pulse Intro.</translation>
    </message>
    <message>
        <source>{voted} of {count} have answered; the answers stay hidden until you reveal them.</source>
        <translation>{voted} de {count} han respondido; las respuestas siguen ocultas hasta que las revele.</translation>
    </message>
    <message>
        <source>A tie: the consensus is “don&apos;t know” until you choose one.</source>
        <translation>Empate: el consenso es «no lo sé» hasta que elija uno.</translation>
    </message>
    <message>
        <source>Nobody has answered yet.</source>
        <translation>Nadie ha respondido todavía.</translation>
    </message>
    <message>
        <source>Consensus: {answer}</source>
        <translation>Consenso: {answer}</translation>
    </message>
</context>
<context>
    <name>WorkshopMenu</name>
    <message>
        <source>&amp;Workshop Mode…</source>
        <translation>Modo ta&amp;ller…</translation>
    </message>
    <message>
        <source>&amp;Compare With…</source>
        <translation>Co&amp;mparar con…</translation>
    </message>
    <message>
        <source>&amp;Portfolio…</source>
        <translation>Car&amp;tera…</translation>
    </message>
    <message>
        <source>Cannot compare</source>
        <translation>No se puede comparar</translation>
    </message>
    <message>
        <source>Folder of assessments for the portfolio</source>
        <translation>Carpeta de evaluaciones para la cartera</translation>
    </message>
    <message>
        <source>Cannot make the portfolio</source>
        <translation>No se puede crear la cartera</translation>
    </message>
    <message>
        <source>{folder} holds no .dlready files.</source>
        <translation>{folder} no contiene archivos .dlready.</translation>
    </message>
    <message>
        <source>Save the portfolio</source>
        <translation>Guardar la cartera</translation>
    </message>
    <message>
        <source>Some files were left out</source>
        <translation>Se omitieron algunos archivos</translation>
    </message>
</context>
<context>
    <name>advice</name>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>By day 30</source>
        <translation>Antes del día 30</translation>
    </message>
    <message>
        <source>By day 60</source>
        <translation>Antes del día 60</translation>
    </message>
    <message>
        <source>By day 90</source>
        <translation>Antes del día 90</translation>
    </message>
    <message>
        <source>Verdict: {verdict}</source>
        <translation>Veredicto: {verdict}</translation>
    </message>
    <message>
        <source>The approach: {path}</source>
        <translation>El enfoque: {path}</translation>
    </message>
    <message>
        <source>Baseline to beat: {text}</source>
        <translation>Referencia a superar: {text}</translation>
    </message>
    <message>
        <source>Go or no-go: {text}</source>
        <translation>Seguir o no: {text}</translation>
    </message>
    <message>
        <source>Main risk: {text}</source>
        <translation>Riesgo principal: {text}</translation>
    </message>
    <message>
        <source>Levers: what you can change</source>
        <translation>Palancas: lo que puede cambiar</translation>
    </message>
    <message>
        <source>&amp;Undo the last try</source>
        <translation>&amp;Deshacer el último intento</translation>
    </message>
    <message>
        <source>The answers of the lever tried are in place; the advice above follows them.</source>
        <translation>Las respuestas de la palanca probada están aplicadas; la recomendación de arriba las sigue.</translation>
    </message>
    <message>
        <source>Effort: {effort}. Leads to: {path}.</source>
        <translation>Esfuerzo: {effort}. Lleva a: {path}.</translation>
    </message>
    <message>
        <source>Try it</source>
        <translation>Probar</translation>
    </message>
    <message>
        <source>Apply this lever&apos;s answers; Undo puts yours back.</source>
        <translation>Aplicar las respuestas de esta palanca; Deshacer restaura las suyas.</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coste</translation>
    </message>
    <message>
        <source>{low} to {high} for {path}</source>
        <translation>De {low} a {high} para {path}</translation>
    </message>
    <message>
        <source>Committed only once the blockers are cleared.</source>
        <translation>Comprometido solo cuando se hayan resuelto los bloqueos.</translation>
    </message>
    <message>
        <source>Your budget: {budget}</source>
        <translation>Su presupuesto: {budget}</translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation>Principales riesgos</translation>
    </message>
    <message>
        <source>What to do: {text}</source>
        <translation>Qué hacer: {text}</translation>
    </message>
    <message>
        <source>Regulation</source>
        <translation>Regulación</translation>
    </message>
    <message>
        <source>Applies from {date}</source>
        <translation>Se aplica desde {date}</translation>
    </message>
    <message>
        <source>Next steps</source>
        <translation>Próximos pasos</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>Done when</source>
        <translation>Hecho cuando</translation>
    </message>
</context>
<context>
    <name>approaches</name>
    <message>
        <source>A scorecard, logistic regression, additive model or shallow tree: every individual decision can be explained to the person and to an auditor</source>
        <translation>Una tarjeta de puntuación, regresión logística, modelo aditivo o árbol poco profundo: cada decisión individual puede explicarse a la persona y a un auditor</translation>
    </message>
    <message>
        <source>an interpretable scoring model</source>
        <translation>de un modelo de puntuación interpretable</translation>
    </message>
    <message>
        <source>Today&apos;s rule or manual decision on the same cases, with gradient boosting as a yardstick of the accuracy given up for transparency</source>
        <translation>La regla o decisión manual actual sobre los mismos casos, con gradient boosting como referencia de la precisión que se sacrifica por transparencia</translation>
    </message>
    <message>
        <source>Go if it meets the agreed measure on a later period it never saw, the reviewers accept its reasons, and no group fares worse than under today&apos;s process</source>
        <translation>Adelante si alcanza la medida acordada en un periodo posterior que nunca vio, los revisores aceptan sus motivos y ningún grupo sale peor que con el proceso actual</translation>
    </message>
    <message>
        <source>Transparent rules or a points system on published criteria, run while the use case, the data and the success measure are put in place; record the outcomes they see</source>
        <translation>Reglas transparentes o un sistema de puntos con criterios publicados, aplicados mientras se ponen en marcha el caso de uso, los datos y la medida de éxito; registrar los resultados que observan</translation>
    </message>
    <message>
        <source>transparent rules</source>
        <translation>reglas transparentes</translation>
    </message>
    <message>
        <source>Today&apos;s way of deciding, written down and measured</source>
        <translation>La forma actual de decidir, puesta por escrito y medida</translation>
    </message>
    <message>
        <source>Move to a model only when the rules run, the data is being collected and a model beats the rules on the agreed measure</source>
        <translation>Pasar a un modelo solo cuando las reglas funcionen, los datos se estén recogiendo y un modelo supere a las reglas en la medida acordada</translation>
    </message>
    <message>
        <source>An interpretable scorecard built from published criteria: past decisions only test it, and any weights are fitted to outcomes reviewed for this purpose, never to past decisions alone</source>
        <translation>Una tarjeta de puntuación interpretable basada en criterios publicados: las decisiones pasadas solo sirven para probarla, y sus pesos se ajustan a resultados revisados para este fin, nunca solo a decisiones pasadas</translation>
    </message>
    <message>
        <source>an interpretable scorecard on published criteria</source>
        <translation>de una tarjeta de puntuación interpretable con criterios publicados</translation>
    </message>
    <message>
        <source>Today&apos;s criteria written down as a points system and scored on past cycles</source>
        <translation>Los criterios actuales escritos como sistema de puntos y aplicados a ciclos pasados</translation>
    </message>
    <message>
        <source>Go only if it beats the points system on the agreed measure in later cycles it never saw, selection rates by group stay within the agreed tolerance, reviewers can repeat its reasons and counsel signs off; otherwise keep the points system</source>
        <translation>Adelante solo si supera al sistema de puntos en la medida acordada en ciclos posteriores que nunca vio, las tasas de selección por grupo se mantienen dentro de la tolerancia acordada, los revisores pueden repetir sus motivos y el asesor jurídico lo aprueba; si no, mantener el sistema de puntos</translation>
    </message>
    <message>
        <source>Seasonal baselines, exponential smoothing and gradient boosting on lagged values and calendar features, with a pretrained time-series model as a further baseline</source>
        <translation>Referencias estacionales, suavizado exponencial y gradient boosting sobre valores retardados y variables de calendario, con un modelo preentrenado de series temporales como referencia adicional</translation>
    </message>
    <message>
        <source>a forecasting model with boosting on lags</source>
        <translation>de un modelo de previsión con boosting sobre valores pasados</translation>
    </message>
    <message>
        <source>Last season&apos;s value for the same period (a seasonal naive forecast) and today&apos;s planners&apos; forecast</source>
        <translation>El valor del mismo periodo de la temporada anterior (una previsión ingenua estacional) y la previsión actual de los planificadores</translation>
    </message>
    <message>
        <source>Go if, in a backtest that only sees data available at each forecast date, it beats both baselines on the agreed error measure for the items that matter most</source>
        <translation>Adelante si, en un backtest que solo ve los datos disponibles en cada fecha de previsión, supera a ambas referencias en la medida de error acordada para los artículos que más importan</translation>
    </message>
    <message>
        <source>Well-tuned matrix factorisation of the interactions between users and items, with boosting to re-rank where item and user features matter</source>
        <translation>Factorización de matrices bien ajustada de las interacciones entre usuarios y artículos, con boosting para reordenar donde importan las características de artículos y usuarios</translation>
    </message>
    <message>
        <source>matrix factorisation recommendations</source>
        <translation>de recomendaciones con factorización de matrices</translation>
    </message>
    <message>
        <source>The most popular items for each segment of users</source>
        <translation>Los artículos más populares para cada segmento de usuarios</translation>
    </message>
    <message>
        <source>Go if an online test beats the popularity baseline on the agreed measure</source>
        <translation>Adelante si una prueba en línea supera la referencia de popularidad en la medida acordada</translation>
    </message>
    <message>
        <source>Word and phrase features with a linear model: fast, cheap and each decision traceable to the words that drove it</source>
        <translation>Características de palabras y frases con un modelo lineal: rápido, barato y cada decisión trazable hasta las palabras que la motivaron</translation>
    </message>
    <message>
        <source>a linear model on word features</source>
        <translation>de un modelo lineal sobre características de palabras</translation>
    </message>
    <message>
        <source>Keyword rules or today&apos;s manual handling of the same texts</source>
        <translation>Reglas de palabras clave o el tratamiento manual actual de los mismos textos</translation>
    </message>
    <message>
        <source>Go if it beats the keyword rules on the agreed measure on recent texts it never saw</source>
        <translation>Adelante si supera a las reglas de palabras clave en la medida acordada con textos recientes que nunca vio</translation>
    </message>
    <message>
        <source>Engineered features of the signal (levels, trends, rates of change, spectra) and gradient boosting</source>
        <translation>Características elaboradas de la señal (niveles, tendencias, tasas de cambio, espectros) y gradient boosting</translation>
    </message>
    <message>
        <source>boosting on engineered signal features</source>
        <translation>de boosting sobre características de la señal</translation>
    </message>
    <message>
        <source>The threshold rule or score the experts use today</source>
        <translation>La regla de umbral o la puntuación que usan hoy los expertos</translation>
    </message>
    <message>
        <source>Go if it beats today&apos;s rule on the agreed measure on periods and units it never saw, at a false-alarm rate the users accept</source>
        <translation>Adelante si supera la regla actual en la medida acordada en periodos y unidades que nunca vio, con una tasa de falsas alarmas que los usuarios acepten</translation>
    </message>
    <message>
        <source>A pretrained tabular model (TabPFN or similar) that predicts from a few hundred to 10,000 rows without tuning, compared with gradient boosting</source>
        <translation>Un modelo tabular preentrenado (TabPFN o similar) que predice a partir de unos cientos hasta 10.000 filas sin ajuste, comparado con gradient boosting</translation>
    </message>
    <message>
        <source>a tabular foundation model against gradient boosting</source>
        <translation>de un modelo fundacional tabular frente a gradient boosting</translation>
    </message>
    <message>
        <source>Gradient boosting and a logistic regression on the same rows, and today&apos;s rule of thumb</source>
        <translation>Gradient boosting y una regresión logística sobre las mismas filas, y la regla práctica actual</translation>
    </message>
    <message>
        <source>Go if it beats both in cross-validation and on the newest cases, and the licence of its weights allows your use</source>
        <translation>Adelante si supera a ambos en validación cruzada y en los casos más recientes, y la licencia de sus pesos permite su uso</translation>
    </message>
    <message>
        <source>Check the licence of the model&apos;s weights: some tabular foundation models are licensed for non-commercial use only</source>
        <translation>Compruebe la licencia de los pesos del modelo: algunos modelos fundacionales tabulares solo se licencian para uso no comercial</translation>
    </message>
    <message>
        <source>Gradient-boosted trees (LightGBM, XGBoost or CatBoost) on engineered features of the records</source>
        <translation>Árboles con gradient boosting (LightGBM, XGBoost o CatBoost) sobre características elaboradas de los registros</translation>
    </message>
    <message>
        <source>a gradient boosting model</source>
        <translation>de un modelo de gradient boosting</translation>
    </message>
    <message>
        <source>Today&apos;s rule or manual decision, and a logistic regression</source>
        <translation>La regla o decisión manual actual, y una regresión logística</translation>
    </message>
    <message>
        <source>Go if it beats both on the agreed measure on a later period it never saw, by a gain worth running it</source>
        <translation>Adelante si supera a ambos en la medida acordada en un periodo posterior que nunca vio, con una ganancia que justifique mantenerlo</translation>
    </message>
    <message>
        <source>A packaged product that does the task, certified (CE-marked) where the rules require it, run as a service or installed on site</source>
        <translation>Un producto empaquetado que hace la tarea, certificado (marcado CE) donde las normas lo exigen, usado como servicio o instalado en las instalaciones</translation>
    </message>
    <message>
        <source>a certified product</source>
        <translation>de un producto certificado</translation>
    </message>
    <message>
        <source>Today&apos;s clinical or safety process, measured on the same cases</source>
        <translation>El proceso clínico o de seguridad actual, medido en los mismos casos</translation>
    </message>
    <message>
        <source>Go if, on a sample of your own cases checked group by group, it meets the agreed measure and holds the certification your use requires</source>
        <translation>Adelante si, en una muestra de sus propios casos revisada grupo por grupo, alcanza la medida acordada y tiene la certificación que su uso exige</translation>
    </message>
    <message>
        <source>An assistant that searches the organisation&apos;s own documents and has a language model answer only from the passages it found, citing them; the model by API under contract, or with open weights on your own machines</source>
        <translation>Un asistente que busca en los documentos de la organización y hace que un modelo de lenguaje responda solo a partir de los pasajes encontrados, citándolos; el modelo por API bajo contrato, o de pesos abiertos en sus propias máquinas</translation>
    </message>
    <message>
        <source>an assistant that answers from your documents</source>
        <translation>de un asistente que responde a partir de sus documentos</translation>
    </message>
    <message>
        <source>Today&apos;s search or help pages: how often their top results hold the answer</source>
        <translation>La búsqueda o las páginas de ayuda actuales: con qué frecuencia sus primeros resultados contienen la respuesta</translation>
    </message>
    <message>
        <source>Go if, on a test set of real questions, it answers an agreed share correctly from the cited source or hands over to a person, resists attempts to misuse it, and beats the baseline in a live trial</source>
        <translation>Adelante si, en un conjunto de prueba de preguntas reales, responde correctamente una proporción acordada a partir de la fuente citada o deriva a una persona, resiste los intentos de abuso y supera la referencia en una prueba real</translation>
    </message>
    <message>
        <source>An open-weights model run on your own machines, adapted with your own examples where it falls short</source>
        <translation>Un modelo de pesos abiertos en sus propias máquinas, adaptado con sus ejemplos donde se quede corto</translation>
    </message>
    <message>
        <source>an open-weights model on your own machines</source>
        <translation>de un modelo de pesos abiertos en sus propias máquinas</translation>
    </message>
    <message>
        <source>The best open model used as it is, and today&apos;s process</source>
        <translation>El mejor modelo abierto usado tal cual, y el proceso actual</translation>
    </message>
    <message>
        <source>Go if it meets the agreed measure on your test set at the speed and running cost your own machines allow</source>
        <translation>Adelante si alcanza la medida acordada en su conjunto de prueba a la velocidad y el coste de funcionamiento que permiten sus máquinas</translation>
    </message>
    <message>
        <source>Someone must install, update, secure and monitor the model on your machines; budget for that work</source>
        <translation>Alguien debe instalar, actualizar, proteger y vigilar el modelo en sus máquinas; presupueste ese trabajo</translation>
    </message>
    <message>
        <source>A general language or vision model, by API or with open weights, steered by instructions and examples and measured on an evaluation set</source>
        <translation>Un modelo general de lenguaje o de visión, por API o de pesos abiertos, guiado por instrucciones y ejemplos y medido en un conjunto de evaluación</translation>
    </message>
    <message>
        <source>a general model steered by instructions</source>
        <translation>de un modelo general guiado por instrucciones</translation>
    </message>
    <message>
        <source>Today&apos;s manual work: the time per item and its quality as reviewers judge it</source>
        <translation>El trabajo manual actual: el tiempo por elemento y su calidad según los revisores</translation>
    </message>
    <message>
        <source>Go if reviewers accept an agreed share of its output on the evaluation set with light edits, and a live trial saves time without more errors</source>
        <translation>Adelante si los revisores aceptan una proporción acordada de sus resultados en el conjunto de evaluación con pequeñas correcciones, y una prueba real ahorra tiempo sin más errores</translation>
    </message>
    <message>
        <source>A ready service that does the task, called from your own systems</source>
        <translation>Un servicio listo que hace la tarea, llamado desde sus propios sistemas</translation>
    </message>
    <message>
        <source>a ready service</source>
        <translation>de un servicio listo</translation>
    </message>
    <message>
        <source>Today&apos;s process, and a second service on the same test set</source>
        <translation>El proceso actual, y un segundo servicio en el mismo conjunto de prueba</translation>
    </message>
    <message>
        <source>Go if it meets the agreed measure on a test set of your own cases, at a price per request your volume affords and under data terms you accept</source>
        <translation>Adelante si alcanza la medida acordada en un conjunto de prueba de sus propios casos, a un precio por petición que su volumen permita y con condiciones de datos que acepte</translation>
    </message>
    <message>
        <source>An open pretrained model fine-tuned on your own labelled examples</source>
        <translation>Un modelo abierto preentrenado, ajustado con sus propios ejemplos etiquetados</translation>
    </message>
    <message>
        <source>fine-tuning a pretrained model on your labels</source>
        <translation>del ajuste fino de un modelo preentrenado con sus etiquetas</translation>
    </message>
    <message>
        <source>A general model steered by instructions, and a simple model on engineered features</source>
        <translation>Un modelo general guiado por instrucciones, y un modelo sencillo sobre características elaboradas</translation>
    </message>
    <message>
        <source>Go if it beats both on held-out examples by a margin worth its upkeep</source>
        <translation>Adelante si supera a ambos en ejemplos reservados con un margen que justifique su mantenimiento</translation>
    </message>
    <message>
        <source>Today&apos;s process, measured on the same evaluation set</source>
        <translation>El proceso actual, medido en el mismo conjunto de evaluación</translation>
    </message>
    <message>
        <source>Go if it meets the agreed measure on the evaluation set and a live trial confirms it</source>
        <translation>Adelante si alcanza la medida acordada en el conjunto de evaluación y una prueba real lo confirma</translation>
    </message>
    <message>
        <source>A deep recommender (candidate generation and ranking networks) trained on your interactions</source>
        <translation>Un recomendador profundo (redes de generación de candidatos y de ordenación) entrenado con sus interacciones</translation>
    </message>
    <message>
        <source>a deep recommender</source>
        <translation>de un recomendador profundo</translation>
    </message>
    <message>
        <source>Well-tuned matrix factorisation</source>
        <translation>Factorización de matrices bien ajustada</translation>
    </message>
    <message>
        <source>Ship only if an online test beats matrix factorisation by the agreed margin at a serving cost you accept</source>
        <translation>Desplegar solo si una prueba en línea supera a la factorización de matrices por el margen acordado, con un coste de servicio que acepte</translation>
    </message>
    <message>
        <source>A network of your own, designed and trained on your large labelled data, starting from a pretrained backbone where one fits</source>
        <translation>Una red propia, diseñada y entrenada con sus grandes datos etiquetados, partiendo de una base preentrenada cuando encaje</translation>
    </message>
    <message>
        <source>a network of your own</source>
        <translation>de una red propia</translation>
    </message>
    <message>
        <source>A fine-tuned pretrained model and gradient boosting on engineered features</source>
        <translation>Un modelo preentrenado ajustado y gradient boosting sobre características elaboradas</translation>
    </message>
    <message>
        <source>Ship only if it beats the baseline by the agreed margin on data it never saw, at the speed and cost the deployment allows</source>
        <translation>Desplegar solo si supera la referencia por el margen acordado con datos que nunca vio, a la velocidad y el coste que permite el despliegue</translation>
    </message>
</context>
<context>
    <name>blockers</name>
    <message>
        <source>choose one use case and its success measure</source>
        <translation>elegir un caso de uso y su medida de éxito</translation>
    </message>
    <message>
        <source>No use case yet: choose one business problem, its stakeholders and a measurable outcome before choosing any technology</source>
        <translation>Aún no hay caso de uso: elija un problema de negocio, sus partes interesadas y un resultado medible antes de elegir cualquier tecnología</translation>
    </message>
    <message>
        <source>agree the success measure and today&apos;s baseline</source>
        <translation>acordar la medida de éxito y la referencia actual</translation>
    </message>
    <message>
        <source>No success measure is defined yet: agree on the business KPI and today&apos;s baseline before modelling</source>
        <translation>Aún no se ha definido un indicador de éxito: acuerde el KPI de negocio y su valor actual antes de modelar</translation>
    </message>
    <message>
        <source>collect the data</source>
        <translation>recoger los datos</translation>
    </message>
    <message>
        <source>The data is not collected yet: no path can be built or tested until it is</source>
        <translation>Los datos aún no se recogen: no se puede construir ni probar ningún enfoque hasta que se recojan</translation>
    </message>
    <message>
        <source>find an executive who owns the outcome</source>
        <translation>encontrar un directivo responsable del resultado</translation>
    </message>
    <message>
        <source>No executive sponsor: find an owner for the outcome and the budget, or the pilot will stay a pilot</source>
        <translation>Sin patrocinador ejecutivo: busque un responsable del resultado y del presupuesto, o el piloto se quedará en piloto</translation>
    </message>
    <message>
        <source>plan and fund the labelling</source>
        <translation>planificar y financiar el etiquetado</translation>
    </message>
    <message>
        <source>No labelled examples: plan and budget the labelling (at least 10 per label to start, about 1,000 recommended) before training anything</source>
        <translation>No hay ejemplos etiquetados: planifique y presupueste el etiquetado (al menos 10 por etiqueta para empezar; se recomiendan unos 1000) antes de entrenar nada</translation>
    </message>
    <message>
        <source>drop the prohibited use</source>
        <translation>abandonar el uso prohibido</translation>
    </message>
    <message>
        <source>The use as described is a practice the EU AI Act prohibits: no model, data or budget makes it lawful, so it must not be built</source>
        <translation>El uso tal como se describe es una práctica que el Reglamento de IA de la UE prohíbe: ningún modelo, dato ni presupuesto la hace lícita, así que no debe construirse</translation>
    </message>
</context>
<context>
    <name>brief</name>
    <message>
        <source>Board brief: which AI path to take</source>
        <translation>Informe para la dirección: qué enfoque de IA seguir</translation>
    </message>
    <message>
        <source>Organisation</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>Project</source>
        <translation>Proyecto</translation>
    </message>
    <message>
        <source>Assessor</source>
        <translation>Evaluador</translation>
    </message>
    <message>
        <source>Date of the assessment</source>
        <translation>Fecha de la evaluación</translation>
    </message>
    <message>
        <source>Prepared by</source>
        <translation>Preparado por</translation>
    </message>
    <message>
        <source>Unnamed organisation</source>
        <translation>Organización sin nombre</translation>
    </message>
    <message>
        <source>This brief recommends one of three paths for the project: classical machine learning, a pretrained API or transfer learning, or custom deep learning. It explains the advice rule by rule, with the publication each rule stands on, and says which answers would change it.</source>
        <translation>Este informe recomienda uno de tres enfoques para el proyecto: machine learning clásico, una API preentrenada o transfer learning, o deep learning a medida. Explica la recomendación regla por regla, con la publicación en la que se basa cada regla, e indica qué respuestas la cambiarían.</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Madurez</translation>
    </message>
    <message>
        <source>Where to start</source>
        <translation>Por dónde empezar</translation>
    </message>
    <message>
        <source>Every reason, the risks to watch and a 90-day plan follow; the appendix lists every answer given.</source>
        <translation>A continuación figuran todos los motivos, los riesgos a vigilar y un plan a 90 días; el anexo recoge todas las respuestas dadas.</translation>
    </message>
    <message>
        <source>The scores</source>
        <translation>Las puntuaciones</translation>
    </message>
    <message>
        <source>Readiness by dimension</source>
        <translation>Madurez por dimensión</translation>
    </message>
    <message>
        <source>Fit of the three paths</source>
        <translation>Idoneidad de los tres enfoques</translation>
    </message>
    <message>
        <source>Confidential</source>
        <translation>Confidencial</translation>
    </message>
    <message>
        <source>Board paper</source>
        <translation>Informe para el consejo</translation>
    </message>
    <message>
        <source>the organisation is ready to start now.</source>
        <translation>la organización puede empezar ya.</translation>
    </message>
    <message>
        <source>start once the blockers below are cleared, not before.</source>
        <translation>empezar cuando se hayan resuelto los bloqueos de abajo, no antes.</translation>
    </message>
    <message>
        <source>the organisation is not ready for any machine learning project yet; the basics below come first.</source>
        <translation>la organización aún no está preparada para ningún proyecto de machine learning; primero van las bases de abajo.</translation>
    </message>
    <message>
        <source>the use as described is prohibited; do not build it.</source>
        <translation>el uso descrito está prohibido; no construya el sistema.</translation>
    </message>
    <message>
        <source>The board is asked to approve the pilot below, its budget and its owner, and to decide on it again at the go/no-go test.</source>
        <translation>Se pide al consejo que apruebe el piloto de abajo, su presupuesto y su responsable, y que vuelva a decidir en la prueba de go/no-go.</translation>
    </message>
    <message>
        <source>The board is asked to approve the work that clears the blockers, and the pilot below once they are cleared; no model is built before then.</source>
        <translation>Se pide al consejo que apruebe el trabajo que resuelve los bloqueos y el piloto de abajo una vez resueltos; antes no se construye ningún modelo.</translation>
    </message>
    <message>
        <source>The board is asked not to fund a machine learning project yet, to approve the groundwork below, and to have the assessment made again when it is done.</source>
        <translation>Se pide al consejo que aún no financie un proyecto de machine learning, que apruebe el trabajo preparatorio de abajo y que repita la evaluación cuando esté hecho.</translation>
    </message>
    <message>
        <source>The board is asked to stop this project: fund nothing that builds the system, and have counsel confirm the legal position.</source>
        <translation>Se pide al consejo que detenga este proyecto: que no financie nada que construya el sistema y que la asesoría jurídica confirme la situación legal.</translation>
    </message>
    <message>
        <source>What must be fixed first</source>
        <translation>Lo que hay que resolver primero</translation>
    </message>
    <message>
        <source>{dimension}: {score} / 100, below the ready band</source>
        <translation>{dimension}: {score} / 100, por debajo del nivel «preparada»</translation>
    </message>
    <message>
        <source>The decision in figures</source>
        <translation>La decisión en cifras</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Enfoque</translation>
    </message>
    <message>
        <source>Investment, year one</source>
        <translation>Inversión, primer año</translation>
    </message>
    <message>
        <source>{range} for the recommended path.</source>
        <translation>{range} para el enfoque recomendado.</translation>
    </message>
    <message>
        <source>{range} for the recommended path, committed only once the blockers are cleared.</source>
        <translation>{range} para el enfoque recomendado, comprometidos solo cuando se hayan resuelto los bloqueos.</translation>
    </message>
    <message>
        <source>Investment asked now</source>
        <translation>Inversión solicitada ahora</translation>
    </message>
    <message>
        <source>None. No money is asked for until what must be fixed first is done; the pilot is priced when the assessment is made again.</source>
        <translation>Ninguna. No se pide dinero hasta que se resuelva lo que hay que resolver primero; el piloto se presupuestará cuando se repita la evaluación.</translation>
    </message>
    <message>
        <source>Time to a first version</source>
        <translation>Plazo hasta una primera versión</translation>
    </message>
    <message>
        <source>A pilot decision by day {days} of the plan. Production wanted (as answered): {target}.</source>
        <translation>Decisión sobre el piloto antes del día {days} del plan. Producción deseada (según la respuesta): {target}.</translation>
    </message>
    <message>
        <source>Production wanted (as answered): {target}.</source>
        <translation>Producción deseada (según la respuesta): {target}.</translation>
    </message>
    <message>
        <source>None: nothing is to be built.</source>
        <translation>Ninguno: no se construye nada.</translation>
    </message>
    <message>
        <source>No first version before the groundwork below is done (by day {days} of the plan) and the assessment is made again. Production wanted (as answered): {target}.</source>
        <translation>Ninguna primera versión antes de que el trabajo preparatorio de abajo esté hecho (antes del día {days} del plan) y se repita la evaluación. Producción deseada (según la respuesta): {target}.</translation>
    </message>
    <message>
        <source>No first version before the groundwork below is done and the assessment is made again. Production wanted (as answered): {target}.</source>
        <translation>Ninguna primera versión antes de que el trabajo preparatorio de abajo esté hecho y se repita la evaluación. Producción deseada (según la respuesta): {target}.</translation>
    </message>
    <message>
        <source>not known</source>
        <translation>no se sabe</translation>
    </message>
    <message>
        <source>Approach</source>
        <translation>Planteamiento</translation>
    </message>
    <message>
        <source>Baseline to beat</source>
        <translation>Referencia a superar</translation>
    </message>
    <message>
        <source>Go/no-go test</source>
        <translation>Prueba de go/no-go</translation>
    </message>
    <message>
        <source>{score} / 100 for {path}: {band}.</source>
        <translation>{score} / 100 para {path}: {band}.</translation>
    </message>
    <message>
        <source>Top risks</source>
        <translation>Principales riesgos</translation>
    </message>
    <message>
        <source>Why this path, in brief</source>
        <translation>Por qué este enfoque, en resumen</translation>
    </message>
    <message>
        <source>Risk</source>
        <translation>Riesgo</translation>
    </message>
    <message>
        <source>Mitigation</source>
        <translation>Mitigación</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>Responsable</translation>
    </message>
    <message>
        <source>Rules that apply</source>
        <translation>Normas aplicables</translation>
    </message>
    <message>
        <source>Applies from {date}</source>
        <translation>Se aplica desde el {date}</translation>
    </message>
    <message>
        <source>As the rulebook knows them; counsel must confirm how they apply.</source>
        <translation>Tal como las conoce el reglamento interno; la asesoría jurídica debe confirmar cómo se aplican.</translation>
    </message>
    <message>
        <source>Not known yet, and they bear on this advice: {questions}.</source>
        <translation>Aún no se saben, y afectan a esta recomendación: {questions}.</translation>
    </message>
    <message>
        <source>Readiness, out of 100</source>
        <translation>Madurez, sobre 100</translation>
    </message>
    <message>
        <source>Confidence in the advice</source>
        <translation>Confianza en la recomendación</translation>
    </message>
    <message>
        <source>Fit of the path, out of 100</source>
        <translation>Adecuación del enfoque, sobre 100</translation>
    </message>
    <message>
        <source>compared with the other paths</source>
        <translation>comparada con los otros enfoques</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Baja</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>Media</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alta</translation>
    </message>
    <message>
        <source>{count} answers are not known yet, and they bear on this advice (the appendix names them).</source>
        <translation>{count} respuestas aún no se saben, y afectan a esta recomendación (el anexo las nombra).</translation>
    </message>
    <message>
        <source>{listed} and {count} more (see the appendix)</source>
        <translation>{listed} y {count} más (véase el anexo)</translation>
    </message>
    <message>
        <source>${amount}</source>
        <translation>{amount} $</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>de {low} a {high}</translation>
    </message>
    <message>
        <source>Within the answered budget ({budget}).</source>
        <translation>Dentro del presupuesto indicado ({budget}).</translation>
    </message>
    <message>
        <source>Above the answered budget ({budget}).</source>
        <translation>Por encima del presupuesto indicado ({budget}).</translation>
    </message>
    <message>
        <source>The upper end is above the answered budget ({budget}).</source>
        <translation>El extremo superior supera el presupuesto indicado ({budget}).</translation>
    </message>
    <message>
        <source>The budget was not given.</source>
        <translation>No se indicó el presupuesto.</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Paso</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>Done when</source>
        <translation>Hecho cuando</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravedad</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Norma</translation>
    </message>
    <message>
        <source>What it obliges</source>
        <translation>Qué exige</translation>
    </message>
    <message>
        <source>Applies from</source>
        <translation>Desde</translation>
    </message>
    <message>
        <source>Readiness for {path} is {score} / 100 ({band}). The bands: not ready below {emerging}, emerging from {emerging}, ready from {ready}, advanced from {advanced}. Each dimension is scored from the answers that bear on it; a &quot;don&apos;t know&quot; counts as a weak answer. Dimensions below {ready} are hatched.</source>
        <translation>La madurez para {path} es {score} / 100 ({band}). Los niveles: no preparada por debajo de {emerging}, emergente desde {emerging}, preparada desde {ready}, avanzada desde {advanced}. Cada dimensión se puntúa con las respuestas que le afectan; un «no lo sé» cuenta como respuesta débil. Las dimensiones por debajo de {ready} aparecen rayadas.</translation>
    </message>
    <message>
        <source>Overall {score}</source>
        <translation>Global {score}</translation>
    </message>
    <message>
        <source>Score out of 100</source>
        <translation>Puntuación sobre 100</translation>
    </message>
    <message>
        <source>Fit out of 100 (how well the path suits the answers)</source>
        <translation>Adecuación sobre 100 (cuánto se ajusta el enfoque a las respuestas)</translation>
    </message>
    <message>
        <source>How well each path suits the answers, from 0 to 100; the highest is recommended. Fit is not readiness: it compares the paths, while readiness measures the organisation.</source>
        <translation>Cuánto se ajusta cada enfoque a las respuestas, de 0 a 100; se recomienda el más alto. La adecuación no es la madurez: compara los enfoques, mientras que la madurez mide la organización.</translation>
    </message>
    <message>
        <source>Answered &quot;don&apos;t know&quot;: {questions}.</source>
        <translation>Respondidas con «no lo sé»: {questions}.</translation>
    </message>
    <message>
        <source>Why this path</source>
        <translation>Por qué este enfoque</translation>
    </message>
    <message>
        <source>Every rule that fired for these answers, with its points for each path it touches: the reasons for the recommended path first. The points add up to each path&apos;s total, which is scaled to the fit from 0 to 100.</source>
        <translation>Cada regla que se activó con estas respuestas, con sus puntos para cada enfoque al que afecta: primero las razones a favor del enfoque recomendado. Los puntos suman el total de cada enfoque, que se escala a la adecuación de 0 a 100.</translation>
    </message>
    <message>
        <source>Points in total</source>
        <translation>Puntos en total</translation>
    </message>
    <message>
        <source>Fit, scaled to 0 to 100</source>
        <translation>Adecuación, escalada de 0 a 100</translation>
    </message>
    <message>
        <source>What the organisation can do</source>
        <translation>Lo que puede hacer la organización</translation>
    </message>
    <message>
        <source>Changes within the organisation&apos;s control that would improve the advice.</source>
        <translation>Cambios que la organización controla y que mejorarían la recomendación.</translation>
    </message>
    <message>
        <source>It would make {path} the recommendation.</source>
        <translation>Haría de {path} la recomendación.</translation>
    </message>
    <message>
        <source>It would raise readiness to {band}.</source>
        <translation>La madurez subiría a «{band}».</translation>
    </message>
    <message>
        <source>What it takes: {effort}</source>
        <translation>Lo que requiere: {effort}</translation>
    </message>
    <message>
        <source>What the advice depends on</source>
        <translation>De qué depende la recomendación</translation>
    </message>
    <message>
        <source>The smallest changes of answers, of any kind, that would make another path the recommendation: if one of these answers is in doubt, so is the advice.</source>
        <translation>Los cambios más pequeños de respuestas, de cualquier tipo, que harían recomendar otro enfoque: si una de estas respuestas es dudosa, también lo es la recomendación.</translation>
    </message>
    <message>
        <source>Year-one cost of {path}: items and assumptions</source>
        <translation>Coste del primer año de {path}: partidas y supuestos</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Partida</translation>
    </message>
    <message>
        <source>Year one</source>
        <translation>Primer año</translation>
    </message>
    <message>
        <source>Assumption</source>
        <translation>Supuesto</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>The other paths, year one: {paths}.</source>
        <translation>Los otros enfoques, primer año: {paths}.</translation>
    </message>
    <message>
        <source>{path} {range}</source>
        <translation>{path} {range}</translation>
    </message>
    <message>
        <source>For auditors: the rules behind the advice</source>
        <translation>Para auditores: las reglas detrás de la recomendación</translation>
    </message>
    <message>
        <source>The rulebook&apos;s id of every rule behind a reason, blocker, risk and rule of law in this brief, to trace each one to its declaration and its source.</source>
        <translation>El identificador de cada regla del reglamento detrás de una razón, bloqueo, riesgo o norma jurídica de este informe, para rastrear cada una hasta su declaración y su fuente.</translation>
    </message>
    <message>
        <source>In this brief</source>
        <translation>En este informe</translation>
    </message>
    <message>
        <source>Rule id</source>
        <translation>ID de regla</translation>
    </message>
    <message>
        <source>Source id</source>
        <translation>ID de fuente</translation>
    </message>
    <message>
        <source>Reason {number}</source>
        <translation>Razón {number}</translation>
    </message>
    <message>
        <source>Blocker {number}</source>
        <translation>Bloqueo {number}</translation>
    </message>
    <message>
        <source>Risk {number}</source>
        <translation>Riesgo {number}</translation>
    </message>
    <message>
        <source>Rule of law {number}</source>
        <translation>Norma jurídica {number}</translation>
    </message>
    <message>
        <source>Cited for: {what}</source>
        <translation>Citado por: {what}</translation>
    </message>
    <message>
        <source>Peer-reviewed research</source>
        <translation>Investigación revisada por pares</translation>
    </message>
    <message>
        <source>Official guidance</source>
        <translation>Guías oficiales</translation>
    </message>
    <message>
        <source>Laws and rulings</source>
        <translation>Leyes y resoluciones</translation>
    </message>
    <message>
        <source>Industry and press reports</source>
        <translation>Informes del sector y de prensa</translation>
    </message>
    <message>
        <source>Practitioners&apos; essays</source>
        <translation>Ensayos de profesionales</translation>
    </message>
    <message>
        <source>Rules of thumb (the rulebook&apos;s own judgement)</source>
        <translation>Reglas prácticas (criterio propio del reglamento)</translation>
    </message>
    <message>
        <source>General Data Protection Regulation</source>
        <translation>Reglamento General de Protección de Datos (RGPD)</translation>
    </message>
    <message>
        <source>Artificial Intelligence Act</source>
        <translation>Reglamento de Inteligencia Artificial</translation>
    </message>
    <message>
        <source>EU AI Act</source>
        <translation>Reglamento de IA de la UE</translation>
    </message>
    <message>
        <source>GDPR</source>
        <translation>RGPD</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Verdict: {verdict}</source>
        <translation>Veredicto: {verdict}</translation>
    </message>
    <message>
        <source>Leads to: {path}</source>
        <translation>Lleva a: {path}</translation>
    </message>
    <message>
        <source>No change of one or two answers would change the recommendation.</source>
        <translation>Ningún cambio de una o dos respuestas cambiaría la recomendación.</translation>
    </message>
    <message>
        <source>Risks and next steps</source>
        <translation>Riesgos y próximos pasos</translation>
    </message>
    <message>
        <source>Risks to watch</source>
        <translation>Riesgos a vigilar</translation>
    </message>
    <message>
        <source>Next steps for {path}</source>
        <translation>Próximos pasos: {path}</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>By day {days}</source>
        <translation>Para el día {days}</translation>
    </message>
    <message>
        <source>Source: {source}</source>
        <translation>Fuente: {source}</translation>
    </message>
    <message>
        <source>Method and limits</source>
        <translation>Método y límites</translation>
    </message>
    <message>
        <source>How the scores are made</source>
        <translation>Cómo se calculan las puntuaciones</translation>
    </message>
    <message>
        <source>Fit: each rule of the rulebook that the answers trigger gives points to the paths it speaks for and takes points from those it speaks against, as the table of reasons shows. Each path&apos;s points are added up and scaled to 0 to 100; the path with the most is recommended. Fit compares the paths; it does not say whether the organisation is ready.</source>
        <translation>Adecuación: cada regla del reglamento que activan las respuestas da puntos a los enfoques que favorece y se los quita a los que desfavorece, como muestra la tabla de razones. Los puntos de cada enfoque se suman y se escalan de 0 a 100; se recomienda el que tiene más. La adecuación compara los enfoques; no dice si la organización está preparada.</translation>
    </message>
    <message>
        <source>Readiness: every answer scores the dimension it bears on, from 0 to 100, for what {path} needs; a &quot;don&apos;t know&quot; counts as a weak answer. The dimensions are weighted into one score: {weights}.</source>
        <translation>Madurez: cada respuesta puntúa la dimensión a la que afecta, de 0 a 100, según lo que necesita {path}; un «no lo sé» cuenta como respuesta débil. Las dimensiones se ponderan en una sola puntuación: {weights}.</translation>
    </message>
    <message>
        <source>{dimension} {percent}%</source>
        <translation>{dimension} {percent} %</translation>
    </message>
    <message>
        <source>The readiness bands</source>
        <translation>Los niveles de madurez</translation>
    </message>
    <message>
        <source>a score from {low} to {high}</source>
        <translation>una puntuación de {low} a {high}</translation>
    </message>
    <message>
        <source>Any blocker</source>
        <translation>Cualquier bloqueo</translation>
    </message>
    <message>
        <source>caps the band at emerging, whatever the score, until it is cleared</source>
        <translation>limita el nivel a «emergente», sea cual sea la puntuación, hasta que se resuelva</translation>
    </message>
    <message>
        <source>The verdicts</source>
        <translation>Los veredictos</translation>
    </message>
    <message>
        <source>start now: no blocker, and the band is above not ready.</source>
        <translation>empezar ya: ningún bloqueo, y el nivel está por encima de «no preparada».</translation>
    </message>
    <message>
        <source>start once the blockers are cleared: there is a blocker, and the band is above not ready.</source>
        <translation>empezar cuando se resuelvan los bloqueos: hay un bloqueo, y el nivel está por encima de «no preparada».</translation>
    </message>
    <message>
        <source>not ready for any machine learning project yet: the band is not ready.</source>
        <translation>aún no preparada para ningún proyecto de machine learning: el nivel es «no preparada».</translation>
    </message>
    <message>
        <source>do not build it: the use as described is a practice the EU AI Act prohibits.</source>
        <translation>no construirlo: el uso descrito es una práctica que prohíbe el Reglamento de IA de la UE.</translation>
    </message>
    <message>
        <source>What confidence means</source>
        <translation>Qué significa la confianza</translation>
    </message>
    <message>
        <source>Confidence says how far the advice can be relied on given the answers, not how good the project is. &quot;Don&apos;t know&quot; answers, paths that score close together and blockers lower it; it is never high when the band is not ready, when there is a blocker, or when three or more answers are &quot;don&apos;t know&quot;. For this brief: {note}</source>
        <translation>La confianza indica hasta qué punto se puede confiar en la recomendación según las respuestas, no lo bueno que es el proyecto. Las respuestas «no lo sé», los enfoques con puntuaciones parecidas y los bloqueos la reducen; nunca es alta cuando el nivel es «no preparada», cuando hay un bloqueo o cuando tres o más respuestas son «no lo sé». Para este informe: {note}</translation>
    </message>
    <message>
        <source>Costs and the rulebook</source>
        <translation>Costes y reglamento</translation>
    </message>
    <message>
        <source>Costs are year-one ranges in US dollars, for orientation, not quotes. They are built from the itemised assumptions in the appendix: people, computing, labelling and service fees at the answered volume.</source>
        <translation>Los costes son rangos del primer año en dólares estadounidenses, orientativos, no presupuestos. Se basan en los supuestos detallados en el anexo: personal, computación, etiquetado y tarifas de servicio al volumen indicado.</translation>
    </message>
    <message>
        <source>The advice comes from rulebook {version} ({date}). Every rule, threshold and price in it is declared with its source, and the references grade each source: peer-reviewed research, official guidance, regulation, industry reports, practitioner essays, and rules of thumb (thresholds that are the rulebook&apos;s own judgement). Regulation is stated as the rulebook knew it on that date.</source>
        <translation>La recomendación procede del reglamento {version} ({date}). Cada regla, umbral y precio se declara con su fuente, y las referencias clasifican cada fuente: investigación revisada por pares, guías oficiales, normativa, informes del sector, ensayos de profesionales y reglas prácticas (umbrales que son criterio propio del reglamento). La normativa se indica tal como el reglamento la conocía en esa fecha.</translation>
    </message>
    <message>
        <source>What this tool cannot judge</source>
        <translation>Lo que esta herramienta no puede juzgar</translation>
    </message>
    <message>
        <source>Whether the answers are right: the advice is only as good as they are.</source>
        <translation>Si las respuestas son correctas: la recomendación solo es tan buena como ellas.</translation>
    </message>
    <message>
        <source>The data itself: its labels, gaps and biases must be checked on the data, not on answers about it.</source>
        <translation>Los datos en sí: sus etiquetas, lagunas y sesgos deben comprobarse en los datos, no en respuestas sobre ellos.</translation>
    </message>
    <message>
        <source>The legal position: counsel must confirm how each rule applies, in every country where the system is used.</source>
        <translation>La situación jurídica: la asesoría jurídica debe confirmar cómo se aplica cada norma en cada país donde se use el sistema.</translation>
    </message>
    <message>
        <source>Vendors&apos; claims: any service, model or product must be measured on the organisation&apos;s own cases before it is trusted.</source>
        <translation>Las promesas de los proveedores: cualquier servicio, modelo o producto debe medirse con los casos propios de la organización antes de confiar en él.</translation>
    </message>
    <message>
        <source>The organisation&apos;s capacity for change, its politics, and whether this use case is worth more than other uses of the money.</source>
        <translation>La capacidad de cambio de la organización, su política interna y si este caso de uso vale más que otros usos del dinero.</translation>
    </message>
    <message>
        <source>Appendix: the answers</source>
        <translation>Anexo: las respuestas</translation>
    </message>
    <message>
        <source>Every question as it was asked, the answer given and the assessor&apos;s notes.</source>
        <translation>Cada pregunta tal como se formuló, la respuesta dada y las notas del evaluador.</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>The note continues for {count} more characters, not printed here; the assessment file keeps it whole.</source>
        <translation>La nota continúa {count} caracteres más, que no se imprimen aquí; el archivo de evaluación la conserva entera.</translation>
    </message>
    <message>
        <source>References</source>
        <translation>Referencias</translation>
    </message>
    <message>
        <source>The publications and guidance the rules in this brief stand on.</source>
        <translation>Las publicaciones y guías en las que se basan las reglas de este informe.</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Página {page} de {pages}</translation>
    </message>
    <message>
        <source>Rulebook {version}</source>
        <translation>Conjunto de reglas {version}</translation>
    </message>
    <message>
        <source>Prepared offline with dlready</source>
        <translation>Preparado sin conexión con dlready</translation>
    </message>
    <message>
        <source>AI path brief: {name}</source>
        <translation>Informe de enfoque de IA: {name}</translation>
    </message>
    <message>
        <source>Recommendation: {path}; readiness {score} / 100</source>
        <translation>Recomendación: {path}; madurez {score} / 100</translation>
    </message>
    <message>
        <source>AI readiness; machine learning; board brief</source>
        <translation>madurez en IA; machine learning; informe para el consejo</translation>
    </message>
    <message>
        <source>{day} {month} {year}</source>
        <translation>{day} de {month} de {year}</translation>
    </message>
    <message>
        <source>January</source>
        <translation>enero</translation>
    </message>
    <message>
        <source>February</source>
        <translation>febrero</translation>
    </message>
    <message>
        <source>March</source>
        <translation>marzo</translation>
    </message>
    <message>
        <source>April</source>
        <translation>abril</translation>
    </message>
    <message>
        <source>May</source>
        <translation>mayo</translation>
    </message>
    <message>
        <source>June</source>
        <translation>junio</translation>
    </message>
    <message>
        <source>July</source>
        <translation>julio</translation>
    </message>
    <message>
        <source>August</source>
        <translation>agosto</translation>
    </message>
    <message>
        <source>September</source>
        <translation>septiembre</translation>
    </message>
    <message>
        <source>October</source>
        <translation>octubre</translation>
    </message>
    <message>
        <source>November</source>
        <translation>noviembre</translation>
    </message>
    <message>
        <source>December</source>
        <translation>diciembre</translation>
    </message>
    <message>
        <source>The brief&apos;s font has no letters for {chars}: they will print as empty boxes and cannot be searched in the PDF.</source>
        <translation>La fuente del informe no tiene caracteres para {chars}: se imprimirán como cuadros vacíos y no se podrán buscar en el PDF.</translation>
    </message>
    <message>
        <source>The brief prints Arabic and Hebrew left to right, so these words will read backwards: {chars}.</source>
        <translation>El informe imprime el árabe y el hebreo de izquierda a derecha, así que estas palabras se leerán al revés: {chars}.</translation>
    </message>
</context>
<context>
    <name>caps</name>
    <message>
        <source>Without a use case the organisation is not ready</source>
        <translation>Sin un caso de uso, la organización no está preparada</translation>
    </message>
    <message>
        <source>Without data the organisation is not ready</source>
        <translation>Sin datos, la organización no está preparada</translation>
    </message>
</context>
<context>
    <name>confidence</name>
    <message>
        <source>Low confidence: {why}.</source>
        <translation>Confianza baja: {why}.</translation>
    </message>
    <message>
        <source>Medium confidence: {why}.</source>
        <translation>Confianza media: {why}.</translation>
    </message>
    <message>
        <source>High confidence: {why}.</source>
        <translation>Confianza alta: {why}.</translation>
    </message>
    <message>
        <source>the use as described is prohibited, so no path is recommended</source>
        <translation>el uso tal como se describe está prohibido, así que no se recomienda ningún camino</translation>
    </message>
    <message>
        <source>the organisation is not ready for a machine learning project yet</source>
        <translation>la organización aún no está preparada para un proyecto de machine learning</translation>
    </message>
    <message>
        <source>{unknown} of {total} questions are answered “don&apos;t know”</source>
        <translation>{unknown} de {total} preguntas tienen la respuesta «No lo sé»</translation>
    </message>
    <message>
        <source>{path} fits almost as well</source>
        <translation>{path} encaja casi igual de bien</translation>
    </message>
    <message>
        <source>{path} is only {margin} points behind</source>
        <translation>{path} está solo {margin} puntos por detrás</translation>
    </message>
    <message>
        <source>the blockers must be cleared first ({actions})</source>
        <translation>primero hay que resolver los obstáculos ({actions})</translation>
    </message>
    <message>
        <source>“{question}” is unknown, and its answer could change the path</source>
        <translation>«{question}» es desconocido, y su respuesta podría cambiar el camino</translation>
    </message>
    <message>
        <source>the answers are complete and point one way</source>
        <translation>las respuestas están completas y apuntan en una dirección</translation>
    </message>
    <message>
        <source>on this much tabular or time-series data, with a team that runs deep networks, deep models are a real contender: compare them with boosting on the same held-out period</source>
        <translation>con tantos datos tabulares o series temporales y un equipo que opera redes profundas, los modelos profundos son un rival real: compárelos con boosting en el mismo periodo reservado</translation>
    </message>
    <message>
        <source>vision on devices with large data: a compact network of your own and an adapted pretrained one are both defensible; measure both on the device</source>
        <translation>visión en dispositivos con muchos datos: una red compacta propia y una preentrenada adaptada son ambas defendibles; mida las dos en el dispositivo</translation>
    </message>
    <message>
        <source>a new task with hundreds of thousands of examples: adapting a pretrained model and training your own are both defensible</source>
        <translation>una tarea nueva con cientos de miles de ejemplos: adaptar un modelo preentrenado y entrenar uno propio son ambas opciones defendibles</translation>
    </message>
    <message>
        <source>the right answers are past decisions about people, so whether any model may be trusted depends on the bias audit</source>
        <translation>las respuestas correctas son decisiones pasadas sobre personas, así que si se puede confiar en un modelo depende de la auditoría de sesgos</translation>
    </message>
    <message>
        <source>in clinical use, whether a model helps patients is known only after validation on your own patients, group by group</source>
        <translation>en uso clínico, solo se sabe si un modelo ayuda a los pacientes tras validarlo con sus propios pacientes, grupo por grupo</translation>
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
        <translation>Cómputo</translation>
    </message>
    <message>
        <source>Labelling</source>
        <translation>Etiquetado</translation>
    </message>
    <message>
        <source>Service and model fees</source>
        <translation>Tarifas de servicio y de modelo</translation>
    </message>
    <message>
        <source>Serving</source>
        <translation>Servicio de predicciones</translation>
    </message>
    <message>
        <source>Operations</source>
        <translation>Operación</translation>
    </message>
    <message>
        <source>Compliance</source>
        <translation>Cumplimiento normativo</translation>
    </message>
    <message>
        <source>{fte} of a year of {role} at ${low}–${high} a year, fully loaded</source>
        <translation>{fte} año-persona ({role}) a {low}–{high} USD al año, coste completo</translation>
    </message>
    <message>
        <source>; the skills are not in house, so contractors or hires cost about {factor} times more</source>
        <translation>; las capacidades no están en casa, así que contratistas o contrataciones cuestan unas {factor} veces más</translation>
    </message>
    <message>
        <source>{hours} GPU-hours rented at ${low}–${high} an hour</source>
        <translation>{hours} horas de GPU alquiladas a {low}–{high} USD la hora</translation>
    </message>
    <message>
        <source>cloud machines for training and experiments</source>
        <translation>máquinas en la nube para entrenamiento y experimentos</translation>
    </message>
    <message>
        <source>{count} examples to label at ${low}–${high} each ({who})</source>
        <translation>{count} ejemplos que etiquetar a {low}–{high} USD cada uno ({who})</translation>
    </message>
    <message>
        <source>the examples are already labelled</source>
        <translation>los ejemplos ya están etiquetados</translation>
    </message>
    <message>
        <source>an evaluation set of {count} examples checked at ${low}–${high} each ({who})</source>
        <translation>un conjunto de evaluación de {count} ejemplos revisados a {low}–{high} USD cada uno ({who})</translation>
    </message>
    <message>
        <source>{requests} requests a month for {months} months at ${low}–${high} each</source>
        <translation>{requests} peticiones al mes durante {months} meses a {low}–{high} USD cada una</translation>
    </message>
    <message>
        <source>hosting, monitoring and logging for one model</source>
        <translation>alojamiento, supervisión y registro para un modelo</translation>
    </message>
    <message>
        <source>; machines of your own, as the data must stay on premises</source>
        <translation>; máquinas propias, ya que los datos deben quedarse en casa</translation>
    </message>
    <message>
        <source>counsel and documentation for the rules that apply</source>
        <translation>asesoría jurídica y documentación para las normas aplicables</translation>
    </message>
    <message>
        <source>conformity work, audits and counsel for a high-risk use or a medical device</source>
        <translation>trabajo de conformidad, auditorías y asesoría jurídica para un uso de alto riesgo o un producto sanitario</translation>
    </message>
    <message>
        <source>a data scientist</source>
        <translation>científico de datos</translation>
    </message>
    <message>
        <source>an engineer building on pretrained models</source>
        <translation>ingeniero que trabaja con modelos preentrenados</translation>
    </message>
    <message>
        <source>deep learning engineers</source>
        <translation>ingenieros de deep learning</translation>
    </message>
    <message>
        <source>any staff or crowd workers</source>
        <translation>cualquier empleado o trabajadores de crowdsourcing</translation>
    </message>
    <message>
        <source>trained staff</source>
        <translation>personal formado</translation>
    </message>
    <message>
        <source>experts</source>
        <translation>expertos</translation>
    </message>
    <message>
        <source>labellers not yet known</source>
        <translation>etiquetadores aún por decidir</translation>
    </message>
    <message>
        <source>within the budget</source>
        <translation>dentro del presupuesto</translation>
    </message>
    <message>
        <source>within the budget at the low end, over it at the high end</source>
        <translation>dentro del presupuesto en el extremo bajo, por encima en el alto</translation>
    </message>
    <message>
        <source>over the budget even at the low end</source>
        <translation>por encima del presupuesto incluso en el extremo bajo</translation>
    </message>
    <message>
        <source>needs about twice the budget</source>
        <translation>necesita aproximadamente el doble del presupuesto</translation>
    </message>
    <message>
        <source>needs about {times} times the budget</source>
        <translation>necesita unas {times} veces el presupuesto</translation>
    </message>
    <message>
        <source>no budget was given to compare with</source>
        <translation>no se indicó un presupuesto con el que comparar</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>dlready assessments (*.dlready)</source>
        <translation>Evaluaciones de dlready (*.dlready)</translation>
    </message>
    <message>
        <source>&amp;Copy the Path</source>
        <translation>&amp;Copiar la ruta</translation>
    </message>
    <message>
        <source>dlready kept a copy of the version saved before ({time}). Open that copy instead?</source>
        <translation>dlready conservó una copia de la versión guardada anteriormente ({time}). ¿Abrir esa copia en su lugar?</translation>
    </message>
    <message>
        <source>Cannot open the assessment</source>
        <translation>No se puede abrir la evaluación</translation>
    </message>
    <message>
        <source>The answers for “{name}” have changed since they were saved. Save them first?</source>
        <translation>Las respuestas de «{name}» han cambiado desde que se guardaron. ¿Guardarlas primero?</translation>
    </message>
    <message>
        <source>These answers have not been saved. Save them first?</source>
        <translation>Estas respuestas no se han guardado. ¿Guardarlas primero?</translation>
    </message>
    <message>
        <source>Unsaved answers</source>
        <translation>Respuestas sin guardar</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Guardar</translation>
    </message>
    <message>
        <source>&amp;Discard</source>
        <translation>&amp;Descartar</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Cancelar</translation>
    </message>
    <message>
        <source>Restore unsaved answers?</source>
        <translation>¿Restaurar las respuestas sin guardar?</translation>
    </message>
    <message>
        <source>dlready did not close normally last time, and some answers were not saved. A recovery copy was kept.</source>
        <translation>dlready no se cerró correctamente la última vez y algunas respuestas no se habían guardado. Se conservó una copia de recuperación.</translation>
    </message>
    <message>
        <source>Assessment: {name}, last changed {time}.</source>
        <translation>Evaluación: {name}, modificada por última vez el {time}.</translation>
    </message>
    <message>
        <source>untitled</source>
        <translation>sin título</translation>
    </message>
    <message>
        <source>They belong to {file}.</source>
        <translation>Pertenecen a {file}.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Restaurar</translation>
    </message>
    <message>
        <source>&amp;Delete the copy</source>
        <translation>&amp;Borrar la copia</translation>
    </message>
    <message>
        <source>&amp;Not now</source>
        <translation>&amp;Ahora no</translation>
    </message>
    <message>
        <source>Open an assessment</source>
        <translation>Abrir una evaluación</translation>
    </message>
    <message>
        <source>Save the assessment</source>
        <translation>Guardar la evaluación</translation>
    </message>
    <message>
        <source>assessment</source>
        <translation>evaluacion</translation>
    </message>
</context>
<context>
    <name>errors</name>
    <message>
        <source>{path}: no .dlready files in this folder.</source>
        <translation>{path}: no hay archivos .dlready en esta carpeta.</translation>
    </message>
    <message>
        <source>The file is empty; expected a dlready assessment (JSON).</source>
        <translation>El archivo está vacío; se esperaba una evaluación de dlready (JSON).</translation>
    </message>
    <message>
        <source>The file is not valid JSON (line {line}, column {column}: {problem}).</source>
        <translation>El archivo no es un JSON válido (línea {line}, columna {column}: {problem}).</translation>
    </message>
    <message>
        <source>The file holds a JSON {type}; expected an object with &quot;format&quot;: &quot;{format}&quot;.</source>
        <translation>El archivo contiene un {type} JSON; se esperaba un objeto con &quot;format&quot;: &quot;{format}&quot;.</translation>
    </message>
    <message>
        <source>Field &apos;format&apos; is {value}; expected &quot;{format}&quot; (this is not a dlready assessment).</source>
        <translation>El campo &apos;format&apos; es {value}; se esperaba &quot;{format}&quot; (esto no es una evaluación de dlready).</translation>
    </message>
    <message>
        <source>Field &apos;{field}&apos; is {value}; expected text.</source>
        <translation>El campo &apos;{field}&apos; es {value}; se esperaba texto.</translation>
    </message>
    <message>
        <source>Field &apos;version&apos; is {value}; expected a whole number from 1 to {last}.</source>
        <translation>El campo &apos;version&apos; es {value}; se esperaba un número entero de 1 a {last}.</translation>
    </message>
    <message>
        <source>The file is format version {version}, newer than version {last} that this dlready reads; open it with a newer dlready.</source>
        <translation>El archivo tiene la versión de formato {version}, posterior a la versión {last} que lee este dlready; ábralo con una versión más reciente de dlready.</translation>
    </message>
    <message>
        <source>Field &apos;{field}&apos; is a JSON {type}; expected an object.</source>
        <translation>El campo &apos;{field}&apos; es un {type} JSON; se esperaba un objeto.</translation>
    </message>
    <message>
        <source>Field &apos;answers&apos; is a JSON {type}; expected an object of question ids and option values.</source>
        <translation>El campo &apos;answers&apos; es un {type} JSON; se esperaba un objeto de identificadores de pregunta y valores de opción.</translation>
    </message>
    <message>
        <source>Field &apos;participants&apos; is a JSON {type}; expected an object of participants&apos; names and their answers.</source>
        <translation>El campo &apos;participants&apos; es un {type} JSON; se esperaba un objeto con los nombres de los participantes y sus respuestas.</translation>
    </message>
    <message>
        <source>A participant has an empty name.</source>
        <translation>Un participante tiene el nombre vacío.</translation>
    </message>
    <message>
        <source>Unknown field {value}; a participant has &apos;answers&apos; and &apos;notes&apos;.</source>
        <translation>Campo desconocido {value}; un participante tiene &apos;answers&apos; y &apos;notes&apos;.</translation>
    </message>
    <message>
        <source>Unknown question id {value} in &apos;{field}&apos;; known ids: {known}.</source>
        <translation>Identificador de pregunta desconocido {value} en &apos;{field}&apos;; identificadores conocidos: {known}.</translation>
    </message>
    <message>
        <source>Question &apos;{question}&apos; has the value {value}; allowed values: {allowed}.</source>
        <translation>La pregunta &apos;{question}&apos; tiene el valor {value}; valores permitidos: {allowed}.</translation>
    </message>
    <message>
        <source>Field &apos;notes&apos; is a JSON {type}; expected an object of question ids and text.</source>
        <translation>El campo &apos;notes&apos; es un {type} JSON; se esperaba un objeto de identificadores de pregunta y texto.</translation>
    </message>
    <message>
        <source>{path}: no such file.</source>
        <translation>{path}: el archivo no existe.</translation>
    </message>
    <message>
        <source>{path}: is a folder, not an assessment file.</source>
        <translation>{path}: es una carpeta, no un archivo de evaluación.</translation>
    </message>
    <message>
        <source>{path}: cannot be read ({reason}).</source>
        <translation>{path}: no se puede leer ({reason}).</translation>
    </message>
    <message>
        <source>{path}: is not UTF-8 text (byte {byte}); expected a dlready assessment.</source>
        <translation>{path}: no es texto UTF-8 (byte {byte}); se esperaba una evaluación de dlready.</translation>
    </message>
    <message>
        <source>{path}: {problem}</source>
        <translation>{path}: {problem}</translation>
    </message>
    <message>
        <source>No file name was given.</source>
        <translation>No se ha indicado ningún nombre de archivo.</translation>
    </message>
    <message>
        <source>{path}: is not a regular file (a folder, device or pipe); dlready writes only files.</source>
        <translation>{path}: no es un archivo normal (una carpeta, un dispositivo o una tubería); dlready solo escribe archivos.</translation>
    </message>
    <message>
        <source>{path}: is also an input of this command; choose another file for the output.</source>
        <translation>{path}: también es una entrada de este comando; elija otro archivo para la salida.</translation>
    </message>
    <message>
        <source>Participant {name}: {problem}</source>
        <translation>Participante {name}: {problem}</translation>
    </message>
    <message>
        <source>The files are for different organisations ({values}); merge them with --force if they belong together.</source>
        <translation>Los archivos son de organizaciones distintas ({values}); combínelos con --force si van juntos.</translation>
    </message>
    <message>
        <source>The files are for different projects ({values}); merge them with --force if they belong together.</source>
        <translation>Los archivos son de proyectos distintos ({values}); combínelos con --force si van juntos.</translation>
    </message>
    <message>
        <source>{path}: is one of the inputs; merging never changes an input, choose another -o.</source>
        <translation>{path}: es uno de los archivos de entrada; la combinación nunca cambia una entrada, elija otro -o.</translation>
    </message>
    <message>
        <source>{path}: cannot be written ({reason}).</source>
        <translation>{path}: no se puede escribir ({reason}).</translation>
    </message>
    <message>
        <source>Say where to write the portfolio (-o OUT.pdf), or ask for --csv.</source>
        <translation>Indique dónde escribir la cartera (-o OUT.pdf) o pida --csv.</translation>
    </message>
    <message>
        <source>{path}: is not a folder.</source>
        <translation>{path}: no es una carpeta.</translation>
    </message>
    <message>
        <source>{path}: a screenshot is a PNG image; give a name ending in .png.</source>
        <translation>{path}: una captura de pantalla es una imagen PNG; indique un nombre que termine en .png.</translation>
    </message>
    <message>
        <source>{option}: {value} is not valid text (it holds bytes that are not UTF-8).</source>
        <translation>{option}: {value} no es un texto válido (contiene bytes que no son UTF-8).</translation>
    </message>
    <message>
        <source>{path}: is not a regular file (a device, pipe or socket); dlready reads only files.</source>
        <translation>{path}: no es un archivo normal (un dispositivo, una tubería o un socket); dlready solo lee archivos.</translation>
    </message>
    <message>
        <source>{path}: is larger than {limit} MB; an assessment is a few kilobytes.</source>
        <translation>{path}: ocupa más de {limit} MB; una evaluación ocupa unos pocos kilobytes.</translation>
    </message>
    <message>
        <source>The file nests objects and arrays more than {limit} deep; an assessment nests 2.</source>
        <translation>El archivo anida objetos y matrices a más de {limit} niveles; una evaluación tiene 2.</translation>
    </message>
    <message>
        <source>The file holds a number of more than {limit} digits.</source>
        <translation>El archivo contiene un número de más de {limit} cifras.</translation>
    </message>
    <message>
        <source>The file holds the value {value}, which is not a number JSON allows.</source>
        <translation>El archivo contiene el valor {value}, que no es un número que JSON admita.</translation>
    </message>
    <message>
        <source>The file holds text that is not valid Unicode ({value}, half of a character).</source>
        <translation>El archivo contiene texto que no es Unicode válido ({value}, la mitad de un carácter).</translation>
    </message>
    <message>
        <source>{path}: the brief was not written.</source>
        <translation>{path}: el informe no se ha escrito.</translation>
    </message>
    <message>
        <source>{name}: the logo is not a readable PNG or JPEG image.</source>
        <translation>{name}: el logotipo no es una imagen PNG o JPEG legible.</translation>
    </message>
    <message>
        <source>{name}: the logo is not a regular file of at most {limit} MB.</source>
        <translation>{name}: el logotipo no es un archivo normal de {limit} MB como máximo.</translation>
    </message>
    <message>
        <source>{name}: the logo cannot be read ({reason}).</source>
        <translation>{name}: no se puede leer el logotipo ({reason}).</translation>
    </message>
    <message>
        <source>{name}: the logo has more pixels than the {limit} million a logo may have.</source>
        <translation>{name}: el logotipo tiene más píxeles que los {limit} millones permitidos para un logotipo.</translation>
    </message>
</context>
<context>
    <name>export</name>
    <message>
        <source>Export the PDF brief</source>
        <translation>Exportar el informe PDF</translation>
    </message>
    <message>
        <source>PDF file</source>
        <translation>Archivo PDF</translation>
    </message>
    <message>
        <source>Consultant&apos;s name</source>
        <translation>Nombre del consultor</translation>
    </message>
    <message>
        <source>Shown on the cover; leave empty for none</source>
        <translation>Aparece en la portada; déjelo vacío si no hay</translation>
    </message>
    <message>
        <source>Logo image</source>
        <translation>Imagen del logotipo</translation>
    </message>
    <message>
        <source>A PNG or JPEG for the cover; leave empty for none</source>
        <translation>Un PNG o JPEG para la portada; déjelo vacío si no hay</translation>
    </message>
    <message>
        <source>&amp;PDF file:</source>
        <translation>Archivo &amp;PDF:</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>E&amp;xaminar…</translation>
    </message>
    <message>
        <source>&amp;Consultant:</source>
        <translation>&amp;Consultor:</translation>
    </message>
    <message>
        <source>Mark the brief &amp;confidential on every page</source>
        <translation>Marcar el informe como &amp;confidencial en cada página</translation>
    </message>
    <message>
        <source>&amp;Number a workshop&apos;s participants instead of naming them</source>
        <translation>&amp;Numerar a los participantes de un taller en lugar de nombrarlos</translation>
    </message>
    <message>
        <source>&amp;Logo:</source>
        <translation>&amp;Logotipo:</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>E&amp;legir…</translation>
    </message>
    <message>
        <source>&amp;Export</source>
        <translation>&amp;Exportar</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documentos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Choose a logo</source>
        <translation>Elegir un logotipo</translation>
    </message>
    <message>
        <source>Writing the PDF brief…</source>
        <translation>Generando el informe PDF…</translation>
    </message>
    <message>
        <source>The PDF brief is ready</source>
        <translation>El informe PDF está listo</translation>
    </message>
    <message>
        <source>The brief was written to {file}. Open it now?</source>
        <translation>El informe se guardó en {file}. ¿Abrirlo ahora?</translation>
    </message>
    <message>
        <source>No PDF viewer found</source>
        <translation>No se encontró ningún visor de PDF</translation>
    </message>
    <message>
        <source>No program to show PDF files was found on this computer. The brief is saved here; copy the path to open it elsewhere:</source>
        <translation>No se encontró en este equipo ningún programa para mostrar archivos PDF. El informe está guardado aquí; copie la ruta para abrirlo en otro lugar:</translation>
    </message>
</context>
<context>
    <name>fileerrors</name>
    <message>
        <source>Line {line} reads: {text}</source>
        <translation>La línea {line} dice: {text}</translation>
    </message>
    <message>
        <source>{file} is damaged at line {line}: it is not written the way dlready writes its files, so it cannot be read.</source>
        <translation>{file} está dañado en la línea {line}: no está escrito como dlready escribe sus archivos, así que no se puede leer.</translation>
    </message>
    <message>
        <source>In {file}, the answer to “{question}” is “{value}”, which is not one of its options: {options}.</source>
        <translation>En {file}, la respuesta a «{question}» es «{value}», que no es una de sus opciones: {options}.</translation>
    </message>
    <message>
        <source>{file} answers a question this version of dlready does not ask (“{value}”): it may come from a newer version, or have been edited by hand.</source>
        <translation>{file} responde a una pregunta que esta versión de dlready no hace («{value}»): puede venir de una versión más reciente o haberse editado a mano.</translation>
    </message>
</context>
<context>
    <name>glossary</name>
    <message>
        <source>Labelled examples</source>
        <translation>Ejemplos etiquetados</translation>
    </message>
    <message>
        <source>Past cases together with the right answer, such as invoices with the amount typed in or images marked “defect”: what a model learns from.</source>
        <translation>Casos pasados junto con la respuesta correcta, como facturas con el importe tecleado o imágenes marcadas como «defecto»: de ellos aprende un modelo.</translation>
    </message>
    <message>
        <source>Classical machine learning</source>
        <translation>Aprendizaje automático clásico</translation>
    </message>
    <message>
        <source>Models such as gradient boosting or linear regression that learn from features in a table; fast, cheap and often the best choice for business data.</source>
        <translation>Modelos como gradient boosting o la regresión lineal, que aprenden de las columnas de una tabla; rápidos, baratos y a menudo la mejor opción para datos de negocio.</translation>
    </message>
    <message>
        <source>Deep learning</source>
        <translation>Aprendizaje profundo (deep learning)</translation>
    </message>
    <message>
        <source>Large neural networks that learn their own features from raw text, images or sound; they need more data, computing power and skills.</source>
        <translation>Grandes redes neuronales que aprenden sus propias características a partir de texto, imágenes o sonido en bruto; necesitan más datos, potencia de cálculo y conocimientos.</translation>
    </message>
    <message>
        <source>Pretrained model</source>
        <translation>Modelo preentrenado</translation>
    </message>
    <message>
        <source>A model someone else has already trained on a large collection of data, ready to be used or adapted.</source>
        <translation>Un modelo que otra persona ya ha entrenado con una gran colección de datos, listo para usarse o adaptarse.</translation>
    </message>
    <message>
        <source>Foundation model</source>
        <translation>Modelo fundacional</translation>
    </message>
    <message>
        <source>A very large pretrained model (for text, images or both) that can do many tasks when instructed, such as the models behind chat assistants.</source>
        <translation>Un modelo preentrenado muy grande (para texto, imágenes o ambos) que puede realizar muchas tareas cuando se le indica, como los modelos detrás de los asistentes de chat.</translation>
    </message>
    <message>
        <source>Transfer learning</source>
        <translation>Aprendizaje por transferencia</translation>
    </message>
    <message>
        <source>Starting from a pretrained model and teaching it your task with a few hundred or thousand of your own examples.</source>
        <translation>Partir de un modelo preentrenado y enseñarle su tarea con unos cientos o miles de ejemplos propios.</translation>
    </message>
    <message>
        <source>Fine-tuning</source>
        <translation>Ajuste fino (fine-tuning)</translation>
    </message>
    <message>
        <source>Training a pretrained model a little further on your own examples, so it fits your task, terms and style.</source>
        <translation>Entrenar un poco más un modelo preentrenado con sus propios ejemplos para que se ajuste a su tarea, sus términos y su estilo.</translation>
    </message>
    <message>
        <source>Retrieval</source>
        <translation>Recuperación (retrieval)</translation>
    </message>
    <message>
        <source>Looking up the relevant passages in your own documents and giving them to a model with the question, so that its answer rests on your sources (retrieval-augmented generation).</source>
        <translation>Buscar los pasajes relevantes en sus propios documentos y dárselos a un modelo junto con la pregunta, para que su respuesta se base en sus fuentes (generación aumentada por recuperación).</translation>
    </message>
    <message>
        <source>API</source>
        <translation>API (interfaz de programación)</translation>
    </message>
    <message>
        <source>A service reached over the internet that a program calls, for example to read a document or translate a text; paid per use.</source>
        <translation>Un servicio accesible por internet al que llama un programa, por ejemplo para leer un documento o traducir un texto; se paga por uso.</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Referencia (baseline)</translation>
    </message>
    <message>
        <source>The simple method used today (a rule, last year&apos;s average, a person&apos;s judgement) that a model has to beat to be worth it.</source>
        <translation>El método sencillo que se usa hoy (una regla, la media del año pasado, el criterio de una persona) que un modelo debe superar para que valga la pena.</translation>
    </message>
    <message>
        <source>Data drift</source>
        <translation>Deriva de los datos</translation>
    </message>
    <message>
        <source>The data changing over time, so that a model trained on the past gets worse unless it is checked and retrained.</source>
        <translation>Los datos cambian con el tiempo, de modo que un modelo entrenado con el pasado empeora si no se vigila y se vuelve a entrenar.</translation>
    </message>
    <message>
        <source>Explainability</source>
        <translation>Explicabilidad</translation>
    </message>
    <message>
        <source>Being able to say why a model gave a particular answer, which customers, auditors and regulators may ask for.</source>
        <translation>Poder explicar por qué un modelo dio una respuesta concreta, algo que pueden pedir clientes, auditores y reguladores.</translation>
    </message>
    <message>
        <source>MLOps</source>
        <translation>MLOps (operación de modelos)</translation>
    </message>
    <message>
        <source>The work of running models in daily use: deploying, monitoring, retraining and keeping track of versions.</source>
        <translation>El trabajo de mantener los modelos en uso diario: desplegar, supervisar, reentrenar y llevar el control de versiones.</translation>
    </message>
</context>
<context>
    <name>headline</name>
    <message>
        <source>do not build deep learning</source>
        <translation>no construir deep learning</translation>
    </message>
    <message>
        <source>do not build a model from scratch</source>
        <translation>no construir un modelo desde cero</translation>
    </message>
    <message>
        <source>ship it only if it beats a strong pretrained baseline</source>
        <translation>desplegarlo solo si supera una referencia preentrenada sólida</translation>
    </message>
    <message>
        <source>Fund a 90-day pilot of {pilot}; {guard}</source>
        <translation>Financiar un piloto de 90 días {pilot}; {guard}</translation>
    </message>
    <message>
        <source>First {action}, then fund a 90-day pilot of {pilot}; {guard}</source>
        <translation>Primero {action}, después financiar un piloto de 90 días {pilot}; {guard}</translation>
    </message>
    <message>
        <source>Do not fund a machine learning project yet: first {action}, and start with {pilot}</source>
        <translation>No financiar aún un proyecto de machine learning: primero {action}, y empezar con {pilot}</translation>
    </message>
    <message>
        <source>Do not build this: the use as described is a practice the EU AI Act prohibits</source>
        <translation>No construirlo: el uso tal como se describe es una práctica que el Reglamento de IA de la UE prohíbe</translation>
    </message>
    <message>
        <source>build the basics: data, skills and a sponsor</source>
        <translation>sentar las bases: datos, capacidades y un patrocinador</translation>
    </message>
</context>
<context>
    <name>help</name>
    <message>
        <source>Fill in the organisation and the project on the first page, or open a saved assessment.</source>
        <translation>Escriba la organización y el proyecto en la primera página, o abra una evaluación guardada.</translation>
    </message>
    <message>
        <source>Answer the questions section by section. “Don&apos;t know” is a fine answer: the advice then says how sure it is.</source>
        <translation>Responda a las preguntas sección por sección. «No lo sé» es una buena respuesta: la recomendación indica entonces su grado de certeza.</translation>
    </message>
    <message>
        <source>The list on the left shows each section&apos;s state; click one to go there, or click Results at any time.</source>
        <translation>La lista de la izquierda muestra el estado de cada sección; haga clic en una para ir a ella, o en Resultados en cualquier momento.</translation>
    </message>
    <message>
        <source>Before the results, a review lists the questions skipped or answered “Don&apos;t know”, one click from each.</source>
        <translation>Antes de los resultados, un resumen enumera las preguntas omitidas o respondidas «No lo sé», cada una a un clic.</translation>
    </message>
    <message>
        <source>On the results page, try a lever to see how the advice would change, then undo it; export the PDF brief for the board.</source>
        <translation>En la página de resultados, pruebe una palanca para ver cómo cambiaría la recomendación y luego deshágala; exporte el informe PDF para la dirección.</translation>
    </message>
    <message>
        <source>In a workshop: View › Presentation Mode (F11) for large type on a projector, Esc to leave it; Ctrl+Q quits.</source>
        <translation>En un taller: Ver › Modo presentación (F11) para letra grande en el proyector, Esc para salir de él; Ctrl+Q cierra el programa.</translation>
    </message>
    <message>
        <source>How to use dlready</source>
        <translation>Cómo usar dlready</translation>
    </message>
    <message>
        <source>Glossary</source>
        <translation>Glosario</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licencias</translation>
    </message>
    <message>
        <source>Is deep learning the right tool? A readiness check for one use case, offline.</source>
        <translation>¿Es el deep learning la herramienta adecuada? Una evaluación de preparación para un caso de uso, sin conexión.</translation>
    </message>
    <message>
        <source>Rulebook version {version} (the year and month its rules and sources were last reviewed).</source>
        <translation>Versión del reglamento {version} (el año y el mes de la última revisión de sus reglas y fuentes).</translation>
    </message>
    <message>
        <source>Guide</source>
        <translation>Guía</translation>
    </message>
    <message>
        <source>About dlready</source>
        <translation>Acerca de dlready</translation>
    </message>
</context>
<context>
    <name>labels</name>
    <message>
        <source>Not ready</source>
        <translation>No preparada</translation>
    </message>
    <message>
        <source>Emerging</source>
        <translation>Emergente</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Preparada</translation>
    </message>
    <message>
        <source>Advanced</source>
        <translation>Avanzada</translation>
    </message>
    <message>
        <source>Low confidence</source>
        <translation>Confianza baja</translation>
    </message>
    <message>
        <source>Medium confidence</source>
        <translation>Confianza media</translation>
    </message>
    <message>
        <source>High confidence</source>
        <translation>Confianza alta</translation>
    </message>
    <message>
        <source>Strategy</source>
        <translation>Estrategia</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Infrastructure</source>
        <translation>Infraestructura</translation>
    </message>
    <message>
        <source>Governance</source>
        <translation>Gobernanza</translation>
    </message>
    <message>
        <source>Stop: the use as described is prohibited</source>
        <translation>Parar: el uso tal como se describe está prohibido</translation>
    </message>
    <message>
        <source>Not yet: not ready for a machine learning project</source>
        <translation>Todavía no: sin preparación para un proyecto de machine learning</translation>
    </message>
    <message>
        <source>Fix first: start once the blockers are cleared</source>
        <translation>Primero resolver: empezar cuando se resuelvan los obstáculos</translation>
    </message>
    <message>
        <source>Go: start now</source>
        <translation>Adelante: empezar ya</translation>
    </message>
    <message>
        <source>high</source>
        <translation>alto</translation>
    </message>
    <message>
        <source>medium</source>
        <translation>medio</translation>
    </message>
    <message>
        <source>low</source>
        <translation>bajo</translation>
    </message>
    <message>
        <source>Sponsor</source>
        <translation>Patrocinador</translation>
    </message>
    <message>
        <source>Data owner</source>
        <translation>Responsable de los datos</translation>
    </message>
    <message>
        <source>ML lead</source>
        <translation>Responsable de ML</translation>
    </message>
    <message>
        <source>Legal</source>
        <translation>Jurídico</translation>
    </message>
    <message>
        <source>IT</source>
        <translation>TI</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>Day 30</source>
        <translation>Día 30</translation>
    </message>
    <message>
        <source>Day 60</source>
        <translation>Día 60</translation>
    </message>
    <message>
        <source>Day 90</source>
        <translation>Día 90</translation>
    </message>
    <message>
        <source>Stop</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Todavía no</translation>
    </message>
    <message>
        <source>Fix first</source>
        <translation>Resolver primero</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Adelante</translation>
    </message>
</context>
<context>
    <name>levers</name>
    <message>
        <source>a few weeks to agree which problem to solve</source>
        <translation>unas semanas para acordar qué problema resolver</translation>
    </message>
    <message>
        <source>a workshop of one or two weeks to agree the KPI and today&apos;s baseline</source>
        <translation>un taller de una o dos semanas para acordar el KPI y la referencia actual</translation>
    </message>
    <message>
        <source>weeks: brief an executive on the case</source>
        <translation>semanas: presentar el caso a un directivo</translation>
    </message>
    <message>
        <source>weeks: an executive who owns the outcome and agrees the budget</source>
        <translation>semanas: un directivo responsable del resultado que aprueba el presupuesto</translation>
    </message>
    <message>
        <source>months: start collecting the data</source>
        <translation>meses: empezar a recoger los datos</translation>
    </message>
    <message>
        <source>one to three months of integration to bring the data into one place</source>
        <translation>de uno a tres meses de integración para reunir los datos en un solo lugar</translation>
    </message>
    <message>
        <source>label a first share of the examples ({who})</source>
        <translation>etiquetar una primera parte de los ejemplos ({who})</translation>
    </message>
    <message>
        <source>label the remaining examples ({who})</source>
        <translation>etiquetar los ejemplos restantes ({who})</translation>
    </message>
    <message>
        <source>days: a cloud account, with GPUs rented by the hour when needed</source>
        <translation>días: una cuenta en la nube, con GPU alquiladas por horas cuando haga falta</translation>
    </message>
    <message>
        <source>weeks: reserve or buy dedicated GPUs</source>
        <translation>semanas: reservar o comprar GPU dedicadas</translation>
    </message>
    <message>
        <source>months: train or hire an analyst</source>
        <translation>meses: formar o contratar a un analista</translation>
    </message>
    <message>
        <source>three to six months to hire a data scientist; a contractor sooner</source>
        <translation>de tres a seis meses para contratar a un científico de datos; un externo antes</translation>
    </message>
    <message>
        <source>six months or more to hire engineers who have run neural networks</source>
        <translation>seis meses o más para contratar ingenieros que hayan operado redes neuronales</translation>
    </message>
    <message>
        <source>collect and label examples: {to} ({who})</source>
        <translation>recoger y etiquetar ejemplos: {to} ({who})</translation>
    </message>
    <message>
        <source>raise the yearly budget: {to}</source>
        <translation>aumentar el presupuesto anual: {to}</translation>
    </message>
    <message>
        <source>allow more time: first version {to}</source>
        <translation>dar más tiempo: primera versión {to}</translation>
    </message>
    <message>
        <source>any staff after short instructions</source>
        <translation>cualquier empleado tras unas breves instrucciones</translation>
    </message>
    <message>
        <source>staff with domain training</source>
        <translation>personal con formación en el ámbito</translation>
    </message>
    <message>
        <source>scarce specialists, the costliest labels</source>
        <translation>especialistas escasos, las etiquetas más caras</translation>
    </message>
    <message>
        <source>whoever can judge them</source>
        <translation>quien pueda juzgarlos</translation>
    </message>
    <message>
        <source>“{question}” to “{answer}”</source>
        <translation>«{question}» a «{answer}»</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} y {second}</translation>
    </message>
    <message>
        <source>Move {moves}: readiness rises to {band}</source>
        <translation>Cambiar {moves}: la madurez sube a {band}</translation>
    </message>
    <message>
        <source>Move {moves}: {path} becomes the recommendation (readiness {band})</source>
        <translation>Cambiar {moves}: {path} pasa a ser la recomendación (madurez {band})</translation>
    </message>
</context>
<context>
    <name>money</name>
    <message>
        <source>Less than {amount}</source>
        <translation>Menos de {amount}</translation>
    </message>
    <message>
        <source>More than {amount}</source>
        <translation>Más de {amount}</translation>
    </message>
    <message>
        <source>{low} to {high}</source>
        <translation>De {low} a {high}</translation>
    </message>
</context>
<context>
    <name>paths</name>
    <message>
        <source>Classical machine learning</source>
        <translation>Machine learning clásico</translation>
    </message>
    <message>
        <source>Gradient boosting, linear and tree models, classical forecasting on engineered features.</source>
        <translation>Gradient boosting, modelos lineales y de árboles, previsión clásica con variables elaboradas.</translation>
    </message>
    <message>
        <source>Pretrained API or transfer learning</source>
        <translation>API preentrenada o transfer learning</translation>
    </message>
    <message>
        <source>Call an existing service, or fine-tune an open pretrained model on your own data.</source>
        <translation>Usar un servicio existente o ajustar un modelo preentrenado abierto con sus propios datos.</translation>
    </message>
    <message>
        <source>Custom deep learning</source>
        <translation>Deep learning a medida</translation>
    </message>
    <message>
        <source>Design and train your own neural networks on your own large data.</source>
        <translation>Diseñar y entrenar sus propias redes neuronales con sus propios datos a gran escala.</translation>
    </message>
</context>
<context>
    <name>privacy</name>
    <message>
        <source>There was no client data to delete.</source>
        <translation>No había datos de clientes que borrar.</translation>
    </message>
    <message>
        <source>Deleted {files} files and {settings} remembered settings.</source>
        <translation>Se borraron {files} archivos y {settings} ajustes recordados.</translation>
    </message>
    <message>
        <source>Delete all client data dlready keeps on this computer? This removes the unsaved-answer recovery copies, the .bak backups beside your assessment files, the recent files list and every remembered name, logo and folder.

Your saved assessment files and exported PDFs are not touched. This cannot be undone.</source>
        <translation>¿Borrar todos los datos de clientes que dlready guarda en este equipo? Se eliminan las copias de recuperación de respuestas sin guardar, las copias de seguridad .bak junto a sus archivos de evaluación, la lista de archivos recientes y todos los nombres, logotipos y carpetas recordados.

Sus archivos de evaluación guardados y los PDF exportados no se modifican. Esta acción no se puede deshacer.</translation>
    </message>
    <message>
        <source>Delete all client data</source>
        <translation>Borrar todos los datos de clientes</translation>
    </message>
</context>
<context>
    <name>questions</name>
    <message>
        <source>Use case and success measure</source>
        <translation>Caso de uso e indicador de éxito</translation>
    </message>
    <message>
        <source>Is the business problem defined, with a success measure?</source>
        <translation>¿Está definido el problema de negocio, con un indicador de éxito?</translation>
    </message>
    <message>
        <source>A success measure is a number the business already tracks that the model should move, with today&apos;s value as the baseline: &quot;cut manual invoice handling from 12 to 4 minutes&quot;, not &quot;use AI on invoices&quot;.</source>
        <translation>Un indicador de éxito es una cifra que la empresa ya sigue y que el modelo debe mover, con el valor actual como referencia: «reducir la gestión manual de facturas de 12 a 4 minutos», no «usar IA en las facturas».</translation>
    </message>
    <message>
        <source>Defined, with a KPI and a baseline to beat</source>
        <translation>Definido, con un KPI y un valor de referencia que superar</translation>
    </message>
    <message>
        <source>Everyone agrees on the problem and on the number that shows success.</source>
        <translation>Todos están de acuerdo en el problema y en la cifra que demostrará el éxito.</translation>
    </message>
    <message>
        <source>Problem agreed, no success measure yet</source>
        <translation>Problema acordado, aún sin indicador de éxito</translation>
    </message>
    <message>
        <source>We know what to improve but not how to measure it.</source>
        <translation>Sabemos qué mejorar, pero no cómo medirlo.</translation>
    </message>
    <message>
        <source>Still looking for a use case</source>
        <translation>Aún buscando un caso de uso</translation>
    </message>
    <message>
        <source>We want to find out where AI could help.</source>
        <translation>Queremos averiguar dónde podría ayudar la IA.</translation>
    </message>
    <message>
        <source>Importance of model quality</source>
        <translation>Importancia de la calidad del modelo</translation>
    </message>
    <message>
        <source>How much does model quality matter to the business?</source>
        <translation>¿Cuánto importa la calidad del modelo para el negocio?</translation>
    </message>
    <message>
        <source>If a few points of accuracy decide whether customers choose you (a search engine&apos;s ranking, a defect detector that is your product), quality is the edge. If a reasonable model already pays off (sorting mail, reading invoices), good enough is good enough.</source>
        <translation>Si unos pocos puntos de precisión deciden si los clientes le eligen a usted (el ranking de un buscador, un detector de defectos que es su producto), la calidad es la ventaja competitiva. Si un modelo razonable ya es rentable (clasificar correo, leer facturas), lo suficientemente bueno basta.</translation>
    </message>
    <message>
        <source>It is the product or our competitive edge</source>
        <translation>Es el producto o nuestra ventaja competitiva</translation>
    </message>
    <message>
        <source>Every point of accuracy is worth real money.</source>
        <translation>Cada punto de precisión vale dinero de verdad.</translation>
    </message>
    <message>
        <source>Important, but not what sets us apart</source>
        <translation>Importante, pero no es lo que nos diferencia</translation>
    </message>
    <message>
        <source>Better is worth paying for, within reason.</source>
        <translation>Merece la pena pagar por algo mejor, dentro de lo razonable.</translation>
    </message>
    <message>
        <source>Good enough is good enough</source>
        <translation>Lo suficientemente bueno basta</translation>
    </message>
    <message>
        <source>A reasonable, reliable model already pays off.</source>
        <translation>Un modelo razonable y fiable ya es rentable.</translation>
    </message>
    <message>
        <source>Kind of data</source>
        <translation>Tipo de datos</translation>
    </message>
    <message>
        <source>What kind of data and problem is it?</source>
        <translation>¿De qué tipo de datos y de problema se trata?</translation>
    </message>
    <message>
        <source>Pick the data the model would learn from. Records in tables (customers, transactions, machines) are tabular even when there are millions of rows; documents, photos, recordings and video are unstructured data.</source>
        <translation>Elija los datos de los que aprendería el modelo. Los registros en tablas (clientes, transacciones, máquinas) son datos tabulares aunque haya millones de filas; los documentos, fotos, grabaciones y vídeos son datos no estructurados.</translation>
    </message>
    <message>
        <source>Records in tables</source>
        <translation>Registros en tablas</translation>
    </message>
    <message>
        <source>Churn, credit risk, fraud, pricing, lead scoring.</source>
        <translation>Abandono de clientes, riesgo de crédito, fraude, precios, puntuación de clientes potenciales.</translation>
    </message>
    <message>
        <source>Forecasting over time</source>
        <translation>Previsión en el tiempo</translation>
    </message>
    <message>
        <source>Demand, sales, energy load or sensor readings by the hour or week.</source>
        <translation>Demanda, ventas, carga energética o lecturas de sensores por hora o por semana.</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Emails, tickets, contracts, reviews, chat.</source>
        <translation>Correos electrónicos, tickets, contratos, reseñas, chat.</translation>
    </message>
    <message>
        <source>Images</source>
        <translation>Imágenes</translation>
    </message>
    <message>
        <source>Photos, scans, documents as images, medical or industrial imaging.</source>
        <translation>Fotos, escaneos, documentos como imágenes, imagen médica o industrial.</translation>
    </message>
    <message>
        <source>Audio</source>
        <translation>Audio</translation>
    </message>
    <message>
        <source>Speech, calls, dictation, machine sounds.</source>
        <translation>Voz, llamadas, dictados, sonidos de máquinas.</translation>
    </message>
    <message>
        <source>Video</source>
        <translation>Vídeo</translation>
    </message>
    <message>
        <source>Camera feeds, recorded footage.</source>
        <translation>Imágenes de cámaras, grabaciones.</translation>
    </message>
    <message>
        <source>Recommendations and ranking</source>
        <translation>Recomendaciones y ranking</translation>
    </message>
    <message>
        <source>Which product, article or offer to show to whom.</source>
        <translation>Qué producto, artículo u oferta mostrar a quién.</translation>
    </message>
    <message>
        <source>Several kinds together</source>
        <translation>Varios tipos combinados</translation>
    </message>
    <message>
        <source>For example images with text, or records with documents.</source>
        <translation>Por ejemplo, imágenes con texto o registros con documentos.</translation>
    </message>
    <message>
        <source>What the system produces</source>
        <translation>Lo que produce el sistema</translation>
    </message>
    <message>
        <source>What should the system produce?</source>
        <translation>¿Qué debe producir el sistema?</translation>
    </message>
    <message>
        <source>Name the output people will use, not the technique: a score for each customer, next month&apos;s forecast, a ranked list, things found in photos or calls, fields pulled out of documents, answers to questions from your own documents, or drafts that people edit.</source>
        <translation>Indique el resultado que la gente usará, no la técnica: una puntuación por cliente, la previsión del mes próximo, una lista ordenada, cosas detectadas en fotos o llamadas, campos extraídos de documentos, respuestas a preguntas a partir de sus propios documentos o borradores que las personas editan.</translation>
    </message>
    <message>
        <source>A category, score or number for each record</source>
        <translation>Una categoría, puntuación o cifra por registro</translation>
    </message>
    <message>
        <source>Churn risk, a fraud flag, pass or fail, a price.</source>
        <translation>Riesgo de baja, una alerta de fraude, apto o no apto, un precio.</translation>
    </message>
    <message>
        <source>Future values over time</source>
        <translation>Valores futuros en el tiempo</translation>
    </message>
    <message>
        <source>Next month&apos;s demand, tomorrow&apos;s energy load, cash flow.</source>
        <translation>La demanda del mes próximo, la carga eléctrica de mañana, el flujo de caja.</translation>
    </message>
    <message>
        <source>An ordered list for each user or query</source>
        <translation>Una lista ordenada por usuario o consulta</translation>
    </message>
    <message>
        <source>Products to show, search results, a shortlist.</source>
        <translation>Productos que mostrar, resultados de búsqueda, una preselección.</translation>
    </message>
    <message>
        <source>Things found or labelled in images, sound, video or text</source>
        <translation>Elementos detectados o etiquetados en imágenes, sonido, vídeo o texto</translation>
    </message>
    <message>
        <source>Defects on photos, speech to text, the topic or tone of a message.</source>
        <translation>Defectos en fotos, voz a texto, el tema o el tono de un mensaje.</translation>
    </message>
    <message>
        <source>Fields and facts taken out of documents</source>
        <translation>Campos y datos extraídos de documentos</translation>
    </message>
    <message>
        <source>Amounts and dates from invoices, claim details from emails, clauses from contracts.</source>
        <translation>Importes y fechas de facturas, datos de siniestros en correos, cláusulas de contratos.</translation>
    </message>
    <message>
        <source>Answers from our own documents or systems</source>
        <translation>Respuestas a partir de nuestros propios documentos o sistemas</translation>
    </message>
    <message>
        <source>An assistant for customers or staff that answers from manuals, policies or the help centre.</source>
        <translation>Un asistente para clientes o empleados que responde a partir de manuales, normas o el centro de ayuda.</translation>
    </message>
    <message>
        <source>Drafts of text, code, images or summaries</source>
        <translation>Borradores de textos, código, imágenes o resúmenes</translation>
    </message>
    <message>
        <source>Reply drafts, meeting summaries, product descriptions, code suggestions.</source>
        <translation>Borradores de respuesta, resúmenes de reuniones, descripciones de productos, sugerencias de código.</translation>
    </message>
    <message>
        <source>Existing services and models</source>
        <translation>Servicios y modelos existentes</translation>
    </message>
    <message>
        <source>Does something already exist that does the job, or nearly?</source>
        <translation>¿Existe ya algo que haga el trabajo, o casi?</translation>
    </message>
    <message>
        <source>Many tasks are sold as a ready service: reading text from documents (OCR), translation, speech-to-text, recognising common objects, sentiment. Open pretrained models cover many more and can be adapted with your own examples. If you are not sure, answer &quot;Don&apos;t know&quot;: the wizard assumes a generic pretrained model exists for text, images, audio and video.</source>
        <translation>Muchas tareas se venden como servicio listo para usar: leer texto de documentos (OCR), traducción, voz a texto, reconocimiento de objetos comunes, análisis de sentimiento. Los modelos preentrenados abiertos cubren muchas más y se pueden adaptar con sus propios ejemplos. Si no está seguro, responda «No lo sé»: el asistente supone entonces que existe un modelo preentrenado genérico para texto, imágenes, audio y vídeo.</translation>
    </message>
    <message>
        <source>A commercial or cloud service does this task</source>
        <translation>Un servicio comercial o en la nube hace esta tarea</translation>
    </message>
    <message>
        <source>OCR, translation, speech-to-text, object detection, sentiment.</source>
        <translation>OCR, traducción, voz a texto, detección de objetos, análisis de sentimiento.</translation>
    </message>
    <message>
        <source>Open pretrained models exist for a similar task</source>
        <translation>Existen modelos preentrenados abiertos para una tarea similar</translation>
    </message>
    <message>
        <source>They would need adapting to our data.</source>
        <translation>Habría que adaptarlos a nuestros datos.</translation>
    </message>
    <message>
        <source>Nothing we know of: the task is new</source>
        <translation>Nada que conozcamos: la tarea es nueva</translation>
    </message>
    <message>
        <source>A new kind of sensor, signal or question.</source>
        <translation>Un nuevo tipo de sensor, señal o pregunta.</translation>
    </message>
    <message>
        <source>Labelled examples</source>
        <translation>Ejemplos etiquetados</translation>
    </message>
    <message>
        <source>How many labelled examples exist?</source>
        <translation>¿Cuántos ejemplos etiquetados hay?</translation>
    </message>
    <message>
        <source>A labelled example is a record where the right answer is known: a past loan and whether it was repaid, an image and what it shows. Count examples, not rows of raw data.</source>
        <translation>Un ejemplo etiquetado es un registro cuya respuesta correcta se conoce: un préstamo pasado y si se devolvió, una imagen y lo que muestra. Cuente ejemplos, no filas de datos en bruto.</translation>
    </message>
    <message>
        <source>Fewer than 1,000</source>
        <translation>Menos de 1000</translation>
    </message>
    <message>
        <source>1,000 to 10,000</source>
        <translation>De 1000 a 10.000</translation>
    </message>
    <message>
        <source>10,000 to 100,000</source>
        <translation>De 10.000 a 100.000</translation>
    </message>
    <message>
        <source>100,000 to 1 million</source>
        <translation>De 100.000 a 1 millón</translation>
    </message>
    <message>
        <source>More than 1 million</source>
        <translation>Más de 1 millón</translation>
    </message>
    <message>
        <source>Labels</source>
        <translation>Etiquetas</translation>
    </message>
    <message>
        <source>Are the examples labelled?</source>
        <translation>¿Están etiquetados los ejemplos?</translation>
    </message>
    <message>
        <source>Labels are the right answers the model learns from. Outcomes recorded by your systems (paid or defaulted, cancelled or stayed) are labels already; tagging images or texts by hand costs time and money.</source>
        <translation>Las etiquetas son las respuestas correctas de las que aprende el modelo. Los resultados que registran sus sistemas (pagado o impagado, dado de baja o no) ya son etiquetas; etiquetar imágenes o textos a mano cuesta tiempo y dinero.</translation>
    </message>
    <message>
        <source>Yes, the right answers are recorded</source>
        <translation>Sí, las respuestas correctas están registradas</translation>
    </message>
    <message>
        <source>Some of them</source>
        <translation>Algunos</translation>
    </message>
    <message>
        <source>No, they would have to be labelled</source>
        <translation>No, habría que etiquetarlos</translation>
    </message>
    <message>
        <source>Where the right answers come from</source>
        <translation>De dónde vienen las respuestas correctas</translation>
    </message>
    <message>
        <source>Where do the right answers in the examples come from?</source>
        <translation>¿De dónde vienen las respuestas correctas de los ejemplos?</translation>
    </message>
    <message>
        <source>A model copies whatever its examples call right. Measured outcomes (the loan was repaid, the machine failed) are facts. Past decisions by people (who was hired, which claims were flagged) also record those people&apos;s habits and biases, and a model trained on them repeats both.</source>
        <translation>Un modelo copia lo que sus ejemplos dan por correcto. Los resultados medidos (el préstamo se devolvió, la máquina falló) son hechos. Las decisiones pasadas de personas (a quién se contrató, qué siniestros se marcaron) recogen también sus hábitos y sesgos, y un modelo entrenado con ellas repite ambos.</translation>
    </message>
    <message>
        <source>What actually happened</source>
        <translation>Lo que ocurrió de verdad</translation>
    </message>
    <message>
        <source>Repaid or defaulted, failed or ran, churned or stayed, units sold.</source>
        <translation>Devuelto o impagado, averiado o en marcha, se fue o se quedó, unidades vendidas.</translation>
    </message>
    <message>
        <source>Past decisions made by people</source>
        <translation>Decisiones pasadas tomadas por personas</translation>
    </message>
    <message>
        <source>Who was hired, approved, flagged or promoted.</source>
        <translation>A quién se contrató, aprobó, marcó o ascendió.</translation>
    </message>
    <message>
        <source>Specialists labelled them for this purpose</source>
        <translation>Especialistas los etiquetaron para este fin</translation>
    </message>
    <message>
        <source>Doctors, lawyers or engineers reviewed each example against agreed criteria.</source>
        <translation>Médicos, abogados o ingenieros revisaron cada ejemplo según criterios acordados.</translation>
    </message>
    <message>
        <source>No right answers are recorded yet</source>
        <translation>Aún no hay respuestas correctas registradas</translation>
    </message>
    <message>
        <source>Who can label examples</source>
        <translation>Quién puede etiquetar ejemplos</translation>
    </message>
    <message>
        <source>Who can label or check the examples?</source>
        <translation>¿Quién puede etiquetar o revisar los ejemplos?</translation>
    </message>
    <message>
        <source>Labelling costs what the labeller&apos;s hour costs. Anyone can tell a dented can from a good one in a second; reading a scan or a contract takes a doctor or a lawyer, is slow and expensive, and limits how many examples you can get.</source>
        <translation>Etiquetar cuesta lo que cuesta la hora de quien etiqueta. Cualquiera distingue una lata abollada de una buena en un segundo; leer una radiografía o un contrato exige un médico o un abogado, es lento y caro, y limita cuántos ejemplos puede conseguir.</translation>
    </message>
    <message>
        <source>Anyone, after short instructions</source>
        <translation>Cualquiera, tras unas breves instrucciones</translation>
    </message>
    <message>
        <source>Any staff member or crowd workers.</source>
        <translation>Cualquier empleado o trabajadores de crowdsourcing.</translation>
    </message>
    <message>
        <source>Staff with domain training</source>
        <translation>Personal con formación en el ámbito</translation>
    </message>
    <message>
        <source>Claims handlers, support agents, quality inspectors.</source>
        <translation>Tramitadores de siniestros, agentes de soporte, inspectores de calidad.</translation>
    </message>
    <message>
        <source>Scarce specialists</source>
        <translation>Especialistas escasos</translation>
    </message>
    <message>
        <source>Doctors, lawyers, engineers.</source>
        <translation>Médicos, abogados, ingenieros.</translation>
    </message>
    <message>
        <source>Access to the data</source>
        <translation>Acceso a los datos</translation>
    </message>
    <message>
        <source>Can the team use the data today?</source>
        <translation>¿Puede el equipo usar los datos hoy?</translation>
    </message>
    <message>
        <source>Data that exists in five systems, owned by five departments, is months of integration work before any model. Data not yet collected means the project starts with collecting it.</source>
        <translation>Unos datos repartidos en cinco sistemas, propiedad de cinco departamentos, suponen meses de trabajo de integración antes de cualquier modelo. Si los datos aún no se recogen, el proyecto empieza por recogerlos.</translation>
    </message>
    <message>
        <source>Yes: in one place and documented</source>
        <translation>Sí: en un solo lugar y documentados</translation>
    </message>
    <message>
        <source>It exists, spread across systems</source>
        <translation>Existen, repartidos entre varios sistemas</translation>
    </message>
    <message>
        <source>It needs integration before anyone can use it.</source>
        <translation>Hay que integrarlos antes de que nadie pueda usarlos.</translation>
    </message>
    <message>
        <source>It is not collected yet</source>
        <translation>Aún no se recogen</translation>
    </message>
    <message>
        <source>Change in the data</source>
        <translation>Cambios en los datos</translation>
    </message>
    <message>
        <source>How fast does the data change?</source>
        <translation>¿Con qué rapidez cambian los datos?</translation>
    </message>
    <message>
        <source>A model learns the world as it was. Seasonal sales, new products, new fraud tricks or breaking news make yesterday&apos;s model wrong tomorrow unless it is watched and retrained.</source>
        <translation>Un modelo aprende el mundo tal como era. Las ventas de temporada, los productos nuevos, los nuevos tipos de fraude o la actualidad hacen que el modelo de ayer se equivoque mañana, a menos que se vigile y se reentrene.</translation>
    </message>
    <message>
        <source>Stable</source>
        <translation>Estables</translation>
    </message>
    <message>
        <source>Next year&apos;s data will look like last year&apos;s.</source>
        <translation>Los datos del año que viene se parecerán a los del año pasado.</translation>
    </message>
    <message>
        <source>Changing slowly or with the seasons</source>
        <translation>Cambian despacio o según la temporada</translation>
    </message>
    <message>
        <source>Changing often and unpredictably</source>
        <translation>Cambian a menudo y de forma impredecible</translation>
    </message>
    <message>
        <source>Yearly budget</source>
        <translation>Presupuesto anual</translation>
    </message>
    <message>
        <source>What is the yearly budget for this initiative?</source>
        <translation>¿Cuál es el presupuesto anual de esta iniciativa?</translation>
    </message>
    <message>
        <source>People and computing together, in US dollars or the equivalent. One experienced machine learning engineer costs much of the lowest band on their own.</source>
        <translation>Personas y computación juntas, en dólares estadounidenses o su equivalente. Un ingeniero de machine learning con experiencia cuesta por sí solo buena parte de la franja más baja.</translation>
    </message>
    <message>
        <source>Less than $50,000</source>
        <translation>Menos de 50.000&#xa0;USD</translation>
    </message>
    <message>
        <source>$50,000 to $250,000</source>
        <translation>De 50.000 a 250.000&#xa0;USD</translation>
    </message>
    <message>
        <source>$250,000 to $1 million</source>
        <translation>De 250.000&#xa0;USD a 1 millón de USD</translation>
    </message>
    <message>
        <source>More than $1 million</source>
        <translation>Más de 1 millón de USD</translation>
    </message>
    <message>
        <source>Computing</source>
        <translation>Computación</translation>
    </message>
    <message>
        <source>What computing can the team use?</source>
        <translation>¿Qué capacidad de computación puede usar el equipo?</translation>
    </message>
    <message>
        <source>Training neural networks needs graphics processors (GPUs): owned, reserved, or rented by the hour from a cloud. Classical models and calls to a service run on ordinary computers.</source>
        <translation>Entrenar redes neuronales requiere procesadores gráficos (GPU): propios, reservados o alquilados por horas en una nube. Los modelos clásicos y las llamadas a un servicio funcionan en ordenadores corrientes.</translation>
    </message>
    <message>
        <source>Laptops and office servers</source>
        <translation>Portátiles y servidores de oficina</translation>
    </message>
    <message>
        <source>General cloud services</source>
        <translation>Servicios generales en la nube</translation>
    </message>
    <message>
        <source>GPUs can be rented there by the hour.</source>
        <translation>Allí se pueden alquilar GPU por horas.</translation>
    </message>
    <message>
        <source>Dedicated GPUs</source>
        <translation>GPU dedicadas</translation>
    </message>
    <message>
        <source>On our premises or reserved in a cloud.</source>
        <translation>En nuestras instalaciones o reservadas en la nube.</translation>
    </message>
    <message>
        <source>Use of the predictions</source>
        <translation>Uso de las predicciones</translation>
    </message>
    <message>
        <source>How will the predictions be used?</source>
        <translation>¿Cómo se usarán las predicciones?</translation>
    </message>
    <message>
        <source>A nightly report can wait for a large model; a checkout page cannot, and a camera on a production line without a network must answer on the device itself.</source>
        <translation>Un informe nocturno puede esperar a un modelo grande; una página de pago no, y una cámara en una línea de producción sin red debe responder en el propio dispositivo.</translation>
    </message>
    <message>
        <source>In reports or overnight runs</source>
        <translation>En informes o procesos nocturnos</translation>
    </message>
    <message>
        <source>Answers within seconds</source>
        <translation>Respuestas en segundos</translation>
    </message>
    <message>
        <source>In an application people use.</source>
        <translation>En una aplicación que usan personas.</translation>
    </message>
    <message>
        <source>In milliseconds, or on devices without a network</source>
        <translation>En milisegundos, o en dispositivos sin red</translation>
    </message>
    <message>
        <source>Volume once live</source>
        <translation>Volumen en producción</translation>
    </message>
    <message>
        <source>How many predictions or requests a month, once live?</source>
        <translation>¿Cuántas predicciones o peticiones al mes, una vez en producción?</translation>
    </message>
    <message>
        <source>Count every answer, prediction or generated text the system gives in a normal month. Paid services charge per request, so volume decides what they cost; a few thousand requests a month cost little whichever way they are served.</source>
        <translation>Cuente cada respuesta, predicción o texto generado que da el sistema en un mes normal. Los servicios de pago cobran por petición, así que el volumen decide su coste; unos pocos miles de peticiones al mes cuestan poco se sirvan como se sirvan.</translation>
    </message>
    <message>
        <source>Fewer than 10,000 a month</source>
        <translation>Menos de 10.000 al mes</translation>
    </message>
    <message>
        <source>10,000 to 1 million a month</source>
        <translation>De 10.000 a 1 millón al mes</translation>
    </message>
    <message>
        <source>1 million to 100 million a month</source>
        <translation>De 1 a 100 millones al mes</translation>
    </message>
    <message>
        <source>More than 100 million a month</source>
        <translation>Más de 100 millones al mes</translation>
    </message>
    <message>
        <source>Time to production</source>
        <translation>Plazo hasta producción</translation>
    </message>
    <message>
        <source>When must the first version be in production?</source>
        <translation>¿Cuándo debe estar en producción la primera versión?</translation>
    </message>
    <message>
        <source>Collecting data, building, testing and putting a first model in front of users takes months; custom deep learning rarely ships in less than six.</source>
        <translation>Recoger datos, construir, probar y poner un primer modelo en manos de los usuarios lleva meses; el deep learning a medida rara vez llega a producción en menos de seis.</translation>
    </message>
    <message>
        <source>Within 3 months</source>
        <translation>En menos de 3 meses</translation>
    </message>
    <message>
        <source>In 3 to 6 months</source>
        <translation>Entre 3 y 6 meses</translation>
    </message>
    <message>
        <source>In 6 to 12 months</source>
        <translation>Entre 6 y 12 meses</translation>
    </message>
    <message>
        <source>In more than a year</source>
        <translation>En más de un año</translation>
    </message>
    <message>
        <source>Machine learning skills</source>
        <translation>Competencias en machine learning</translation>
    </message>
    <message>
        <source>What are the strongest machine learning skills in house?</source>
        <translation>¿Cuáles son las competencias en machine learning más avanzadas de la casa?</translation>
    </message>
    <message>
        <source>Count the people who will do the work, today. A team that has put classical models into production can adapt pretrained models; building neural networks from scratch needs people who have trained and run them in production before.</source>
        <translation>Cuente las personas que harán el trabajo, hoy. Un equipo que ha puesto modelos clásicos en producción puede adaptar modelos preentrenados; construir redes neuronales desde cero requiere personas que ya las hayan entrenado y operado en producción.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguna</translation>
    </message>
    <message>
        <source>Analysts</source>
        <translation>Analistas</translation>
    </message>
    <message>
        <source>Business intelligence, spreadsheets, some scripting.</source>
        <translation>Business intelligence, hojas de cálculo, algo de scripting.</translation>
    </message>
    <message>
        <source>Data scientists</source>
        <translation>Científicos de datos</translation>
    </message>
    <message>
        <source>Classical machine learning in production.</source>
        <translation>Machine learning clásico en producción.</translation>
    </message>
    <message>
        <source>Deep learning engineers</source>
        <translation>Ingenieros de deep learning</translation>
    </message>
    <message>
        <source>Have trained and run neural networks in production.</source>
        <translation>Han entrenado y operado redes neuronales en producción.</translation>
    </message>
    <message>
        <source>Executive sponsor</source>
        <translation>Patrocinador ejecutivo</translation>
    </message>
    <message>
        <source>Is there an executive sponsor?</source>
        <translation>¿Hay un patrocinador ejecutivo?</translation>
    </message>
    <message>
        <source>A sponsor owns the outcome, defends the budget and makes other departments share their data. Without one, pilots tend to stay pilots.</source>
        <translation>Un patrocinador asume el resultado, defiende el presupuesto y consigue que otros departamentos compartan sus datos. Sin él, los pilotos suelen quedarse en pilotos.</translation>
    </message>
    <message>
        <source>Yes: owner and budget agreed</source>
        <translation>Sí: responsable y presupuesto acordados</translation>
    </message>
    <message>
        <source>An executive is interested</source>
        <translation>Un directivo está interesado</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>Where the data may go</source>
        <translation>Adónde pueden ir los datos</translation>
    </message>
    <message>
        <source>May the data be sent to an outside provider?</source>
        <translation>¿Se pueden enviar los datos a un proveedor externo?</translation>
    </message>
    <message>
        <source>Cloud services process your data on their servers. Health, financial and personal data often may not leave your premises, or only after anonymising or under a data processing agreement.</source>
        <translation>Los servicios en la nube procesan sus datos en sus servidores. Los datos sanitarios, financieros y personales a menudo no pueden salir de sus instalaciones, o solo tras anonimizarlos o con un contrato de encargo del tratamiento.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Only after anonymising or under contract</source>
        <translation>Solo tras anonimizarlos o con contrato</translation>
    </message>
    <message>
        <source>No: it must stay on our premises</source>
        <translation>No: deben quedarse en nuestras instalaciones</translation>
    </message>
    <message>
        <source>Area of the decision</source>
        <translation>Ámbito de la decisión</translation>
    </message>
    <message>
        <source>Which area does the output decide or influence?</source>
        <translation>¿En qué ámbito decide o influye el resultado?</translation>
    </message>
    <message>
        <source>Pick the most sensitive area that applies. The law treats some uses of AI far more strictly than others: in the European Union, hiring, lending, schooling, health and public services carry extra duties, and a few uses, such as reading the emotions of employees or pupils, are forbidden.</source>
        <translation>Elija el ámbito más sensible que corresponda. La ley trata algunos usos de la IA con mucho más rigor que otros: en la Unión Europea, la contratación, el crédito, la enseñanza, la sanidad y los servicios públicos conllevan obligaciones adicionales, y algunos usos, como leer las emociones de empleados o alumnos, están prohibidos.</translation>
    </message>
    <message>
        <source>Employment and work</source>
        <translation>Empleo y trabajo</translation>
    </message>
    <message>
        <source>Hiring, promotion, task allocation, monitoring or evaluating workers.</source>
        <translation>Contratación, ascensos, reparto de tareas, supervisión o evaluación de trabajadores.</translation>
    </message>
    <message>
        <source>Credit and insurance</source>
        <translation>Crédito y seguros</translation>
    </message>
    <message>
        <source>Creditworthiness, life or health insurance risk and pricing.</source>
        <translation>Solvencia, riesgo y precio de seguros de vida o de salud.</translation>
    </message>
    <message>
        <source>Health care</source>
        <translation>Sanidad</translation>
    </message>
    <message>
        <source>Diagnosis, triage, treatment, patient monitoring.</source>
        <translation>Diagnóstico, triaje, tratamiento, vigilancia de pacientes.</translation>
    </message>
    <message>
        <source>Education</source>
        <translation>Educación</translation>
    </message>
    <message>
        <source>Admission, grading, proctoring exams.</source>
        <translation>Admisión, calificación, vigilancia de exámenes.</translation>
    </message>
    <message>
        <source>Public services</source>
        <translation>Servicios públicos</translation>
    </message>
    <message>
        <source>Public benefits, essential services, emergency calls.</source>
        <translation>Prestaciones públicas, servicios esenciales, llamadas de emergencia.</translation>
    </message>
    <message>
        <source>Law, justice and migration</source>
        <translation>Ley, justicia y migración</translation>
    </message>
    <message>
        <source>Policing, courts, borders, asylum.</source>
        <translation>Policía, tribunales, fronteras, asilo.</translation>
    </message>
    <message>
        <source>Identifying people</source>
        <translation>Identificar personas</translation>
    </message>
    <message>
        <source>Recognising or categorising people by face, voice or body.</source>
        <translation>Reconocer o clasificar personas por la cara, la voz o el cuerpo.</translation>
    </message>
    <message>
        <source>Emotions of employees or students</source>
        <translation>Emociones de empleados o estudiantes</translation>
    </message>
    <message>
        <source>Inferring the emotions or intentions of employees, pupils or students, at work or in education.</source>
        <translation>Inferir las emociones o intenciones de empleados, alumnos o estudiantes, en el trabajo o en la enseñanza.</translation>
    </message>
    <message>
        <source>Emotions of customers or the public</source>
        <translation>Emociones de clientes o del público</translation>
    </message>
    <message>
        <source>Inferring the emotions or intentions of customers or passers-by.</source>
        <translation>Inferir las emociones o intenciones de clientes o transeúntes.</translation>
    </message>
    <message>
        <source>Critical infrastructure</source>
        <translation>Infraestructuras críticas</translation>
    </message>
    <message>
        <source>Safety of energy, water, gas, heating, road traffic or digital infrastructure.</source>
        <translation>Seguridad de la energía, el agua, el gas, la calefacción, el tráfico rodado o las infraestructuras digitales.</translation>
    </message>
    <message>
        <source>A safety function of a product</source>
        <translation>Una función de seguridad de un producto</translation>
    </message>
    <message>
        <source>A safety part of a machine, vehicle, medical device, toy or other regulated product.</source>
        <translation>Un componente de seguridad de una máquina, un vehículo, un producto sanitario, un juguete u otro producto regulado.</translation>
    </message>
    <message>
        <source>None of these</source>
        <translation>Ninguno de estos</translation>
    </message>
    <message>
        <source>Operations, marketing, content, internal productivity.</source>
        <translation>Operaciones, marketing, contenidos, productividad interna.</translation>
    </message>
    <message>
        <source>Who sees the output</source>
        <translation>Quién ve el resultado</translation>
    </message>
    <message>
        <source>Who sees the output or talks to the system?</source>
        <translation>¿Quién ve el resultado o habla con el sistema?</translation>
    </message>
    <message>
        <source>An output that a specialist checks before it is used may be wrong now and then; one that customers read directly must be right, or clearly marked, every time. A system that talks to people must also tell them they are talking to a machine.</source>
        <translation>Un resultado que un especialista revisa antes de usarlo puede fallar de vez en cuando; uno que los clientes leen directamente debe ser correcto, o estar claramente señalado, siempre. Un sistema que habla con personas debe además decirles que hablan con una máquina.</translation>
    </message>
    <message>
        <source>Specialists who check every output</source>
        <translation>Especialistas que revisan cada resultado</translation>
    </message>
    <message>
        <source>Nothing is used before an expert has reviewed it.</source>
        <translation>No se usa nada antes de que lo revise un experto.</translation>
    </message>
    <message>
        <source>Our staff</source>
        <translation>Nuestro personal</translation>
    </message>
    <message>
        <source>Employees use the output in their work.</source>
        <translation>Los empleados usan el resultado en su trabajo.</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>Los clientes</translation>
    </message>
    <message>
        <source>Customers see the output or talk to the system.</source>
        <translation>Los clientes ven el resultado o hablan con el sistema.</translation>
    </message>
    <message>
        <source>The public</source>
        <translation>El público</translation>
    </message>
    <message>
        <source>The output is published for anyone to see.</source>
        <translation>El resultado se publica para que cualquiera lo vea.</translation>
    </message>
    <message>
        <source>Explaining decisions</source>
        <translation>Explicación de las decisiones</translation>
    </message>
    <message>
        <source>Must individual decisions be explained?</source>
        <translation>¿Hay que explicar las decisiones individuales?</translation>
    </message>
    <message>
        <source>To customers, auditors or regulators: why was this loan refused, why was this claim flagged? Lending, insurance and health usually require it.</source>
        <translation>A clientes, auditores o reguladores: ¿por qué se rechazó este préstamo?, ¿por qué se marcó este siniestro? El crédito, los seguros y la sanidad suelen exigirlo.</translation>
    </message>
    <message>
        <source>Yes, it is required</source>
        <translation>Sí, es obligatorio</translation>
    </message>
    <message>
        <source>It would help</source>
        <translation>Sería útil</translation>
    </message>
    <message>
        <source>Decisions about people</source>
        <translation>Decisiones sobre personas</translation>
    </message>
    <message>
        <source>Do the predictions decide things about people?</source>
        <translation>¿Deciden las predicciones sobre personas?</translation>
    </message>
    <message>
        <source>Hiring, lending, health, insurance or prices for individuals. Models learn the biases of the past: Amazon scrapped a hiring model that had learned to downgrade women&apos;s CVs.</source>
        <translation>Contratación, crédito, salud, seguros o precios para particulares. Los modelos aprenden los sesgos del pasado: Amazon descartó un modelo de contratación que había aprendido a penalizar los currículos de mujeres.</translation>
    </message>
    <message>
        <source>Yes, they decide about individuals</source>
        <translation>Sí, deciden sobre individuos</translation>
    </message>
    <message>
        <source>Some: people are affected indirectly</source>
        <translation>En parte: hay personas afectadas indirectamente</translation>
    </message>
    <message>
        <source>Don&apos;t know</source>
        <translation>No lo sé</translation>
    </message>
</context>
<context>
    <name>reasons</name>
    <message>
        <source>For {path}, though it is outweighed: {texts}</source>
        <translation>A favor de {path}, aunque pesa menos: {texts}</translation>
    </message>
    <message>
        <source>Against {path}: {texts}</source>
        <translation>En contra de {path}: {texts}</translation>
    </message>
    <message>
        <source>Custom deep learning needs all of these: {needs}; the answers do not show {missing}</source>
        <translation>El deep learning propio necesita todo esto: {needs}; las respuestas no muestran: {missing}</translation>
    </message>
    <message>
        <source>Custom deep learning needs all of these, and the answers show none of them: {needs}</source>
        <translation>El deep learning propio necesita todo esto, y las respuestas no muestran nada de ello: {needs}</translation>
    </message>
</context>
<context>
    <name>regulation</name>
    <message>
        <source>EU AI Act, Article 5(1)(f): inferring the emotions of employees, pupils or students at work or in education is a prohibited practice, whatever the technology, unless it serves a medical or safety purpose.</source>
        <translation>Reglamento de IA de la UE, artículo 5, apartado 1, letra f): inferir las emociones de empleados, alumnos o estudiantes en el trabajo o en la educación es una práctica prohibida, sea cual sea la técnica, salvo con fines médicos o de seguridad.</translation>
    </message>
    <message>
        <source>Do not build, buy or use a system for this purpose in the EU.</source>
        <translation>No construya, compre ni use un sistema con este fin en la UE.</translation>
    </message>
    <message>
        <source>Stop any such use already running and record the decision.</source>
        <translation>Detenga cualquier uso de este tipo ya en marcha y deje constancia de la decisión.</translation>
    </message>
    <message>
        <source>Rely on the medical or safety exception only with counsel&apos;s written opinion.</source>
        <translation>Acójase a la excepción médica o de seguridad solo con un dictamen jurídico por escrito.</translation>
    </message>
    <message>
        <source>EU AI Act, Article 6(2) and Annex III: this use is high-risk. The duties apply from 2 December 2027 under the amending Regulation (EU) 2026/1744 as reported (2 August 2026 in the Act as adopted).</source>
        <translation>Reglamento de IA de la UE, artículo 6, apartado 2, y anexo III: este uso es de alto riesgo. Las obligaciones se aplican desde el 2 de diciembre de 2027 según el Reglamento modificativo (UE) 2026/1744, tal como se ha publicado (2 de agosto de 2026 en el texto adoptado).</translation>
    </message>
    <message>
        <source>As provider: a risk management system, data governance for training data, technical documentation and logging.</source>
        <translation>Como proveedor: un sistema de gestión de riesgos, gobernanza de los datos de entrenamiento, documentación técnica y registro.</translation>
    </message>
    <message>
        <source>Human oversight, accuracy and robustness fit for the use, and instructions for the deployer.</source>
        <translation>Supervisión humana, precisión y solidez adecuadas al uso, e instrucciones para el responsable del despliegue.</translation>
    </message>
    <message>
        <source>A conformity assessment and registration in the EU database before use.</source>
        <translation>Una evaluación de la conformidad y el registro en la base de datos de la UE antes del uso.</translation>
    </message>
    <message>
        <source>As deployer: use as instructed, monitor, keep logs, inform the people affected, and inform workers&apos; representatives before using it at work.</source>
        <translation>Como responsable del despliegue: usarlo según las instrucciones, vigilarlo, conservar los registros, informar a las personas afectadas e informar a los representantes de los trabajadores antes de usarlo en el trabajo.</translation>
    </message>
    <message>
        <source>EU AI Act, Article 6(1) and Annex I: AI that is, or is a safety component of, a regulated product needing third-party conformity assessment (a medical device of class IIa or higher, a machine, a toy) is high-risk. The duties apply from 2 August 2028 under Regulation (EU) 2026/1744 as reported (2 August 2027 as adopted).</source>
        <translation>Reglamento de IA de la UE, artículo 6, apartado 1, y anexo I: la IA que es un producto regulado sujeto a evaluación de conformidad por terceros, o un componente de seguridad de él (un producto sanitario de clase IIa o superior, una máquina, un juguete), es de alto riesgo. Las obligaciones se aplican desde el 2 de agosto de 2028 según el Reglamento (UE) 2026/1744, tal como se ha publicado (2 de agosto de 2027 en el texto adoptado).</translation>
    </message>
    <message>
        <source>Meet the AI Act&apos;s high-risk requirements within the product&apos;s own conformity assessment by its notified body.</source>
        <translation>Cumplir los requisitos de alto riesgo del Reglamento de IA dentro de la evaluación de la conformidad del producto por su organismo notificado.</translation>
    </message>
    <message>
        <source>Risk management, data governance, documentation, logging and human oversight for the AI part.</source>
        <translation>Gestión de riesgos, gobernanza de datos, documentación, registro y supervisión humana para la parte de IA.</translation>
    </message>
    <message>
        <source>Post-market monitoring and reporting of serious incidents.</source>
        <translation>Seguimiento poscomercialización y notificación de incidentes graves.</translation>
    </message>
    <message>
        <source>EU AI Act, Article 50: people who talk to an AI system, employees included, must be told so, and content it generates must be marked as such.</source>
        <translation>Reglamento de IA de la UE, artículo 50: a las personas que hablan con un sistema de IA, empleados incluidos, hay que decírselo, y el contenido que genera debe marcarse como tal.</translation>
    </message>
    <message>
        <source>Tell people at the start that they are dealing with an AI system, unless it is obvious.</source>
        <translation>Diga a las personas desde el principio que tratan con un sistema de IA, salvo que sea evidente.</translation>
    </message>
    <message>
        <source>Mark generated text, images, audio or video in a machine-readable way; disclose deep fakes and generated text published on matters of public interest.</source>
        <translation>Marcar de forma legible por máquina el texto, las imágenes, el audio o el vídeo generados; revelar las ultrasuplantaciones y el texto generado publicado sobre asuntos de interés público.</translation>
    </message>
    <message>
        <source>EU AI Act, Article 50(3): people exposed to emotion recognition or biometric categorisation must be informed of it.</source>
        <translation>Reglamento de IA de la UE, artículo 50, apartado 3: las personas expuestas al reconocimiento de emociones o a la categorización biométrica deben ser informadas de ello.</translation>
    </message>
    <message>
        <source>Inform the people exposed to emotion recognition or biometric categorisation before it runs, and process their data lawfully.</source>
        <translation>Informe a las personas expuestas al reconocimiento de emociones o a la categorización biométrica antes de que funcione, y trate sus datos de forma lícita.</translation>
    </message>
    <message>
        <source>GDPR, Article 22: a credit score that a lender draws strongly on is itself an automated decision (CJEU, SCHUFA, C-634/21).</source>
        <translation>RGPD, artículo 22: una puntuación de crédito en la que un prestamista se basa en gran medida es en sí una decisión automatizada (TJUE, SCHUFA, C-634/21).</translation>
    </message>
    <message>
        <source>Use solely automated decisions only where a contract, the law or explicit consent allows them.</source>
        <translation>Usar decisiones únicamente automatizadas solo donde un contrato, la ley o un consentimiento explícito lo permitan.</translation>
    </message>
    <message>
        <source>Offer human intervention, a way to state one&apos;s view and to contest the decision (Article 22(3)), and meaningful information about the logic involved (Articles 13 to 15).</source>
        <translation>Ofrecer intervención humana, la posibilidad de expresar el propio punto de vista e impugnar la decisión (artículo 22, apartado 3), e información significativa sobre la lógica aplicada (artículos 13 a 15).</translation>
    </message>
    <message>
        <source>GDPR, Article 22: a decision with legal or similarly significant effect on a person may not rest solely on automated processing without meaningful human review.</source>
        <translation>RGPD, artículo 22: una decisión con efectos jurídicos o similares sobre una persona no puede basarse únicamente en un tratamiento automatizado sin una revisión humana real.</translation>
    </message>
    <message>
        <source>Have a person with authority and the information to change the outcome review each decision, or rely on a contract, the law or explicit consent.</source>
        <translation>Que una persona con autoridad e información para cambiar el resultado revise cada decisión, o basarse en un contrato, la ley o un consentimiento explícito.</translation>
    </message>
    <message>
        <source>Carry out a data protection impact assessment first.</source>
        <translation>Realice primero una evaluación de impacto relativa a la protección de datos.</translation>
    </message>
    <message>
        <source>Medical Device Regulation (EU) 2017/745: software that diagnoses, triages, monitors or treats is a medical device; under Rule 11 of Annex VIII it is class IIa or higher.</source>
        <translation>Reglamento (UE) 2017/745 sobre productos sanitarios: el software que diagnostica, hace triaje, vigila o trata es un producto sanitario; según la regla 11 del anexo VIII es de clase IIa o superior.</translation>
    </message>
    <message>
        <source>A CE mark after conformity assessment by a notified body, or buy a product that already carries one for this intended use.</source>
        <translation>Un marcado CE tras la evaluación de la conformidad por un organismo notificado, o comprar un producto que ya lo lleve para esta finalidad prevista.</translation>
    </message>
    <message>
        <source>A clinical evaluation, a quality management system and technical documentation.</source>
        <translation>Una evaluación clínica, un sistema de gestión de la calidad y documentación técnica.</translation>
    </message>
    <message>
        <source>Post-market surveillance and vigilance reporting.</source>
        <translation>Vigilancia poscomercialización y notificación de vigilancia.</translation>
    </message>
</context>
<context>
    <name>risks</name>
    <message>
        <source>Building, buying or running a prohibited practice exposes the organisation to fines of up to EUR 35 million or 7% of its worldwide annual turnover, whichever is higher</source>
        <translation>Desarrollar, comprar o usar una práctica prohibida expone a la organización a multas de hasta 35 millones de EUR o el 7 % de su volumen de negocios anual mundial, si esta cifra es superior</translation>
    </message>
    <message>
        <source>Do not build or buy it; switch off any such use already running, record the decision, and have counsel confirm whether any medical or safety exception applies</source>
        <translation>No desarrollarlo ni comprarlo; desactivar cualquier uso ya en marcha, documentar la decisión y pedir a la asesoría jurídica que confirme si se aplica alguna excepción médica o de seguridad</translation>
    </message>
    <message>
        <source>Bias: a model trained on past hiring or promotion outcomes repeats them; Amazon dropped a CV-screening model that penalised CVs mentioning “women&apos;s”</source>
        <translation>Sesgo: un modelo entrenado con contrataciones o ascensos pasados los repite; Amazon abandonó un modelo de criba de currículos que penalizaba los que mencionaban «women&apos;s»</translation>
    </message>
    <message>
        <source>Compare selection rates by group against today&apos;s process before and after launch, remove proxies of protected traits, and keep a person accountable for every decision</source>
        <translation>Compare las tasas de selección por grupo con el proceso actual antes y después del lanzamiento, elimine variables que sustituyan rasgos protegidos y mantenga a una persona responsable de cada decisión</translation>
    </message>
    <message>
        <source>Biased labels: a health algorithm that predicted costs as a stand-in for need rated Black patients healthier than equally sick White patients</source>
        <translation>Etiquetas sesgadas: un algoritmo sanitario que predecía costes como sustituto de la necesidad consideraba a pacientes negros más sanos que a pacientes blancos igual de enfermos</translation>
    </message>
    <message>
        <source>Check that the recorded outcome measures need, not access to care, and compare outcomes by patient group at equal predicted risk</source>
        <translation>Compruebe que el resultado registrado mide la necesidad y no el acceso a la atención, y compare los resultados por grupo de pacientes a igual riesgo previsto</translation>
    </message>
    <message>
        <source>Performance by patient group: inputs and models can be less accurate for some groups, as pulse oximeters missed low oxygen more often in Black patients</source>
        <translation>Rendimiento por grupo de pacientes: las entradas y los modelos pueden ser menos precisos para algunos grupos, como los pulsioxímetros que pasaban por alto el oxígeno bajo más a menudo en pacientes negros</translation>
    </message>
    <message>
        <source>Report sensitivity, false alarms and calibration for each patient group and site, and set a minimum every group must meet</source>
        <translation>Informe de la sensibilidad, las falsas alarmas y la calibración por grupo de pacientes y centro, y fije un mínimo que todo grupo deba cumplir</translation>
    </message>
    <message>
        <source>Figures that do not transfer: a sepsis model used in hundreds of hospitals performed far worse when validated independently than its developer reported</source>
        <translation>Cifras que no se trasladan: un modelo de sepsis usado en cientos de hospitales rindió mucho peor en una validación independiente de lo que decía su fabricante</translation>
    </message>
    <message>
        <source>Validate on your own patients, prospectively and in silent mode, before any alert reaches clinicians, and watch the alert burden</source>
        <translation>Valide con sus propios pacientes, de forma prospectiva y en modo silencioso, antes de que cualquier alerta llegue al personal clínico, y vigile la carga de alertas</translation>
    </message>
    <message>
        <source>Unequal accuracy on faces: commercial face analysis erred far more often for darker-skinned women than for lighter-skinned men</source>
        <translation>Precisión desigual con rostros: el análisis facial comercial fallaba mucho más con mujeres de piel más oscura que con hombres de piel más clara</translation>
    </message>
    <message>
        <source>Measure error rates for each group of skin type, sex and age on your own images before use, and do not use it where a group falls short</source>
        <translation>Mida las tasas de error por grupo de tipo de piel, sexo y edad con sus propias imágenes antes de usarlo, y no lo use donde un grupo quede por debajo</translation>
    </message>
    <message>
        <source>Harmful bias: outputs that affect people can be systematically worse for some groups</source>
        <translation>Sesgo dañino: los resultados que afectan a personas pueden ser sistemáticamente peores para algunos grupos</translation>
    </message>
    <message>
        <source>Define the groups to compare, measure outcomes for each before launch and after, and name who acts when a gap appears</source>
        <translation>Defina los grupos que comparar, mida los resultados de cada uno antes y después del lanzamiento y nombre a quién actúa cuando aparezca una brecha</translation>
    </message>
    <message>
        <source>The labels record past human decisions (who was hired, approved, flagged): a model trained on them learns to repeat those decisions, their bias included</source>
        <translation>Las etiquetas registran decisiones humanas pasadas (a quién se contrató, aprobó, señaló): un modelo entrenado con ellas aprende a repetir esas decisiones, sesgos incluidos</translation>
    </message>
    <message>
        <source>Prefer measured outcomes as labels; where only decisions exist, audit them by group first and never let the model learn from decisions alone about people</source>
        <translation>Prefiera resultados medidos como etiquetas; donde solo haya decisiones, audítelas primero por grupo y no deje nunca que el modelo aprenda sobre personas solo a partir de decisiones</translation>
    </message>
    <message>
        <source>Wrong answers stated with confidence, for which the organisation is liable: Air Canada was held liable for its chatbot&apos;s wrong advice on refunds</source>
        <translation>Respuestas erróneas dadas con seguridad, de las que la organización responde: Air Canada fue declarada responsable del consejo erróneo de su chatbot sobre reembolsos</translation>
    </message>
    <message>
        <source>Answer only from retrieved documents and link them, hand over to a person when unsure, test on an evaluation set and review samples weekly</source>
        <translation>Responder solo a partir de documentos recuperados y enlazarlos, pasar a una persona cuando haya dudas, probar con un conjunto de evaluación y revisar muestras cada semana</translation>
    </message>
    <message>
        <source>Manipulation: instructions hidden in user input or documents can make a language model ignore its rules or leak data</source>
        <translation>Manipulación: instrucciones ocultas en la entrada del usuario o en documentos pueden hacer que un modelo de lenguaje ignore sus reglas o filtre datos</translation>
    </message>
    <message>
        <source>Give the model no more access than the answer needs, treat retrieved text as data, and attack-test before launch</source>
        <translation>No dé al modelo más acceso del que la respuesta necesita, trate el texto recuperado como datos y pruébelo con ataques antes del lanzamiento</translation>
    </message>
    <message>
        <source>Censored history: sales recorded during stock-outs read as zero demand, so a forecast learns to under-order</source>
        <translation>Historial censurado: las ventas registradas durante las roturas de stock se leen como demanda cero, y la previsión aprende a pedir de menos</translation>
    </message>
    <message>
        <source>Flag stock-outs and other gaps in the history and treat them as missing demand, not as zero</source>
        <translation>Marque las roturas de stock y otros huecos del historial y trátelos como demanda ausente, no como cero</translation>
    </message>
    <message>
        <source>A backtest that sees the future (random splits, features computed with later data) makes a forecast look better than it will be</source>
        <translation>Un backtest que ve el futuro (particiones aleatorias, variables calculadas con datos posteriores) hace que una previsión parezca mejor de lo que será</translation>
    </message>
    <message>
        <source>Backtest on rolling origins in time order, with features built only from data available on each forecast date</source>
        <translation>Haga el backtest con orígenes móviles en orden temporal, con variables construidas solo a partir de datos disponibles en cada fecha de previsión</translation>
    </message>
    <message>
        <source>Latency and no network: answers in milliseconds or on devices need a model that fits the device, and a fallback when it cannot answer</source>
        <translation>Latencia y sin red: las respuestas en milisegundos o en dispositivos necesitan un modelo que quepa en el dispositivo y una alternativa cuando no pueda responder</translation>
    </message>
    <message>
        <source>Measure speed and memory on the target hardware early, compress the model (quantise, distil), and define the fallback behaviour</source>
        <translation>Mida pronto la velocidad y la memoria en el hardware de destino, comprima el modelo (cuantizar, destilar) y defina el comportamiento alternativo</translation>
    </message>
    <message>
        <source>Shifting data: accuracy degrades when new data drifts from the training data</source>
        <translation>Datos cambiantes: la precisión empeora cuando los datos nuevos se alejan de los de entrenamiento</translation>
    </message>
    <message>
        <source>Monitor accuracy and input distributions on fresh data and plan retraining from the start</source>
        <translation>Vigile la precisión y la distribución de las entradas con datos nuevos y planifique el reentrenamiento desde el principio</translation>
    </message>
    <message>
        <source>Fees at volume: paying per request or per token grows with every request, and at millions a month can outrun the budget</source>
        <translation>Tarifas por volumen: pagar por petición o por token crece con cada petición y, con millones al mes, puede superar el presupuesto</translation>
    </message>
    <message>
        <source>Price the service at the answered volume, cache repeated requests, route easy ones to a smaller model and cap monthly spend</source>
        <translation>Calcule el precio del servicio al volumen indicado, almacene en caché las peticiones repetidas, envíe las fáciles a un modelo más pequeño y limite el gasto mensual</translation>
    </message>
    <message>
        <source>Vendor dependence: an outside service can change its price, its model or its data terms</source>
        <translation>Dependencia del proveedor: un servicio externo puede cambiar su precio, su modelo o sus condiciones sobre los datos</translation>
    </message>
    <message>
        <source>Read the data terms (no training on your data, where it is hosted), keep the evaluation set to compare providers, and keep a way to switch</source>
        <translation>Lea las condiciones sobre los datos (sin entrenar con sus datos, dónde se alojan), conserve el conjunto de evaluación para comparar proveedores y mantenga una forma de cambiar</translation>
    </message>
    <message>
        <source>Outside processing: personal data may not reach a provider without a data processing agreement or anonymisation</source>
        <translation>Tratamiento externo: los datos personales no pueden llegar a un proveedor sin un contrato de encargo del tratamiento o sin anonimizarlos</translation>
    </message>
    <message>
        <source>Sign a data processing agreement, or anonymise, before any data reaches a provider</source>
        <translation>Firme un contrato de encargo del tratamiento, o anonimice, antes de que ningún dato llegue a un proveedor</translation>
    </message>
    <message>
        <source>Licence: the weights of some tabular foundation models may be used for research and evaluation only, not in production</source>
        <translation>Licencia: los pesos de algunos modelos fundacionales tabulares solo pueden usarse para investigación y evaluación, no en producción</translation>
    </message>
    <message>
        <source>Check the licence of the exact model version before the pilot; budget a commercial licence or fall back to gradient boosting</source>
        <translation>Compruebe la licencia de la versión exacta del modelo antes del piloto; presupueste una licencia comercial o vuelva al gradient boosting</translation>
    </message>
    <message>
        <source>Licence: open weights come with licences that may restrict commercial use, scale or field of use</source>
        <translation>Licencia: los pesos abiertos vienen con licencias que pueden restringir el uso comercial, la escala o el ámbito de uso</translation>
    </message>
    <message>
        <source>Check the model&apos;s licence for your use before building on it</source>
        <translation>Compruebe la licencia del modelo para su uso antes de construir sobre él</translation>
    </message>
    <message>
        <source>Running models on your own machines: someone must install, update and monitor them, which costs more than the model code</source>
        <translation>Ejecutar modelos en sus propias máquinas: alguien debe instalarlos, actualizarlos y vigilarlos, lo que cuesta más que el código del modelo</translation>
    </message>
    <message>
        <source>Budget the operations work and name who runs the model in production</source>
        <translation>Presupueste el trabajo de operación y nombre a quién opera el modelo en producción</translation>
    </message>
    <message>
        <source>Black box: neural networks cannot say why they decided</source>
        <translation>Caja negra: las redes neuronales no pueden decir por qué decidieron</translation>
    </message>
    <message>
        <source>Keep a person in the loop for contested cases and document what the model may decide; where explanations are required, prefer an interpretable model</source>
        <translation>Mantenga a una persona en el circuito para los casos discutidos y documente qué puede decidir el modelo; donde se exijan explicaciones, prefiera un modelo interpretable</translation>
    </message>
    <message>
        <source>Decisions about individuals usually carry a right to an explanation and to human review</source>
        <translation>Las decisiones sobre personas suelen conllevar un derecho a una explicación y a una revisión humana</translation>
    </message>
    <message>
        <source>Have counsel check what the law requires before ruling explanations out</source>
        <translation>Haga que un jurista compruebe qué exige la ley antes de descartar las explicaciones</translation>
    </message>
    <message>
        <source>Compute cost: training and serving large networks is expensive</source>
        <translation>Coste de cómputo: entrenar y servir grandes redes es caro</translation>
    </message>
    <message>
        <source>Measure training and serving cost per prediction early, and stop if the gain over the baseline does not pay for it</source>
        <translation>Mida pronto el coste de entrenamiento y de servicio por predicción, y pare si la mejora sobre la referencia no lo compensa</translation>
    </message>
    <message>
        <source>Too much too soon: a first deep learning project without a team that has done it before tends to fail</source>
        <translation>Demasiado y demasiado pronto: un primer proyecto de deep learning sin un equipo que ya lo haya hecho suele fracasar</translation>
    </message>
    <message>
        <source>Start with a smaller project, or bring in people who have run networks in production</source>
        <translation>Empiece con un proyecto más pequeño o incorpore a personas que ya hayan operado redes en producción</translation>
    </message>
    <message>
        <source>Overcomplication: a deep learning team will be tempted by deep networks on tables</source>
        <translation>Complicación excesiva: un equipo de deep learning tendrá la tentación de usar redes profundas con tablas</translation>
    </message>
    <message>
        <source>Insist that any network beats gradient boosting on the same backtest first</source>
        <translation>Exija que cualquier red supere antes al gradient boosting en el mismo backtest</translation>
    </message>
    <message>
        <source>The wrong problem: AI projects fail most often because the problem to solve is misunderstood or miscommunicated</source>
        <translation>El problema equivocado: los proyectos de IA fracasan sobre todo porque el problema que resolver se entiende o se comunica mal</translation>
    </message>
    <message>
        <source>Write down the decision the model supports, who uses it and the measure of success before any model is built</source>
        <translation>Ponga por escrito la decisión que apoya el modelo, quién lo usa y la medida del éxito antes de construir ningún modelo</translation>
    </message>
    <message>
        <source>Few examples: with under 1,000, results on the data a model learned from look better than they are</source>
        <translation>Pocos ejemplos: con menos de 1.000, los resultados sobre los datos de los que aprendió un modelo parecen mejores de lo que son</translation>
    </message>
    <message>
        <source>Keep a held-out set the model never learns from, or use cross-validation, and report the spread</source>
        <translation>Reserve un conjunto del que el modelo nunca aprenda, o use validación cruzada, e informe de la dispersión</translation>
    </message>
    <message>
        <source>We could not judge “{question}”: it was answered “don&apos;t know”</source>
        <translation>No pudimos juzgar «{question}»: la respuesta fue «No lo sé»</translation>
    </message>
    <message>
        <source>Find out before the pilot starts and assess again: {text}</source>
        <translation>Averiguarlo antes de empezar el piloto y volver a evaluar: {text}</translation>
    </message>
</context>
<context>
    <name>rules</name>
    <message>
        <source>Start simple: a simple model that ships beats a complex one that does not, and it is the baseline any deep network must beat</source>
        <translation>Empezar por lo sencillo: un modelo simple que llega a producción supera a uno complejo que no llega, y es la referencia que cualquier red profunda debe batir</translation>
    </message>
    <message>
        <source>Text, images, audio and video: pretrained networks already understand this kind of data, and adapting one beats training from scratch unless the labelled data is very large and unlike anything public</source>
        <translation>Texto, imágenes, audio y vídeo: las redes preentrenadas ya entienden este tipo de datos, y adaptar una supera a entrenar desde cero, salvo que los datos etiquetados sean muy abundantes y distintos de todo lo público</translation>
    </message>
    <message>
        <source>Millions of interactions and a team that runs neural networks: deep recommenders pay off at this scale</source>
        <translation>Millones de interacciones y un equipo que opera redes neuronales: a esta escala, los sistemas de recomendación con deep learning son rentables</translation>
    </message>
    <message>
        <source>A service already does this task: even where quality is the edge, it is the baseline to beat and a model to adapt</source>
        <translation>Un servicio ya hace esta tarea: incluso donde la calidad es la ventaja competitiva, es la referencia que batir y un modelo que adaptar</translation>
    </message>
    <message>
        <source>The data must stay on premises: that rules out a cloud service, not transfer learning; open pretrained models run on your own machines and can be adapted there</source>
        <translation>Los datos deben quedarse en sus instalaciones: eso descarta un servicio en la nube, no el transfer learning; los modelos preentrenados abiertos funcionan en sus propias máquinas y pueden adaptarse allí</translation>
    </message>
    <message>
        <source>Open pretrained models exist for a similar task: fine-tuning one needs far less data, time and compute than training from scratch</source>
        <translation>Existen modelos preentrenados abiertos para una tarea similar: ajustar uno requiere muchos menos datos, tiempo y computación que entrenar desde cero</translation>
    </message>
    <message>
        <source>A task unlike anything public with millions of labelled examples: this is where training your own network pays off</source>
        <translation>Una tarea distinta de todo lo público con millones de ejemplos etiquetados: aquí es donde entrenar una red propia sale rentable</translation>
    </message>
    <message>
        <source>A new task with hundreds of thousands of labelled examples: fine-tuning all the layers of a network, or training one, becomes possible</source>
        <translation>Una tarea nueva con cientos de miles de ejemplos etiquetados: ajustar todas las capas de una red, o entrenar una, se vuelve posible</translation>
    </message>
    <message>
        <source>Records in tables: on tables of the size studied (about 10,000 rows), gradient-boosted trees still beat deep networks, for a fraction of the cost</source>
        <translation>Registros en tablas: en tablas del tamaño estudiado (unas 10.000 filas), los árboles con gradient boosting siguen superando a las redes profundas, por una fracción del coste</translation>
    </message>
    <message>
        <source>A small table: a pretrained tabular model (TabPFN) matched or beat tuned gradient boosting on tables of up to 10,000 rows; either learns from what you have, no network of your own is needed</source>
        <translation>Una tabla pequeña: un modelo tabular preentrenado (TabPFN) igualó o superó a un gradient boosting ajustado en tablas de hasta 10.000 filas; cualquiera de los dos aprende de lo que tiene, no hace falta una red propia</translation>
    </message>
    <message>
        <source>Forecasting: in the M5 retail competition, methods built on gradient boosting (LightGBM) beat the statistical benchmarks; start with boosting on past values and a seasonal baseline</source>
        <translation>Previsión: en la competición M5 de ventas minoristas, los métodos basados en gradient boosting (LightGBM) superaron a las referencias estadísticas; empiece con boosting sobre valores pasados y una referencia estacional</translation>
    </message>
    <message>
        <source>Pretrained time-series models forecast series they have never seen about as well as models trained on them: a cheap extra baseline, not a reason to build a network</source>
        <translation>Los modelos preentrenados de series temporales prevén series que nunca vieron casi tan bien como modelos entrenados con ellas: una referencia adicional barata, no un motivo para construir una red</translation>
    </message>
    <message>
        <source>An assistant that answers from the organisation&apos;s own documents: retrieval with a pretrained language model is the established design, and there is no model to train first</source>
        <translation>Un asistente que responde a partir de los documentos de la organización: la búsqueda con un modelo de lenguaje preentrenado es el diseño establecido, y no hay que entrenar ningún modelo primero</translation>
    </message>
    <message>
        <source>Drafting text, code, images or summaries is what general foundation models do, by API or with open weights; building a generator of one&apos;s own is for the few who build such models</source>
        <translation>Redactar textos, código, imágenes o resúmenes es lo que hacen los modelos fundacionales generales, por API o de pesos abiertos; construir un generador propio es cosa de los pocos que construyen tales modelos</translation>
    </message>
    <message>
        <source>Pulling fields out of documents is sold as a service and done well by general language and vision models; measure their field accuracy on a labelled sample before trusting one</source>
        <translation>Extraer campos de documentos se vende como servicio y los modelos generales de lenguaje y visión lo hacen bien; mida su precisión por campo en una muestra etiquetada antes de confiar en uno</translation>
    </message>
    <message>
        <source>Text: training a language model from scratch is almost never right; fine-tuning a pretrained one needs a fraction of the labelled data</source>
        <translation>Texto: entrenar un modelo de lenguaje desde cero casi nunca es lo correcto; ajustar uno preentrenado necesita una fracción de los datos etiquetados</translation>
    </message>
    <message>
        <source>Recommendations: a well-tuned matrix factorisation beat neural collaborative filtering and is far cheaper to serve; start there</source>
        <translation>Recomendaciones: una factorización de matrices bien ajustada superó al filtrado colaborativo neuronal y es mucho más barata de servir; empiece por ahí</translation>
    </message>
    <message>
        <source>Even where nothing is known to do this exact task, a generic pretrained model of this kind of data exists, and with this much data it is the best starting point</source>
        <translation>Incluso cuando no se conoce nada que haga exactamente esta tarea, existe un modelo preentrenado genérico para este tipo de datos, y con tantos datos es el mejor punto de partida</translation>
    </message>
    <message>
        <source>Fewer than 10,000 labelled examples: too few to train a network from scratch; one vendor&apos;s guidance asks for about 1,000 examples per label even to adapt a model</source>
        <translation>Menos de 10.000 ejemplos etiquetados: demasiado pocos para entrenar una red desde cero; la guía de un proveedor pide unos 1.000 ejemplos por etiqueta incluso para adaptar un modelo</translation>
    </message>
    <message>
        <source>Few examples: far too few to train a network, but enough for an evaluation set; a general model steered by instructions needs no training labels</source>
        <translation>Pocos ejemplos: muy pocos para entrenar una red, pero suficientes para un conjunto de evaluación; un modelo general guiado por instrucciones no necesita etiquetas de entrenamiento</translation>
    </message>
    <message>
        <source>Fewer than 1,000 examples: only models that already learned from other data, or simple ones, can work this small</source>
        <translation>Menos de 1000 ejemplos: con tan pocos datos solo funcionan los modelos que ya aprendieron de otros datos, o los sencillos</translation>
    </message>
    <message>
        <source>No labels yet: pretrained models and services work with few or no labels, custom networks need many</source>
        <translation>Aún no hay etiquetas: los modelos preentrenados y los servicios funcionan con pocas etiquetas o ninguna; las redes a medida necesitan muchas</translation>
    </message>
    <message>
        <source>The data changes often: models must be retrained often, which is cheap for simple or adapted models and expensive for large custom networks</source>
        <translation>Los datos cambian a menudo: hay que reentrenar los modelos con frecuencia, lo que es barato para modelos sencillos o adaptados y caro para grandes redes a medida</translation>
    </message>
    <message>
        <source>A service already does this task and model quality is not what sets you apart: buy, don&apos;t build, whatever the size of the team</source>
        <translation>Un servicio ya hace esta tarea y la calidad del modelo no es lo que le distingue: compre, no construya, sea cual sea el tamaño del equipo</translation>
    </message>
    <message>
        <source>A clinical or safety use for which products exist: a certified (CE-marked) product carries its maker&apos;s conformity assessment, which a model of your own would have to earn</source>
        <translation>Un uso clínico o de seguridad para el que existen productos: un producto certificado (marcado CE) aporta la evaluación de conformidad de su fabricante, que un modelo propio tendría que obtener</translation>
    </message>
    <message>
        <source>No one in house has built machine learning models: competence is built project by project, and deep learning is not the first one</source>
        <translation>Nadie en la casa ha construido modelos de machine learning: la competencia se construye proyecto a proyecto, y el deep learning no es el primero</translation>
    </message>
    <message>
        <source>Calling a ready service needs integration skills, not machine learning skills</source>
        <translation>Llamar a un servicio listo para usar requiere competencias de integración, no de machine learning</translation>
    </message>
    <message>
        <source>The team has trained and run neural networks in production</source>
        <translation>El equipo ha entrenado y operado redes neuronales en producción</translation>
    </message>
    <message>
        <source>Dedicated GPUs are available to train networks</source>
        <translation>Hay GPU dedicadas disponibles para entrenar redes</translation>
    </message>
    <message>
        <source>Under $50,000 a year: deep learning is an over-investment at this budget; pay per use or keep models simple</source>
        <translation>Menos de 50.000&#xa0;USD al año: con este presupuesto el deep learning es una sobreinversión; pague por uso o mantenga modelos sencillos</translation>
    </message>
    <message>
        <source>Production within three months: only a ready service or a simple model ships that fast; don&apos;t bite off more than you can chew</source>
        <translation>Producción en menos de tres meses: solo un servicio listo para usar o un modelo sencillo llegan tan rápido; no abarque más de lo que puede</translation>
    </message>
    <message>
        <source>Answers in milliseconds or without a network: a remote service cannot answer in time; a model must run on the device</source>
        <translation>Respuestas en milisegundos o sin red: un servicio remoto no puede responder a tiempo; el modelo debe ejecutarse en el dispositivo</translation>
    </message>
    <message>
        <source>Model quality is the competitive edge and there is data to earn it: accuracy keeps growing with more data, and the last points are worth paying for</source>
        <translation>La calidad del modelo es la ventaja competitiva y hay datos para lograrla: la precisión sigue creciendo con más datos, y los últimos puntos merecen pagarse</translation>
    </message>
    <message>
        <source>hundreds of thousands of labelled examples</source>
        <translation>cientos de miles de ejemplos etiquetados</translation>
    </message>
    <message>
        <source>Custom networks need hundreds of thousands of labelled examples or more (a rule of thumb), and the answers do not show that many; with fewer, adapting a pretrained model or a classical model wins</source>
        <translation>Las redes propias necesitan cientos de miles de ejemplos etiquetados o más (una regla práctica), y las respuestas no muestran tantos; con menos, gana adaptar un modelo preentrenado o un modelo clásico</translation>
    </message>
    <message>
        <source>a team that has run neural networks in production</source>
        <translation>un equipo que haya operado redes neuronales en producción</translation>
    </message>
    <message>
        <source>GPUs, owned or rented by the hour</source>
        <translation>GPU, propias o alquiladas por horas</translation>
    </message>
    <message>
        <source>Training networks of your own needs GPUs, owned or rented by the hour in a cloud, and the answers show neither</source>
        <translation>Entrenar redes propias necesita GPU, propias o alquiladas por horas en una nube, y las respuestas no muestran ninguna de las dos cosas</translation>
    </message>
    <message>
        <source>$250,000 a year or more</source>
        <translation>250.000 $ al año o más</translation>
    </message>
    <message>
        <source>Custom deep learning needs about $250,000 a year or more for people and compute (a rule of thumb), and the answers do not show that budget; below it, deep learning is an over-investment</source>
        <translation>El deep learning propio necesita unos 250.000 USD al año o más para personas y cómputo (una regla práctica), y las respuestas no muestran ese presupuesto; por debajo, el deep learning es una sobreinversión</translation>
    </message>
    <message>
        <source>more than six months</source>
        <translation>más de seis meses</translation>
    </message>
    <message>
        <source>Collecting data for, training and hardening a network of your own takes more than six months (a rule of thumb), and the answers do not show that much time</source>
        <translation>Reunir datos, entrenar y robustecer una red propia lleva más de seis meses (una regla práctica), y las respuestas no muestran tanto tiempo</translation>
    </message>
    <message>
        <source>model quality as the competitive edge</source>
        <translation>la calidad del modelo como ventaja competitiva</translation>
    </message>
    <message>
        <source>Individual decisions must be explained: use interpretable models (scorecards, linear models, small trees) rather than trying to explain a black box after the fact</source>
        <translation>Hay que explicar las decisiones individuales: use modelos interpretables (scorecards, modelos lineales, árboles pequeños) en lugar de intentar explicar una caja negra a posteriori</translation>
    </message>
    <message>
        <source>Decisions on jobs, credit, schooling or public services that must be explained: only an interpretable model or transparent rules will do; a black box explained after the fact is not an explanation a person can contest</source>
        <translation>Decisiones sobre empleo, crédito, educación o servicios públicos que deben explicarse: solo sirven un modelo interpretable o reglas transparentes; una caja negra explicada a posteriori no es una explicación que una persona pueda impugnar</translation>
    </message>
    <message>
        <source>Explanations would help: simpler models are easier to explain, debug and trust</source>
        <translation>Las explicaciones ayudarían: los modelos más sencillos son más fáciles de explicar y depurar, y generan más confianza</translation>
    </message>
    <message>
        <source>Decisions about individuals: a model whose reasoning can be checked for bias is safer than a black box trained on a biased past</source>
        <translation>Decisiones sobre individuos: un modelo cuyo razonamiento puede revisarse en busca de sesgos es más seguro que una caja negra entrenada con un pasado sesgado</translation>
    </message>
    <message>
        <source>The right answers are past decisions about people: a model fitted to them learns the decision-makers&apos; bias, as Amazon&apos;s recruiting model did; start from published criteria and check against outcomes reviewed for this purpose</source>
        <translation>Las respuestas correctas son decisiones pasadas sobre personas: un modelo ajustado a ellas aprende el sesgo de quienes decidían, como el modelo de selección de Amazon; parta de criterios publicados y compruebe con resultados revisados para este fin</translation>
    </message>
    <message>
        <source>No use case yet: find one, launch a simple rule or report first, and add machine learning when it beats that</source>
        <translation>Aún no hay caso de uso: encuentre uno, lance primero una regla sencilla o un informe y añada machine learning cuando lo supere</translation>
    </message>
    <message>
        <source>The data is not collected yet: start with a heuristic and collect data while it runs</source>
        <translation>Los datos aún no se recogen: empiece con una heurística y recoja datos mientras funciona</translation>
    </message>
    <message>
        <source>Custom networks need a team that has trained and run them in production, and the answers do not show one; a first deep learning project built from scratch bites off more than it can chew</source>
        <translation>Las redes a medida necesitan un equipo que ya las haya entrenado y operado en producción, y las respuestas no indican ninguno; un primer proyecto de deep learning desde cero es abarcar más de lo que se puede</translation>
    </message>
    <message>
        <source>Custom networks pay for their cost only where model quality is the competitive edge, and the answers do not show that it is</source>
        <translation>Las redes a medida solo compensan su coste donde la calidad del modelo es la ventaja competitiva, y las respuestas no indican que lo sea</translation>
    </message>
    <message>
        <source>Every condition for custom deep learning is met: large labelled data, a team that has run networks in production, GPUs, budget, time, and accuracy that is the business&apos;s edge</source>
        <translation>Se cumplen todas las condiciones para el deep learning a medida: muchos datos etiquetados, un equipo que ha operado redes en producción, GPU, presupuesto, tiempo y una precisión que constituye la ventaja competitiva del negocio</translation>
    </message>
</context>
<context>
    <name>sections</name>
    <message>
        <source>Use case</source>
        <translation>Caso de uso</translation>
    </message>
    <message>
        <source>Start with the business problem, not the technology: what should change, and how will you know it worked?</source>
        <translation>Empiece por el problema de negocio, no por la tecnología: ¿qué debería cambiar y cómo sabrá que ha funcionado?</translation>
    </message>
    <message>
        <source>The problem</source>
        <translation>El problema</translation>
    </message>
    <message>
        <source>What kind of data the problem is about decides most of the answer, and so does whether someone already sells or publishes a model that does the job.</source>
        <translation>El tipo de datos del problema decide la mayor parte de la respuesta, y también si alguien ya vende o publica un modelo que hace el trabajo.</translation>
    </message>
    <message>
        <source>Data</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Models learn from examples where the right answer is known. How many there are, and whether the team can reach them, matters more than the algorithm.</source>
        <translation>Los modelos aprenden de ejemplos cuya respuesta correcta se conoce. Cuántos hay, y si el equipo puede acceder a ellos, importa más que el algoritmo.</translation>
    </message>
    <message>
        <source>Budget and infrastructure</source>
        <translation>Presupuesto e infraestructura</translation>
    </message>
    <message>
        <source>Deep learning costs money to train and to run. These answers say what the initiative can afford and how fast it has to deliver.</source>
        <translation>Entrenar y operar deep learning cuesta dinero. Estas respuestas indican qué puede permitirse la iniciativa y con qué rapidez debe dar resultados.</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>Competence is built project by project. Be honest about the skills you have today, not the ones you plan to hire.</source>
        <translation>La competencia se construye proyecto a proyecto. Sea honesto sobre las capacidades que tiene hoy, no sobre las que piensa contratar.</translation>
    </message>
    <message>
        <source>Risk and governance</source>
        <translation>Riesgo y gobernanza</translation>
    </message>
    <message>
        <source>Where data may go, who is affected by the predictions and who must understand them: these constraints rule some paths out.</source>
        <translation>Adónde pueden ir los datos, a quién afectan las predicciones y quién debe entenderlas: estas restricciones descartan algunos enfoques.</translation>
    </message>
</context>
<context>
    <name>sources</name>
    <message>
        <source>Practices forbidden since 2 February 2025, among them inferring the emotions of people at work or in education, except for medical or safety reasons.</source>
        <translation>Prácticas prohibidas desde el 2 de febrero de 2025, entre ellas inferir las emociones de las personas en el trabajo o en la educación, salvo por motivos médicos o de seguridad.</translation>
    </message>
    <message>
        <source>The high-risk areas: biometrics and emotion recognition, critical infrastructure, education, employment, essential services incl. credit and insurance, law enforcement, migration, justice.</source>
        <translation>Los ámbitos de alto riesgo: biometría y reconocimiento de emociones, infraestructuras críticas, educación, empleo, servicios esenciales incluidos crédito y seguros, aplicación de la ley, migración, justicia.</translation>
    </message>
    <message>
        <source>AI that is, or is a safety component of, a product under the laws of Annex I (machinery, toys, medical devices, ...) needing third-party conformity assessment is high-risk.</source>
        <translation>La IA que es un producto regulado por los actos del anexo I (máquinas, juguetes, productos sanitarios, ...), o un componente de seguridad de él, sujeto a evaluación de conformidad por terceros, es de alto riesgo.</translation>
    </message>
    <message>
        <source>People must be told they are dealing with an AI system; generated content must be marked; people exposed to emotion recognition must be informed.</source>
        <translation>Hay que decir a las personas que tratan con un sistema de IA; el contenido generado debe marcarse; las personas expuestas al reconocimiento de emociones deben ser informadas.</translation>
    </message>
    <message>
        <source>A prohibited practice can be fined up to EUR 35 million or 7% of the company&apos;s worldwide annual turnover, whichever is higher.</source>
        <translation>Una práctica prohibida puede sancionarse con multas de hasta 35 millones de EUR o el 7 % del volumen de negocios anual mundial de la empresa, si esta cifra es superior.</translation>
    </message>
    <message>
        <source>As adopted: prohibitions apply from 2 February 2025, most duties from 2 August 2026, Article 6(1) (Annex I products) from 2 August 2027.</source>
        <translation>Tal como se adoptó: las prohibiciones se aplican desde el 2 de febrero de 2025, la mayoría de las obligaciones desde el 2 de agosto de 2026, el artículo 6, apartado 1 (productos del anexo I) desde el 2 de agosto de 2027.</translation>
    </message>
    <message>
        <source>Reported to move the high-risk duties to 2 December 2027 (Annex III) and 2 August 2028 (Annex I); Article 50 disclosure stays at 2 August 2026.</source>
        <translation>Según lo publicado, aplaza las obligaciones de alto riesgo al 2 de diciembre de 2027 (anexo III) y al 2 de agosto de 2028 (anexo I); la información del artículo 50 sigue en el 2 de agosto de 2026.</translation>
    </message>
    <message>
        <source>A provider processing personal data on your behalf needs a processing agreement; high-risk processing needs an impact assessment first.</source>
        <translation>Un proveedor que trata datos personales por cuenta de usted necesita un contrato de encargo del tratamiento; un tratamiento de alto riesgo necesita antes una evaluación de impacto.</translation>
    </message>
    <message>
        <source>A right not to be subject to a solely automated decision with legal or similarly significant effects; where allowed, human intervention and a right to contest.</source>
        <translation>Un derecho a no ser objeto de una decisión basada únicamente en el tratamiento automatizado con efectos jurídicos o similares; donde se permite, intervención humana y derecho a impugnarla.</translation>
    </message>
    <message>
        <source>A credit score is itself an automated decision under Article 22 when a lender draws strongly on it.</source>
        <translation>Una puntuación de crédito es en sí una decisión automatizada según el artículo 22 cuando un prestamista se basa en gran medida en ella.</translation>
    </message>
    <message>
        <source>Software informing diagnostic or therapeutic decisions is class IIa or higher (IIb or III if harm may be serious); monitoring vital parameters is IIa or IIb.</source>
        <translation>El software que informa decisiones diagnósticas o terapéuticas es de clase IIa o superior (IIb o III si el daño puede ser grave); la vigilancia de parámetros vitales es IIa o IIb.</translation>
    </message>
    <message>
        <source>The data threshold for custom deep learning; based on the transfer-learning evidence (Sun et al. 2017, CS231n), which sets no figure itself.</source>
        <translation>El umbral de datos para el deep learning propio; basado en la evidencia sobre aprendizaje por transferencia (Sun et al. 2017, CS231n), que no fija cifra alguna.</translation>
    </message>
    <message>
        <source>The budget threshold for custom deep learning: about two specialists for a year plus GPU time, at the rulebook&apos;s unit prices.</source>
        <translation>El umbral de presupuesto para el deep learning propio: unos dos especialistas durante un año más tiempo de GPU, a los precios unitarios del reglamento.</translation>
    </message>
    <message>
        <source>The time threshold for custom deep learning.</source>
        <translation>El umbral de tiempo para el deep learning propio.</translation>
    </message>
    <message>
        <source>The year-one cost ranges: orientation, not quotes.</source>
        <translation>Los rangos de coste del primer año: orientación, no presupuestos.</translation>
    </message>
    <message>
        <source>Fees that grow with volume, data terms and lock-in of outside model services.</source>
        <translation>Tarifas que crecen con el volumen, condiciones sobre los datos y dependencia de servicios de modelos externos.</translation>
    </message>
    <message>
        <source>Censored demand and leaking backtests in forecasts.</source>
        <translation>Demanda censurada y backtests con fugas en las previsiones.</translation>
    </message>
    <message>
        <source>Latency, compression and fallback for models on devices.</source>
        <translation>Latencia, compresión y alternativa de respaldo para modelos en dispositivos.</translation>
    </message>
    <message>
        <source>On medium-sized tables (about 10,000 rows, 45 datasets), tree-based models such as gradient boosting remain ahead of deep networks; larger tables were not studied.</source>
        <translation>En tablas medianas (unas 10.000 filas, 45 conjuntos de datos), los modelos de árboles como el gradient boosting siguen por delante de las redes profundas; no se estudiaron tablas mayores.</translation>
    </message>
    <message>
        <source>On Walmart&apos;s retail sales, LightGBM-based methods beat the statistical benchmarks; the second place blended LightGBM with the N-BEATS network.</source>
        <translation>En las ventas minoristas de Walmart, los métodos basados en LightGBM superaron a las referencias estadísticas; el segundo puesto combinó LightGBM con la red N-BEATS.</translation>
    </message>
    <message>
        <source>A pretrained tabular model (TabPFN) beat tuned gradient boosting on tables of up to 10,000 rows and 500 columns; larger tables were outside its evaluation.</source>
        <translation>Un modelo tabular preentrenado (TabPFN) superó al gradient boosting ajustado en tablas de hasta 10.000 filas y 500 columnas; las tablas mayores quedaron fuera de su evaluación.</translation>
    </message>
    <message>
        <source>Pretrained time-series models forecast series they never saw about as well as models trained on them (42 datasets): a cheap baseline to beat.</source>
        <translation>Los modelos de series temporales preentrenados prevén series que nunca vieron casi tan bien como modelos entrenados con ellas (42 conjuntos de datos): una referencia barata que superar.</translation>
    </message>
    <message>
        <source>Fine-tuning a pretrained language model: with 100 labelled examples it matched training from scratch on 100 times more.</source>
        <translation>Ajustar un modelo de lenguaje preentrenado: con 100 ejemplos etiquetados igualó el entrenamiento desde cero con 100 veces más.</translation>
    </message>
    <message>
        <source>Vision accuracy grows with the logarithm of the training data (300 million images), and pretraining on large data then transferring helps; it sets no threshold of labels.</source>
        <translation>La precisión en visión crece con el logaritmo de los datos de entrenamiento (300 millones de imágenes), y preentrenar con muchos datos y luego transferir ayuda; no fija ningún umbral de etiquetas.</translation>
    </message>
    <message>
        <source>Teaching rule for image networks: with little data similar to the pretraining data, train only a classifier on top; with a lot, fine-tune; from scratch only with much data unlike it.</source>
        <translation>Regla docente para redes de imágenes: con pocos datos parecidos a los de preentrenamiento, entrenar solo un clasificador encima; con muchos, ajustar; desde cero solo con muchos datos muy distintos.</translation>
    </message>
    <message>
        <source>A well-tuned dot product (matrix factorisation) beat learned neural similarities and is far cheaper to serve; the paper does not study gradient-boosted ranking.</source>
        <translation>Un producto escalar bien ajustado (factorización de matrices) superó a similitudes neuronales aprendidas y es mucho más barato de servir; el artículo no estudia el ranking con gradient boosting.</translation>
    </message>
    <message>
        <source>Deep recommenders at YouTube&apos;s scale, built and run by a team that operates them in production.</source>
        <translation>Recomendadores profundos a la escala de YouTube, construidos y operados por un equipo que los mantiene en producción.</translation>
    </message>
    <message>
        <source>Models degrade when the data drifts from the training data; drift must be detected and models adapted.</source>
        <translation>Los modelos empeoran cuando los datos se alejan de los de entrenamiento; hay que detectar la deriva y adaptar los modelos.</translation>
    </message>
    <message>
        <source>Machine learning systems carry large hidden maintenance costs beyond the model code: data dependencies, configuration, monitoring.</source>
        <translation>Los sistemas de aprendizaje automático arrastran grandes costes de mantenimiento ocultos más allá del código del modelo: dependencias de datos, configuración, supervisión.</translation>
    </message>
    <message>
        <source>Training large neural networks costs much compute, money and energy.</source>
        <translation>Entrenar grandes redes neuronales cuesta mucho cómputo, dinero y energía.</translation>
    </message>
    <message>
        <source>Leakage, information about the target that would not be available when predicting, makes results look better than they are; keep learning and prediction data apart.</source>
        <translation>La fuga, información sobre el objetivo que no estaría disponible al predecir, hace que los resultados parezcan mejores de lo que son; separe los datos de aprendizaje y de predicción.</translation>
    </message>
    <message>
        <source>A language model answering from retrieved passages wrote more specific and factual text than one answering from its weights alone.</source>
        <translation>Un modelo de lenguaje que responde a partir de pasajes recuperados escribió textos más específicos y fieles a los hechos que uno que responde solo desde sus pesos.</translation>
    </message>
    <message>
        <source>For high-stakes decisions, use interpretable models instead of explaining black boxes after the fact; they often perform as well.</source>
        <translation>Para decisiones de alto impacto, use modelos interpretables en lugar de explicar cajas negras a posteriori; a menudo rinden igual.</translation>
    </message>
    <message>
        <source>A health algorithm trained on costs as a stand-in for need rated Black patients healthier than equally sick White patients: the label carried the bias.</source>
        <translation>Un algoritmo sanitario entrenado con costes como sustituto de la necesidad consideraba a pacientes negros más sanos que a pacientes blancos igual de enfermos: la etiqueta llevaba el sesgo.</translation>
    </message>
    <message>
        <source>Commercial face analysis erred up to 34.7% for darker-skinned women against 0.8% for lighter-skinned men.</source>
        <translation>El análisis facial comercial fallaba hasta un 34,7 % con mujeres de piel más oscura frente a un 0,8 % con hombres de piel más clara.</translation>
    </message>
    <message>
        <source>Pulse oximeters missed low blood oxygen about three times as often in Black as in White patients: a model&apos;s inputs can be biased by patient group.</source>
        <translation>Los pulsioxímetros pasaban por alto el oxígeno bajo en sangre unas tres veces más en pacientes negros que en blancos: las entradas de un modelo pueden estar sesgadas por grupo de pacientes.</translation>
    </message>
    <message>
        <source>Checked independently, a sepsis model used in hundreds of US hospitals reached an AUC of 0.63, well below its developer&apos;s figures.</source>
        <translation>Comprobado de forma independiente, un modelo de sepsis usado en cientos de hospitales de EE. UU. alcanzó un AUC de 0,63, muy por debajo de las cifras de su fabricante.</translation>
    </message>
    <message>
        <source>Amazon dropped a CV-screening model that, trained on ten years of past CVs, penalised CVs mentioning &quot;women&apos;s&quot;.</source>
        <translation>Amazon abandonó un modelo de criba de currículos que, entrenado con diez años de currículos anteriores, penalizaba los que mencionaban «women&apos;s».</translation>
    </message>
    <message>
        <source>A company answers for what its chatbot tells customers: Air Canada was held liable for its chatbot&apos;s wrong advice on bereavement fares.</source>
        <translation>Una empresa responde de lo que su chatbot dice a los clientes: Air Canada fue declarada responsable del consejo erróneo de su chatbot sobre tarifas por duelo.</translation>
    </message>
    <message>
        <source>From 65 interviews: AI projects fail mostly from a misunderstood problem, missing data or infrastructure, technology chased for its own sake, or problems too hard for AI.</source>
        <translation>De 65 entrevistas: los proyectos de IA fracasan sobre todo por un problema mal entendido, falta de datos o de infraestructura, tecnología buscada por sí misma o problemas demasiado difíciles para la IA.</translation>
    </message>
    <message>
        <source>A voluntary framework to govern, map, measure and manage AI risks, including validity, reliability and harmful bias.</source>
        <translation>Un marco voluntario para gobernar, mapear, medir y gestionar los riesgos de la IA, incluidos la validez, la fiabilidad y los sesgos dañinos.</translation>
    </message>
    <message>
        <source>Prompt injection heads the risks of language-model applications: user input or retrieved text can override the system&apos;s instructions.</source>
        <translation>La inyección de prompts encabeza los riesgos de las aplicaciones con modelos de lenguaje: la entrada del usuario o un texto recuperado pueden anular las instrucciones del sistema.</translation>
    </message>
    <message>
        <source>Rule 1: don&apos;t be afraid to launch without machine learning; Rule 2: first design and implement metrics.</source>
        <translation>Regla 1: no tema lanzar sin aprendizaje automático; regla 2: diseñe e implemente primero las métricas.</translation>
    </message>
    <message>
        <source>For its AutoML models Google recommends about 1,000 images per label and needs at least 10 examples per label: one vendor&apos;s guidance for its product.</source>
        <translation>Para sus modelos AutoML, Google recomienda unas 1.000 imágenes por etiqueta y exige al menos 10 ejemplos por etiqueta: la guía de un proveedor para su producto.</translation>
    </message>
    <message>
        <source>Prefer off-the-shelf services and prebuilt or pretrained models where possible, and check that a model&apos;s licence fits the use.</source>
        <translation>Preferir cuando sea posible servicios listos para usar y modelos preconstruidos o preentrenados, y comprobar que la licencia de un modelo encaja con el uso.</translation>
    </message>
    <message>
        <source>Newer TabPFN weights may be used for research and internal evaluation only; commercial or production use needs a commercial licence.</source>
        <translation>Los pesos más recientes de TabPFN solo pueden usarse para investigación y evaluación interna; el uso comercial o en producción necesita una licencia comercial.</translation>
    </message>
    <message>
        <source>Projects fail by overcomplicating: a 3-layer network matched a 10-layer one at a fraction of the cost; define business success first. It gives no budget or time threshold.</source>
        <translation>Los proyectos fracasan por complicarse: una red de 3 capas igualó a una de 10 por una fracción del coste; defina primero el éxito de negocio. El ensayo no da umbral de presupuesto ni de tiempo.</translation>
    </message>
    <message>
        <source>One practitioner&apos;s account: compute cost, a deep model too slow to load in production, black boxes, decay on new data. It gives no budget threshold.</source>
        <translation>El relato de un profesional: coste de cómputo, un modelo profundo demasiado lento de cargar en producción, cajas negras, deterioro con datos nuevos. No da umbral de presupuesto.</translation>
    </message>
    <message>
        <source>Start from a use case; don&apos;t rebuild what pretrained models and APIs do; build competence project by project; beware biased training data. It gives no timeline.</source>
        <translation>Partir de un caso de uso; no rehacer lo que hacen los modelos preentrenados y las API; construir competencia proyecto a proyecto; cuidado con los datos de entrenamiento sesgados. El ensayo no da plazos.</translation>
    </message>
</context>
<context>
    <name>steps</name>
    <message>
        <source>Record the decision not to build or buy this system, with the legal reason, and stop any use already running</source>
        <translation>Deje constancia de la decisión de no construir ni comprar este sistema, con el motivo jurídico, y detenga cualquier uso ya en marcha</translation>
    </message>
    <message>
        <source>The decision is minuted by the board and any running use is switched off</source>
        <translation>La decisión consta en el acta de la dirección y cualquier uso en marcha está apagado</translation>
    </message>
    <message>
        <source>Have counsel assess the rules listed here for this use: which apply, who is provider and deployer, and what each obliges</source>
        <translation>Haga que un jurista evalúe las normas aquí indicadas para este uso: cuáles se aplican, quién es proveedor y responsable del despliegue, y qué obliga cada una</translation>
    </message>
    <message>
        <source>A written assessment names each applicable rule, its duties and dates</source>
        <translation>Una evaluación escrita nombra cada norma aplicable, sus obligaciones y sus fechas</translation>
    </message>
    <message>
        <source>Write down the business measure of success and today&apos;s value of it, with the people who will use the output</source>
        <translation>Ponga por escrito, con las personas que usarán los resultados, la medida de éxito del negocio y su valor actual</translation>
    </message>
    <message>
        <source>The sponsor has signed off one measure, its current value and the target</source>
        <translation>El patrocinador ha aprobado una medida, su valor actual y el objetivo</translation>
    </message>
    <message>
        <source>Put the budget to a lawful question instead, for example anonymous surveys of how people feel, with their representatives involved</source>
        <translation>Destine el presupuesto a una cuestión lícita, por ejemplo encuestas anónimas sobre cómo se sienten las personas, con sus representantes</translation>
    </message>
    <message>
        <source>An alternative use is chosen, or the budget is released</source>
        <translation>Se elige otro uso o se libera el presupuesto</translation>
    </message>
    <message>
        <source>Choose one business problem with an owner and the people affected, before choosing any technology</source>
        <translation>Elija un problema de negocio con un responsable y las personas afectadas antes de elegir ninguna tecnología</translation>
    </message>
    <message>
        <source>One problem, its owner and its users are named in writing</source>
        <translation>Un problema, su responsable y sus usuarios están nombrados por escrito</translation>
    </message>
    <message>
        <source>Find an executive who owns the outcome and the budget</source>
        <translation>Encuentre un directivo que asuma el resultado y el presupuesto</translation>
    </message>
    <message>
        <source>A named executive has agreed the budget and the measure of success</source>
        <translation>Un directivo con nombre ha aprobado el presupuesto y la medida de éxito</translation>
    </message>
    <message>
        <source>Start collecting the data the use needs, with its consent and retention rules, while a simple rule runs</source>
        <translation>Empiece a recoger los datos que necesita el uso, con sus normas de consentimiento y conservación, mientras funciona una regla sencilla</translation>
    </message>
    <message>
        <source>Data is being recorded daily in one place, with an owner</source>
        <translation>Los datos se registran a diario en un solo lugar, con un responsable</translation>
    </message>
    <message>
        <source>Plan and budget the labelling: who labels, how many examples per label, and how disagreements are settled</source>
        <translation>Planifique y presupueste el etiquetado: quién etiqueta, cuántos ejemplos por etiqueta y cómo se resuelven los desacuerdos</translation>
    </message>
    <message>
        <source>A labelling plan with a budget and a first batch of labelled examples</source>
        <translation>Un plan de etiquetado con presupuesto y un primer lote de ejemplos etiquetados</translation>
    </message>
    <message>
        <source>Sign a data processing agreement with the provider, or anonymise, before any data leaves the organisation</source>
        <translation>Firme un contrato de encargo del tratamiento con el proveedor, o anonimice, antes de que ningún dato salga de la organización</translation>
    </message>
    <message>
        <source>The agreement is signed, or the anonymisation is tested</source>
        <translation>El contrato está firmado o la anonimización probada</translation>
    </message>
    <message>
        <source>Bring the data the pilot needs from its systems into one extract</source>
        <translation>Reúna en un solo extracto los datos que necesita el piloto, desde sus sistemas</translation>
    </message>
    <message>
        <source>A repeatable extract with the agreed fields exists and is documented</source>
        <translation>Existe un extracto repetible con los campos acordados y está documentado</translation>
    </message>
    <message>
        <source>Run the process with a transparent rule or report while the use case, data and measure are put in place</source>
        <translation>Lleve el proceso con una regla o un informe transparentes mientras se preparan el caso de uso, los datos y la medida</translation>
    </message>
    <message>
        <source>The rule runs and its results are recorded against the measure</source>
        <translation>La regla funciona y sus resultados se registran frente a la medida</translation>
    </message>
    <message>
        <source>Measure the simple baseline the first version must beat (today&apos;s process or a simple rule) on the same data and measure</source>
        <translation>Mida la referencia sencilla que la primera versión debe superar (el proceso actual o una regla simple) con los mismos datos y la misma medida</translation>
    </message>
    <message>
        <source>The baseline&apos;s score on the agreed measure is written down</source>
        <translation>La puntuación de la referencia en la medida acordada está anotada</translation>
    </message>
    <message>
        <source>Build an evaluation set: real cases with known right answers, including hard and out-of-scope ones, on which any model, service or product is measured</source>
        <translation>Cree un conjunto de evaluación: casos reales con respuestas correctas conocidas, incluidos difíciles y fuera de alcance, con el que se mida cualquier modelo, servicio o producto</translation>
    </message>
    <message>
        <source>The set is frozen, its answers checked by a second person, and used</source>
        <translation>El conjunto está congelado, sus respuestas revisadas por una segunda persona, y se usa</translation>
    </message>
    <message>
        <source>Set up a rolling backtest in time order, with features only from data available on each forecast date; include a seasonal baseline and a pretrained time-series model</source>
        <translation>Prepare un backtest móvil en orden temporal, con variables solo de datos disponibles en cada fecha de previsión; incluya una referencia estacional y un modelo de series temporales preentrenado</translation>
    </message>
    <message>
        <source>Backtest errors for each baseline are reported by horizon</source>
        <translation>Los errores de backtest de cada referencia se informan por horizonte</translation>
    </message>
    <message>
        <source>Mark stock-outs, closures and other gaps in the history so they are not read as zero demand</source>
        <translation>Marque las roturas de stock, cierres y otros huecos del historial para que no se lean como demanda cero</translation>
    </message>
    <message>
        <source>Every gap in the history carries a flag the model can use</source>
        <translation>Cada hueco del historial lleva una marca que el modelo puede usar</translation>
    </message>
    <message>
        <source>Shortlist two or three services, run each on the evaluation set, and compare their price at your volume and their data terms</source>
        <translation>Preseleccione dos o tres servicios, pruebe cada uno con el conjunto de evaluación y compare su precio a su volumen y sus condiciones sobre los datos</translation>
    </message>
    <message>
        <source>A comparison table with scores, yearly price and terms per service</source>
        <translation>Una tabla comparativa con puntuaciones, precio anual y condiciones por servicio</translation>
    </message>
    <message>
        <source>Shortlist open-weights models that run on your own machines, check their licences, and size the hardware to run them</source>
        <translation>Preseleccione modelos de pesos abiertos que funcionen en sus propias máquinas, compruebe sus licencias y dimensione el hardware</translation>
    </message>
    <message>
        <source>Two candidate models run on your hardware and are scored on the set</source>
        <translation>Dos modelos candidatos funcionan en su hardware y están puntuados con el conjunto</translation>
    </message>
    <message>
        <source>Decide between building a medical device (CE marking through a notified body) and buying a CE-marked product for this intended use</source>
        <translation>Decida entre construir un producto sanitario (marcado CE mediante un organismo notificado) y comprar un producto con marcado CE para esta finalidad prevista</translation>
    </message>
    <message>
        <source>The route, its class under Rule 11 and its cost are agreed</source>
        <translation>La vía, su clase según la regla 11 y su coste están acordados</translation>
    </message>
    <message>
        <source>Carry out a data protection impact assessment and design the human review of each decision</source>
        <translation>Realice una evaluación de impacto relativa a la protección de datos y diseñe la revisión humana de cada decisión</translation>
    </message>
    <message>
        <source>The assessment is signed and the review step is in the process design</source>
        <translation>La evaluación está firmada y el paso de revisión está en el diseño del proceso</translation>
    </message>
    <message>
        <source>Bring in the skills the path needs for the pilot: a contractor or a hire who has built such a system before</source>
        <translation>Incorpore las capacidades que la vía necesita para el piloto: un contratista o una contratación que ya haya construido un sistema así</translation>
    </message>
    <message>
        <source>The person is named and starts within the pilot&apos;s first month</source>
        <translation>La persona está nombrada y empieza en el primer mes del piloto</translation>
    </message>
    <message>
        <source>Agree a budget and a monthly cap for rented GPUs before training starts</source>
        <translation>Acuerde un presupuesto y un límite mensual para las GPU alquiladas antes de empezar a entrenar</translation>
    </message>
    <message>
        <source>The cap is set in the cloud account and the budget is approved</source>
        <translation>El límite está configurado en la cuenta de nube y el presupuesto aprobado</translation>
    </message>
    <message>
        <source>Audit outcomes by group: compare error and selection rates of the model and of today&apos;s process for each group affected</source>
        <translation>Audite los resultados por grupo: compare las tasas de error y de selección del modelo y del proceso actual para cada grupo afectado</translation>
    </message>
    <message>
        <source>An audit report shows each group&apos;s rates, with gaps explained or fixed</source>
        <translation>Un informe de auditoría muestra las tasas de cada grupo, con las brechas explicadas o corregidas</translation>
    </message>
    <message>
        <source>Validate on your own patients in silent mode, by patient group and site, before any output reaches clinicians</source>
        <translation>Valide en modo silencioso con sus propios pacientes, por grupo de pacientes y centro, antes de que ningún resultado llegue al personal clínico</translation>
    </message>
    <message>
        <source>A validation report with sensitivity, false alarms and calibration per group is approved by the clinical lead</source>
        <translation>Un informe de validación con sensibilidad, falsas alarmas y calibración por grupo está aprobado por la dirección clínica</translation>
    </message>
    <message>
        <source>Plan the AI Act&apos;s high-risk duties: risk management, data governance, technical documentation, logging, human oversight, conformity assessment and registration</source>
        <translation>Planifique las obligaciones de alto riesgo del Reglamento de IA: gestión de riesgos, gobernanza de datos, documentación técnica, registro de eventos, supervisión humana, evaluación de la conformidad y registro</translation>
    </message>
    <message>
        <source>A conformity plan with owners and dates is approved before any live use</source>
        <translation>Un plan de conformidad con responsables y fechas está aprobado antes de cualquier uso real</translation>
    </message>
    <message>
        <source>Tell people they are dealing with an AI system at the first contact, and mark generated content</source>
        <translation>Diga a las personas en el primer contacto que tratan con un sistema de IA y marque el contenido generado</translation>
    </message>
    <message>
        <source>The notice and the marking are in the product and checked by counsel</source>
        <translation>El aviso y el marcado están en el producto y revisados por un jurista</translation>
    </message>
    <message>
        <source>Add guardrails: answers only from sources with links, hand-over to a person when unsure, attack tests, logging and a weekly review of samples</source>
        <translation>Añada salvaguardas: respuestas solo a partir de fuentes enlazadas, paso a una persona cuando haya dudas, pruebas de ataque, registro y una revisión semanal de muestras</translation>
    </message>
    <message>
        <source>The evaluation set and an attack set pass the agreed thresholds</source>
        <translation>El conjunto de evaluación y un conjunto de ataques superan los umbrales acordados</translation>
    </message>
    <message>
        <source>Compress the model for the device (quantise, distil) and measure speed, memory and accuracy on the target hardware, with a fallback</source>
        <translation>Comprima el modelo para el dispositivo (cuantizar, destilar) y mida velocidad, memoria y precisión en el hardware de destino, con una alternativa</translation>
    </message>
    <message>
        <source>The model meets the time limit on the device with agreed accuracy</source>
        <translation>El modelo cumple el límite de tiempo en el dispositivo con la precisión acordada</translation>
    </message>
    <message>
        <source>Monitor accuracy and input data in production and set when to retrain</source>
        <translation>Vigile la precisión y los datos de entrada en producción y fije cuándo reentrenar</translation>
    </message>
    <message>
        <source>A dashboard alerts the team when accuracy or inputs move past a limit</source>
        <translation>Un panel avisa al equipo cuando la precisión o las entradas superan un límite</translation>
    </message>
    <message>
        <source>Decide go or no-go on the pilot against the test agreed at the start</source>
        <translation>Decida si seguir o no con el piloto según la prueba acordada al inicio</translation>
    </message>
    <message>
        <source>The board has the pilot&apos;s results against the baseline and decides</source>
        <translation>La dirección tiene los resultados del piloto frente a la referencia y decide</translation>
    </message>
</context>
<context>
    <name>text</name>
    <message>
        <source>Recommendation: {path}</source>
        <translation>Recomendación: {path}</translation>
    </message>
    <message>
        <source>Verdict: {verdict}</source>
        <translation>Veredicto: {verdict}</translation>
    </message>
    <message>
        <source>Approach: {text}</source>
        <translation>Enfoque: {text}</translation>
    </message>
    <message>
        <source>Baseline to beat: {text}</source>
        <translation>Referencia que superar: {text}</translation>
    </message>
    <message>
        <source>Go/no-go after the pilot: {text}</source>
        <translation>Decisión tras el piloto: {text}</translation>
    </message>
    <message>
        <source>Watch: {text}</source>
        <translation>Atención: {text}</translation>
    </message>
    <message>
        <source>Readiness for {path}: {score}/100 ({band}; emerging from {emerging}, ready from {ready}, advanced from {advanced})</source>
        <translation>Madurez para {path}: {score}/100 ({band}; incipiente desde {emerging}, preparada desde {ready}, avanzada desde {advanced})</translation>
    </message>
    <message>
        <source>Fit of each path:</source>
        <translation>Idoneidad de cada enfoque:</translation>
    </message>
    <message>
        <source>Why:</source>
        <translation>Por qué:</translation>
    </message>
    <message>
        <source>Fix first:</source>
        <translation>Resolver primero:</translation>
    </message>
    <message>
        <source>Rules that apply:</source>
        <translation>Normas aplicables:</translation>
    </message>
    <message>
        <source>{text} (applies from {date})</source>
        <translation>{text} (se aplica desde el {date})</translation>
    </message>
    <message>
        <source>Risks to watch:</source>
        <translation>Riesgos a vigilar:</translation>
    </message>
    <message>
        <source>[{severity}] {text}. What to do: {mitigation}</source>
        <translation>[{severity}] {text}. Qué hacer: {mitigation}</translation>
    </message>
    <message>
        <source>Levers you control:</source>
        <translation>Palancas a su alcance:</translation>
    </message>
    <message>
        <source>{text} (takes: {effort})</source>
        <translation>{text} (esfuerzo: {effort})</translation>
    </message>
    <message>
        <source>Year-one cost, USD (orientation, not a quote):</source>
        <translation>Coste del primer año, USD (orientativo, no un presupuesto):</translation>
    </message>
    <message>
        <source>{path}: {low} to {high}</source>
        <translation>{path}: de {low} a {high}</translation>
    </message>
    <message>
        <source>{what}: {low} to {high} ({assumption})</source>
        <translation>{what}: de {low} a {high} ({assumption})</translation>
    </message>
    <message>
        <source>Next steps:</source>
        <translation>Próximos pasos:</translation>
    </message>
    <message>
        <source>{when}, {owner}: {text} Done when: {done_when}</source>
        <translation>{when}, {owner}: {text} Hecho cuando: {done_when}</translation>
    </message>
    <message>
        <source>The advice depends on:</source>
        <translation>El consejo depende de:</translation>
    </message>
    <message>
        <source>{part}: not judged by this version</source>
        <translation>{part}: esta versión no lo evalúa</translation>
    </message>
</context>
<context>
    <name>whatif</name>
    <message>
        <source>{path} would lead if “{question}” were “{answer}” (now “{now}”).</source>
        <translation>{path} pasaría a ser la recomendación si «{question}» fuera «{answer}» (ahora «{now}»).</translation>
    </message>
    <message>
        <source>{path} would lead if “{question1}” were “{answer1}” and “{question2}” were “{answer2}”.</source>
        <translation>{path} pasaría a ser la recomendación si «{question1}» fuera «{answer1}» y «{question2}» fuera «{answer2}».</translation>
    </message>
</context>
<context>
    <name>workshop</name>
    <message>
        <source>Merged {count} participants ({names}) into {path}.</source>
        <translation>{count} participantes ({names}) combinados en {path}.</translation>
    </message>
    <message>
        <source>Tied votes, recorded as &quot;don&apos;t know&quot; for the room to settle:</source>
        <translation>Empates, registrados como «no lo sé» hasta que la sala decida:</translation>
    </message>
    <message>
        <source>Now</source>
        <translation>Ahora</translation>
    </message>
    <message>
        <source>By day 30</source>
        <translation>Antes del día 30</translation>
    </message>
    <message>
        <source>By day 60</source>
        <translation>Antes del día 60</translation>
    </message>
    <message>
        <source>By day 90</source>
        <translation>Antes del día 90</translation>
    </message>
    <message>
        <source>Before: {before}   After: {after}</source>
        <translation>Antes: {before}   Después: {after}</translation>
    </message>
    <message>
        <source>Recommendation: {before} → {after}</source>
        <translation>Recomendación: {before} → {after}</translation>
    </message>
    <message>
        <source>Verdict: {before} → {after}</source>
        <translation>Veredicto: {before} → {after}</translation>
    </message>
    <message>
        <source>Readiness: {before} → {after} ({delta})</source>
        <translation>Preparación: {before} → {after} ({delta})</translation>
    </message>
    <message>
        <source>Changed answers:</source>
        <translation>Respuestas cambiadas:</translation>
    </message>
    <message>
        <source>none</source>
        <translation>ninguna</translation>
    </message>
    <message>
        <source>Where the room disagrees:</source>
        <translation>Dónde discrepa la sala:</translation>
    </message>
    <message>
        <source>changes the recommendation</source>
        <translation>cambia la recomendación</translation>
    </message>
    <message>
        <source>the recommendation holds</source>
        <translation>la recomendación se mantiene</translation>
    </message>
    <message>
        <source>Each participant&apos;s own advice:</source>
        <translation>El consejo propio de cada participante:</translation>
    </message>
    <message>
        <source>Progress since {date}</source>
        <translation>Progreso desde el {date}</translation>
    </message>
    <message>
        <source>the earlier assessment</source>
        <translation>la evaluación anterior</translation>
    </message>
    <message>
        <source>Readiness by dimension, before and after</source>
        <translation>Preparación por dimensión, antes y después</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Antes</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Después</translation>
    </message>
    <message>
        <source>Readiness {before} → {after}; recommendation {path_before} → {path_after}.</source>
        <translation>Preparación {before} → {after}; recomendación {path_before} → {path_after}.</translation>
    </message>
    <message>
        <source>Verdict {before} → {after}.</source>
        <translation>Veredicto {before} → {after}.</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>Qué cambió</translation>
    </message>
    <message>
        <source>No answer changed.</source>
        <translation>Ninguna respuesta cambió.</translation>
    </message>
    <message>
        <source>{question}: {before} → {after}</source>
        <translation>{question}: {before} → {after}</translation>
    </message>
    <message>
        <source>Blockers cleared:</source>
        <translation>Obstáculos resueltos:</translation>
    </message>
    <message>
        <source>New blockers:</source>
        <translation>Obstáculos nuevos:</translation>
    </message>
    <message>
        <source>Action plan</source>
        <translation>Plan de acción</translation>
    </message>
    <message>
        <source>Done when: {text}</source>
        <translation>Hecho cuando: {text}</translation>
    </message>
    <message>
        <source>Portfolio: {count} use cases</source>
        <translation>Cartera: {count} casos de uso</translation>
    </message>
    <message>
        <source>Each use case&apos;s readiness for its recommended path against how well that path fits, marked by verdict. Top right: ready and a good fit. The table lists them in the order to act on: by verdict, then by readiness.</source>
        <translation>La preparación de cada caso de uso para su vía recomendada frente a lo bien que encaja esa vía, marcada por veredicto. Arriba a la derecha: preparado y con buen encaje. La tabla los ordena según cómo actuar: por veredicto y luego por preparación.</translation>
    </message>
    <message>
        <source>Fit of the recommended path</source>
        <translation>Encaje de la vía recomendada</translation>
    </message>
    <message>
        <source>Readiness</source>
        <translation>Preparación</translation>
    </message>
    <message>
        <source>Use case</source>
        <translation>Caso de uso</translation>
    </message>
    <message>
        <source>Verdict</source>
        <translation>Veredicto</translation>
    </message>
    <message>
        <source>Path, fit</source>
        <translation>Vía, encaje</translation>
    </message>
    <message>
        <source>Headline</source>
        <translation>Titular</translation>
    </message>
    <message>
        <source>Year-one cost (USD)</source>
        <translation>Coste del primer año (USD)</translation>
    </message>
    <message>
        <source>No verdict</source>
        <translation>Sin veredicto</translation>
    </message>
    <message>
        <source>Where the room disagrees</source>
        <translation>Dónde discrepa la sala</translation>
    </message>
    <message>
        <source>{count} participants answered on their own; the advice above stands on the room&apos;s consensus (the answer most gave; a tie counts as &quot;don&apos;t know&quot;). The questions where they differed, those that would change the recommendation first.</source>
        <translation>{count} participantes respondieron por separado; el consejo anterior se basa en el consenso de la sala (la respuesta más dada; un empate cuenta como «no lo sé»). Las preguntas en que difirieron, primero las que cambiarían la recomendación.</translation>
    </message>
    <message>
        <source>The participants gave the same answer to every question.</source>
        <translation>Los participantes dieron la misma respuesta a todas las preguntas.</translation>
    </message>
    <message>
        <source>Changes the recommendation</source>
        <translation>Cambia la recomendación</translation>
    </message>
    <message>
        <source>The recommendation holds</source>
        <translation>La recomendación se mantiene</translation>
    </message>
    <message>
        <source>Consensus: {answer}</source>
        <translation>Consenso: {answer}</translation>
    </message>
    <message>
        <source>Readiness across these answers: {low} to {high}</source>
        <translation>Preparación según estas respuestas: de {low} a {high}</translation>
    </message>
    <message>
        <source>Readiness with any of these answers: {score}</source>
        <translation>Preparación con cualquiera de estas respuestas: {score}</translation>
    </message>
    <message>
        <source>{answer}: {names}</source>
        <translation>{answer}: {names}</translation>
    </message>
    <message>
        <source>Each participant&apos;s own advice</source>
        <translation>El consejo propio de cada participante</translation>
    </message>
    <message>
        <source>Participant</source>
        <translation>Participante</translation>
    </message>
    <message>
        <source>Participant {number}</source>
        <translation>Participante {number}</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recomendación</translation>
    </message>
</context>
</TS>
