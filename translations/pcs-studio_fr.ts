<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>pcs::app::AssessmentCommands</name>
    <message>
        <source>Say which cohort: --cohort ID (see pcs-studio cohort list).</source>
        <translation>Indiquez la cohorte : --cohort ID (voir pcs-studio cohort list).</translation>
    </message>
    <message>
        <source>Say where the answers go: --out FILE.csv</source>
        <translation>Indiquez où écrire les réponses : --out FILE.csv</translation>
    </message>
    <message>
        <source>There is no cohort %1 in %2.</source>
        <translation>Il n’y a pas de cohorte %1 dans %2.</translation>
    </message>
    <message>
        <source>Wrote %1 answers of %2 learners of “%3” to %4</source>
        <translation>%1 réponses de %2 apprenants de « %3 » écrites dans %4</translation>
    </message>
</context>
<context>
    <name>pcs::app::CommandLine</name>
    <message>
        <source>Unknown language &apos;%1&apos;: use en or fr.</source>
        <translation>Langue inconnue « %1 » : utilisez en ou fr.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run pcs-studio --help for the list.</source>
        <translation>Commande inconnue « %1 ». Lancez pcs-studio --help pour la liste.</translation>
    </message>
    <message>
        <source>--learners takes a number from 1 to 1000000 and --seed a whole number.</source>
        <translation>--learners prend un nombre de 1 à 1000000 et --seed un nombre entier.</translation>
    </message>
    <message>
        <source>The kiosk needs --cohort ID and --phase pre or --phase post.</source>
        <translation>Le kiosque demande --cohort ID et --phase pre ou --phase post.</translation>
    </message>
    <message>
        <source>--%1 takes a date written YYYY-MM-DD, not &quot;%2&quot;.</source>
        <translation>--%1 prend une date écrite AAAA-MM-JJ, et non « %2 ».</translation>
    </message>
    <message>
        <source>--json, --out, --from, --to and --dry-run go with a command, such as &quot;db check --json&quot;.</source>
        <translation>--json, --out, --from, --to et --dry-run accompagnent une commande, comme « db check --json ».</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Did you mean %2? Run pcs-studio --help for the list.</source>
        <translation>Commande inconnue « %1 ». Vouliez-vous dire %2 ? Lancez pcs-studio --help pour la liste.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; needs one of: %2. Run pcs-studio %1 --help for their options.</source>
        <translation>« %1 » demande l’un de : %2. Lancez pcs-studio %1 --help pour leurs options.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;: %1 takes %3. Run pcs-studio %1 --help for their options.</source>
        <translation>Commande inconnue « %1 %2 » : %1 accepte %3. Lancez pcs-studio %1 --help pour leurs options.</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1 %2&quot;. Did you mean %3? Run pcs-studio %1 --help for their options.</source>
        <translation>Commande inconnue « %1 %2 ». Vouliez-vous dire %3 ? Lancez pcs-studio %1 --help pour leurs options.</translation>
    </message>
    <message>
        <source>%1 takes nothing after its name but options: %2</source>
        <translation>%1 n’accepte que des options après son nom : %2</translation>
    </message>
    <message>
        <source>%1 needs %2 after its name, and nothing else: %3</source>
        <translation>%1 demande %2 après son nom, et rien d’autre : %3</translation>
    </message>
    <message>
        <source>%1 does not take --%2. Run pcs-studio %1 --help for its options.</source>
        <translation>%1 n’accepte pas --%2. Lancez pcs-studio %1 --help pour ses options.</translation>
    </message>
    <message>
        <source>&quot;%1&quot;</source>
        <comment>a command named in a message</comment>
        <translation>« %1 »</translation>
    </message>
</context>
<context>
    <name>pcs::app::CommandSupport</name>
    <message>
        <source>Say which cohort: --cohort ID (see pcs-studio cohort list).</source>
        <translation>Indiquez la cohorte : --cohort ID (voir pcs-studio cohort list).</translation>
    </message>
    <message>
        <source>There is no cohort %1 in %2.</source>
        <translation>Il n’y a pas de cohorte %1 dans %2.</translation>
    </message>
    <message>
        <source>The export was not recorded in the audit log, so nothing was written.</source>
        <translation>L’exportation n’a pas pu être consignée dans le journal d’audit; rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>pcs::app::CommandTable</name>
    <message>
        <source>Schema version, integrity check (PRAGMA quick_check) and rows per table; exit status 0 when healthy</source>
        <translation>Version du schéma, vérification d’intégrité (PRAGMA quick_check) et lignes par table; code de sortie 0 si tout va bien</translation>
    </message>
    <message>
        <source>Write a consistent copy of the database to FILE</source>
        <translation>Écrire une copie cohérente de la base de données dans FILE</translation>
    </message>
    <message>
        <source>Check a curriculum package; list every problem with its place</source>
        <translation>Vérifier un paquet de curriculum et en lister chaque problème, avec son emplacement</translation>
    </message>
    <message>
        <source>Import a package as a new, numbered version, listing what it adds, changes and removes</source>
        <translation>Importer un paquet comme nouvelle version numérotée, avec ce qu’il ajoute, modifie et retire</translation>
    </message>
    <message>
        <source>The current curriculum: programs and MicroCoaching tools</source>
        <translation>Le curriculum actuel : programmes et outils de MicroCoaching</translation>
    </message>
    <message>
        <source>Cohorts with their status, learners and sessions</source>
        <translation>Les cohortes, avec leur état, leurs apprenants et leurs séances</translation>
    </message>
    <message>
        <source>Add learners from a spreadsheet&apos;s CSV file to a cohort; nothing is imported if a line has a problem</source>
        <translation>Ajouter à une cohorte les apprenants d’un fichier CSV de tableur; rien n’est importé si une ligne pose problème</translation>
    </message>
    <message>
        <source>Write the roster of a cohort to a CSV file</source>
        <translation>Écrire la liste des apprenants d’une cohorte dans un fichier CSV</translation>
    </message>
    <message>
        <source>Write the sessions of a cohort to an iCalendar file for calendars</source>
        <translation>Écrire les séances d’une cohorte dans un fichier iCalendar pour les agendas</translation>
    </message>
    <message>
        <source>Write every self-assessment answer of a cohort to a CSV file, safe to open in a spreadsheet</source>
        <translation>Écrire chaque réponse aux autoévaluations d’une cohorte dans un fichier CSV, sûr à ouvrir dans un tableur</translation>
    </message>
    <message>
        <source>Per-topic pre/post figures of a cohort: n, means, medians, changes, Wilcoxon p, effect size</source>
        <translation>Chiffres initiaux/finaux par thème d’une cohorte : n, moyennes, médianes, changements, p de Wilcoxon, taille d’effet</translation>
    </message>
    <message>
        <source>The cohort report: completion, attendance and the pre and post self-assessment figures</source>
        <translation>Le rapport de cohorte : achèvement, présence et chiffres des autoévaluations initiale et finale</translation>
    </message>
    <message>
        <source>One learner&apos;s progress: attendance, ratings before and after, SAW plan and follow-ups</source>
        <translation>Les progrès d’un apprenant : présence, cotes avant et après, plan SAW et suivis</translation>
    </message>
    <message>
        <source>Certificates of completion for a cohort, or for every cohort ending in the period</source>
        <translation>Certificats de réussite d’une cohorte, ou de toutes les cohortes finissant dans la période</translation>
    </message>
    <message>
        <source>A session&apos;s sign-in sheet</source>
        <translation>La feuille de présence d’une séance</translation>
    </message>
    <message>
        <source>Per organization and program: people trained, completions, contact hours; mean ratings per topic (cohorts ending in the period)</source>
        <translation>Par organisme et programme : personnes formées, réussites, heures de contact; cotes moyennes par thème (cohortes finissant dans la période)</translation>
    </message>
    <message>
        <source>Check a certificate&apos;s verification code</source>
        <translation>Vérifier le code de vérification d’un certificat</translation>
    </message>
    <message>
        <source>Open the self-assessment kiosk of a cohort, full screen (staff sign in when it is not open yet)</source>
        <translation>Ouvrir en plein écran le kiosque d’autoévaluation d’une cohorte (le personnel se connecte s’il n’est pas encore ouvert)</translation>
    </message>
    <message>
        <source>The database file: its health and copies of it.</source>
        <translation>Le fichier de la base de données : son état et ses copies.</translation>
    </message>
    <message>
        <source>Curriculum packages and the current curriculum.</source>
        <translation>Les paquets de curriculum et le curriculum actuel.</translation>
    </message>
    <message>
        <source>The cohorts of the database.</source>
        <translation>Les cohortes de la base de données.</translation>
    </message>
    <message>
        <source>The learners of a cohort, from and to spreadsheets.</source>
        <translation>Les apprenants d’une cohorte, depuis et vers un tableur.</translation>
    </message>
    <message>
        <source>The sessions of a cohort, for calendars.</source>
        <translation>Les séances d’une cohorte, pour les agendas.</translation>
    </message>
    <message>
        <source>The pre and post self-assessments of a cohort.</source>
        <translation>Les autoévaluations initiale et finale d’une cohorte.</translation>
    </message>
    <message>
        <source>Pre/post statistics.</source>
        <translation>Statistiques initiales/finales.</translation>
    </message>
    <message>
        <source>PDF reports, written in --lang (en or fr); dates are YYYY-MM-DD.</source>
        <translation>Rapports PDF, écrits dans la langue --lang (en ou fr); les dates s’écrivent AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>Certificates issued from this database.</source>
        <translation>Les certificats délivrés depuis cette base de données.</translation>
    </message>
    <message>
        <source>The self-assessment kiosk for a shared laptop.</source>
        <translation>Le kiosque d’autoévaluation pour un ordinateur partagé.</translation>
    </message>
    <message>
        <source>A demonstration organization.</source>
        <translation>Un organisme de démonstration.</translation>
    </message>
    <message>
        <source>Options for every command:</source>
        <translation>Options de toutes les commandes :</translation>
    </message>
    <message>
        <source>Print machine-readable JSON</source>
        <translation>Afficher du JSON lisible par machine</translation>
    </message>
    <message>
        <source>Show what the command would do; write nothing</source>
        <translation>Montrer ce que ferait la commande, sans rien écrire</translation>
    </message>
    <message>
        <source>The file to write (replaced only once it is complete)</source>
        <translation>Le fichier à écrire (remplacé seulement une fois complet)</translation>
    </message>
    <message>
        <source>The cohort to work on (see pcs-studio cohort list)</source>
        <translation>La cohorte visée (voir pcs-studio cohort list)</translation>
    </message>
    <message>
        <source>The learner the report is about</source>
        <translation>L’apprenant visé par le rapport</translation>
    </message>
    <message>
        <source>How many learners the demo creates (1 to 1000000, default 200)</source>
        <translation>Le nombre d’apprenants que crée la démonstration (1 à 1000000, 200 par défaut)</translation>
    </message>
    <message>
        <source>Seed of the demo data; the same seed gives the same data (default 2026)</source>
        <translation>Graine des données de démonstration; la même graine donne les mêmes données (2026 par défaut)</translation>
    </message>
    <message>
        <source>The self-assessment: before (pre) or after (post) the training</source>
        <translation>L’autoévaluation : avant (pre) ou après (post) la formation</translation>
    </message>
    <message>
        <source>The first day of the period (YYYY-MM-DD)</source>
        <translation>Le premier jour de la période (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>The last day of the period (YYYY-MM-DD)</source>
        <translation>Le dernier jour de la période (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Quit once the first window is shown and painted (start-up timing)</source>
        <translation>Quitter dès que la première fenêtre est affichée et dessinée (mesure du démarrage)</translation>
    </message>
    <message>
        <source>Usage: pcs-studio [--database PATH] [--lang en|fr] [COMMAND] [options]</source>
        <translation>Utilisation : pcs-studio [--database PATH] [--lang en|fr] [COMMANDE] [options]</translation>
    </message>
    <message>
        <source>PCS Studio runs the Person-Centric Strategies professional development series: curriculum, cohorts, self-assessments, SAW plans and reports.</source>
        <translation>PCS Studio gère la série de perfectionnement professionnel Stratégies centrées sur la personne : curriculum, cohortes, autoévaluations, plans SAW et rapports.</translation>
    </message>
    <message>
        <source>Without a command, PCS Studio opens its window.</source>
        <translation>Sans commande, PCS Studio ouvre sa fenêtre.</translation>
    </message>
    <message>
        <source>Commands (run without a window, but for the kiosk):</source>
        <translation>Commandes (exécutées sans fenêtre, sauf le kiosque) :</translation>
    </message>
    <message>
        <source>Run &quot;pcs-studio COMMAND --help&quot; for the options of a command, such as &quot;pcs-studio report --help&quot;.</source>
        <translation>Lancez « pcs-studio COMMANDE --help » pour les options d’une commande, par exemple « pcs-studio report --help ».</translation>
    </message>
    <message>
        <source>Options:</source>
        <translation>Options :</translation>
    </message>
    <message>
        <source>Usage: %1</source>
        <translation>Utilisation : %1</translation>
    </message>
    <message>
        <source>Use the database file PATH instead of the default one</source>
        <translation>Utiliser le fichier de base de données PATH au lieu de celui par défaut</translation>
    </message>
    <message>
        <source>The language of messages and reports (default: the saved one)</source>
        <translation>La langue des messages et des rapports (par défaut : celle enregistrée)</translation>
    </message>
    <message>
        <source>Show this help</source>
        <translation>Afficher cette aide</translation>
    </message>
    <message>
        <source>Show the version</source>
        <translation>Afficher la version</translation>
    </message>
    <message>
        <source>Fill a new database named with --database with a demonstration organization to try things with</source>
        <translation>Remplir une nouvelle base de données, nommée par --database, d’un organisme de démonstration pour faire des essais</translation>
    </message>
    <message>
        <source>Add the demonstration to a database that already holds people or cohorts</source>
        <translation>Ajouter la démonstration à une base de données qui contient déjà des personnes ou des cohortes</translation>
    </message>
    <message>
        <source>People with their ids (for report learner --learner ID), or the learners of one cohort</source>
        <translation>Les personnes avec leur identifiant (pour report learner --learner ID), ou les apprenants d’une cohorte</translation>
    </message>
    <message>
        <source>The people of the database.</source>
        <translation>Les personnes de la base de données.</translation>
    </message>
</context>
<context>
    <name>pcs::app::CurriculumCommands</name>
    <message>
        <source>%1 version %2: %3 programs, %4 topics, %5 tools, %6 self-assessment items</source>
        <translation>%1 version %2 : %3 programmes, %4 thèmes, %5 outils, %6 énoncés d’autoévaluation</translation>
    </message>
    <message>
        <source>Valid: %1</source>
        <translation>Valide : %1</translation>
    </message>
    <message>
        <source>%1 version %2 is already imported; nothing changed.</source>
        <translation>%1 version %2 est déjà importé; rien n’a changé.</translation>
    </message>
    <message>
        <source>Would import %1 (installed version: %2). Nothing was written.</source>
        <translation>Importerait %1 (version installée : %2). Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
    <message>
        <source>Imported %1 (previous version: %2).</source>
        <translation>%1 importé (version précédente : %2).</translation>
    </message>
    <message>
        <source>No curriculum has been imported into %1 yet.</source>
        <translation>Aucun curriculum n’a encore été importé dans %1.</translation>
    </message>
    <message>
        <source>Programs:</source>
        <translation>Programmes :</translation>
    </message>
    <message>
        <source>MicroCoaching tools:</source>
        <translation>Outils de microcoaching :</translation>
    </message>
    <message>
        <source>Problems in %1: %2; nothing was imported.</source>
        <translation>Problèmes dans %1 : %2; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Changes (%1):</source>
        <translation>Changements (%1) :</translation>
    </message>
</context>
<context>
    <name>pcs::app::DbCommands</name>
    <message>
        <source>Database:       %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Schema version: %1 (this build: %2)</source>
        <translation>Version du schéma : %1 (cette version du logiciel : %2)</translation>
    </message>
    <message>
        <source>— upgraded when PCS Studio next opens it</source>
        <translation>— mise à niveau à la prochaine ouverture par PCS Studio</translation>
    </message>
    <message>
        <source>SQLite:         %1, %2 pages of %3 bytes, journal mode %4</source>
        <translation>SQLite :         %1, %2 pages de %3 octets, mode de journal %4</translation>
    </message>
    <message>
        <source>Quick check:    %1</source>
        <translation>Contrôle rapide : %1</translation>
    </message>
    <message>
        <source>Rows per table:</source>
        <translation>Lignes par table :</translation>
    </message>
    <message>
        <source>%1 fails its integrity check: %2</source>
        <translation>%1 échoue au contrôle d’intégrité : %2</translation>
    </message>
    <message>
        <source>Say where the copy goes: pcs-studio db backup --out FILE</source>
        <translation>Indiquez où écrire la copie : pcs-studio db backup --out FICHIER</translation>
    </message>
    <message>
        <source>Backed up %1 to %2</source>
        <translation>%1 sauvegardée dans %2</translation>
    </message>
    <message>
        <source>not chained yet (chained when PCS Studio next opens it)</source>
        <translation>pas encore chaîné (il le sera à la prochaine ouverture par PCS Studio)</translation>
    </message>
    <message>
        <source>broken at entry %1</source>
        <translation>rompu à l’entrée %1</translation>
    </message>
    <message>
        <source>hash chain intact</source>
        <translation>chaîne de hachage intacte</translation>
    </message>
    <message>
        <source>Audit log:      %1</source>
        <translation>Journal d’audit : %1</translation>
    </message>
    <message>
        <source>Warning: %1</source>
        <translation>Avertissement : %1</translation>
    </message>
    <message numerus="yes">
        <source>Curriculum:     stored versions checked: %n</source>
        <translation>
            <numerusform>Curriculum : versions enregistrées vérifiées : %n</numerusform>
            <numerusform>Curriculum : versions enregistrées vérifiées : %n</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pcs::app::DeliveryCommands</name>
    <message>
        <source>Say which cohort: --cohort ID (see pcs-studio cohort list).</source>
        <translation>Indiquez la cohorte : --cohort ID (voir pcs-studio cohort list).</translation>
    </message>
    <message>
        <source>There is no cohort %1 in %2.</source>
        <translation>Il n’y a pas de cohorte %1 dans %2.</translation>
    </message>
    <message>
        <source>%1  %2  %3  %4, %5 learners, %6 sessions — %7</source>
        <translation>%1  %2  %3  %4, %5 participants, %6 séances — %7</translation>
    </message>
    <message>
        <source>Would add %1 learners to “%2” (%3 already on the roster). Nothing was written.</source>
        <translation>Ajouterait %1 participants à « %2 » (%3 déjà sur la liste). Rien n’a été écrit.</translation>
    </message>
    <message>
        <source>Added %1 learners to “%2” (%3 already on the roster).</source>
        <translation>%1 participants ajoutés à « %2 » (%3 déjà sur la liste).</translation>
    </message>
    <message>
        <source>Lines with problems in %1: %2; nothing was imported.</source>
        <translation>Lignes comportant des problèmes dans %1 : %2; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Say where the roster goes: --out FILE.csv</source>
        <translation>Indiquez où écrire la liste : --out FICHIER.csv</translation>
    </message>
    <message>
        <source>Wrote %1 learners of “%2” to %3</source>
        <translation>%1 participants de « %2 » écrits dans %3</translation>
    </message>
    <message>
        <source>Say where the schedule goes: --out FILE.ics</source>
        <translation>Indiquez où écrire l’horaire : --out FICHIER.ics</translation>
    </message>
    <message>
        <source>Wrote %1 sessions of “%2” to %3</source>
        <translation>%1 séances de « %2 » écrites dans %3</translation>
    </message>
</context>
<context>
    <name>pcs::app::PeopleCommands</name>
    <message>
        <source>The database holds no people yet.</source>
        <translation>La base de données ne contient encore aucune personne.</translation>
    </message>
    <message>
        <source>The cohort %1 has no learners yet.</source>
        <translation>La cohorte %1 n’a encore aucun apprenant.</translation>
    </message>
</context>
<context>
    <name>pcs::app::ReportCommands</name>
    <message>
        <source>Unknown report &quot;%1&quot;: use %2.</source>
        <translation>Rapport « %1 » inconnu : utilisez %2.</translation>
    </message>
    <message>
        <source>Say where the report goes: --out FILE.pdf</source>
        <translation>Indiquez où écrire le rapport : --out FILE.pdf</translation>
    </message>
    <message>
        <source>Say which learner: --learner ID.</source>
        <translation>Indiquez l’apprenant : --learner ID.</translation>
    </message>
    <message>
        <source>Wrote %1 certificates to %2</source>
        <translation>%1 certificats écrits dans %2</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>Écrit : %1</translation>
    </message>
    <message>
        <source>--from and --to go with the organization summary and certificates only.</source>
        <translation>--from et --to ne s’emploient qu’avec le sommaire de l’organisme et les certificats.</translation>
    </message>
    <message>
        <source>Give either --cohort ID or a period (--from DATE --to DATE), not both.</source>
        <translation>Indiquez soit --cohort ID, soit une période (--from DATE --to DATE), mais pas les deux.</translation>
    </message>
    <message>
        <source>The organization summary covers a period: --from DATE --to DATE.</source>
        <translation>Le sommaire de l’organisme porte sur une période : --from DATE --to DATE.</translation>
    </message>
    <message>
        <source>A period needs both --from DATE and --to DATE.</source>
        <translation>Une période demande à la fois --from DATE et --to DATE.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>La période se termine (%1) avant de commencer (%2).</translation>
    </message>
</context>
<context>
    <name>pcs::app::StatsCommands</name>
    <message>
        <source>%1 — %2: %3 learners, %4 eligible for a certificate</source>
        <translation>%1 — %2 : %3 apprenants, %4 admissibles au certificat</translation>
    </message>
    <message>
        <source>  %1: n = %2, pre %3 → post %4, %5 up / %6 same / %7 down, p = %8, r = %9</source>
        <translation>  %1 : n = %2, initiale %3 → finale %4, %5 en hausse / %6 inchangés / %7 en baisse, p = %8, r = %9</translation>
    </message>
    <message>
        <source>No certificate with the code %1 was issued from this database.</source>
        <translation>Aucun certificat portant le code %1 n’a été délivré à partir de cette base de données.</translation>
    </message>
    <message>
        <source>Valid: %1 completed %2 (%3), %4 to %5, %6 contact hours. Issued %7.</source>
        <translation>Valide : %1 a terminé %2 (%3), du %4 au %5, %6 heures de contact. Délivré le %7.</translation>
    </message>
</context>
<context>
    <name>pcs::curriculum::PackageLoader</name>
    <message>
        <source>must be %1</source>
        <translation>doit être %1</translation>
    </message>
    <message>
        <source>must have one anchor for each value from %1 to %2, in order</source>
        <translation>doit comporter un repère pour chaque valeur de %1 à %2, dans l’ordre</translation>
    </message>
    <message>
        <source>topic &quot;%1&quot; is not in the topics of program &quot;%2&quot;</source>
        <translation>le thème « %1 » ne fait pas partie des thèmes du programme « %2 »</translation>
    </message>
    <message>
        <source>program &quot;%1&quot; has %2 item(s) for topic &quot;%3&quot;; at least %4 are needed</source>
        <translation>le programme « %1 » compte %2 énoncé(s) pour le thème « %3 »; il en faut au moins %4</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot; (already used at %2)</source>
        <translation>identifiant « %1 » en double (déjà utilisé à %2)</translation>
    </message>
    <message>
        <source>unsupported package format %1; this version of PCS Studio reads format %2</source>
        <translation>format de paquet %1 non pris en charge; cette version de PCS Studio lit le format %2</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid date (YYYY-MM-DD)</source>
        <translation>« %1 » n’est pas une date valide (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>must be a path inside the package, relative to the manifest</source>
        <translation>doit être un chemin à l’intérieur du paquet, relatif au manifeste</translation>
    </message>
    <message>
        <source>must not be null</source>
        <translation>ne doit pas être null</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>doit être un objet</translation>
    </message>
    <message>
        <source>unknown field</source>
        <translation>champ inconnu</translation>
    </message>
    <message>
        <source>missing required field</source>
        <translation>champ obligatoire manquant</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>doit être une chaîne</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>doit être un nombre entier</translation>
    </message>
    <message>
        <source>must be a positive whole number</source>
        <translation>doit être un nombre entier positif</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>doit être true ou false</translation>
    </message>
    <message>
        <source>must be an array</source>
        <translation>doit être un tableau</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>must be an object with English and French text (&quot;en&quot; and &quot;fr&quot;)</source>
        <translation>doit être un objet avec le texte anglais et le texte français (« en » et « fr »)</translation>
    </message>
    <message>
        <source>missing English text</source>
        <translation>texte anglais manquant</translation>
    </message>
    <message>
        <source>missing French text</source>
        <translation>texte français manquant</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid id (use lowercase letters, digits and single hyphens)</source>
        <translation>« %1 » n’est pas un identifiant valide (utilisez des lettres minuscules, des chiffres et des traits d’union simples)</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is listed twice</source>
        <translation>« %1 » figure deux fois dans la liste</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not defined in %2</source>
        <translation>« %1 » n’est pas défini dans %2</translation>
    </message>
    <message>
        <source>file not found in %1</source>
        <translation>fichier introuvable dans %1</translation>
    </message>
    <message>
        <source>must be empty for a break</source>
        <translation>doit être vide pour une pause</translation>
    </message>
    <message>
        <source>must be one of %1</source>
        <translation>doit être l’une des valeurs suivantes : %1</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a 24-hour HH:MM time</source>
        <translation>« %1 » n’est pas une heure valide au format de 24 heures HH:MM</translation>
    </message>
    <message>
        <source>must be %1 (numbered from 1 with no gaps)</source>
        <translation>doit être %1 (numérotation à partir de 1, sans trou)</translation>
    </message>
    <message>
        <source>the blocks of program &quot;%1&quot; add up to %2 contact minutes, not %3</source>
        <translation>les blocs du programme « %1 » totalisent %2 minutes de contact, et non %3</translation>
    </message>
    <message>
        <source>topic &quot;%1&quot; is not covered by any block of program &quot;%2&quot;</source>
        <translation>le thème « %1 » n’est couvert par aucun bloc du programme « %2 »</translation>
    </message>
    <message>
        <source>invalid escape sequence</source>
        <translation>séquence d’échappement non valide</translation>
    </message>
    <message>
        <source>line break or control character inside a string (is a closing quote missing?)</source>
        <translation>saut de ligne ou caractère de contrôle dans une chaîne (manque-t-il un guillemet fermant?)</translation>
    </message>
    <message>
        <source>expected a comma or a closing brace</source>
        <translation>virgule ou accolade fermante attendue</translation>
    </message>
    <message>
        <source>expected a colon after the field name</source>
        <translation>deux-points attendu après le nom du champ</translation>
    </message>
    <message>
        <source>expected a comma or a closing bracket</source>
        <translation>virgule ou crochet fermant attendu</translation>
    </message>
    <message>
        <source>expected another entry after the comma (trailing commas are not allowed)</source>
        <translation>une autre entrée est attendue après la virgule (les virgules finales ne sont pas permises)</translation>
    </message>
    <message>
        <source>invalid value</source>
        <translation>valeur non valide</translation>
    </message>
    <message>
        <source>unterminated string</source>
        <translation>chaîne non terminée</translation>
    </message>
    <message>
        <source>unexpected text after the end of the document</source>
        <translation>texte inattendu après la fin du document</translation>
    </message>
    <message>
        <source>file not found</source>
        <translation>fichier introuvable</translation>
    </message>
    <message>
        <source>cannot read the file</source>
        <translation>impossible de lire le fichier</translation>
    </message>
    <message>
        <source>the file starts with a byte-order mark; save it as UTF-8 without BOM</source>
        <translation>le fichier commence par une marque d’ordre des octets; enregistrez-le en UTF-8 sans BOM</translation>
    </message>
    <message>
        <source>invalid UTF-8</source>
        <translation>UTF-8 non valide</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>must have exactly %1 entries</source>
        <translation>doit compter exactement %1 entrées</translation>
    </message>
    <message>
        <source>job aid file &quot;%1&quot; not found</source>
        <translation>fichier d’aide-mémoire « %1 » introuvable</translation>
    </message>
    <message>
        <source>a job aid must start with a level-1 heading (&quot;# &quot; and the tool title)</source>
        <translation>un aide-mémoire doit commencer par un titre de niveau 1 (« # » et le titre de l’outil)</translation>
    </message>
    <message>
        <source>number %1 is already used by tool &quot;%2&quot;</source>
        <translation>le numéro %1 est déjà utilisé par l’outil « %2 »</translation>
    </message>
    <message>
        <source>tools must be listed in order of number</source>
        <translation>les outils doivent être présentés dans l’ordre de leur numéro</translation>
    </message>
    <message>
        <source>at least %1 prompts are needed, found %2</source>
        <translation>il faut au moins %1 questions de relance; %2 trouvées</translation>
    </message>
    <message>
        <source>invalid number</source>
        <translation>nombre invalide</translation>
    </message>
    <message>
        <source>the file ends too early (is a closing brace or bracket missing?)</source>
        <translation>le fichier se termine trop tôt (manque-t-il une accolade ou un crochet fermant ?)</translation>
    </message>
    <message>
        <source>expected a field name in double quotes</source>
        <translation>nom de champ entre guillemets droits attendu</translation>
    </message>
    <message>
        <source>is not a regular file (a named pipe, a device or a socket); a package holds only text files</source>
        <translation>n’est pas un fichier ordinaire (tube nommé, périphérique ou socket); un paquet ne contient que des fichiers texte</translation>
    </message>
    <message>
        <source>is larger than %1 MiB, the most a package file may have; a package holds only text files</source>
        <translation>dépasse %1 Mio, le maximum pour un fichier de paquet; un paquet ne contient que des fichiers texte</translation>
    </message>
    <message>
        <source>is a link to %1, which does not exist</source>
        <translation>est un lien vers %1, qui n’existe pas</translation>
    </message>
    <message>
        <source>leads to %1, outside the package folder; put the file itself in the package</source>
        <translation>mène à %1, hors du dossier du paquet; placez le fichier lui-même dans le paquet</translation>
    </message>
    <message>
        <source>is a folder, not a file</source>
        <translation>est un dossier, pas un fichier</translation>
    </message>
</context>
<context>
    <name>pcs::exchange::RosterCsv</name>
    <message>
        <source>no first or last name</source>
        <translation>ni prénom ni nom</translation>
    </message>
    <message>
        <source>“%1” is not a valid email address</source>
        <translation>« %1 » n’est pas une adresse courriel valide</translation>
    </message>
    <message>
        <source>unknown language “%1” (use English or French)</source>
        <translation>langue inconnue « %1 » (indiquez anglais ou français)</translation>
    </message>
    <message>
        <source>same learner as line %1 (same name and email)</source>
        <translation>même apprenant qu’à la ligne %1 (même nom et même courriel)</translation>
    </message>
    <message>
        <source>a quoted value that starts on this line has no closing quote</source>
        <translation>une valeur entre guillemets qui commence à cette ligne n’a pas de guillemet fermant</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>no name column: the first line must name the columns, such as “first name”, “last name” and “email”</source>
        <translation>aucune colonne de nom : la première ligne doit nommer les colonnes, par exemple « prénom », « nom » et « courriel »</translation>
    </message>
    <message>
        <source>no learners in the file</source>
        <translation>aucun apprenant dans le fichier</translation>
    </message>
    <message>
        <source>more than %L1 learners: a roster file may hold at most %L1 (split it into smaller files)</source>
        <translation>plus de %L1 apprenants : un fichier de liste peut en contenir au plus %L1 (divisez-le en fichiers plus petits)</translation>
    </message>
    <message>
        <source>the file is larger than %L1 MiB, the most a roster file may be (split it into smaller files)</source>
        <translation>le fichier dépasse %L1 Mio, le maximum pour un fichier de liste (divisez-le en fichiers plus petits)</translation>
    </message>
    <message>
        <source>%1 is a folder, not a roster file: choose a CSV file saved from a spreadsheet.</source>
        <translation>%1 est un dossier, pas un fichier de liste : choisissez un fichier CSV enregistré depuis un tableur.</translation>
    </message>
    <message>
        <source>%1 is not a regular file (it is a device, a pipe or a socket): choose a CSV file saved from a spreadsheet.</source>
        <translation>%1 n’est pas un fichier ordinaire (c’est un périphérique, un tube ou un socket) : choisissez un fichier CSV enregistré depuis un tableur.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>%1 has more than %L2 learners, the most a roster file may hold: the limit was reached at line %L3. Split it into files of at most %L2 learners.</source>
        <translation>%1 contient plus de %L2 apprenants, le maximum pour un fichier de liste : la limite a été atteinte à la ligne %L3. Divisez-le en fichiers d’au plus %L2 apprenants.</translation>
    </message>
    <message>
        <source>%1 is larger than %L2 MiB, the most a roster file may be: the limit was reached at line %L3. Split it into smaller files.</source>
        <translation>%1 dépasse %L2 Mio, le maximum pour un fichier de liste : la limite a été atteinte à la ligne %L3. Divisez-le en fichiers plus petits.</translation>
    </message>
    <message>
        <source>the value in column %1 is longer than %L2 characters, the most a roster value may have</source>
        <translation>la valeur de la colonne %1 dépasse %L2 caractères, le maximum pour une valeur de liste</translation>
    </message>
</context>
<context>
    <name>pcs::gui::AboutDialog</name>
    <message>
        <source>About PCS Studio</source>
        <translation>À propos de PCS Studio</translation>
    </message>
    <message>
        <source>About sections</source>
        <translation>Sections de la fenêtre À propos</translation>
    </message>
    <message>
        <source>&amp;About</source>
        <translation>&amp;À propos</translation>
    </message>
    <message>
        <source>Licences</source>
        <translation>Licences</translation>
    </message>
    <message>
        <source>&amp;Licences</source>
        <translation>&amp;Licences</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Fermer</translation>
    </message>
    <message>
        <source>Runs the Person-Centric Strategies professional development series end to end: curriculum, cohorts, self-assessments, SAW plans and reports, on one computer, without a network.</source>
        <translation>Gère de bout en bout la série de perfectionnement professionnel Stratégies centrées sur la personne : curriculum, cohortes, autoévaluations, plans SAW et rapports, sur un seul ordinateur, sans réseau.</translation>
    </message>
    <message>
        <source>Built with Qt %1 and SQLite %2.</source>
        <translation>Conçu avec Qt %1 et SQLite %2.</translation>
    </message>
    <message>
        <source>Copyright © 2026 the PCS Studio developers. PCS Studio is free software under the GNU General Public License, version 3 or later.</source>
        <translation>Copyright © 2026 les développeurs de PCS Studio. PCS Studio est un logiciel libre publié sous la licence publique générale GNU, version 3 ou ultérieure.</translation>
    </message>
    <message>
        <source>The full licence texts are in the LICENSE file shipped with PCS Studio.</source>
        <translation>Le texte complet des licences se trouve dans le fichier LICENSE livré avec PCS Studio.</translation>
    </message>
</context>
<context>
    <name>pcs::gui::AccountFormDialog</name>
    <message>
        <source>New Staff Account</source>
        <translation>Nouveau compte du personnel</translation>
    </message>
    <message>
        <source>New Password for %1</source>
        <translation>Nouveau mot de passe pour %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>&amp;Role:</source>
        <translation>&amp;Rôle :</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Confirmation du mot de passe</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>pcs::gui::AccountsDialog</name>
    <message>
        <source>Staff Accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Rôle</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>&amp;Add account…</source>
        <translation>&amp;Ajouter un compte…</translation>
    </message>
    <message>
        <source>Set a new &amp;password…</source>
        <translation>Nouveau mot de &amp;passe…</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Désactiver</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Désactivé</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actif</translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Activer</translation>
    </message>
    <message>
        <source>Account %1 added.</source>
        <translation>Compte %1 ajouté.</translation>
    </message>
    <message>
        <source>%1 has a new password.</source>
        <translation>%1 a un nouveau mot de passe.</translation>
    </message>
</context>
<context>
    <name>pcs::gui::AssessmentView</name>
    <message>
        <source>← Back</source>
        <translation>← Retour</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Tab moves between questions · arrows or number keys choose · Page Down: next page</source>
        <translation>Tab passe d’une question à l’autre · flèches ou chiffres pour choisir · Pg suiv : page suivante</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Suivant →</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Tab moves between topics · Enter opens one · Page Up: previous page</source>
        <translation>Tab passe d’un thème à l’autre · Entrée ouvre un thème · Pg préc : page précédente</translation>
    </message>
    <message>
        <source>Review →</source>
        <translation>Relire →</translation>
    </message>
    <message>
        <source>Review my answers</source>
        <translation>Relire mes réponses</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 réponses sur %2</translation>
    </message>
    <message>
        <source>Review · %1</source>
        <translation>Relecture · %1</translation>
    </message>
    <message>
        <source>Topic %1 of %2 · %3</source>
        <translation>Thème %1 sur %2 · %3</translation>
    </message>
</context>
<context>
    <name>pcs::gui::AssessmentWorkspace</name>
    <message>
        <source>Not started</source>
        <translation>Non commencée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>Self-assessment views</source>
        <translation>Vues de l’autoévaluation</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>&amp;Cohort:</source>
        <translation>&amp;Cohorte :</translation>
    </message>
    <message>
        <source>Phase</source>
        <translation>Phase</translation>
    </message>
    <message>
        <source>Pre-program self-assessment</source>
        <translation>Autoévaluation initiale</translation>
    </message>
    <message>
        <source>Post-program self-assessment</source>
        <translation>Autoévaluation finale</translation>
    </message>
    <message>
        <source>P&amp;hase:</source>
        <translation>P&amp;hase :</translation>
    </message>
    <message>
        <source>Answering</source>
        <translation>Période de réponse</translation>
    </message>
    <message>
        <source>&amp;Open for learners…</source>
        <translation>&amp;Ouvrir aux apprenants…</translation>
    </message>
    <message>
        <source>C&amp;lose</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>Start the &amp;kiosk on this laptop</source>
        <translation>Lancer le &amp;kiosque sur cet ordinateur portable</translation>
    </message>
    <message>
        <source>Learners and their self-assessments</source>
        <translation>Les apprenants et leurs autoévaluations</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Réponses</translation>
    </message>
    <message>
        <source>PIN</source>
        <translation>NIP</translation>
    </message>
    <message>
        <source>&amp;Reopen</source>
        <translation>&amp;Rouvrir</translation>
    </message>
    <message>
        <source>Let the learner change a submitted self-assessment while the window is open.</source>
        <translation>Permettre à l’apprenant de modifier une autoévaluation remise pendant que la période est ouverte.</translation>
    </message>
    <message>
        <source>Set &amp;PIN…</source>
        <translation>Définir le &amp;NIP…</translation>
    </message>
    <message>
        <source>Remo&amp;ve PIN</source>
        <translation>Reti&amp;rer le NIP</translation>
    </message>
    <message>
        <source>SAW plan and &amp;follow-ups…</source>
        <translation>Plan SAW et &amp;suivis…</translation>
    </message>
    <message>
        <source>&amp;Self-assessments</source>
        <translation>&amp;Autoévaluations</translation>
    </message>
    <message>
        <source>Follow-ups not recorded yet that are due within the next two weeks or are overdue, across all cohorts.</source>
        <translation>Suivis pas encore consignés qui sont à faire dans les deux prochaines semaines ou en retard, pour toutes les cohortes.</translation>
    </message>
    <message>
        <source>Follow-ups due</source>
        <translation>Suivis à faire</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>&amp;Record follow-up…</source>
        <translation>&amp;Consigner le suivi…</translation>
    </message>
    <message>
        <source>Follow-ups &amp;due</source>
        <translation>Suivis à &amp;faire</translation>
    </message>
    <message>
        <source>No cohorts yet: create one in the Cohorts workspace.</source>
        <translation>Aucune cohorte pour l’instant : créez-en une dans l’espace de travail Cohortes.</translation>
    </message>
    <message>
        <source>learners enter a PIN</source>
        <translation>les apprenants entrent un NIP</translation>
    </message>
    <message>
        <source>then-ratings are asked</source>
        <translation>les cotes rétrospectives sont demandées</translation>
    </message>
    <message>
        <source>Open since %1 (by %2)%3. Learners can answer on the kiosk.</source>
        <translation>Ouverte depuis %1 (par %2)%3. Les apprenants peuvent répondre au kiosque.</translation>
    </message>
    <message>
        <source>; </source>
        <translation>; </translation>
    </message>
    <message>
        <source>Closed: learners cannot answer. Open it when the group is ready.</source>
        <translation>Fermée : les apprenants ne peuvent pas répondre. Ouvrez-la quand le groupe est prêt.</translation>
    </message>
    <message>
        <source>Set</source>
        <translation>Défini</translation>
    </message>
    <message>
        <source>%1 of %2 learners have submitted.</source>
        <translation>%1 apprenants sur %2 ont remis leur autoévaluation.</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autoévaluation</translation>
    </message>
    <message>
        <source>Open the Self-assessment</source>
        <translation>Ouvrir l’autoévaluation</translation>
    </message>
    <message>
        <source>Learners of “%1” will be able to answer the %2 on the kiosk until you close it.</source>
        <translation>Les apprenants de « %1 » pourront répondre au kiosque (%2) jusqu’à ce que vous fermiez l’autoévaluation.</translation>
    </message>
    <message>
        <source>Learners confirm who they are with a &amp;PIN (4 to 6 digits)</source>
        <translation>Les apprenants confirment leur identité avec un &amp;NIP (4 à 6 chiffres)</translation>
    </message>
    <message>
        <source>Also ask how they would have rated themselves &amp;before the program (then-ratings)</source>
        <translation>Demander aussi comment ils se seraient évalués &amp;avant le programme (cotes rétrospectives)</translation>
    </message>
    <message>
        <source>Looking back corrects for response-shift: learners often rate themselves too high before they know what the skills involve.</source>
        <translation>Le regard rétrospectif corrige le changement de référence : les apprenants se surévaluent souvent avant de savoir ce que les compétences exigent.</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>PIN for %1</source>
        <translation>NIP de %1</translation>
    </message>
    <message>
        <source>PIN again</source>
        <translation>Confirmation du NIP</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
    <message>
        <source>The two PINs are not the same.</source>
        <translation>Les deux NIP ne sont pas identiques.</translation>
    </message>
    <message>
        <source>%1 has a new PIN.</source>
        <translation>%1 a un nouveau NIP.</translation>
    </message>
    <message>
        <source>%1 has no PIN now.</source>
        <translation>%1 n’a plus de NIP.</translation>
    </message>
    <message>
        <source> (overdue)</source>
        <translation> (en retard)</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
    <message numerus="yes">
        <source>&amp;PIN (%n digits):</source>
        <translation>
            <numerusform>&amp;NIP (%n chiffre) :</numerusform>
            <numerusform>&amp;NIP (%n chiffres) :</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pcs::gui::AttendanceModel</name>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Parti tôt</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non consigné</translation>
    </message>
    <message>
        <source>%1, %2 min missed</source>
        <translation>%1, %2 min manquées</translation>
    </message>
    <message>
        <source>%1 −%2′</source>
        <translation>%1 −%2′</translation>
    </message>
    <message>
        <source>%1, session %2: %3</source>
        <translation>%1, séance %2 : %3</translation>
    </message>
    <message>
        <source>%1 of contact time earned, of %2 in the program</source>
        <translation>%1 d’heures de contact obtenues, sur %2 dans le programme</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Admissible</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Certificate eligibility: at least %1 % of the program&apos;s contact hours</source>
        <translation>Admissibilité au certificat : au moins %1 % des heures de contact du programme</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>%1
%2</source>
        <translation>%1
%2</translation>
    </message>
    <message>
        <source>Session %1, %2</source>
        <translation>Séance %1, %2</translation>
    </message>
    <message>
        <source>Contact time</source>
        <translation>Heures de contact</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
</context>
<context>
    <name>pcs::gui::AttendancePanel</name>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>One row per learner, one column per session. Select cells, then press P, L, E, A or X to mark them, or Delete to clear them.</source>
        <translation>Une ligne par apprenant, une colonne par séance. Sélectionnez des cellules, puis appuyez sur P, L, E, A ou X pour les marquer, ou sur Suppr pour les effacer.</translation>
    </message>
    <message>
        <source>Mark selected:</source>
        <translation>Marquer la sélection :</translation>
    </message>
    <message>
        <source>&amp;Present</source>
        <translation>&amp;Présent</translation>
    </message>
    <message>
        <source>&amp;Late</source>
        <translation>En &amp;retard</translation>
    </message>
    <message>
        <source>Left &amp;early</source>
        <translation>Parti &amp;tôt</translation>
    </message>
    <message>
        <source>&amp;Absent</source>
        <translation>&amp;Absent</translation>
    </message>
    <message>
        <source>E&amp;xcused</source>
        <translation>E&amp;xcusé</translation>
    </message>
    <message>
        <source>&amp;Clear</source>
        <translation>Eff&amp;acer</translation>
    </message>
    <message>
        <source>Mark the selected cells: %1</source>
        <translation>Marquer les cellules sélectionnées : %1</translation>
    </message>
    <message>
        <source>&amp;Minutes missed:</source>
        <translation>&amp;Minutes manquées :</translation>
    </message>
    <message>
        <source>Minutes missed, for late and left early</source>
        <translation>Minutes manquées, pour un retard ou un départ hâtif</translation>
    </message>
    <message>
        <source>Everyone &amp;present in this session</source>
        <translation>Tout le monde &amp;présent à cette séance</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Select a cohort to take its attendance.</source>
        <translation>Sélectionnez une cohorte pour prendre les présences.</translation>
    </message>
    <message>
        <source>Attendance: %1</source>
        <translation>Présences : %1</translation>
    </message>
    <message>
        <source>No learners on the roster yet.</source>
        <translation>Aucun apprenant inscrit pour l’instant.</translation>
    </message>
    <message>
        <source>%1 learners · %2 eligible for a certificate · mean attendance %3 % · %4 delivered over %5 sessions</source>
        <translation>%1 apprenants · %2 admissibles au certificat · présence moyenne %3 % · %4 offertes en %5 séances</translation>
    </message>
    <message>
        <source>not recorded</source>
        <translation>non consigné</translation>
    </message>
    <message>
        <source>Mark %1 as %2</source>
        <translation>Marquer %1 : %2</translation>
    </message>
    <message>
        <source>Mark %1 cells as %2</source>
        <translation>Marquer %1 cellules : %2</translation>
    </message>
    <message>
        <source>Mark everyone present in session %1</source>
        <translation>Marquer tout le monde présent à la séance %1</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Feuille de présence</translation>
    </message>
    <message>
        <source>attendance-session-%1</source>
        <translation>presences-seance-%1</translation>
    </message>
    <message>
        <source>sign-in-session-%1</source>
        <translation>feuille-presence-seance-%1</translation>
    </message>
    <message>
        <source>Save the filled attendance sheet</source>
        <translation>Enregistrer la feuille de présence remplie</translation>
    </message>
    <message>
        <source>Save the blank sign-in sheet</source>
        <translation>Enregistrer la feuille de présence vierge</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Sign-in sheet saved to %1.</source>
        <translation>Feuille de présence enregistrée dans %1.</translation>
    </message>
    <message>
        <source>&amp;Sign-in sheet (PDF)</source>
        <translation>&amp;Feuille de présence (PDF)</translation>
    </message>
    <message>
        <source>&amp;Blank, for signing at this session…</source>
        <translation>&amp;Vierge, à signer à cette séance…</translation>
    </message>
    <message>
        <source>&amp;Filled, with the attendance recorded…</source>
        <translation>&amp;Remplie, avec les présences consignées…</translation>
    </message>
</context>
<context>
    <name>pcs::gui::BatchProgress</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1
%2 of %3</source>
        <translation>%1
%2 sur %3</translation>
    </message>
</context>
<context>
    <name>pcs::gui::CohortDetailPanel</name>
    <message>
        <source>&amp;Sessions:</source>
        <translation>&amp;Séances :</translation>
    </message>
    <message>
        <source>Sessions of the cohort</source>
        <translation>Séances de la cohorte</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>&amp;Roster:</source>
        <translation>&amp;Liste des participants :</translation>
    </message>
    <message>
        <source>Roster of the cohort</source>
        <translation>Liste des participants de la cohorte</translation>
    </message>
    <message>
        <source>The learners of the cohort, by name</source>
        <translation>Les personnes apprenantes de la cohorte, par nom</translation>
    </message>
    <message>
        <source>Select a cohort to see its sessions and roster.</source>
        <translation>Sélectionnez une cohorte pour voir ses séances et sa liste des participants.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>No learners on the roster yet.</source>
        <translation>Aucune personne apprenante sur la liste pour le moment.</translation>
    </message>
    <message>
        <source>Open the run-sheet of the selected session</source>
        <translation>Ouvrir le déroulement de la séance choisie</translation>
    </message>
    <message>
        <source>The workshop of this session is not in the cohort&apos;s curriculum.</source>
        <translation>L’atelier de cette séance ne figure pas dans le curriculum de la cohorte.</translation>
    </message>
    <message>
        <source>Edit c&amp;ohort details…</source>
        <translation>Modifier la c&amp;ohorte…</translation>
    </message>
    <message>
        <source>Date, start and end time, place and facilitator notes of each session. Enter edits the session.</source>
        <translation>Date, heures de début et de fin, lieu et notes de l’animateur de chaque séance. Entrée modifie la séance.</translation>
    </message>
    <message>
        <source>#</source>
        <translation>no</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>&amp;Edit session…</source>
        <translation>&amp;Modifier la séance…</translation>
    </message>
    <message>
        <source>Open the r&amp;un-sheet</source>
        <translation>Ouvrir le dé&amp;roulement</translation>
    </message>
    <message>
        <source>&amp;Add learners…</source>
        <translation>&amp;Ajouter des apprenants…</translation>
    </message>
    <message>
        <source>Remo&amp;ve from roster</source>
        <translation>Reti&amp;rer de la liste</translation>
    </message>
    <message>
        <source>Add Learners to “%1”</source>
        <translation>Ajouter des apprenants à « %1 »</translation>
    </message>
    <message>
        <source>Remove from roster</source>
        <translation>Retirer de la liste</translation>
    </message>
    <message>
        <source>Remove %1 from “%2”? Their attendance in this cohort goes with them. You can undo this.</source>
        <translation>Retirer %1 de « %2 »? Ses présences dans cette cohorte seront retirées aussi. Vous pourrez annuler.</translation>
    </message>
    <message>
        <source>%1 · Facilitators: %2 · Certificate at %3 % of the contact hours</source>
        <translation>%1 · Animation : %2 · Certificat à %3 % des heures de contact</translation>
    </message>
    <message>
        <source>none yet</source>
        <translation>personne pour l’instant</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>This session has its own agenda.</source>
        <translation>Cette séance a son propre ordre du jour.</translation>
    </message>
    <message>
        <source>E&amp;xport schedule (.ics)…</source>
        <translation>E&amp;xporter l’horaire (.ics)…</translation>
    </message>
    <message>
        <source>&amp;Import CSV…</source>
        <translation>&amp;Importer un CSV…</translation>
    </message>
    <message>
        <source>Import learners from a CSV file</source>
        <translation>Importer des apprenants d’un fichier CSV</translation>
    </message>
    <message>
        <source>Ex&amp;port CSV…</source>
        <translation>Ex&amp;porter en CSV…</translation>
    </message>
    <message>
        <source>Export the roster as a CSV file</source>
        <translation>Exporter la liste en fichier CSV</translation>
    </message>
    <message>
        <source>Import a roster</source>
        <translation>Importer une liste</translation>
    </message>
    <message>
        <source>Spreadsheet CSV files (*.csv *.txt);;All files (*)</source>
        <translation>Fichiers CSV de tableur (*.csv *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export the roster</source>
        <translation>Exporter la liste</translation>
    </message>
    <message>
        <source>roster</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the schedule</source>
        <translation>Exporter l’horaire</translation>
    </message>
    <message>
        <source>schedule</source>
        <translation>horaire</translation>
    </message>
    <message>
        <source>iCalendar files (*.ics)</source>
        <translation>Fichiers iCalendar (*.ics)</translation>
    </message>
</context>
<context>
    <name>pcs::gui::CohortDialog</name>
    <message>
        <source>New Cohort</source>
        <translation>Nouvelle cohorte</translation>
    </message>
    <message>
        <source>Cohort Details</source>
        <translation>Détails de la cohorte</translation>
    </message>
    <message>
        <source>(unknown person)</source>
        <translation>(personne inconnue)</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>&amp;Program:</source>
        <translation>&amp;Programme :</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Titre</translation>
    </message>
    <message>
        <source>&amp;Title:</source>
        <translation>&amp;Titre :</translation>
    </message>
    <message>
        <source>Location</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>Office, community centre, online…</source>
        <translation>Bureau, centre communautaire, en ligne…</translation>
    </message>
    <message>
        <source>&amp;Location:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>&amp;Start date:</source>
        <translation>Date de &amp;début :</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Stat&amp;us:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>Completion rule: share of the program&apos;s contact hours</source>
        <translation>Règle de réussite : part des heures de contact du programme</translation>
    </message>
    <message>
        <source> %</source>
        <translation> %</translation>
    </message>
    <message>
        <source>A learner is eligible for a certificate after attending at least this share of the program&apos;s contact hours.</source>
        <translation>Un apprenant est admissible au certificat s’il a assisté à au moins cette part des heures de contact du programme.</translation>
    </message>
    <message>
        <source>&amp;Completion rule:</source>
        <translation>&amp;Règle de réussite :</translation>
    </message>
    <message>
        <source>&amp;Facilitators:</source>
        <translation>A&amp;nimateurs :</translation>
    </message>
    <message>
        <source>Facilitators</source>
        <translation>Animateurs</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>&amp;Ajouter…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Reti&amp;rer</translation>
    </message>
    <message>
        <source>Move u&amp;p</source>
        <translation>M&amp;onter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Desc&amp;endre</translation>
    </message>
    <message>
        <source>C&amp;reate Cohort</source>
        <translation>C&amp;réer la cohorte</translation>
    </message>
    <message>
        <source>Add Facilitators</source>
        <translation>Ajouter des animateurs</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2, %3</source>
        <translation>%1 — %2, %3</translation>
    </message>
    <message>
        <source>%1 sessions will be planned, from %2 to %3 (weekdays); each can be edited later.</source>
        <translation>%1 séances seront planifiées, du %2 au %3 (jours de semaine); chacune pourra être modifiée ensuite.</translation>
    </message>
    <message>
        <source>This program is co-facilitated: add a second facilitator.</source>
        <translation>Ce programme est coanimé : ajoutez un deuxième animateur.</translation>
    </message>
    <message>
        <source>No facilitator yet.</source>
        <translation>Aucun animateur pour l’instant.</translation>
    </message>
    <message>
        <source>Give the cohort a title.</source>
        <translation>Donnez un titre à la cohorte.</translation>
    </message>
</context>
<context>
    <name>pcs::gui::CohortEditor</name>
    <message>
        <source>Edit cohort “%1”</source>
        <translation>Modifier la cohorte « %1 »</translation>
    </message>
    <message>
        <source>Edit session %1</source>
        <translation>Modifier la séance %1</translation>
    </message>
    <message>
        <source>Add %1 to the roster</source>
        <translation>Ajouter %1 à la liste</translation>
    </message>
    <message>
        <source>Remove %1 from the roster</source>
        <translation>Retirer %1 de la liste</translation>
    </message>
    <message>
        <source>Import %1 learners</source>
        <translation>Importer %1 apprenants</translation>
    </message>
</context>
<context>
    <name>pcs::gui::CohortListModel</name>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Personnes apprenantes</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Séances</translation>
    </message>
    <message>
        <source>Planned</source>
        <translation>Prévue</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
</context>
<context>
    <name>pcs::gui::CohortsWorkspace</name>
    <message>
        <source>Search c&amp;ohorts:</source>
        <translation>Rechercher des c&amp;ohortes :</translation>
    </message>
    <message>
        <source>Search cohorts</source>
        <translation>Rechercher des cohortes</translation>
    </message>
    <message>
        <source>Shows the cohorts whose title, program or status contains the text</source>
        <translation>Affiche les cohortes dont le titre, le programme ou l’état contient le texte</translation>
    </message>
    <message>
        <source>Title, program or status</source>
        <translation>Titre, programme ou état</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>Cohort views</source>
        <translation>Vues des cohortes</translation>
    </message>
    <message>
        <source>Cohort &amp;details</source>
        <translation>&amp;Détails de la cohorte</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personnes</translation>
    </message>
    <message>
        <source>Everyone in the database: learners and facilitators</source>
        <translation>Toutes les personnes de la base de données : personnes apprenantes et animateurs</translation>
    </message>
    <message>
        <source>No cohorts yet.</source>
        <translation>Aucune cohorte pour le moment.</translation>
    </message>
    <message>
        <source>Cohorts: %1</source>
        <translation>Cohortes : %1</translation>
    </message>
    <message>
        <source>&amp;New cohort…</source>
        <translation>&amp;Nouvelle cohorte…</translation>
    </message>
    <message>
        <source>New cohort</source>
        <translation>Nouvelle cohorte</translation>
    </message>
    <message>
        <source>Undo the last cohort edit</source>
        <translation>Annuler la dernière modification de cohorte</translation>
    </message>
    <message>
        <source>Redo the cohort edit</source>
        <translation>Rétablir la modification de cohorte</translation>
    </message>
    <message>
        <source>A&amp;ttendance</source>
        <translation>Pré&amp;sences</translation>
    </message>
    <message>
        <source>The selected cohort&apos;s details, sessions and roster</source>
        <translation>Les détails, les séances et la liste de la cohorte sélectionnée</translation>
    </message>
    <message>
        <source>Attendance of the selected cohort, session by session</source>
        <translation>Les présences de la cohorte sélectionnée, séance par séance</translation>
    </message>
    <message>
        <source>New Cohort</source>
        <translation>Nouvelle cohorte</translation>
    </message>
    <message>
        <source>Import a curriculum package first (File &gt; Import Curriculum Package…): a cohort delivers one of its programs.</source>
        <translation>Importez d’abord un paquet de curriculum (Fichier &gt; Importer un paquet de curriculum…) : une cohorte offre l’un de ses programmes.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Annuler</translation>
    </message>
    <message>
        <source>Undo: %1</source>
        <translation>Annuler : %1</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Rétablir</translation>
    </message>
    <message>
        <source>Redo: %1</source>
        <translation>Rétablir : %1</translation>
    </message>
</context>
<context>
    <name>pcs::gui::ConfirmPage</name>
    <message>
        <source>Is this you?</source>
        <translation>Est-ce bien vous?</translation>
    </message>
    <message>
        <source>You will continue where you left off.</source>
        <translation>Vous reprendrez là où vous en étiez.</translation>
    </message>
    <message>
        <source>Only go on if this is your own name.</source>
        <translation>Ne continuez que s’il s’agit bien de votre nom.</translation>
    </message>
    <message>
        <source>No, go back</source>
        <translation>Non, retour</translation>
    </message>
    <message>
        <source>No, this is not me: go back</source>
        <translation>Non, ce n’est pas moi : retour</translation>
    </message>
    <message>
        <source>Yes, this is me</source>
        <translation>Oui, c’est moi</translation>
    </message>
    <message>
        <source>Yes, I am %1</source>
        <translation>Oui, je suis %1</translation>
    </message>
</context>
<context>
    <name>pcs::gui::CurriculumFormat</name>
    <message>
        <source>%1 – %2</source>
        <comment>time range</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1 min</source>
        <translation>%1 min</translation>
    </message>
    <message>
        <source>%1 h</source>
        <translation>%1 h</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
    <message>
        <source>%1 contact hours</source>
        <translation>%1 heures de contact</translation>
    </message>
    <message>
        <source>Day</source>
        <translation>Journée</translation>
    </message>
    <message>
        <source>Half day</source>
        <translation>Demi-journée</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
</context>
<context>
    <name>pcs::gui::CurriculumHtml</name>
    <message>
        <source>Audience</source>
        <translation>Public</translation>
    </message>
    <message>
        <source>Delivery method</source>
        <translation>Mode de prestation</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Planned contact time</source>
        <translation>Temps de contact prévu</translation>
    </message>
    <message>
        <source>Co-facilitation</source>
        <translation>Coanimation</translation>
    </message>
    <message>
        <source>Learners co-facilitate parts of this program.</source>
        <translation>Les participants coaniment certaines parties de ce programme.</translation>
    </message>
    <message>
        <source>Overview</source>
        <translation>Aperçu</translation>
    </message>
    <message>
        <source>Learning objectives</source>
        <translation>Objectifs d’apprentissage</translation>
    </message>
    <message>
        <source>Topics</source>
        <translation>Sujets</translation>
    </message>
    <message>
        <source>Workshops</source>
        <translation>Ateliers</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Default time</source>
        <translation>Horaire par défaut</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Contact time</source>
        <translation>Temps de contact</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>Outils</translation>
    </message>
    <message>
        <source>break</source>
        <translation>pause</translation>
    </message>
    <message>
        <source>Planned start</source>
        <translation>Début prévu</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Counts in the day’s length, not in contact time.</source>
        <translation>Compte dans la durée de la journée, mais pas dans le temps de contact.</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Notes pour l’animation</translation>
    </message>
    <message>
        <source>MicroCoaching tools</source>
        <translation>Outils de microcoaching</translation>
    </message>
</context>
<context>
    <name>pcs::gui::CurriculumImporter</name>
    <message>
        <source>Choose the Curriculum Package Folder</source>
        <translation>Choisir le dossier du paquet de curriculum</translation>
    </message>
    <message>
        <source>Curriculum package not imported</source>
        <translation>Paquet de curriculum non importé</translation>
    </message>
    <message>
        <source>Nothing to import</source>
        <translation>Rien à importer</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is already imported; nothing changed.</source>
        <translation>La version %1 de « %2 » est déjà importée; rien n’a changé.</translation>
    </message>
    <message>
        <source>Import version %1 of “%2”: %3 programs, %4 tools, %5 self-assessment items?</source>
        <translation>Importer la version %1 de « %2 » : %3 programmes, %4 outils, %5 énoncés d’autoévaluation?</translation>
    </message>
    <message>
        <source>Import version %1 of “%2” over version %3? Past cohorts keep the version they used.</source>
        <translation>Importer la version %1 de « %2 » par-dessus la version %3? Les cohortes passées gardent la version qu’elles ont utilisée.</translation>
    </message>
    <message>
        <source>Import Curriculum Package</source>
        <translation>Importer un paquet de curriculum</translation>
    </message>
    <message>
        <source>Curriculum imported</source>
        <translation>Curriculum importé</translation>
    </message>
    <message>
        <source>Version %1 of “%2” is now the current curriculum.</source>
        <translation>La version %1 de « %2 » est maintenant le curriculum en vigueur.</translation>
    </message>
    <message>
        <source>… and %1 more</source>
        <translation>… et %1 de plus</translation>
    </message>
    <message>
        <source>Problems in %1: %2; nothing was imported.</source>
        <translation>Problèmes dans %1 : %2; rien n’a été importé.</translation>
    </message>
    <message>
        <source>Changes (%1):</source>
        <translation>Changements (%1) :</translation>
    </message>
</context>
<context>
    <name>pcs::gui::CurriculumWorkspace</name>
    <message>
        <source>Curriculum views</source>
        <translation>Vues du curriculum</translation>
    </message>
    <message>
        <source>&amp;Programs</source>
        <translation>&amp;Programmes</translation>
    </message>
    <message>
        <source>&amp;Tool library</source>
        <translation>&amp;Bibliothèque d’outils</translation>
    </message>
    <message>
        <source>Programs, workshops and agenda blocks</source>
        <translation>Programmes, ateliers et blocs de l’ordre du jour</translation>
    </message>
    <message>
        <source>The MicroCoaching tools and their job aids</source>
        <translation>Les outils de microcoaching et leurs aide-mémoire</translation>
    </message>
</context>
<context>
    <name>pcs::gui::DatabaseOpener</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
    </message>
</context>
<context>
    <name>pcs::gui::ExitPage</name>
    <message>
        <source>Exit the kiosk</source>
        <translation>Quitter le kiosque</translation>
    </message>
    <message>
        <source>For staff only. Enter your user name and password to leave the self-assessment kiosk. Learners&apos; answers are already saved.</source>
        <translation>Réservé au personnel. Entrez votre nom d’utilisateur et votre mot de passe pour quitter le kiosque d’autoévaluation. Les réponses des apprenants sont déjà enregistrées.</translation>
    </message>
    <message>
        <source>Staff user name</source>
        <translation>Nom d’utilisateur du personnel</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <source>Staff password</source>
        <translation>Mot de passe du personnel</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>Cancel: back to the self-assessment</source>
        <translation>Annuler : retour à l’autoévaluation</translation>
    </message>
</context>
<context>
    <name>pcs::gui::FileDialog</name>
    <message>
        <source>Choose another file</source>
        <translation>Choisissez un autre fichier</translation>
    </message>
</context>
<context>
    <name>pcs::gui::FollowUpDialog</name>
    <message>
        <source>%1-day Follow-up with %2</source>
        <translation>Suivi à %1 jours avec %2</translation>
    </message>
    <message>
        <source>Due %1</source>
        <translation>Échéance : %1</translation>
    </message>
    <message>
        <source>How far the learner has come with the plan</source>
        <translation>Où en est l’apprenant dans son plan</translation>
    </message>
    <message>
        <source>&amp;Status:</source>
        <translation>É&amp;tat :</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>What the learner tried, what helped, what got in the way…</source>
        <translation>Ce que l’apprenant a essayé, ce qui a aidé, ce qui a nui…</translation>
    </message>
    <message>
        <source>&amp;Reflection:</source>
        <translation>&amp;Réflexion :</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>&amp;Next step:</source>
        <translation>&amp;Prochaine étape :</translation>
    </message>
</context>
<context>
    <name>pcs::gui::HandOffPage</name>
    <message>
        <source>Find your name to start</source>
        <translation>Trouvez votre nom pour commencer</translation>
    </message>
    <message>
        <source>Search for your name</source>
        <translation>Rechercher votre nom</translation>
    </message>
    <message>
        <source>Type the first letters of your first or last name</source>
        <translation>Tapez les premières lettres de votre prénom ou de votre nom</translation>
    </message>
    <message>
        <source>Names found</source>
        <translation>Noms trouvés</translation>
    </message>
    <message>
        <source>Check again</source>
        <translation>Vérifier de nouveau</translation>
    </message>
    <message>
        <source>Check again whether the self-assessment is open</source>
        <translation>Vérifier de nouveau si l’autoévaluation est ouverte</translation>
    </message>
    <message>
        <source>Start typing your first or last name.</source>
        <translation>Commencez à taper votre prénom ou votre nom.</translation>
    </message>
    <message>
        <source>No name matches. Check the spelling, or ask your facilitator.</source>
        <translation>Aucun nom ne correspond. Vérifiez l’orthographe ou demandez à votre animateur.</translation>
    </message>
    <message>
        <source>1 name found. Press Down to go to it, then Enter to choose it.</source>
        <translation>1 nom trouvé. Appuyez sur Flèche vers le bas pour y aller, puis sur Entrée pour le choisir.</translation>
    </message>
    <message>
        <source>%1 names found. Press Down to go to the names, then Enter to choose yours.</source>
        <translation>%1 noms trouvés. Appuyez sur Flèche vers le bas pour aller aux noms, puis sur Entrée pour choisir le vôtre.</translation>
    </message>
    <message>
        <source>You will be asked for your PIN.</source>
        <translation>Votre NIP vous sera demandé.</translation>
    </message>
</context>
<context>
    <name>pcs::gui::IdleWarning</name>
    <message>
        <source>Still there?</source>
        <translation>Toujours là?</translation>
    </message>
    <message>
        <source>I&apos;m still here</source>
        <translation>Je suis toujours là</translation>
    </message>
    <message>
        <source>I&apos;m still here: continue</source>
        <translation>Je suis toujours là : continuer</translation>
    </message>
    <message>
        <source>Nobody has used the kiosk for a while. To keep your answers private, it returns to the start in 1 second. Your answers so far are saved.</source>
        <translation>Personne n’a utilisé le kiosque depuis un moment. Pour protéger la confidentialité de vos réponses, il reviendra au début dans 1 seconde. Vos réponses jusqu’ici sont enregistrées.</translation>
    </message>
    <message>
        <source>Nobody has used the kiosk for a while. To keep your answers private, it returns to the start in %1 seconds. Your answers so far are saved.</source>
        <translation>Personne n’a utilisé le kiosque depuis un moment. Pour protéger la confidentialité de vos réponses, il reviendra au début dans %1 secondes. Vos réponses jusqu’ici sont enregistrées.</translation>
    </message>
</context>
<context>
    <name>pcs::gui::ItemCard</name>
    <message>
        <source>Competence for: %1</source>
        <translation>Compétence : %1</translation>
    </message>
    <message>
        <source>Desire for development for: %1</source>
        <translation>Désir de perfectionnement : %1</translation>
    </message>
    <message>
        <source>Before the program, I would have rated myself</source>
        <translation>Avant le programme, ma cote aurait été</translation>
    </message>
    <message>
        <source>Before the program, for: %1</source>
        <translation>Avant le programme : %1</translation>
    </message>
    <message>
        <source>Comment (optional)</source>
        <translation>Commentaire (facultatif)</translation>
    </message>
    <message>
        <source>Comment on: %1</source>
        <translation>Commentaire sur : %1</translation>
    </message>
</context>
<context>
    <name>pcs::gui::KioskContent</name>
    <message>
        <source>There is no such cohort.</source>
        <translation>Cette cohorte n’existe pas.</translation>
    </message>
    <message>
        <source>The curriculum of this cohort is missing.</source>
        <translation>Le curriculum de cette cohorte est introuvable.</translation>
    </message>
    <message>
        <source>The program of this cohort is not in its curriculum.</source>
        <translation>Le programme de cette cohorte ne figure pas dans son curriculum.</translation>
    </message>
    <message>
        <source>This program has no self-assessment questions.</source>
        <translation>Ce programme n’a aucune question d’autoévaluation.</translation>
    </message>
</context>
<context>
    <name>pcs::gui::KioskWindow</name>
    <message>
        <source>Self-assessment: before the program</source>
        <translation>Autoévaluation : avant le programme</translation>
    </message>
    <message>
        <source>Self-assessment: after the program</source>
        <translation>Autoévaluation : après le programme</translation>
    </message>
    <message>
        <source>Self-assessment kiosk</source>
        <translation>Kiosque d’autoévaluation</translation>
    </message>
    <message>
        <source>PCS Studio · self-assessment</source>
        <translation>PCS Studio · autoévaluation</translation>
    </message>
    <message>
        <source>Staff: exit</source>
        <translation>Personnel : quitter</translation>
    </message>
    <message>
        <source>Staff only: exit the kiosk</source>
        <translation>Personnel seulement : quitter le kiosque</translation>
    </message>
    <message>
        <source>This self-assessment cannot start: %1</source>
        <translation>Cette autoévaluation ne peut pas commencer : %1</translation>
    </message>
    <message>
        <source>The kiosk went back to the start after 2 minutes without use. Answers given were saved.</source>
        <translation>Le kiosque est revenu au début après 2 minutes d’inactivité. Les réponses données ont été enregistrées.</translation>
    </message>
    <message>
        <source>The self-assessment is not open. Ask your facilitator to open it.</source>
        <translation>L’autoévaluation n’est pas ouverte. Demandez à votre animateur de l’ouvrir.</translation>
    </message>
    <message>
        <source>The self-assessment is closed. Ask your facilitator to open it.</source>
        <translation>L’autoévaluation est fermée. Demandez à votre animateur de l’ouvrir.</translation>
    </message>
    <message>
        <source>This learner is not on the roster of this cohort.</source>
        <translation>Cet apprenant n’est pas inscrit à cette cohorte.</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosque</translation>
    </message>
    <message>
        <source>The kiosk went back to the start after 2 minutes without use. What was typed last could not be saved: %1</source>
        <translation>Le kiosque est revenu au début après 2 minutes sans utilisation. Ce qui a été tapé en dernier n’a pas pu être enregistré : %1</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autoévaluation</translation>
    </message>
</context>
<context>
    <name>pcs::gui::LearnerHeader</name>
    <message>
        <source>Answering as %1</source>
        <translation>Vous répondez en tant que %1</translation>
    </message>
    <message>
        <source>Your answers are saved as you go.</source>
        <translation>Vos réponses sont enregistrées au fur et à mesure.</translation>
    </message>
    <message>
        <source>✓ Saved at %1</source>
        <translation>✓ Enregistré à %1</translation>
    </message>
    <message>
        <source>Not saved: %1</source>
        <translation>Non enregistré : %1</translation>
    </message>
    <message>
        <source>Show the questions in English</source>
        <translation>Afficher les questions en anglais</translation>
    </message>
    <message>
        <source>Show the questions in French</source>
        <translation>Afficher les questions en français</translation>
    </message>
</context>
<context>
    <name>pcs::gui::LearnerPlanDialog</name>
    <message>
        <source>Not recorded yet</source>
        <translation>Pas encore consigné</translation>
    </message>
    <message>
        <source>SAW Plan and Follow-ups: %1</source>
        <translation>Plan SAW et suivis : %1</translation>
    </message>
    <message>
        <source>&amp;SAW plan</source>
        <translation>&amp;Plan SAW</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>&amp;Record follow-up…</source>
        <translation>&amp;Consigner le suivi…</translation>
    </message>
    <message>
        <source>Record the selected follow-up</source>
        <translation>Consigner le suivi sélectionné</translation>
    </message>
    <message>
        <source>&amp;Follow-ups</source>
        <translation>&amp;Suivis</translation>
    </message>
    <message>
        <source>%1 days</source>
        <translation>%1 jours</translation>
    </message>
</context>
<context>
    <name>pcs::gui::LearnerSession</name>
    <message>
        <source>This self-assessment has already been submitted. Ask your facilitator if something needs to change.</source>
        <translation>Cette autoévaluation a déjà été remise. Demandez à votre animateur si quelque chose doit être modifié.</translation>
    </message>
    <message>
        <source>%1, your Skills Application in the Workplace plan</source>
        <translation>%1, votre plan d’application des compétences au travail (SAW)</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Done: return to the start for the next person</source>
        <translation>Terminé : revenir au début pour la personne suivante</translation>
    </message>
    <message>
        <source>The last comment could not be saved.</source>
        <translation>Le dernier commentaire n’a pas pu être enregistré.</translation>
    </message>
</context>
<context>
    <name>pcs::gui::LockScreen</name>
    <message>
        <source>PCS Studio is locked</source>
        <translation>PCS Studio est verrouillé</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>U&amp;nlock</source>
        <translation>Dé&amp;verrouiller</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>It locks when nobody has used it for a while, or when you lock it, to keep learners&apos; information private. %1 is signed in: enter the password to continue, or sign in as another staff member.</source>
        <translation>Il se verrouille quand personne ne l’a utilisé depuis un moment, ou quand vous le verrouillez, pour protéger les renseignements des apprenants. %1 est connecté : entrez le mot de passe pour continuer, ou connectez-vous comme un autre membre du personnel.</translation>
    </message>
</context>
<context>
    <name>pcs::gui::MainWindow</name>
    <message>
        <source>No curriculum has been imported into this database yet.</source>
        <translation>Aucun curriculum n’a encore été importé dans cette base de données.</translation>
    </message>
    <message>
        <source>No cohorts in this database yet.</source>
        <translation>Aucune cohorte dans cette base de données pour l’instant.</translation>
    </message>
    <message>
        <source>No self-assessment window is open.</source>
        <translation>Aucune séance d’autoévaluation n’est ouverte.</translation>
    </message>
    <message>
        <source>PCS Studio</source>
        <translation>PCS Studio</translation>
    </message>
    <message>
        <source>Database: %1</source>
        <translation>Base de données : %1</translation>
    </message>
    <message>
        <source>Workspaces</source>
        <translation>Espaces de travail</translation>
    </message>
    <message>
        <source>Choose a workspace; Ctrl+1 to Ctrl+5 jump to one directly.</source>
        <translation>Choisissez un espace de travail; Ctrl+1 à Ctrl+5 y mènent directement.</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Back Up Database…</source>
        <translation>&amp;Sauvegarder la base de données…</translation>
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
        <source>&amp;Help</source>
        <translation>Ai&amp;de</translation>
    </message>
    <message>
        <source>&amp;About PCS Studio</source>
        <translation>&amp;À propos de PCS Studio</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
    <message>
        <source>Back Up Database</source>
        <translation>Sauvegarder la base de données</translation>
    </message>
    <message>
        <source>PCS Studio database (*.sqlite)</source>
        <translation>Base de données PCS Studio (*.sqlite)</translation>
    </message>
    <message>
        <source>Backup failed</source>
        <translation>Échec de la sauvegarde</translation>
    </message>
    <message>
        <source>Backup written</source>
        <translation>Sauvegarde écrite</translation>
    </message>
    <message>
        <source>A copy of the database was written to %1.</source>
        <translation>Une copie de la base de données a été écrite dans %1.</translation>
    </message>
    <message>
        <source>&amp;Import Curriculum Package…</source>
        <translation>&amp;Importer un paquet de curriculum…</translation>
    </message>
    <message>
        <source>Import a curriculum package</source>
        <translation>Importer un paquet de curriculum</translation>
    </message>
    <message>
        <source>Cannot show the curriculum</source>
        <translation>Impossible d’afficher le curriculum</translation>
    </message>
    <message>
        <source>Idle warning</source>
        <translation>Avertissement d’inactivité</translation>
    </message>
    <message>
        <source>&amp;Keep working</source>
        <translation>&amp;Continuer à travailler</translation>
    </message>
    <message>
        <source>Signed in: %1 (%2)</source>
        <translation>Connecté : %1 (%2)</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>PCS Studio will lock in %1 seconds to keep learners&apos; information private. Move the mouse or press a key to keep working.</source>
        <translation>PCS Studio se verrouillera dans %1 secondes pour protéger les renseignements des apprenants. Bougez la souris ou appuyez sur une touche pour continuer.</translation>
    </message>
    <message>
        <source>Kiosk</source>
        <translation>Kiosque</translation>
    </message>
</context>
<context>
    <name>pcs::gui::PeopleModel</name>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
</context>
<context>
    <name>pcs::gui::PeoplePanel</name>
    <message>
        <source>Search &amp;names or emails:</source>
        <translation>Rechercher par &amp;nom ou courriel :</translation>
    </message>
    <message>
        <source>Search people</source>
        <translation>Rechercher des personnes</translation>
    </message>
    <message>
        <source>Shows the people whose name or email contains the text</source>
        <translation>Affiche les personnes dont le nom ou le courriel contient le texte</translation>
    </message>
    <message>
        <source>Name or email</source>
        <translation>Nom ou courriel</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personnes</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nouvelle personne…</translation>
    </message>
    <message>
        <source>New person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>&amp;Edit person…</source>
        <translation>&amp;Modifier la personne…</translation>
    </message>
    <message>
        <source>Edit the selected person</source>
        <translation>Modifier la personne sélectionnée</translation>
    </message>
</context>
<context>
    <name>pcs::gui::PersonDialog</name>
    <message>
        <source>New Person</source>
        <translation>Nouvelle personne</translation>
    </message>
    <message>
        <source>&amp;First name:</source>
        <translation>&amp;Prénom :</translation>
    </message>
    <message>
        <source>&amp;Last name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;Email (optional):</source>
        <translation>&amp;Courriel (facultatif) :</translation>
    </message>
    <message>
        <source>Organization (optional)</source>
        <translation>Organisme (facultatif)</translation>
    </message>
    <message>
        <source>&amp;Organization (optional):</source>
        <translation>&amp;Organisme (facultatif) :</translation>
    </message>
    <message>
        <source>&amp;Role or title (optional):</source>
        <translation>&amp;Rôle ou titre (facultatif) :</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <source>English</source>
        <translation>Anglais</translation>
    </message>
    <message>
        <source>French</source>
        <translation>Français</translation>
    </message>
    <message>
        <source>Preferred &amp;language:</source>
        <translation>&amp;Langue préférée :</translation>
    </message>
    <message>
        <source>Enter a first or a last name.</source>
        <translation>Entrez un prénom ou un nom.</translation>
    </message>
    <message>
        <source>Person Details</source>
        <translation>Détails de la personne</translation>
    </message>
</context>
<context>
    <name>pcs::gui::PersonPickerDialog</name>
    <message>
        <source>&amp;Pick</source>
        <translation>&amp;Choisir</translation>
    </message>
    <message>
        <source>&amp;New person…</source>
        <translation>&amp;Nouvelle personne…</translation>
    </message>
</context>
<context>
    <name>pcs::gui::PinPage</name>
    <message>
        <source>Enter your PIN to continue.</source>
        <translation>Entrez votre NIP pour continuer.</translation>
    </message>
    <message>
        <source>Your PIN</source>
        <translation>Votre NIP</translation>
    </message>
    <message>
        <source>New PIN</source>
        <translation>Nouveau NIP</translation>
    </message>
    <message>
        <source>&amp;PIN:</source>
        <translation>&amp;NIP :</translation>
    </message>
    <message>
        <source>&amp;New PIN:</source>
        <translation>&amp;Nouveau NIP :</translation>
    </message>
    <message>
        <source>The same PIN again</source>
        <translation>Le même NIP de nouveau</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
    <message>
        <source>Not me, go back</source>
        <translation>Pas moi, retour</translation>
    </message>
    <message>
        <source>This is not me: go back</source>
        <translation>Ce n’est pas moi : retour</translation>
    </message>
    <message>
        <source>Continue</source>
        <translation>Continuer</translation>
    </message>
    <message>
        <source>Set my PIN</source>
        <translation>Définir mon NIP</translation>
    </message>
    <message>
        <source>Continue with this PIN</source>
        <translation>Continuer avec ce NIP</translation>
    </message>
    <message>
        <source>A PIN is 4 to 6 digits.</source>
        <translation>Un NIP compte de 4 à 6 chiffres.</translation>
    </message>
    <message>
        <source>The two PINs are not the same. Type your new PIN twice.</source>
        <translation>Les deux NIP ne sont pas identiques. Tapez votre nouveau NIP deux fois.</translation>
    </message>
    <message numerus="yes">
        <source>Choose a PIN of %n digits. You will need it to continue your self-assessment later, so that nobody else can answer in your name.</source>
        <translation>
            <numerusform>Choisissez un NIP de %n chiffre. Il vous servira à reprendre votre autoévaluation plus tard, pour que personne d’autre ne réponde en votre nom.</numerusform>
            <numerusform>Choisissez un NIP de %n chiffres. Il vous servira à reprendre votre autoévaluation plus tard, pour que personne d’autre ne réponde en votre nom.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>A new PIN is %n digits.</source>
        <translation>
            <numerusform>Un nouveau NIP compte %n chiffre.</numerusform>
            <numerusform>Un nouveau NIP compte %n chiffres.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pcs::gui::PresentationWindow</name>
    <message>
        <source>%1 — Presentation</source>
        <translation>%1 — Présentation</translation>
    </message>
    <message>
        <source>Presentation of %1</source>
        <translation>Présentation de %1</translation>
    </message>
    <message>
        <source>Tool</source>
        <translation>Outil</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progression</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texte</translation>
    </message>
    <message>
        <source>← Previous</source>
        <translation>← Précédent</translation>
    </message>
    <message>
        <source>Previous step</source>
        <translation>Étape précédente</translation>
    </message>
    <message>
        <source>Next →</source>
        <translation>Suivant →</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Étape suivante</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Close the presentation</source>
        <translation>Fermer la présentation</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Résumé</translation>
    </message>
    <message>
        <source>Summary (%1 of %2)</source>
        <translation>Résumé (%1 sur %2)</translation>
    </message>
    <message>
        <source>1 question follows</source>
        <translation>1 question suit</translation>
    </message>
    <message>
        <source>%1 questions follow</source>
        <translation>%1 questions suivent</translation>
    </message>
    <message>
        <source>Summary: %1</source>
        <translation>Résumé : %1</translation>
    </message>
    <message>
        <source>Prompting question</source>
        <translation>Question d’amorce</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>Question %1 of %2: %3</source>
        <translation>Question %1 sur %2 : %3</translation>
    </message>
</context>
<context>
    <name>pcs::gui::ProgramsPanel</name>
    <message>
        <source>Programs, workshops and agenda blocks</source>
        <translation>Programmes, ateliers et blocs de l’ordre du jour</translation>
    </message>
    <message>
        <source>Select an item to see its details. Arrow keys move and expand.</source>
        <translation>Sélectionnez un élément pour en voir les détails. Les flèches permettent de se déplacer et de déplier.</translation>
    </message>
    <message>
        <source>Program, workshop or block</source>
        <translation>Programme, atelier ou bloc</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Length</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Details of the selected program, workshop or block</source>
        <translation>Détails du programme, de l’atelier ou du bloc sélectionné</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>%1 (break)</source>
        <translation>%1 (pause)</translation>
    </message>
</context>
<context>
    <name>pcs::gui::RatingGroup</name>
    <message>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
</context>
<context>
    <name>pcs::gui::ReportPreview</name>
    <message>
        <source>Previous page</source>
        <translation>Page précédente</translation>
    </message>
    <message>
        <source>Previous page (Ctrl+Page Up)</source>
        <translation>Page précédente (Ctrl+Page préc.)</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 sur %2</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>Page suivante</translation>
    </message>
    <message>
        <source>Next page (Ctrl+Page Down)</source>
        <translation>Page suivante (Ctrl+Page suiv.)</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Zoom out (Ctrl+-)</source>
        <translation>Zoom arrière (Ctrl+-)</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom in (Ctrl++)</source>
        <translation>Zoom avant (Ctrl++)</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Fit the page width (Ctrl+0)</source>
        <translation>Ajuster à la largeur de la page (Ctrl+0)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Save the previewed report as a PDF file</source>
        <translation>Enregistrer le rapport affiché dans un fichier PDF</translation>
    </message>
    <message>
        <source>Pr&amp;int…</source>
        <translation>Imp&amp;rimer…</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>Print the previewed report</source>
        <translation>Imprimer le rapport affiché</translation>
    </message>
    <message>
        <source>Report preview</source>
        <translation>Aperçu du rapport</translation>
    </message>
    <message>
        <source>The pages of the report; Page Up and Page Down scroll through them</source>
        <translation>Les pages du rapport; Page préc. et Page suiv. les font défiler</translation>
    </message>
    <message>
        <source>Choose a report on the left and press Generate preview.</source>
        <translation>Choisissez un rapport à gauche, puis appuyez sur Générer l’aperçu.</translation>
    </message>
    <message>
        <source>The report was written but cannot be shown.</source>
        <translation>Le rapport a été écrit, mais il ne peut pas être affiché.</translation>
    </message>
</context>
<context>
    <name>pcs::gui::ReportPrinter</name>
    <message>
        <source>There is nothing to print.</source>
        <translation>Il n’y a rien à imprimer.</translation>
    </message>
    <message>
        <source>The printer could not be started.</source>
        <translation>L’imprimante n’a pas pu démarrer.</translation>
    </message>
    <message>
        <source>The printer refused page %1.</source>
        <translation>L’imprimante a refusé la page %1.</translation>
    </message>
    <message>
        <source>Page %1 of the report could not be drawn.</source>
        <translation>La page %1 du rapport n’a pas pu être dessinée.</translation>
    </message>
    <message>
        <source>The printer could not finish the job.</source>
        <translation>L’imprimante n’a pas pu terminer la tâche.</translation>
    </message>
</context>
<context>
    <name>pcs::gui::ReportRequestPanel</name>
    <message>
        <source>Report</source>
        <translation>Rapport</translation>
    </message>
    <message>
        <source>&amp;Report:</source>
        <translation>&amp;Rapport :</translation>
    </message>
    <message>
        <source>Which certificates</source>
        <translation>Quels certificats</translation>
    </message>
    <message>
        <source>One cohort</source>
        <translation>Une cohorte</translation>
    </message>
    <message>
        <source>Cohorts ending in a period</source>
        <translation>Les cohortes se terminant dans une période</translation>
    </message>
    <message>
        <source>&amp;Which certificates:</source>
        <translation>&amp;Quels certificats :</translation>
    </message>
    <message>
        <source>Cohort</source>
        <translation>Cohorte</translation>
    </message>
    <message>
        <source>Type part of a cohort&apos;s title</source>
        <translation>Tapez une partie du titre d’une cohorte</translation>
    </message>
    <message>
        <source>Type any part of a cohort&apos;s title to find it</source>
        <translation>Tapez n’importe quelle partie du titre d’une cohorte pour la trouver</translation>
    </message>
    <message>
        <source>Cohorts matching the text typed</source>
        <translation>Les cohortes correspondant au texte tapé</translation>
    </message>
    <message>
        <source>C&amp;ohort:</source>
        <translation>C&amp;ohorte :</translation>
    </message>
    <message>
        <source>Learner</source>
        <translation>Apprenant</translation>
    </message>
    <message>
        <source>&amp;Learner:</source>
        <translation>A&amp;pprenant :</translation>
    </message>
    <message>
        <source>Session</source>
        <translation>Séance</translation>
    </message>
    <message>
        <source>S&amp;ession:</source>
        <translation>S&amp;éance :</translation>
    </message>
    <message>
        <source>Kind of sheet</source>
        <translation>Type de feuille</translation>
    </message>
    <message>
        <source>Blank, for signing</source>
        <translation>Vierge, pour la signature</translation>
    </message>
    <message>
        <source>Filled with the attendance recorded</source>
        <translation>Remplie avec les présences consignées</translation>
    </message>
    <message>
        <source>&amp;Kind of sheet:</source>
        <translation>&amp;Type de feuille :</translation>
    </message>
    <message>
        <source>From</source>
        <translation>Du</translation>
    </message>
    <message>
        <source>Fro&amp;m:</source>
        <translation>D&amp;u :</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Au</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>A&amp;u :</translation>
    </message>
    <message>
        <source>Report language</source>
        <translation>Langue du rapport</translation>
    </message>
    <message>
        <source>La&amp;nguage:</source>
        <translation>La&amp;ngue :</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Papier</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Lettre</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>P&amp;aper:</source>
        <translation>Pa&amp;pier :</translation>
    </message>
    <message>
        <source>&amp;Generate preview</source>
        <translation>&amp;Générer l’aperçu</translation>
    </message>
    <message>
        <source>Generate preview</source>
        <translation>Générer l’aperçu</translation>
    </message>
    <message>
        <source>Write the report and show it on the right</source>
        <translation>Rédiger le rapport et l’afficher à droite</translation>
    </message>
    <message>
        <source>Choices for %1</source>
        <translation>Choix pour %1</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Session %1 — %2</source>
        <translation>Séance %1 — %2</translation>
    </message>
    <message>
        <source>Session %1 — %2, %3–%4</source>
        <translation>Séance %1 — %2, %3–%4</translation>
    </message>
    <message>
        <source>There are no cohorts yet: create one in the Cohorts workspace.</source>
        <translation>Il n’y a encore aucune cohorte : créez-en une dans l’espace Cohortes.</translation>
    </message>
    <message>
        <source>Choose a cohort first.</source>
        <translation>Choisissez d’abord une cohorte.</translation>
    </message>
    <message>
        <source>The cohort has no learners on its roster yet.</source>
        <translation>La cohorte n’a encore aucun apprenant inscrit.</translation>
    </message>
    <message>
        <source>The cohort has no sessions yet.</source>
        <translation>La cohorte n’a encore aucune séance.</translation>
    </message>
    <message>
        <source>The period ends before it starts: the To date must be on or after the From date.</source>
        <translation>La période se termine avant de commencer : la date « Au » doit être égale ou postérieure à la date « Du ».</translation>
    </message>
</context>
<context>
    <name>pcs::gui::ReportsWorkspace</name>
    <message>
        <source>Save as PDF</source>
        <translation>Enregistrer en PDF</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>Imprimer</translation>
    </message>
    <message>
        <source>No temporary folder for the preview could be made: %1</source>
        <translation>Aucun dossier temporaire n’a pu être créé pour l’aperçu : %1</translation>
    </message>
    <message>
        <source>Generating the report…</source>
        <translation>Génération du rapport…</translation>
    </message>
    <message>
        <source>The report was cancelled: no file was written.</source>
        <translation>Le rapport a été annulé : aucun fichier n’a été écrit.</translation>
    </message>
    <message>
        <source>The report could not be made.

%1</source>
        <translation>Le rapport n’a pas pu être produit.

%1</translation>
    </message>
    <message>
        <source>Save the report as PDF</source>
        <translation>Enregistrer le rapport en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The preview could not be read: %1</source>
        <translation>L’aperçu n’a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>Print the report</source>
        <translation>Imprimer le rapport</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Sending the pages to the printer…</source>
        <translation>Envoi des pages à l’imprimante…</translation>
    </message>
    <message>
        <source>The audit log could not record the report, so it was not sent: %1</source>
        <translation>Le journal d’audit n’a pas pu consigner le rapport; il n’a donc pas été envoyé : %1</translation>
    </message>
</context>
<context>
    <name>pcs::gui::ResultPage</name>
    <message>
        <source>Thank you, %1. Your self-assessment is submitted.</source>
        <translation>Merci, %1. Votre autoévaluation est remise.</translation>
    </message>
    <message>
        <source>Rate both your competence and your wish to develop a topic to see which topics to focus on.</source>
        <translation>Évaluez à la fois votre compétence et votre désir de perfectionnement pour chaque thème afin de voir sur quels thèmes vous concentrer.</translation>
    </message>
    <message>
        <source>The topics to focus on next: where you rated your competence lowest and your wish to develop highest, with the MicroCoaching tools that help with each.</source>
        <translation>Les thèmes sur lesquels vous concentrer ensuite : ceux où votre compétence est la plus basse et votre désir de perfectionnement le plus élevé, avec les outils MicroCoaching utiles pour chacun.</translation>
    </message>
    <message>
        <source>%1. %2</source>
        <translation>%1. %2</translation>
    </message>
    <message>
        <source>No MicroCoaching tool is linked to this topic.</source>
        <translation>Aucun outil MicroCoaching n’est lié à ce thème.</translation>
    </message>
    <message>
        <source>MicroCoaching tools: %1</source>
        <translation>Outils MicroCoaching : %1</translation>
    </message>
    <message>
        <source>When you are done, press Done and pass the laptop to the next person.</source>
        <translation>Quand vous avez terminé, appuyez sur Terminé et passez l’ordinateur à la personne suivante.</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Terminé</translation>
    </message>
    <message>
        <source>Done: return to the start for the next person</source>
        <translation>Terminé : retour au début pour la personne suivante</translation>
    </message>
    <message>
        <source>Write my SAW plan</source>
        <translation>Rédiger mon plan SAW</translation>
    </message>
    <message>
        <source>Write my Skills Application in the Workplace plan for the topics I choose</source>
        <translation>Rédiger mon plan d’application des compétences au travail pour les thèmes que je choisis</translation>
    </message>
</context>
<context>
    <name>pcs::gui::ReviewPage</name>
    <message>
        <source>Review your answers</source>
        <translation>Relisez vos réponses</translation>
    </message>
    <message>
        <source>Submit my self-assessment</source>
        <translation>Remettre mon autoévaluation</translation>
    </message>
    <message>
        <source>Yes, submit</source>
        <translation>Oui, remettre</translation>
    </message>
    <message>
        <source>Yes, submit my self-assessment</source>
        <translation>Oui, remettre mon autoévaluation</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Not yet, keep answering</source>
        <translation>Pas encore, continuer à répondre</translation>
    </message>
    <message>
        <source>✓ all answered</source>
        <translation>✓ réponses complètes</translation>
    </message>
    <message>
        <source>%1 of %2 answered</source>
        <translation>%1 réponses sur %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Go back to %1: %2</source>
        <translation>Retourner à %1 : %2</translation>
    </message>
    <message>
        <source>You have answered every question. Choose a topic to change an answer, or submit.</source>
        <translation>Vous avez répondu à toutes les questions. Choisissez un thème pour modifier une réponse, ou remettez votre autoévaluation.</translation>
    </message>
    <message>
        <source>%1 of %2 questions are answered. Choose a topic to finish it, or submit as it is.</source>
        <translation>Vous avez répondu à %1 questions sur %2. Choisissez un thème pour le terminer, ou remettez l’autoévaluation telle quelle.</translation>
    </message>
    <message>
        <source>Submit now? You cannot change your answers afterwards.</source>
        <translation>Remettre maintenant? Vous ne pourrez plus modifier vos réponses ensuite.</translation>
    </message>
    <message numerus="yes">
        <source>%n question has no answer. Submit anyway? You cannot change your answers afterwards.</source>
        <translation>
            <numerusform>%n question n’a pas de réponse. Soumettre quand même ? Vous ne pourrez plus modifier vos réponses ensuite.</numerusform>
            <numerusform>%n questions n’ont pas de réponse. Soumettre quand même ? Vous ne pourrez plus modifier vos réponses ensuite.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n questions have no answer. Submit anyway? You cannot change your answers afterwards.</source>
        <translation>
            <numerusform>%n question n’a pas de réponse. Soumettre quand même ? Vous ne pourrez plus modifier vos réponses ensuite.</numerusform>
            <numerusform>%n questions n’ont pas de réponse. Soumettre quand même ? Vous ne pourrez plus modifier vos réponses ensuite.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pcs::gui::Roles</name>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>Trainer or champion</source>
        <translation>Formateur ou champion</translation>
    </message>
</context>
<context>
    <name>pcs::gui::RosterImportDialog</name>
    <message>
        <source>Import Roster: %1</source>
        <translation>Importer une liste : %1</translation>
    </message>
    <message>
        <source>&amp;Learners read (%1, %2-separated):</source>
        <translation>&amp;Apprenants lus (%1, séparés par « %2 ») :</translation>
    </message>
    <message>
        <source>Learners read from the file</source>
        <translation>Apprenants lus dans le fichier</translation>
    </message>
    <message>
        <source>Line</source>
        <translation>Ligne</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Lines with &amp;problems (%1):</source>
        <translation>Lignes avec des &amp;problèmes (%1) :</translation>
    </message>
    <message>
        <source>Lines that cannot be imported</source>
        <translation>Lignes qui ne peuvent pas être importées</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>Problème</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importer</translation>
    </message>
    <message>
        <source>Nothing can be imported until the %1 lines with problems are fixed in the file: the import takes all rows or none.</source>
        <translation>Rien ne peut être importé tant que les %1 lignes avec des problèmes ne sont pas corrigées dans le fichier : l’importation prend toutes les lignes ou aucune.</translation>
    </message>
    <message>
        <source>The file has no learners.</source>
        <translation>Le fichier ne contient aucun apprenant.</translation>
    </message>
    <message>
        <source>%1 learners will be added to the roster (%2 of them new to PCS Studio); %3 are on it already.</source>
        <translation>%1 apprenants seront ajoutés à la liste (dont %2 nouveaux dans PCS Studio); %3 y sont déjà.</translation>
    </message>
</context>
<context>
    <name>pcs::gui::RunSheetWindow</name>
    <message>
        <source>Run-sheet — %1</source>
        <translation>Déroulement — %1</translation>
    </message>
    <message>
        <source>Run-sheet</source>
        <translation>Déroulement</translation>
    </message>
    <message>
        <source>Agenda</source>
        <translation>Ordre du jour</translation>
    </message>
    <message>
        <source>— break</source>
        <translation>— pause</translation>
    </message>
    <message>
        <source>Time left in this block</source>
        <translation>Temps restant pour ce bloc</translation>
    </message>
    <message>
        <source>← Previous block</source>
        <translation>← Bloc précédent</translation>
    </message>
    <message>
        <source>Previous block</source>
        <translation>Bloc précédent</translation>
    </message>
    <message>
        <source>Next block →</source>
        <translation>Bloc suivant →</translation>
    </message>
    <message>
        <source>Next block</source>
        <translation>Bloc suivant</translation>
    </message>
    <message>
        <source>Job aid (J)</source>
        <translation>Aide-mémoire (J)</translation>
    </message>
    <message>
        <source>Open the job aid of this block</source>
        <translation>Ouvrir l’aide-mémoire de ce bloc</translation>
    </message>
    <message>
        <source>Close (Esc)</source>
        <translation>Fermer (Échap)</translation>
    </message>
    <message>
        <source>Close the run-sheet</source>
        <translation>Fermer le déroulement</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Dans les temps</translation>
    </message>
    <message>
        <source>Less than a fifth of the block is left</source>
        <translation>Il reste moins du cinquième du bloc</translation>
    </message>
    <message>
        <source>Almost out of time</source>
        <translation>Le temps est presque écoulé</translation>
    </message>
    <message>
        <source>Over time</source>
        <translation>Temps dépassé</translation>
    </message>
    <message>
        <source>Current block: %1</source>
        <translation>Bloc en cours : %1</translation>
    </message>
    <message>
        <source>Next: %1, planned at %2</source>
        <translation>Ensuite : %1, prévu à %2</translation>
    </message>
    <message>
        <source>Last block; the session is planned to end at %1.</source>
        <translation>Dernier bloc; la séance doit se terminer à %1.</translation>
    </message>
    <message>
        <source>This block uses no job aid.</source>
        <translation>Ce bloc n’utilise aucun aide-mémoire.</translation>
    </message>
</context>
<context>
    <name>pcs::gui::SawPlanEditor</name>
    <message>
        <source>Parts of the &amp;plan:</source>
        <translation>Parties du &amp;plan :</translation>
    </message>
    <message>
        <source>Parts of the SAW plan, one per competency</source>
        <translation>Parties du plan SAW, une par compétence</translation>
    </message>
    <message>
        <source>&amp;New part</source>
        <translation>&amp;Nouvelle partie</translation>
    </message>
    <message>
        <source>Start a new part of the plan</source>
        <translation>Commencer une nouvelle partie du plan</translation>
    </message>
    <message>
        <source>Re&amp;move part</source>
        <translation>Reti&amp;rer la partie</translation>
    </message>
    <message>
        <source>Remove the selected part of the plan</source>
        <translation>Retirer la partie sélectionnée du plan</translation>
    </message>
    <message>
        <source>Competency</source>
        <translation>Compétence</translation>
    </message>
    <message>
        <source>&amp;Competency:</source>
        <translation>&amp;Compétence :</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Aucune date</translation>
    </message>
    <message>
        <source>&amp;Save this part</source>
        <translation>&amp;Enregistrer cette partie</translation>
    </message>
    <message>
        <source>Save this part of the plan</source>
        <translation>Enregistrer cette partie du plan</translation>
    </message>
    <message>
        <source>A new part: choose the competency and say how you will apply it.</source>
        <translation>Nouvelle partie : choisissez la compétence et indiquez comment vous l’appliquerez.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>&amp;Keep it</source>
        <translation>&amp;Garder</translation>
    </message>
    <message>
        <source>Keep this part of the plan</source>
        <translation>Garder cette partie du plan</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Retirer</translation>
    </message>
    <message>
        <source>Remove this part of the plan</source>
        <translation>Retirer cette partie du plan</translation>
    </message>
    <message>
        <source>Choose the part to remove in the list first.</source>
        <translation>Choisissez d’abord dans la liste la partie à retirer.</translation>
    </message>
    <message>
        <source>Remove the part “%1” from the plan? What it says cannot be brought back.</source>
        <translation>Retirer la partie « %1 » du plan ? Son contenu ne pourra pas être récupéré.</translation>
    </message>
    <message>
        <source>The part was removed.</source>
        <translation>La partie a été retirée.</translation>
    </message>
</context>
<context>
    <name>pcs::gui::ScreenLock</name>
    <message>
        <source>PCS Studio is locked. Unlock it in the main window.</source>
        <translation>PCS Studio est verrouillé. Déverrouillez-le dans la fenêtre principale.</translation>
    </message>
    <message>
        <source>PCS Studio (locked)</source>
        <translation>PCS Studio (verrouillé)</translation>
    </message>
    <message>
        <source>Locked</source>
        <translation>Verrouillé</translation>
    </message>
</context>
<context>
    <name>pcs::gui::SessionDialog</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>&amp;Date:</source>
        <translation>&amp;Date :</translation>
    </message>
    <message>
        <source>Start time</source>
        <translation>Heure de début</translation>
    </message>
    <message>
        <source>&amp;Start time:</source>
        <translation>&amp;Heure de début :</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>&amp;Place:</source>
        <translation>&amp;Lieu :</translation>
    </message>
    <message>
        <source>Facilitator notes</source>
        <translation>Notes de l’animateur</translation>
    </message>
    <message>
        <source>What went well, what to follow up, room or equipment notes…</source>
        <translation>Ce qui a bien fonctionné, les suivis à faire, notes sur la salle ou le matériel…</translation>
    </message>
    <message>
        <source>Facilitator &amp;notes:</source>
        <translation>&amp;Notes de l’animateur :</translation>
    </message>
    <message>
        <source>&amp;Agenda:</source>
        <translation>&amp;Ordre du jour :</translation>
    </message>
    <message>
        <source>Agenda blocks</source>
        <translation>Blocs de l’ordre du jour</translation>
    </message>
    <message>
        <source>Title, length in minutes and whether the block is a break</source>
        <translation>Titre, durée en minutes et s’il s’agit d’une pause</translation>
    </message>
    <message>
        <source>Block</source>
        <translation>Bloc</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutes</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Pause</translation>
    </message>
    <message>
        <source>Add &amp;block</source>
        <translation>Ajouter un &amp;bloc</translation>
    </message>
    <message>
        <source>&amp;Remove block</source>
        <translation>Reti&amp;rer le bloc</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>&amp;Monter</translation>
    </message>
    <message>
        <source>Move do&amp;wn</source>
        <translation>Desc&amp;endre</translation>
    </message>
    <message>
        <source>Reset to the &amp;workshop&apos;s agenda</source>
        <translation>Revenir à l’ordre du jour de l’&amp;atelier</translation>
    </message>
    <message>
        <source>New block</source>
        <translation>Nouveau bloc</translation>
    </message>
    <message>
        <source>Ends at %1 · %2 of contact time (breaks excluded)</source>
        <translation>Se termine à %1 · %2 de contact (pauses exclues)</translation>
    </message>
    <message>
        <source>Session %1 — %2</source>
        <translation>Séance %1 — %2</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>pcs::gui::SettingsPage</name>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Interface language</source>
        <translation>Langue de l’interface</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Langue du système</translation>
    </message>
    <message>
        <source>&amp;Interface language:</source>
        <translation>&amp;Langue de l’interface :</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>Base de données</translation>
    </message>
    <message>
        <source>Database file</source>
        <translation>Fichier de la base de données</translation>
    </message>
    <message>
        <source>&amp;File:</source>
        <translation>&amp;Fichier :</translation>
    </message>
    <message>
        <source>Schema version</source>
        <translation>Version du schéma</translation>
    </message>
    <message>
        <source>&amp;Schema version:</source>
        <translation>&amp;Version du schéma :</translation>
    </message>
    <message>
        <source>Installation id</source>
        <translation>Identifiant de l’installation</translation>
    </message>
    <message>
        <source>I&amp;nstallation id:</source>
        <translation>I&amp;dentifiant de l’installation :</translation>
    </message>
    <message>
        <source>&amp;Back up now…</source>
        <translation>&amp;Sauvegarder maintenant…</translation>
    </message>
    <message>
        <source>Back up the database now</source>
        <translation>Sauvegarder la base de données maintenant</translation>
    </message>
    <message>
        <source>Open database &amp;folder</source>
        <translation>Ouvrir le &amp;dossier de la base</translation>
    </message>
    <message>
        <source>Open the database folder</source>
        <translation>Ouvrir le dossier de la base de données</translation>
    </message>
    <message>
        <source>Log</source>
        <translation>Journal</translation>
    </message>
    <message>
        <source>Logging to the terminal only</source>
        <translation>Journalisation dans le terminal seulement</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>Fichier journal</translation>
    </message>
    <message>
        <source>L&amp;og file:</source>
        <translation>Fichier &amp;journal :</translation>
    </message>
    <message>
        <source>Open &amp;log folder</source>
        <translation>Ouvrir le dossier du j&amp;ournal</translation>
    </message>
    <message>
        <source>Open the log folder</source>
        <translation>Ouvrir le dossier du journal</translation>
    </message>
    <message>
        <source>Privacy</source>
        <translation>Confidentialité</translation>
    </message>
    <message>
        <source>Minutes without use before the screen locks</source>
        <translation>Minutes sans utilisation avant le verrouillage de l’écran</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Staff screens lock after this long without use; a warning comes first.</source>
        <translation>Les écrans du personnel se verrouillent après ce délai sans utilisation; un avertissement vient d’abord.</translation>
    </message>
    <message>
        <source>&amp;Lock the screen after:</source>
        <translation>&amp;Verrouiller l’écran après :</translation>
    </message>
    <message>
        <source>Staff accounts</source>
        <translation>Comptes du personnel</translation>
    </message>
    <message>
        <source>Administrators add facilitators, trainers and champions, reset forgotten passwords and disable accounts no longer in use.</source>
        <translation>Les administrateurs ajoutent les animateurs, formateurs et champions, redéfinissent les mots de passe oubliés et désactivent les comptes qui ne servent plus.</translation>
    </message>
    <message>
        <source>&amp;Manage accounts…</source>
        <translation>&amp;Gérer les comptes…</translation>
    </message>
    <message>
        <source>Manage staff accounts</source>
        <translation>Gérer les comptes du personnel</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Paper size of reports</source>
        <translation>Format de papier des rapports</translation>
    </message>
    <message>
        <source>As the system (Letter in Canada)</source>
        <translation>Comme le système (Lettre au Canada)</translation>
    </message>
    <message>
        <source>Letter (8.5 × 11 in)</source>
        <translation>Lettre (8,5 × 11 po)</translation>
    </message>
    <message>
        <source>A4 (210 × 297 mm)</source>
        <translation>A4 (210 × 297 mm)</translation>
    </message>
    <message>
        <source>Reports, certificates, sign-in sheets and job aids are laid out on this paper.</source>
        <translation>Les rapports, certificats, feuilles de présence et aide-mémoire sont mis en page sur ce papier.</translation>
    </message>
    <message>
        <source>&amp;Paper size:</source>
        <translation>Format de &amp;papier :</translation>
    </message>
    <message>
        <source>Digits of a new learner PIN</source>
        <translation>Chiffres d’un nouveau NIP d’apprenant</translation>
    </message>
    <message>
        <source> digits</source>
        <translation> chiffres</translation>
    </message>
    <message>
        <source>New kiosk PINs have this many digits; PINs set before keep working. Six digits are a hundred times harder to guess than four.</source>
        <translation>Les nouveaux NIP du kiosque ont ce nombre de chiffres; les NIP déjà définis restent valables. Six chiffres sont cent fois plus difficiles à deviner que quatre.</translation>
    </message>
    <message>
        <source>New learner PI&amp;Ns have:</source>
        <translation>Les nouveaux &amp;NIP d’apprenant ont :</translation>
    </message>
</context>
<context>
    <name>pcs::gui::SignInDialog</name>
    <message>
        <source>Welcome to PCS Studio</source>
        <translation>Bienvenue dans PCS Studio</translation>
    </message>
    <message>
        <source>Sign In to PCS Studio</source>
        <translation>Connexion à PCS Studio</translation>
    </message>
    <message>
        <source>Create the administrator account of this installation. The administrator manages staff accounts, curriculum packages and backups.</source>
        <translation>Créez le compte administrateur de cette installation. L’administrateur gère les comptes du personnel, les paquets de curriculum et les sauvegardes.</translation>
    </message>
    <message>
        <source>Sign in with your staff account.</source>
        <translation>Connectez-vous avec votre compte du personnel.</translation>
    </message>
    <message>
        <source>Your &amp;name:</source>
        <translation>Votre &amp;nom :</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>&amp;User name:</source>
        <translation>Nom d’&amp;utilisateur :</translation>
    </message>
    <message>
        <source>User name</source>
        <translation>Nom d’utilisateur</translation>
    </message>
    <message>
        <source>&amp;Password:</source>
        <translation>Mot de &amp;passe :</translation>
    </message>
    <message>
        <source>Password</source>
        <translation>Mot de passe</translation>
    </message>
    <message>
        <source>At least %1 characters</source>
        <translation>Au moins %1 caractères</translation>
    </message>
    <message>
        <source>&amp;Again:</source>
        <translation>&amp;Confirmation :</translation>
    </message>
    <message>
        <source>Password again</source>
        <translation>Confirmation du mot de passe</translation>
    </message>
    <message>
        <source>&amp;Create and Sign In</source>
        <translation>&amp;Créer et se connecter</translation>
    </message>
    <message>
        <source>&amp;Sign In</source>
        <translation>&amp;Se connecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>The two passwords are not the same.</source>
        <translation>Les deux mots de passe ne sont pas identiques.</translation>
    </message>
</context>
<context>
    <name>pcs::gui::ToolLibraryPanel</name>
    <message>
        <source>&amp;Search tools:</source>
        <translation>&amp;Rechercher des outils :</translation>
    </message>
    <message>
        <source>Search tools</source>
        <translation>Rechercher des outils</translation>
    </message>
    <message>
        <source>Searches tool titles, summaries and prompting questions.</source>
        <translation>Cherche dans les titres, les résumés et les questions d’amorce des outils.</translation>
    </message>
    <message>
        <source>Title, summary or question</source>
        <translation>Titre, résumé ou question</translation>
    </message>
    <message>
        <source>MicroCoaching tools</source>
        <translation>Outils de microcoaching</translation>
    </message>
    <message>
        <source>No tool matches the search.</source>
        <translation>Aucun outil ne correspond à la recherche.</translation>
    </message>
    <message>
        <source>Job aid</source>
        <translation>Aide-mémoire</translation>
    </message>
    <message>
        <source>Topics this tool serves</source>
        <translation>Sujets que cet outil appuie</translation>
    </message>
    <message>
        <source>P&amp;resent</source>
        <translation>Pré&amp;senter</translation>
    </message>
    <message>
        <source>Present the tool full screen</source>
        <translation>Présenter l’outil en plein écran</translation>
    </message>
    <message>
        <source>&amp;Export job aid as PDF…</source>
        <translation>&amp;Exporter l’aide-mémoire en PDF…</translation>
    </message>
    <message>
        <source>Export this job aid as PDF</source>
        <translation>Exporter cet aide-mémoire en PDF</translation>
    </message>
    <message>
        <source>Export &amp;all job aids as PDF…</source>
        <translation>Exporter &amp;tous les aide-mémoire en PDF…</translation>
    </message>
    <message>
        <source>Export all job aids as PDF</source>
        <translation>Exporter tous les aide-mémoire en PDF</translation>
    </message>
    <message>
        <source>%1 of %2 tools shown</source>
        <translation>%1 outils affichés sur %2</translation>
    </message>
    <message>
        <source>Serves no topic of this package.</source>
        <translation>N’appuie aucun sujet de ce paquet.</translation>
    </message>
    <message>
        <source>Topics it serves: %1</source>
        <translation>Sujets appuyés : %1</translation>
    </message>
    <message>
        <source>microcoaching-job-aids</source>
        <translation>aide-memoire-microcoaching</translation>
    </message>
    <message>
        <source>Export job aid as PDF</source>
        <translation>Exporter l’aide-mémoire en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The job aids were not exported.</source>
        <translation>Les aide-mémoire n’ont pas été exportés.</translation>
    </message>
    <message>
        <source>Export job aids</source>
        <translation>Exporter les aide-mémoire</translation>
    </message>
    <message>
        <source>Job aid saved to %1.</source>
        <translation>Aide-mémoire enregistré dans %1.</translation>
    </message>
    <message>
        <source>%1 job aids saved to %2.</source>
        <translation>%1 aide-mémoire enregistrés dans %2.</translation>
    </message>
</context>
<context>
    <name>pcs::gui::Workspace</name>
    <message>
        <source>Curriculum</source>
        <translation>Curriculum</translation>
    </message>
    <message>
        <source>Cohorts</source>
        <translation>Cohortes</translation>
    </message>
    <message>
        <source>Self-assessment</source>
        <translation>Autoévaluation</translation>
    </message>
    <message>
        <source>Reports</source>
        <translation>Rapports</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Programs, workshops and topics of the PCS series, and the 13 MicroCoaching job aids.</source>
        <translation>Programmes, ateliers et thèmes de la série PCS, et les 13 aide-mémoire de microcoaching.</translation>
    </message>
    <message>
        <source>Deliveries of a program: facilitators, roster, sessions, attendance and contact hours.</source>
        <translation>Prestations d’un programme : animation, liste des participants, séances, présences et heures de formation.</translation>
    </message>
    <message>
        <source>Pre- and post-learning self-assessments on a shared laptop, and SAW plans.</source>
        <translation>Autoévaluations avant et après la formation sur un portable partagé, et plans SAW.</translation>
    </message>
    <message>
        <source>Learner and cohort progress, certificates and sign-in sheets as PDF.</source>
        <translation>Progrès des personnes apprenantes et des cohortes, certificats et feuilles de présence en PDF.</translation>
    </message>
    <message>
        <source>Language, database, backups and the log of this installation.</source>
        <translation>Langue, base de données, sauvegardes et journal de cette installation.</translation>
    </message>
</context>
<context>
    <name>pcs::reports::CertificatePdf</name>
    <message>
        <source>Person-Centric Strategies</source>
        <translation>Stratégies centrées sur la personne</translation>
    </message>
    <message>
        <source>Certificate of Completion</source>
        <translation>Certificat de réussite</translation>
    </message>
    <message>
        <source>This certifies that</source>
        <translation>Ceci atteste que</translation>
    </message>
    <message>
        <source>has completed</source>
        <translation>a terminé avec succès</translation>
    </message>
    <message>
        <source>Facilitator</source>
        <translation>Animateur</translation>
    </message>
    <message>
        <source>%1 contact hours · %2</source>
        <translation>%1 heures de contact · %2</translation>
    </message>
    <message>
        <source>Verification code: %1</source>
        <translation>Code de vérification : %1</translation>
    </message>
    <message>
        <source>Check it with: %1</source>
        <translation>Vérifiez-le avec : %1</translation>
    </message>
    <message>
        <source>There is no certificate to write to %1.</source>
        <translation>Il n’y a aucun certificat à écrire dans %1.</translation>
    </message>
    <message>
        <source>Certificate %1 of %2 has no learner&apos;s name; nothing was written to %3.</source>
        <translation>Le certificat %1 sur %2 n’a pas de nom d’apprenant; rien n’a été écrit dans %3.</translation>
    </message>
    <message>
        <source>Certificate of completion — %1</source>
        <translation>Certificat de réussite — %1</translation>
    </message>
    <message>
        <source>Certificates of completion</source>
        <translation>Certificats de réussite</translation>
    </message>
</context>
<context>
    <name>pcs::reports::CohortReportPdf</name>
    <message>
        <source>p &lt; %1</source>
        <translation>p &lt; %1</translation>
    </message>
    <message>
        <source>p = %1</source>
        <translation>p = %1</translation>
    </message>
    <message>
        <source>r = %1</source>
        <translation>r = %1</translation>
    </message>
    <message>
        <source>Only one learner answered both self-assessments, and their rating rose.</source>
        <translation>Un seul apprenant a répondu aux deux autoévaluations, et sa cote a augmenté.</translation>
    </message>
    <message>
        <source>Only one learner answered both self-assessments, and their rating fell.</source>
        <translation>Un seul apprenant a répondu aux deux autoévaluations, et sa cote a baissé.</translation>
    </message>
    <message>
        <source>Only one learner answered both self-assessments, and their rating stayed the same.</source>
        <translation>Un seul apprenant a répondu aux deux autoévaluations, et sa cote est restée la même.</translation>
    </message>
    <message>
        <source>Ratings rose for all %1 learners.</source>
        <translation>Les cotes ont augmenté pour tous les %1 apprenants.</translation>
    </message>
    <message>
        <source>Ratings fell for all %1 learners.</source>
        <translation>Les cotes ont baissé pour tous les %1 apprenants.</translation>
    </message>
    <message>
        <source>Ratings stayed the same for all %1 learners.</source>
        <translation>Les cotes sont restées les mêmes pour tous les %1 apprenants.</translation>
    </message>
    <message>
        <source>Ratings fell for %1 of %2 learners and stayed the same for %3.</source>
        <translation>Les cotes ont baissé pour %1 apprenants sur %2 et sont restées les mêmes pour %3.</translation>
    </message>
    <message>
        <source>Ratings rose for %1 of %2 learners and stayed the same for %3.</source>
        <translation>Les cotes ont augmenté pour %1 apprenants sur %2 et sont restées les mêmes pour %3.</translation>
    </message>
    <message>
        <source>Ratings rose for %1 of %2 learners and fell for %3.</source>
        <translation>Les cotes ont augmenté pour %1 apprenants sur %2 et ont baissé pour %3.</translation>
    </message>
    <message>
        <source>Ratings rose for %1 of %2 learners, stayed the same for %3 and fell for %4.</source>
        <translation>Les cotes ont augmenté pour %1 apprenants sur %2, sont restées les mêmes pour %3 et ont baissé pour %4.</translation>
    </message>
    <message>
        <source>With no rating changed, there is nothing to test.</source>
        <translation>Comme aucune cote n’a changé, il n’y a rien à tester.</translation>
    </message>
    <message>
        <source>No test result is available.</source>
        <translation>Aucun résultat de test n’est disponible.</translation>
    </message>
    <message>
        <source>The rise is unlikely to be chance (%1) and %2 (%3).</source>
        <translation>La hausse n’est probablement pas due au hasard (%1) et son ampleur est %2 (%3).</translation>
    </message>
    <message>
        <source>The fall is unlikely to be chance (%1) and %2 (%3).</source>
        <translation>La baisse n’est probablement pas due au hasard (%1) et son ampleur est %2 (%3).</translation>
    </message>
    <message>
        <source>The rise is unlikely to be chance (%1).</source>
        <translation>La hausse n’est probablement pas due au hasard (%1).</translation>
    </message>
    <message>
        <source>The fall is unlikely to be chance (%1).</source>
        <translation>La baisse n’est probablement pas due au hasard (%1).</translation>
    </message>
    <message>
        <source>The change could be chance (%1); its size is %2 (%3).</source>
        <translation>Le changement pourrait être dû au hasard (%1); son ampleur est %2 (%3).</translation>
    </message>
    <message>
        <source>The change could be chance (%1).</source>
        <translation>Le changement pourrait être dû au hasard (%1).</translation>
    </message>
    <message>
        <source>With fewer than six changed ratings, no result below p = %1 is possible.</source>
        <translation>Avec moins de six cotes modifiées, aucun résultat inférieur à p = %1 n’est possible.</translation>
    </message>
    <message>
        <source>negligible</source>
        <comment>effect size</comment>
        <translation>négligeable</translation>
    </message>
    <message>
        <source>small</source>
        <comment>effect size</comment>
        <translation>faible</translation>
    </message>
    <message>
        <source>medium</source>
        <comment>effect size</comment>
        <translation>modérée</translation>
    </message>
    <message>
        <source>large</source>
        <comment>effect size</comment>
        <translation>forte</translation>
    </message>
    <message>
        <source>No learner answered both the pre and the post self-assessment for this topic.</source>
        <translation>Aucun apprenant n’a répondu à la fois à l’autoévaluation initiale et à l’autoévaluation finale pour ce thème.</translation>
    </message>
    <message>
        <source>Looking back, learners rated their starting point differently (then: %1, pre: %2): a response shift, so the pre/post change may understate or overstate the real change.</source>
        <translation>Avec le recul, les apprenants ont évalué autrement leur point de départ (rétrospective : %1, initiale : %2) : c’est un changement de référence, donc l’écart entre les cotes initiales et finales peut sous-estimer ou surestimer le changement réel.</translation>
    </message>
    <message>
        <source>Looking back, learners rated their starting point differently: a response shift, so the pre/post change may understate or overstate the real change.</source>
        <translation>Avec le recul, les apprenants ont évalué autrement leur point de départ : c’est un changement de référence, donc l’écart entre les cotes initiales et finales peut sous-estimer ou surestimer le changement réel.</translation>
    </message>
    <message>
        <source>Ratings are competence self-ratings from 1 (low) to 5 (high). n paired counts the learners with both a pre and a post rating of a topic; the means, medians, counts and tests use only them. Improved, unchanged and declined compare each learner&apos;s post rating with their pre rating.</source>
        <translation>Les cotes sont des autoévaluations de la compétence, de 1 (faible) à 5 (élevée). Le n apparié compte les apprenants qui ont à la fois une cote initiale et une cote finale pour un thème; les moyennes, médianes, décomptes et tests ne portent que sur eux. En hausse, inchangé et en baisse comparent la cote finale de chaque apprenant à sa cote initiale.</translation>
    </message>
    <message>
        <source>Wilcoxon signed-rank test, two-sided, on the differences post − pre. Differences of zero are dropped; the others are ranked by their absolute size, tied values sharing the mean of their ranks. With up to 25 non-zero differences and no ties, p is exact (from the distribution of the rank sum over all 2ⁿ equally likely signs); otherwise it comes from the normal approximation, with the tie correction of the variance and a continuity correction. p-values from the approximation are marked ≈.</source>
        <translation>Test des rangs signés de Wilcoxon, bilatéral, sur les différences finale − initiale. Les différences nulles sont écartées; les autres sont classées selon leur valeur absolue, les ex æquo recevant la moyenne de leurs rangs. Avec au plus 25 différences non nulles et sans ex æquo, p est exact (tiré de la distribution de la somme des rangs sur les 2ⁿ combinaisons de signes également probables); sinon, il provient de l’approximation normale, avec la correction de la variance pour les ex æquo et une correction de continuité. Les valeurs p tirées de l’approximation sont marquées ≈.</translation>
    </message>
    <message>
        <source>A change is called unlikely to be chance when p &lt; 0.05. With fewer than six non-zero differences no two-sided p below 0.05 is possible (with five, the smallest exact p is 0.0625). A small p says that a change is probably not chance, not that it is large: the effect size says how large.</source>
        <translation>Un changement est jugé probablement non dû au hasard quand p &lt; 0,05. Avec moins de six différences non nulles, aucune valeur p bilatérale inférieure à 0,05 n’est possible (avec cinq, la plus petite valeur p exacte est 0,0625). Une petite valeur p indique qu’un changement n’est probablement pas dû au hasard, et non qu’il est important : c’est la taille d’effet qui en indique l’ampleur.</translation>
    </message>
    <message>
        <source>Effect size: the matched-pairs rank-biserial correlation r = (T+ − T−) / (T+ + T−), where T+ and T− are the sums of the ranks of the positive and of the negative differences (Kerby, 2014). r runs from −1 (every changed rating fell) to +1 (every changed rating rose). Following Cohen&apos;s conventions for correlations, |r| below 0.1 is called negligible, from 0.1 small, from 0.3 medium and from 0.5 large.</source>
        <translation>Taille d’effet : corrélation rang-bisériale pour échantillons appariés r = (T+ − T−) / (T+ + T−), où T+ et T− sont les sommes des rangs des différences positives et des différences négatives (Kerby, 2014). r va de −1 (toutes les cotes modifiées ont baissé) à +1 (toutes les cotes modifiées ont augmenté). Selon les conventions de Cohen pour les corrélations, une ampleur |r| inférieure à 0,1 est dite négligeable; à partir de 0,1, faible; à partir de 0,3, modérée; et à partir de 0,5, forte.</translation>
    </message>
    <message>
        <source>Then-ratings are given at the end of the training: looking back, learners rate where they stood before it. Where they differ from the pre-ratings (marked † in the table), learners judge their starting point differently once they know the topic better (response shift), and the pre/post change may understate or overstate the real change.</source>
        <translation>Les cotes rétrospectives sont données à la fin de la formation : avec le recul, les apprenants évaluent où ils en étaient avant celle-ci. Quand elles diffèrent des cotes initiales (marquées † dans le tableau), c’est que les apprenants jugent autrement leur point de départ une fois qu’ils connaissent mieux le thème (changement de référence), et l’écart entre les cotes initiales et finales peut sous-estimer ou surestimer le changement réel.</translation>
    </message>
    <message>
        <source>Items with the largest and smallest gains: the mean change (post − pre) of each item&apos;s ratings among the learners who rated it both times.</source>
        <translation>Énoncés aux gains les plus élevés et les plus faibles : variation moyenne (finale − initiale) des cotes de chaque énoncé chez les apprenants qui l’ont évalué les deux fois.</translation>
    </message>
    <message>
        <source>Completion: a learner is eligible for a certificate with at least %1 of the program&apos;s contact hours.</source>
        <translation>Réussite : un apprenant est admissible au certificat s’il a suivi au moins %1 des heures de contact du programme.</translation>
    </message>
    <message>
        <source>Completion and attendance</source>
        <translation>Réussite et présences</translation>
    </message>
    <message>
        <source>Learners:</source>
        <translation>Apprenants :</translation>
    </message>
    <message>
        <source>%1 of %2 (%3)</source>
        <translation>%1 sur %2 (%3)</translation>
    </message>
    <message>
        <source>Eligible for a certificate:</source>
        <translation>Admissibles au certificat :</translation>
    </message>
    <message>
        <source>Mean attendance:</source>
        <translation>Présence moyenne :</translation>
    </message>
    <message>
        <source>Sessions:</source>
        <translation>Séances :</translation>
    </message>
    <message>
        <source>Contact hours delivered:</source>
        <translation>Heures de contact offertes :</translation>
    </message>
    <message>
        <source>A certificate needs at least %1 of the program&apos;s contact hours.</source>
        <translation>Un certificat exige au moins %1 des heures de contact du programme.</translation>
    </message>
    <message>
        <source>Self-assessment by topic</source>
        <translation>Autoévaluation par thème</translation>
    </message>
    <message>
        <source>No self-assessment has been recorded for this cohort.</source>
        <translation>Aucune autoévaluation n’a été consignée pour cette cohorte.</translation>
    </message>
    <message>
        <source>Mean competence ratings of the learners who answered both the pre and the post self-assessment, from 1 (low) to 5 (high).</source>
        <translation>Cotes de compétence moyennes des apprenants qui ont répondu à l’autoévaluation initiale et à l’autoévaluation finale, de 1 (faible) à 5 (élevée).</translation>
    </message>
    <message>
        <source>Pre</source>
        <translation>Initiale</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Finale</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Rétrospective</translation>
    </message>
    <message>
        <source>Mean rating (1 = low, 5 = high)</source>
        <translation>Cote moyenne (1 = faible, 5 = élevée)</translation>
    </message>
    <message>
        <source>Statistics by topic</source>
        <translation>Statistiques par thème</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Pre mean</source>
        <translation>Moyenne initiale</translation>
    </message>
    <message>
        <source>Post mean</source>
        <translation>Moyenne finale</translation>
    </message>
    <message>
        <source>Pre median</source>
        <translation>Médiane initiale</translation>
    </message>
    <message>
        <source>Post median</source>
        <translation>Médiane finale</translation>
    </message>
    <message>
        <source>Then mean</source>
        <translation>Moyenne rétrospective</translation>
    </message>
    <message>
        <source>Improved / unchanged / declined</source>
        <translation>En hausse / inchangé / en baisse</translation>
    </message>
    <message>
        <source>p</source>
        <translation>p</translation>
    </message>
    <message>
        <source>r</source>
        <translation>r</translation>
    </message>
    <message>
        <source>p: Wilcoxon signed-rank test, two-sided; ≈ marks a p from the normal approximation, the others are exact. r: effect size (matched-pairs rank-biserial correlation).</source>
        <translation>p : test des rangs signés de Wilcoxon, bilatéral; ≈ indique une valeur p tirée de l’approximation normale, les autres sont exactes. r : taille d’effet (corrélation rang-bisériale pour échantillons appariés).</translation>
    </message>
    <message>
        <source>† Then-ratings differ from pre-ratings (response shift).</source>
        <translation>† Les cotes rétrospectives diffèrent des cotes initiales (changement de référence).</translation>
    </message>
    <message>
        <source>What the figures say</source>
        <translation>Ce que disent les chiffres</translation>
    </message>
    <message>
        <source>Item</source>
        <translation>Énoncé</translation>
    </message>
    <message>
        <source>Mean change</source>
        <translation>Variation moyenne</translation>
    </message>
    <message>
        <source>Learners</source>
        <translation>Apprenants</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Contact hours</source>
        <translation>Heures de contact</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Certificat</translation>
    </message>
    <message>
        <source>Pre self-assessment</source>
        <translation>Autoévaluation initiale</translation>
    </message>
    <message>
        <source>Post self-assessment</source>
        <translation>Autoévaluation finale</translation>
    </message>
    <message>
        <source>Eligible</source>
        <translation>Admissible</translation>
    </message>
    <message>
        <source>Not yet</source>
        <translation>Pas encore</translation>
    </message>
    <message>
        <source>Program: %1</source>
        <translation>Programme : %1</translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation>Dates : %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Lieu : %1</translation>
    </message>
    <message>
        <source>Facilitators: %1</source>
        <translation>Animation : %1</translation>
    </message>
    <message>
        <source>Cohort report</source>
        <translation>Rapport de cohorte</translation>
    </message>
    <message>
        <source>Items with the largest gains</source>
        <translation>Énoncés aux gains les plus élevés</translation>
    </message>
    <message>
        <source>Items with the smallest gains</source>
        <translation>Énoncés aux gains les plus faibles</translation>
    </message>
    <message>
        <source>Notes on the methods</source>
        <translation>Notes sur les méthodes</translation>
    </message>
    <message>
        <source>Cohort report — %1</source>
        <translation>Rapport de cohorte — %1</translation>
    </message>
</context>
<context>
    <name>pcs::reports::JobAidPdf</name>
    <message>
        <source>There is no job aid to write to %1.</source>
        <translation>Il n’y a aucun aide-mémoire à écrire dans %1.</translation>
    </message>
    <message>
        <source>MicroCoaching job aids</source>
        <translation>Aide-mémoire de microcoaching</translation>
    </message>
</context>
<context>
    <name>pcs::reports::LearnerReportPdf</name>
    <message>
        <source>%1:</source>
        <comment>a label before its text</comment>
        <translation>%1 :</translation>
    </message>
    <message>
        <source>Attendance and contact hours</source>
        <translation>Présences et heures de contact</translation>
    </message>
    <message>
        <source>Sessions attended:</source>
        <translation>Séances suivies :</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 sur %2</translation>
    </message>
    <message>
        <source>%1 of %2 hours</source>
        <translation>%1 heures sur %2</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Contact hours:</source>
        <translation>Heures de contact :</translation>
    </message>
    <message>
        <source>Certificate of completion:</source>
        <translation>Certificat de réussite :</translation>
    </message>
    <message>
        <source>eligible: at least %1 of the program&apos;s contact hours attended.</source>
        <translation>admissible : au moins %1 des heures de contact du programme suivies.</translation>
    </message>
    <message>
        <source>not yet eligible: %1 of the program&apos;s contact hours are needed.</source>
        <translation>pas encore admissible : il faut %1 des heures de contact du programme.</translation>
    </message>
    <message>
        <source>Self-assessment by topic</source>
        <translation>Autoévaluation par thème</translation>
    </message>
    <message>
        <source>No self-assessment has been recorded yet.</source>
        <translation>Aucune autoévaluation n’a encore été consignée.</translation>
    </message>
    <message>
        <source>Competence ratings from 1 (low) to 5 (high): before the training (pre), after it (post) and, at the end, looking back at where you started (then).</source>
        <translation>Cotes de compétence de 1 (faible) à 5 (élevée) : avant la formation (initiale), après celle-ci (finale) et, à la fin, avec le recul sur votre point de départ (rétrospective).</translation>
    </message>
    <message>
        <source>Competence ratings from 1 (low) to 5 (high): before the training (pre) and after it (post).</source>
        <translation>Cotes de compétence de 1 (faible) à 5 (élevée) : avant la formation (initiale) et après celle-ci (finale).</translation>
    </message>
    <message>
        <source>Pre</source>
        <translation>Initiale</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Finale</translation>
    </message>
    <message>
        <source>Then</source>
        <translation>Rétrospective</translation>
    </message>
    <message>
        <source>Rating (1 = low, 5 = high)</source>
        <translation>Cote (1 = faible, 5 = élevée)</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>Desire for development</source>
        <translation>Désir de perfectionnement</translation>
    </message>
    <message>
        <source>MicroCoaching tools</source>
        <translation>Outils MicroCoaching</translation>
    </message>
    <message>
        <source>Desire for development: how much you want to develop the topic further, from 1 (not at all) to 5 (very much).</source>
        <translation>Désir de perfectionnement : à quel point vous voulez approfondir le thème, de 1 (pas du tout) à 5 (beaucoup).</translation>
    </message>
    <message>
        <source>Recommended tools</source>
        <translation>Outils recommandés</translation>
    </message>
    <message>
        <source>No priorities were identified from the self-assessment.</source>
        <translation>Aucune priorité n’est ressortie de l’autoévaluation.</translation>
    </message>
    <message>
        <source>The topics you most want to develop further, with the MicroCoaching tools that support them:</source>
        <translation>Les thèmes que vous voulez le plus approfondir, avec les outils MicroCoaching qui les soutiennent :</translation>
    </message>
    <message>
        <source>Skills Application in the Workplace (SAW) plan</source>
        <translation>Plan d’application des compétences au travail (SAW)</translation>
    </message>
    <message>
        <source>No SAW plan has been written yet.</source>
        <translation>Aucun plan SAW n’a encore été rédigé.</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>Suivis</translation>
    </message>
    <message>
        <source>No follow-ups are scheduled.</source>
        <translation>Aucun suivi n’est prévu.</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Suivi</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Reflection</source>
        <translation>Réflexion</translation>
    </message>
    <message>
        <source>Next step</source>
        <translation>Prochaine étape</translation>
    </message>
    <message>
        <source>Day %1</source>
        <translation>Jour %1</translation>
    </message>
    <message>
        <source>Program: %1</source>
        <translation>Programme : %1</translation>
    </message>
    <message>
        <source>Cohort: %1</source>
        <translation>Cohorte : %1</translation>
    </message>
    <message>
        <source>Organization: %1</source>
        <translation>Organisme : %1</translation>
    </message>
    <message>
        <source>Dates: %1</source>
        <translation>Dates : %1</translation>
    </message>
    <message>
        <source>Learner progress report</source>
        <translation>Rapport de progression de l’apprenant</translation>
    </message>
    <message>
        <source>There is no learner report to write to %1.</source>
        <translation>Il n’y a aucun rapport d’apprenant à écrire dans %1.</translation>
    </message>
    <message>
        <source>Learner progress report — %1</source>
        <translation>Rapport de progression de l’apprenant — %1</translation>
    </message>
    <message>
        <source>Learner progress reports</source>
        <translation>Rapports de progression des apprenants</translation>
    </message>
</context>
<context>
    <name>pcs::reports::OrganizationReportPdf</name>
    <message>
        <source>Training delivered</source>
        <translation>Formation offerte</translation>
    </message>
    <message>
        <source>Cohorts:</source>
        <translation>Cohortes :</translation>
    </message>
    <message>
        <source>Learners:</source>
        <translation>Apprenants :</translation>
    </message>
    <message>
        <source>Contact hours delivered:</source>
        <translation>Heures de contact offertes :</translation>
    </message>
    <message>
        <source>No training was delivered in this period.</source>
        <translation>Aucune formation n’a été offerte pendant cette période.</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Program</source>
        <translation>Programme</translation>
    </message>
    <message>
        <source>People trained</source>
        <translation>Personnes formées</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Ont réussi</translation>
    </message>
    <message>
        <source>Completion rate</source>
        <translation>Taux de réussite</translation>
    </message>
    <message>
        <source>Total</source>
        <translation>Total</translation>
    </message>
    <message>
        <source>Self-assessment by topic</source>
        <translation>Autoévaluation par thème</translation>
    </message>
    <message>
        <source>No learner answered both the pre and the post self-assessment in this period.</source>
        <translation>Aucun apprenant n’a répondu à la fois à l’autoévaluation initiale et à l’autoévaluation finale pendant cette période.</translation>
    </message>
    <message>
        <source>Mean competence ratings, from 1 (low) to 5 (high), of the learners who answered both the pre and the post self-assessment.</source>
        <translation>Cotes de compétence moyennes, de 1 (faible) à 5 (élevée), des apprenants qui ont répondu à l’autoévaluation initiale et à l’autoévaluation finale.</translation>
    </message>
    <message>
        <source>Pre</source>
        <translation>Initiale</translation>
    </message>
    <message>
        <source>Post</source>
        <translation>Finale</translation>
    </message>
    <message>
        <source>Mean rating (1 = low, 5 = high)</source>
        <translation>Cote moyenne (1 = faible, 5 = élevée)</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Mean pre</source>
        <translation>Moyenne initiale</translation>
    </message>
    <message>
        <source>Mean post</source>
        <translation>Moyenne finale</translation>
    </message>
    <message>
        <source>Change</source>
        <translation>Variation</translation>
    </message>
    <message>
        <source>The period ends before it starts; nothing was written to %1.</source>
        <translation>La période se termine avant de commencer; rien n’a été écrit dans %1.</translation>
    </message>
    <message>
        <source>Organization summary — %1</source>
        <translation>Sommaire de l’organisme — %1</translation>
    </message>
    <message>
        <source>Organization summary</source>
        <translation>Sommaire de l’organisme</translation>
    </message>
    <message>
        <source>Training of the Person-Centric Strategies series delivered in cohorts that ended in this period.</source>
        <translation>Formation de la série Stratégies centrées sur la personne offerte dans les cohortes terminées pendant cette période.</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Mean ratings count only the learners who answered both the pre and the post self-assessment of a topic (n); the change is the mean post rating minus the mean pre rating.</source>
        <translation>Les cotes moyennes ne tiennent compte que des apprenants qui ont répondu à l’autoévaluation initiale et à l’autoévaluation finale d’un thème (n); la variation est la cote finale moyenne moins la cote initiale moyenne.</translation>
    </message>
    <message>
        <source>Learner contact hours</source>
        <translation>Heures de contact des apprenants</translation>
    </message>
    <message>
        <source>People trained: learners enrolled in a cohort of the program. Completed: learners eligible for a certificate of completion. Learner contact hours: the contact time these learners attended, added up. Contact hours delivered: the contact time scheduled in the cohorts of the period.</source>
        <translation>Personnes formées : apprenants inscrits à une cohorte du programme. Réussite : apprenants admissibles à un certificat de réussite. Heures de contact des apprenants : le temps de contact auquel ces apprenants ont assisté, additionné. Heures de contact offertes : le temps de contact prévu dans les cohortes de la période.</translation>
    </message>
</context>
<context>
    <name>pcs::reports::ReportCommon</name>
    <message>
        <source>Cancelled.</source>
        <translation>Annulé.</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
    <message>
        <source>Could not start the PDF document %1.</source>
        <translation>Impossible de commencer le document PDF %1.</translation>
    </message>
    <message>
        <source>Could not add a page to %1.</source>
        <translation>Impossible d’ajouter une page à %1.</translation>
    </message>
    <message>
        <source>Could not finish the PDF document %1.</source>
        <translation>Impossible de terminer le document PDF %1.</translation>
    </message>
    <message>
        <source>Could not save %1: %2</source>
        <translation>Impossible d’enregistrer %1 : %2</translation>
    </message>
    <message>
        <source>%1 – %2</source>
        <comment>a date range</comment>
        <translation>%1 – %2</translation>
    </message>
    <message>
        <source>%1%</source>
        <comment>a percentage</comment>
        <translation>%1 %</translation>
    </message>
    <message>
        <source>PCS Studio — printed %1</source>
        <translation>PCS Studio — imprimé le %1</translation>
    </message>
    <message>
        <source>PCS Studio — curriculum %1 — printed %2</source>
        <translation>PCS Studio — curriculum %1 — imprimé le %2</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 de %2</translation>
    </message>
</context>
<context>
    <name>pcs::reports::SignInSheetPdf</name>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organisme</translation>
    </message>
    <message>
        <source>Time in</source>
        <translation>Arrivée</translation>
    </message>
    <message>
        <source>Signature</source>
        <translation>Signature</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Minutes missed</source>
        <translation>Minutes manquées</translation>
    </message>
    <message>
        <source>Contact minutes earned</source>
        <translation>Minutes de contact obtenues</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Non consigné</translation>
    </message>
    <message>
        <source>Present</source>
        <translation>Présent</translation>
    </message>
    <message>
        <source>Late</source>
        <translation>En retard</translation>
    </message>
    <message>
        <source>Left early</source>
        <translation>Parti tôt</translation>
    </message>
    <message>
        <source>Absent</source>
        <translation>Absent</translation>
    </message>
    <message>
        <source>Excused</source>
        <translation>Excusé</translation>
    </message>
    <message>
        <source>Present: %1 · Late: %2 · Left early: %3 · Absent: %4 · Excused: %5 · Not recorded: %6</source>
        <translation>Présents : %1 · En retard : %2 · Partis tôt : %3 · Absents : %4 · Excusés : %5 · Non consignés : %6</translation>
    </message>
    <message>
        <source>Session %1 of %2</source>
        <translation>Séance %1 de %2</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Séance %1</translation>
    </message>
    <message>
        <source>Attendance</source>
        <translation>Présences</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Feuille de présence</translation>
    </message>
    <message>
        <source>%1 — %2 — %3 (continued)</source>
        <translation>%1 — %2 — %3 (suite)</translation>
    </message>
    <message>
        <source>Date: %1</source>
        <translation>Date : %1</translation>
    </message>
    <message>
        <source>Time: %1 (%2 contact minutes)</source>
        <translation>Heure : %1 (%2 minutes de contact)</translation>
    </message>
    <message>
        <source>Time: %1</source>
        <translation>Heure : %1</translation>
    </message>
    <message>
        <source>Place: %1</source>
        <translation>Lieu : %1</translation>
    </message>
    <message>
        <source>Facilitators: %1</source>
        <translation>Animation : %1</translation>
    </message>
    <message>
        <source>Please sign next to your name. If it is not listed, write it on an empty row.</source>
        <translation>Veuillez signer à côté de votre nom. S’il n’y figure pas, écrivez-le sur une ligne vide.</translation>
    </message>
    <message>
        <source>Page %1 of %2</source>
        <translation>Page %1 de %2</translation>
    </message>
    <message>
        <source>PCS Studio — printed %1</source>
        <translation>PCS Studio — imprimé le %1</translation>
    </message>
    <message>
        <source>PCS Studio — curriculum %1 — printed %2</source>
        <translation>PCS Studio — curriculum %1 — imprimé le %2</translation>
    </message>
    <message>
        <source>There is no sign-in sheet to write to %1.</source>
        <translation>Il n’y a aucune feuille de présence à écrire dans %1.</translation>
    </message>
    <message>
        <source>Sign-in sheet — %1</source>
        <translation>Feuille de présence — %1</translation>
    </message>
    <message>
        <source>Sign-in sheets</source>
        <translation>Feuilles de présence</translation>
    </message>
</context>
<context>
    <name>pcs::services::Bootstrap</name>
    <message>
        <source>The curriculum built into this copy of PCS Studio does not load (%1). Import a curriculum package from the command line instead.</source>
        <translation>Le curriculum intégré à cette copie de PCS Studio ne se charge pas (%1). Importez plutôt un paquet de curriculum à partir de la ligne de commande.</translation>
    </message>
    <message>
        <source>Curriculum not imported</source>
        <translation>Curriculum non importé</translation>
    </message>
</context>
<context>
    <name>pcs::services::CohortAnalysis</name>
    <message>
        <source>There is no cohort %1.</source>
        <translation>Il n’y a pas de cohorte %1.</translation>
    </message>
</context>
<context>
    <name>pcs::services::CohortFiles</name>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d’écrire %1 : %2</translation>
    </message>
</context>
<context>
    <name>pcs::services::DemoData</name>
    <message>
        <source>Ask for at least one learner.</source>
        <translation>Demandez au moins une personne apprenante.</translation>
    </message>
    <message>
        <source>No curriculum to build cohorts from.</source>
        <translation>Aucun curriculum à partir duquel créer des cohortes.</translation>
    </message>
    <message>
        <source>create the demonstration data</source>
        <translation>créer les données de démonstration</translation>
    </message>
    <message>
        <source>Demo Administrator</source>
        <translation>Administrateur de démonstration</translation>
    </message>
    <message>
        <source>Staff accounts to sign in with (the passwords are shown only now):</source>
        <translation>Comptes du personnel pour se connecter (les mots de passe ne sont affichés que maintenant) :</translation>
    </message>
    <message>
        <source>%1, %2</source>
        <translation>%1, %2</translation>
    </message>
    <message>
        <source>Created %1 organizations, %2 facilitators, %3 learners, %4 cohorts, %5 sessions, %6 attendance marks, %7 self-assessment answers, %8 submitted self-assessments, %9 SAW plans and %10 follow-ups in %11 s (seed %12).</source>
        <translation>Création de %1 organismes, %2 animateurs, %3 apprenants, %4 cohortes, %5 séances, %6 présences, %7 réponses d’autoévaluation, %8 autoévaluations remises, %9 plans SAW et %10 suivis en %11 s (germe %12).</translation>
    </message>
    <message>
        <source>demo writes fake people and staff accounts, so it never goes into the default database: name a new file with --database PATH.</source>
        <translation>demo écrit des personnes et des comptes fictifs; elle ne va donc jamais dans la base de données par défaut : nommez un nouveau fichier avec --database PATH.</translation>
    </message>
    <message>
        <source>%1 already holds data (people: %2, cohorts: %3). The demonstration adds fake learners, cohorts and staff accounts, so it goes into a new file: name one with --database, or add --into-existing to mix it into this one. Nothing was written.</source>
        <translation>%1 contient déjà des données (personnes : %2, cohortes : %3). La démonstration ajoute des apprenants, des cohortes et des comptes fictifs; elle va donc dans un nouveau fichier : nommez-en un avec --database, ou ajoutez --into-existing pour la mêler à celui-ci. Rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>pcs::services::InstallationKey</name>
    <message>
        <source>Learner PINs unavailable</source>
        <translation>NIP des apprenants indisponibles</translation>
    </message>
    <message>
        <source>%1 is a link or not a regular file, so it cannot be the PIN key. Move it away and start PCS Studio again (PINs set before then must be set again).</source>
        <translation>%1 est un lien ou n’est pas un fichier ordinaire; ce ne peut donc pas être la clé des NIP. Déplacez-le et relancez PCS Studio (les NIP définis avant devront l’être de nouveau).</translation>
    </message>
    <message>
        <source>Cannot read the PIN key %1 (%2).</source>
        <translation>Impossible de lire la clé des NIP %1 (%2).</translation>
    </message>
    <message>
        <source>far too large</source>
        <translation>bien trop volumineuse</translation>
    </message>
    <message>
        <source>The PIN key %1 is damaged (it should hold %2 hexadecimal digits). Restore it from a backup of this computer&apos;s settings, or remove it to make a new one: then every learner PIN must be set again.</source>
        <translation>La clé des NIP %1 est endommagée (elle devrait contenir %2 chiffres hexadécimaux). Restaurez-la à partir d’une sauvegarde des paramètres de cet ordinateur, ou supprimez-la pour en créer une nouvelle : chaque NIP d’apprenant devra alors être défini de nouveau.</translation>
    </message>
    <message>
        <source>Cannot create the folder %1.</source>
        <translation>Impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Cannot write the PIN key %1 (%2).</source>
        <translation>Impossible d’écrire la clé des NIP %1 (%2).</translation>
    </message>
    <message>
        <source>The PIN key %1 has the wrong size.</source>
        <translation>La clé des NIP %1 n’a pas la bonne taille.</translation>
    </message>
</context>
<context>
    <name>pcs::services::OutputGuard</name>
    <message>
        <source>%1 is a file of the database %2; choose another file to write, nothing was written.</source>
        <translation>%1 est un fichier de la base de données %2; choisissez un autre fichier où écrire, rien n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 leads to %3, a file of the database %2; choose another file to write, nothing was written.</source>
        <translation>%1 mène à %3, un fichier de la base de données %2; choisissez un autre fichier où écrire, rien n’a été écrit.</translation>
    </message>
    <message>
        <source>%1 is a backup of the database %2, or one being written; choose another file to write, nothing was written.</source>
        <translation>%1 est une sauvegarde de la base de données %2, ou une sauvegarde en cours d’écriture; choisissez un autre fichier à écrire, rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>pcs::services::ReportJob</name>
    <message>
        <source>Cohort report</source>
        <translation>Rapport de cohorte</translation>
    </message>
    <message>
        <source>Learner progress report</source>
        <translation>Rapport de progression de l’apprenant</translation>
    </message>
    <message>
        <source>Certificates of completion</source>
        <translation>Certificats de réussite</translation>
    </message>
    <message>
        <source>Sign-in sheet</source>
        <translation>Feuille de présence</translation>
    </message>
    <message>
        <source>Organization summary</source>
        <translation>Sommaire de l’organisme</translation>
    </message>
    <message>
        <source>Completion, attendance and the pre and post self-assessment figures of one cohort, topic by topic.</source>
        <translation>La réussite, les présences et les résultats des autoévaluations initiale et finale d’une cohorte, thème par thème.</translation>
    </message>
    <message>
        <source>One learner&apos;s attendance, ratings before and after the training, recommended tools, SAW plan and follow-ups.</source>
        <translation>Les présences d’un apprenant, ses cotes avant et après la formation, les outils recommandés, son plan SAW et ses suivis.</translation>
    </message>
    <message>
        <source>A certificate for every eligible learner of every cohort ending in the period. Certificates are issued, with their verification codes, as they are generated.</source>
        <translation>Un certificat pour chaque apprenant admissible de chaque cohorte se terminant dans la période. Les certificats sont délivrés, avec leur code de vérification, au moment où ils sont générés.</translation>
    </message>
    <message>
        <source>A certificate for each learner who attended enough of the program. Certificates are issued, with their verification codes, as they are generated.</source>
        <translation>Un certificat pour chaque apprenant ayant suivi une part suffisante du programme. Les certificats sont délivrés, avec leur code de vérification, au moment où ils sont générés.</translation>
    </message>
    <message>
        <source>A session&apos;s sign-in sheet: blank for signing, or filled with the attendance recorded.</source>
        <translation>La feuille de présence d’une séance : vierge pour la signature, ou remplie avec les présences consignées.</translation>
    </message>
    <message>
        <source>The training delivered by the cohorts ending in the period, by organization and program, with the mean ratings before and after.</source>
        <translation>La formation donnée par les cohortes se terminant dans la période, par organisme et par programme, avec les cotes moyennes avant et après.</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>Choose a cohort first.</source>
        <translation>Choisissez d’abord une cohorte.</translation>
    </message>
    <message>
        <source>Reading the cohort…</source>
        <translation>Lecture de la cohorte…</translation>
    </message>
    <message>
        <source>Writing the report…</source>
        <translation>Rédaction du rapport…</translation>
    </message>
    <message>
        <source>Choose a learner first.</source>
        <translation>Choisissez d’abord un apprenant.</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>Issuing the certificates…</source>
        <translation>Délivrance des certificats…</translation>
    </message>
    <message>
        <source>No learner of “%1” is eligible for a certificate yet.</source>
        <translation>Aucun apprenant de « %1 » n’est encore admissible à un certificat.</translation>
    </message>
    <message>
        <source>Writing the certificates…</source>
        <translation>Rédaction des certificats…</translation>
    </message>
    <message>
        <source>“%1” has no sessions yet.</source>
        <translation>« %1 » n’a encore aucune séance.</translation>
    </message>
    <message>
        <source>%1, session %2</source>
        <translation>%1, séance %2</translation>
    </message>
    <message>
        <source>Writing the sheet…</source>
        <translation>Rédaction de la feuille…</translation>
    </message>
    <message>
        <source>The organization summary covers a period, not a cohort.</source>
        <translation>Le sommaire de l’organisme porte sur une période, et non sur une cohorte.</translation>
    </message>
    <message>
        <source>The period ends before it starts.</source>
        <translation>La période se termine avant de commencer.</translation>
    </message>
    <message>
        <source>Issuing the certificates of the cohorts ending in the period…</source>
        <translation>Délivrance des certificats des cohortes se terminant dans la période…</translation>
    </message>
    <message>
        <source>No learner of a cohort ending between %1 and %2 is eligible for a certificate.</source>
        <translation>Aucun apprenant d’une cohorte se terminant entre le %1 et le %2 n’est admissible à un certificat.</translation>
    </message>
    <message>
        <source>Reading the cohorts of the period…</source>
        <translation>Lecture des cohortes de la période…</translation>
    </message>
</context>
<context>
    <name>pcs::services::ReportSources</name>
    <message>
        <source>Not started</source>
        <translation>Non commencée</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>Submitted</source>
        <translation>Remise</translation>
    </message>
    <message>
        <source>There is no learner %1 on the roster of “%2”.</source>
        <translation>Il n’y a pas d’apprenant %1 dans la liste de « %2 ».</translation>
    </message>
    <message>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
    <message>
        <source>, </source>
        <translation>, </translation>
    </message>
    <message>
        <source>Not recorded yet</source>
        <translation>Pas encore consigné</translation>
    </message>
    <message>
        <source>No organization</source>
        <translation>Aucun organisme</translation>
    </message>
    <message>
        <source>version %1 (%2)</source>
        <translation>version %1 (%2)</translation>
    </message>
</context>
<context>
    <name>pcs::services::SignInSheetSource</name>
    <message>
        <source>There is no cohort %1.</source>
        <translation>Il n’y a pas de cohorte %1.</translation>
    </message>
    <message>
        <source>The cohort “%1” has no session %2.</source>
        <translation>La cohorte « %1 » n’a pas de séance %2.</translation>
    </message>
</context>
<context>
    <name>pcs::storage::AccountStore</name>
    <message>
        <source>the account %1 has an unknown role &apos;%2&apos;</source>
        <translation>le compte %1 a un rôle inconnu « %2 »</translation>
    </message>
    <message>
        <source>The user name or password is not right.</source>
        <translation>Le nom d’utilisateur ou le mot de passe n’est pas le bon.</translation>
    </message>
    <message>
        <source>A password needs at least %1 characters.</source>
        <translation>Un mot de passe doit compter au moins %1 caractères.</translation>
    </message>
    <message>
        <source>There is no such account.</source>
        <translation>Ce compte n’existe pas.</translation>
    </message>
    <message>
        <source>read the accounts</source>
        <translation>lire les comptes</translation>
    </message>
    <message>
        <source>An account needs a user name.</source>
        <translation>Un compte doit avoir un nom d’utilisateur.</translation>
    </message>
    <message>
        <source>The user name %1 is taken already.</source>
        <translation>Le nom d’utilisateur %1 est déjà pris.</translation>
    </message>
    <message>
        <source>create the account</source>
        <translation>créer le compte</translation>
    </message>
    <message>
        <source>There is no person %1 to link the account to.</source>
        <translation>Il n’y a pas de personne %1 à associer au compte.</translation>
    </message>
    <message>
        <source>record the sign-in attempt</source>
        <translation>consigner la tentative de connexion</translation>
    </message>
    <message>
        <source>record the sign-in</source>
        <translation>consigner la connexion</translation>
    </message>
    <message>
        <source>This account is disabled. An administrator can enable it again.</source>
        <translation>Ce compte est désactivé. Un administrateur peut le réactiver.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again in 1 second.</source>
        <translation>Trop de mots de passe erronés. Réessayez dans 1 seconde.</translation>
    </message>
    <message>
        <source>Too many wrong passwords. Try again in %1 seconds.</source>
        <translation>Trop de mots de passe erronés. Réessayez dans %1 secondes.</translation>
    </message>
    <message>
        <source>change the password</source>
        <translation>changer le mot de passe</translation>
    </message>
    <message>
        <source>the account is gone</source>
        <translation>le compte n’existe plus</translation>
    </message>
    <message>
        <source>set the new password</source>
        <translation>définir le nouveau mot de passe</translation>
    </message>
    <message>
        <source>disable the account</source>
        <translation>désactiver le compte</translation>
    </message>
    <message>
        <source>enable the account</source>
        <translation>activer le compte</translation>
    </message>
    <message>
        <source>This is the only administrator account: create another administrator before disabling it.</source>
        <translation>C’est le seul compte administrateur : créez un autre administrateur avant de le désactiver.</translation>
    </message>
    <message>
        <source>Could not protect the password: %1.</source>
        <translation>Impossible de protéger le mot de passe : %1.</translation>
    </message>
    <message>
        <source>The stored password of this account cannot be read (%1); an administrator can set a new one.</source>
        <translation>Le mot de passe enregistré de ce compte est illisible (%1); un administrateur peut en définir un nouveau.</translation>
    </message>
</context>
<context>
    <name>pcs::storage::AssessmentStore</name>
    <message>
        <source>a self-assessment has the unknown phase &apos;%1&apos;</source>
        <translation>une autoévaluation a la phase inconnue « %1 »</translation>
    </message>
    <message>
        <source>There is no such cohort.</source>
        <translation>Cette cohorte n’existe pas.</translation>
    </message>
    <message>
        <source>This learner is not on the roster of this cohort.</source>
        <translation>Cet apprenant n’est pas inscrit à cette cohorte.</translation>
    </message>
    <message>
        <source>The self-assessment is closed. Ask your facilitator to open it.</source>
        <translation>L’autoévaluation est fermée. Demandez à votre animateur de l’ouvrir.</translation>
    </message>
    <message>
        <source>This self-assessment has been submitted. Ask your facilitator to reopen it to make changes.</source>
        <translation>Cette autoévaluation a été remise. Demandez à votre animateur de la rouvrir pour la modifier.</translation>
    </message>
    <message>
        <source>a self-assessment has the unknown state &apos;%1&apos;</source>
        <translation>une autoévaluation a l’état inconnu « %1 »</translation>
    </message>
    <message>
        <source>read the self-assessment</source>
        <translation>lire l’autoévaluation</translation>
    </message>
    <message>
        <source>An answer needs the question it answers.</source>
        <translation>Une réponse doit indiquer la question à laquelle elle répond.</translation>
    </message>
    <message>
        <source>The competence rating must be between %1 and %2.</source>
        <translation>La cote de compétence doit être entre %1 et %2.</translation>
    </message>
    <message>
        <source>The desire for further development must be between %1 and %2.</source>
        <translation>Le désir de perfectionnement doit être entre %1 et %2.</translation>
    </message>
    <message>
        <source>The rating before the program must be between %1 and %2.</source>
        <translation>La cote d’avant le programme doit être entre %1 et %2.</translation>
    </message>
    <message>
        <source>A comment can have at most %1 characters.</source>
        <translation>Un commentaire peut compter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>The page number cannot be negative.</source>
        <translation>Le numéro de page ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>save the answer</source>
        <translation>enregistrer la réponse</translation>
    </message>
    <message>
        <source>This self-assessment does not ask for ratings of before the program.</source>
        <translation>Cette autoévaluation ne demande pas de cotes d’avant le programme.</translation>
    </message>
    <message>
        <source>This question is not part of this cohort&apos;s self-assessment.</source>
        <translation>Cette question ne fait pas partie de l’autoévaluation de cette cohorte.</translation>
    </message>
    <message>
        <source>submit the self-assessment</source>
        <translation>remettre l’autoévaluation</translation>
    </message>
    <message>
        <source>reopen the self-assessment</source>
        <translation>rouvrir l’autoévaluation</translation>
    </message>
    <message>
        <source>This self-assessment has not been submitted.</source>
        <translation>Cette autoévaluation n’a pas été remise.</translation>
    </message>
    <message>
        <source>Open the self-assessment for the cohort first: a reopened self-assessment can be changed only while it is open.</source>
        <translation>Ouvrez d’abord l’autoévaluation de la cohorte : une autoévaluation rouverte ne peut être modifiée que pendant qu’elle est ouverte.</translation>
    </message>
    <message>
        <source>read the self-assessments</source>
        <translation>lire les autoévaluations</translation>
    </message>
    <message>
        <source>read the answers</source>
        <translation>lire les réponses</translation>
    </message>
    <message>
        <source>%1 (learner %2, question %3)</source>
        <translation>%1 (apprenant %2, question %3)</translation>
    </message>
    <message>
        <source>save the answers</source>
        <translation>enregistrer les réponses</translation>
    </message>
</context>
<context>
    <name>pcs::storage::AssessmentWindowStore</name>
    <message>
        <source>Then-ratings (how learners rate their skills before the program, looking back) are collected only in the post self-assessment.</source>
        <translation>Les cotes rétrospectives (comment les apprenants évaluent, avec le recul, leurs compétences d’avant le programme) ne sont recueillies que dans l’autoévaluation finale.</translation>
    </message>
    <message>
        <source>open the self-assessment</source>
        <translation>ouvrir l’autoévaluation</translation>
    </message>
    <message>
        <source>There is no such cohort.</source>
        <translation>Cette cohorte n’existe pas.</translation>
    </message>
    <message>
        <source>The pre self-assessment of this cohort is open already.</source>
        <translation>L’autoévaluation initiale de cette cohorte est déjà ouverte.</translation>
    </message>
    <message>
        <source>The post self-assessment of this cohort is open already.</source>
        <translation>L’autoévaluation finale de cette cohorte est déjà ouverte.</translation>
    </message>
    <message>
        <source>close the self-assessment</source>
        <translation>fermer l’autoévaluation</translation>
    </message>
    <message>
        <source>There is no such self-assessment window.</source>
        <translation>Cette période d’autoévaluation n’existe pas.</translation>
    </message>
    <message>
        <source>This self-assessment window is closed already.</source>
        <translation>Cette période d’autoévaluation est déjà fermée.</translation>
    </message>
    <message>
        <source>read the self-assessment windows</source>
        <translation>lire les périodes d’autoévaluation</translation>
    </message>
</context>
<context>
    <name>pcs::storage::CertificateStore</name>
    <message>
        <source>issue the certificates</source>
        <translation>délivrer les certificats</translation>
    </message>
    <message>
        <source>check the certificate</source>
        <translation>vérifier le certificat</translation>
    </message>
</context>
<context>
    <name>pcs::storage::CohortStore</name>
    <message>
        <source>there is no cohort %1</source>
        <translation>il n’y a pas de cohorte %1</translation>
    </message>
    <message>
        <source>A cohort needs a title.</source>
        <translation>Une cohorte doit avoir un titre.</translation>
    </message>
    <message>
        <source>create the cohort “%1”</source>
        <translation>créer la cohorte « %1 »</translation>
    </message>
    <message>
        <source>read the cohort</source>
        <translation>lire la cohorte</translation>
    </message>
    <message>
        <source>read the cohorts</source>
        <translation>lire les cohortes</translation>
    </message>
    <message>
        <source>change the cohort status</source>
        <translation>changer l’état de la cohorte</translation>
    </message>
    <message>
        <source>A session needs a date and an end time after its start time.</source>
        <translation>Une séance doit avoir une date et une heure de fin postérieure à son heure de début.</translation>
    </message>
    <message>
        <source>save the session</source>
        <translation>enregistrer la séance</translation>
    </message>
    <message>
        <source>there is no such session in this cohort</source>
        <translation>cette séance n’existe pas dans cette cohorte</translation>
    </message>
    <message>
        <source>read the roster</source>
        <translation>lire la liste des participants</translation>
    </message>
    <message>
        <source>add to the roster</source>
        <translation>ajouter à la liste des participants</translation>
    </message>
    <message>
        <source>there is no person %1</source>
        <translation>il n’y a pas de personne %1</translation>
    </message>
    <message>
        <source>%1 is already on the roster of this cohort.</source>
        <translation>%1 figure déjà sur la liste des participants de cette cohorte.</translation>
    </message>
    <message>
        <source>remove from the roster</source>
        <translation>retirer de la liste des participants</translation>
    </message>
    <message>
        <source>that person is not on the roster</source>
        <translation>cette personne ne figure pas sur la liste des participants</translation>
    </message>
    <message>
        <source>check the roster</source>
        <translation>vérifier la liste des participants</translation>
    </message>
    <message>
        <source>import the roster</source>
        <translation>importer la liste des participants</translation>
    </message>
    <message>
        <source>Minutes missed cannot be negative.</source>
        <translation>Les minutes manquées ne peuvent pas être négatives.</translation>
    </message>
    <message>
        <source>record attendance</source>
        <translation>enregistrer la présence</translation>
    </message>
    <message>
        <source>that person is not on the roster of this session&apos;s cohort</source>
        <translation>cette personne ne figure pas sur la liste des participants de la cohorte de cette séance</translation>
    </message>
    <message>
        <source>read attendance</source>
        <translation>lire les présences</translation>
    </message>
    <message>
        <source>a facilitator is listed twice</source>
        <translation>un animateur figure deux fois</translation>
    </message>
    <message>
        <source>the agenda of session %1 is damaged</source>
        <translation>l’ordre du jour de la séance %1 est endommagé</translation>
    </message>
    <message>
        <source>The completion rule must be between 1 % and 100 %.</source>
        <translation>La règle de réussite doit être entre 1 % et 100 %.</translation>
    </message>
    <message>
        <source>save the cohort</source>
        <translation>enregistrer la cohorte</translation>
    </message>
    <message>
        <source>A session cannot have negative contact minutes.</source>
        <translation>Une séance ne peut pas avoir de minutes de contact négatives.</translation>
    </message>
    <message>
        <source>Every agenda block needs a length of at least one minute (“%1” has none).</source>
        <translation>Chaque bloc de l’ordre du jour doit durer au moins une minute (« %1 » n’en a pas).</translation>
    </message>
    <message>
        <source>an attendance mark is for someone else</source>
        <translation>une présence concerne une autre personne</translation>
    </message>
</context>
<context>
    <name>pcs::storage::CurriculumStore</name>
    <message>
        <source>Version %1 of the curriculum package &apos;%2&apos; is already imported with different content. Raise &quot;version&quot; in manifest.json and import again.</source>
        <translation>La version %1 du paquet de curriculum « %2 » est déjà importée avec un contenu différent. Augmentez « version » dans manifest.json et importez de nouveau.</translation>
    </message>
    <message>
        <source>Version %1 of &apos;%2&apos; is older than the installed version %3; it was not imported.</source>
        <translation>La version %1 de « %2 » est plus ancienne que la version installée %3; elle n’a pas été importée.</translation>
    </message>
    <message>
        <source>read the imported curricula</source>
        <translation>lire les curriculums importés</translation>
    </message>
    <message>
        <source>import the curriculum</source>
        <translation>importer le curriculum</translation>
    </message>
    <message>
        <source>The stored curriculum version %1 in %2 cannot be read.</source>
        <translation>La version de curriculum %1 enregistrée dans %2 est illisible.</translation>
    </message>
    <message>
        <source>program</source>
        <translation>programme</translation>
    </message>
    <message>
        <source>topic</source>
        <translation>thème</translation>
    </message>
    <message>
        <source>tool</source>
        <translation>outil</translation>
    </message>
    <message>
        <source>self-assessment item</source>
        <translation>énoncé d’autoévaluation</translation>
    </message>
    <message>
        <source>rating scale</source>
        <translation>échelle de notation</translation>
    </message>
    <message>
        <source>templates</source>
        <translation>modèles</translation>
    </message>
    <message>
        <source>package title or description</source>
        <translation>titre ou description du paquet</translation>
    </message>
    <message>
        <source>added: %1 %2</source>
        <translation>ajout : %1 %2</translation>
    </message>
    <message>
        <source>changed: %1 %2</source>
        <translation>modification : %1 %2</translation>
    </message>
    <message>
        <source>removed: %1 %2</source>
        <translation>retrait : %1 %2</translation>
    </message>
    <message>
        <source>The stored curriculum version %1 (&apos;%2&apos; version %3) in %4 was changed after it was imported: its content no longer matches its SHA-256 checksum. It was not used; restore a backup.</source>
        <translation>La version de curriculum %1 enregistrée (« %2 » version %3) dans %4 a été modifiée après son importation : son contenu ne correspond plus à sa somme de contrôle SHA-256. Elle n’a pas été utilisée; restaurez une sauvegarde.</translation>
    </message>
</context>
<context>
    <name>pcs::storage::Database</name>
    <message>
        <source>&apos;%1&apos; is not a valid audit action (expected words joined by dots, such as database.migrated).</source>
        <translation>« %1 » n’est pas une action d’audit valide (des mots reliés par des points sont attendus, comme database.migrated).</translation>
    </message>
    <message>
        <source>write to the audit log</source>
        <translation>écrire dans le journal d’audit</translation>
    </message>
    <message>
        <source>read the audit log</source>
        <translation>lire le journal d’audit</translation>
    </message>
    <message>
        <source>%1 is already open in another PCS Studio (process %2 on %3). Close it there first; nothing was written.</source>
        <translation>%1 est déjà ouverte dans un autre PCS Studio (processus %2 sur %3). Fermez-la d’abord là-bas; rien n’a été écrit.</translation>
    </message>
    <message>
        <source>this computer</source>
        <translation>cet ordinateur</translation>
    </message>
    <message>
        <source>Cannot create the lock file beside %1: the folder may be read-only.</source>
        <translation>Impossible de créer le fichier de verrou à côté de %1 : le dossier est peut-être en lecture seule.</translation>
    </message>
    <message>
        <source>%1 is an SQLite database of another program, not of PCS Studio.</source>
        <translation>%1 est une base de données SQLite d’un autre programme, pas de PCS Studio.</translation>
    </message>
    <message>
        <source>%1 is damaged: its schema has no meta table.</source>
        <translation>%1 est endommagée : son schéma n’a pas de table meta.</translation>
    </message>
    <message>
        <source>apply schema migration %1</source>
        <translation>appliquer la migration de schéma %1</translation>
    </message>
    <message>
        <source>%1 does not exist.</source>
        <translation>%1 n’existe pas.</translation>
    </message>
    <message>
        <source>Cannot create the folder for %1.</source>
        <translation>Impossible de créer le dossier de %1.</translation>
    </message>
    <message>
        <source>%1 was written by a newer PCS Studio (schema version %2; this version knows up to %3). Update PCS Studio to open it.</source>
        <translation>%1 a été écrite par une version plus récente de PCS Studio (schéma version %2; cette version connaît jusqu’à la %3). Mettez PCS Studio à jour pour l’ouvrir.</translation>
    </message>
    <message>
        <source>Cannot switch %1 to write-ahead logging (the journal mode stays &apos;%2&apos;); the folder may not allow it.</source>
        <translation>Impossible de passer %1 en journalisation anticipée (le mode de journal reste « %2 »); le dossier ne le permet peut-être pas.</translation>
    </message>
    <message>
        <source>open the database</source>
        <translation>ouvrir la base de données</translation>
    </message>
    <message>
        <source>%1 fails its integrity check (%2); it was not upgraded. Restore a backup.</source>
        <translation>%1 échoue au contrôle d’intégrité (%2); elle n’a pas été mise à niveau. Restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>check the database before upgrading it</source>
        <translation>vérifier la base de données avant sa mise à niveau</translation>
    </message>
    <message>
        <source>read the installation id</source>
        <translation>lire l’identifiant de l’installation</translation>
    </message>
    <message>
        <source>check the database</source>
        <translation>vérifier la base de données</translation>
    </message>
    <message>
        <source>%1 is a folder, not a database file.</source>
        <translation>%1 est un dossier, pas un fichier de base de données.</translation>
    </message>
    <message>
        <source>Cannot read %1: %2.</source>
        <translation>Impossible de lire %1 : %2.</translation>
    </message>
    <message>
        <source>%1 is not a PCS Studio database: it is not an SQLite file.</source>
        <translation>%1 n’est pas une base de données PCS Studio : ce n’est pas un fichier SQLite.</translation>
    </message>
    <message>
        <source>%1 is damaged: its header gives an impossible page size (%2).</source>
        <translation>%1 est endommagée : son en-tête indique une taille de page impossible (%2).</translation>
    </message>
    <message>
        <source>%1 is damaged: the file is truncated (%2 bytes, expected %3).</source>
        <translation>%1 est endommagée : le fichier est tronqué (%2 octets, %3 attendus).</translation>
    </message>
    <message>
        <source>another program is using the database</source>
        <translation>un autre programme utilise la base de données</translation>
    </message>
    <message>
        <source>the file is damaged (%1)</source>
        <translation>le fichier est endommagé (%1)</translation>
    </message>
    <message>
        <source>the system refused access (%1)</source>
        <translation>le système a refusé l’accès (%1)</translation>
    </message>
    <message>
        <source>Could not %1 in %2: %3.</source>
        <translation>Échec de l’opération « %1 » sur %2 : %3.</translation>
    </message>
    <message>
        <source>Not backed up: %1 is the database itself.</source>
        <translation>Aucune sauvegarde : %1 est la base de données elle-même.</translation>
    </message>
    <message>
        <source>Not backed up: %1 already exists.</source>
        <translation>Aucune sauvegarde : %1 existe déjà.</translation>
    </message>
    <message>
        <source>Not backed up: cannot create the folder %1.</source>
        <translation>Aucune sauvegarde : impossible de créer le dossier %1.</translation>
    </message>
    <message>
        <source>Not backed up: %1 fails its integrity check (%2).</source>
        <translation>Aucune sauvegarde : %1 échoue au contrôle d’intégrité (%2).</translation>
    </message>
    <message>
        <source>check the database before a backup</source>
        <translation>vérifier la base de données avant une sauvegarde</translation>
    </message>
    <message>
        <source>Not backed up: cannot move the copy to %1 (%2).</source>
        <translation>Aucune sauvegarde : impossible de déplacer la copie vers %1 (%2).</translation>
    </message>
    <message>
        <source>write the backup %1</source>
        <translation>écrire la sauvegarde %1</translation>
    </message>
    <message>
        <source>the file could not be written or read (%1); the disk may be full, removed or failing</source>
        <translation>le fichier n’a pas pu être écrit ou lu (%1); le disque est peut-être plein, retiré ou défaillant</translation>
    </message>
    <message>
        <source>%1 was written by an older PCS Studio (schema version %2). Open it once in PCS Studio to upgrade it, then try again.</source>
        <translation>%1 a été écrite par une version plus ancienne de PCS Studio (schéma version %2). Ouvrez-la une fois dans PCS Studio pour la mettre à niveau, puis réessayez.</translation>
    </message>
    <message>
        <source>it does not start the chain</source>
        <translation>elle ne commence pas la chaîne</translation>
    </message>
    <message>
        <source>it does not follow entry %1: an entry before it was removed or changed</source>
        <translation>elle ne suit pas l’entrée %1 : une entrée précédente a été retirée ou modifiée</translation>
    </message>
    <message>
        <source>it was changed after it was written</source>
        <translation>elle a été modifiée après avoir été écrite</translation>
    </message>
    <message>
        <source>the entries from %1 to %2 were removed</source>
        <translation>les entrées %1 à %2 ont été retirées</translation>
    </message>
    <message>
        <source>%1 is read-only, so PCS Studio cannot save to it; nothing was written. Make it writable again (chmod u+w), or open a copy.</source>
        <translation>%1 est en lecture seule : PCS Studio ne peut pas y enregistrer; rien n’a été écrit. Rendez-la de nouveau modifiable (chmod u+w) ou ouvrez une copie.</translation>
    </message>
    <message>
        <source>read curriculum version %1</source>
        <translation>lire la version de curriculum %1</translation>
    </message>
    <message>
        <source>Audit log entry %1 in %2 breaks the hash chain: %3. The log was edited outside PCS Studio from that entry on.</source>
        <translation>L’entrée %1 du journal d’audit de %2 rompt la chaîne de hachage : %3. Le journal a été modifié hors de PCS Studio à partir de cette entrée.</translation>
    </message>
    <message>
        <source>%1 is %2, not a database file; PCS Studio keeps its data in a regular file.</source>
        <translation>%1 est %2, et non un fichier de base de données; PCS Studio garde ses données dans un fichier ordinaire.</translation>
    </message>
    <message>
        <source>%1 is damaged: its header gives an unknown file format. Restore a backup.</source>
        <translation>%1 est endommagée : son en-tête indique un format de fichier inconnu. Restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>Cannot create %1: %2.</source>
        <translation>Impossible de créer %1 : %2.</translation>
    </message>
    <message>
        <source>a folder</source>
        <translation>un dossier</translation>
    </message>
    <message>
        <source>a device</source>
        <translation>un périphérique</translation>
    </message>
    <message>
        <source>a named pipe</source>
        <translation>un tube nommé</translation>
    </message>
    <message>
        <source>a socket</source>
        <translation>un socket</translation>
    </message>
    <message>
        <source>not a regular file</source>
        <translation>autre chose qu’un fichier ordinaire</translation>
    </message>
    <message>
        <source>%1 can be read or written by other accounts (mode %2); make it private with: chmod 600 %1</source>
        <translation>%1 peut être lu ou modifié par d’autres comptes (mode %2); rendez-le privé avec : chmod 600 %1</translation>
    </message>
    <message>
        <source>The folder %1 can be read or entered by other accounts (mode %2); make it private with: chmod 700 %1</source>
        <translation>Le dossier %1 peut être lu ou ouvert par d’autres comptes (mode %2); rendez-le privé avec : chmod 700 %1</translation>
    </message>
    <message>
        <source>%1 is damaged: its header gives an impossible schema version (%2). Restore a backup.</source>
        <translation>%1 est endommagée : son en-tête indique une version de schéma impossible (%2). Restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>%1 is damaged: its header gives schema version %2, but its migration history ends at version %3. Restore a backup.</source>
        <translation>%1 est endommagée : son en-tête indique la version de schéma %2, mais son historique de migrations s’arrête à la version %3. Restaurez une sauvegarde.</translation>
    </message>
    <message>
        <source>the disk is full, so nothing of it was saved. Free some space and try again</source>
        <translation>le disque est plein : rien n’en a été enregistré. Libérez de l’espace et réessayez</translation>
    </message>
    <message>
        <source>Not backed up: %1</source>
        <translation>Aucune sauvegarde : %1</translation>
    </message>
    <message>
        <source>an unknown time</source>
        <translation>un moment inconnu</translation>
    </message>
    <message>
        <source>%1 is open in PCS Studio on another computer, %2 (process %3), since %4. Close it there first. If that computer no longer uses it (it was switched off, or the folder was copied from it), make sure nobody works on this database there, then delete %5 and try again. Nothing was written.</source>
        <translation>%1 est ouverte dans PCS Studio sur un autre ordinateur, %2 (processus %3), depuis %4. Fermez-la d’abord là-bas. Si cet ordinateur ne s’en sert plus (il a été éteint, ou le dossier en a été copié), assurez-vous que personne n’y travaille sur cette base de données, puis supprimez %5 et réessayez. Rien n’a été écrit.</translation>
    </message>
</context>
<context>
    <name>pcs::storage::LearnerPinStore</name>
    <message>
        <source>read the learner PINs</source>
        <translation>lire les NIP des apprenants</translation>
    </message>
    <message>
        <source>set the PIN</source>
        <translation>définir le NIP</translation>
    </message>
    <message>
        <source>There is no such learner.</source>
        <translation>Cet apprenant n’existe pas.</translation>
    </message>
    <message>
        <source>remove the PIN</source>
        <translation>retirer le NIP</translation>
    </message>
    <message>
        <source>No PIN is set for you. Ask your facilitator to set one.</source>
        <translation>Aucun NIP n’est défini pour vous. Demandez à votre animateur d’en définir un.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in 1 second.</source>
        <translation>Trop de NIP erronés. Réessayez dans 1 seconde.</translation>
    </message>
    <message>
        <source>Too many wrong PINs. Try again in %1 seconds.</source>
        <translation>Trop de NIP erronés. Réessayez dans %1 secondes.</translation>
    </message>
    <message>
        <source>Your stored PIN cannot be read. Ask your facilitator to set a new one.</source>
        <translation>Votre NIP enregistré est illisible. Demandez à votre animateur d’en définir un nouveau.</translation>
    </message>
    <message>
        <source>record the PIN check</source>
        <translation>consigner la vérification du NIP</translation>
    </message>
    <message>
        <source>That PIN is not right.</source>
        <translation>Ce NIP n’est pas le bon.</translation>
    </message>
    <message>
        <source>Your PIN was set on another computer (or before this computer&apos;s PIN key was replaced) and cannot be checked here. Ask your facilitator to set a new one.</source>
        <translation>Votre NIP a été défini sur un autre ordinateur (ou avant le remplacement de la clé des NIP de cet ordinateur) et ne peut pas être vérifié ici. Demandez à votre animateur d’en définir un nouveau.</translation>
    </message>
    <message>
        <source>PINs cannot be set: this computer&apos;s PIN key is not loaded. Restart PCS Studio; if this stays, look for a message about the PIN key in its log.</source>
        <translation>Impossible de définir des NIP : la clé des NIP de cet ordinateur n’est pas chargée. Relancez PCS Studio; si le problème persiste, cherchez un message sur la clé des NIP dans son journal.</translation>
    </message>
    <message numerus="yes">
        <source>A new PIN is %n digits (0-9), nothing else.</source>
        <translation>
            <numerusform>Un nouveau NIP compte %n chiffre (0-9), rien d’autre.</numerusform>
            <numerusform>Un nouveau NIP compte %n chiffres (0-9), rien d’autre.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>pcs::storage::OrganizationSummaryQuery</name>
    <message>
        <source>A period needs a first and a last day.</source>
        <translation>Une période demande un premier et un dernier jour.</translation>
    </message>
    <message>
        <source>The period ends (%1) before it starts (%2).</source>
        <translation>La période se termine (%1) avant de commencer (%2).</translation>
    </message>
    <message>
        <source>compute the organization summary</source>
        <translation>calculer le sommaire de l’organisme</translation>
    </message>
    <message>
        <source>find the cohorts of the period</source>
        <translation>trouver les cohortes de la période</translation>
    </message>
</context>
<context>
    <name>pcs::storage::PeopleStore</name>
    <message>
        <source>An organization needs a name.</source>
        <translation>Un organisme doit avoir un nom.</translation>
    </message>
    <message>
        <source>save the organization</source>
        <translation>enregistrer l’organisme</translation>
    </message>
    <message>
        <source>read the organizations</source>
        <translation>lire les organismes</translation>
    </message>
    <message>
        <source>A person needs a first or last name.</source>
        <translation>Une personne doit avoir un prénom ou un nom.</translation>
    </message>
    <message>
        <source>save people</source>
        <translation>enregistrer des personnes</translation>
    </message>
    <message>
        <source>save %1</source>
        <translation>enregistrer %1</translation>
    </message>
    <message>
        <source>read people</source>
        <translation>lire les personnes</translation>
    </message>
</context>
<context>
    <name>pcs::storage::SawPlanStore</name>
    <message>
        <source>the SAW plan entry %1 is damaged</source>
        <translation>l’élément %1 du plan SAW est endommagé</translation>
    </message>
    <message>
        <source>the follow-up %1 has the unknown status &apos;%2&apos;</source>
        <translation>le suivi %1 a l’état inconnu « %2 »</translation>
    </message>
    <message>
        <source>This learner is not on the roster of this cohort.</source>
        <translation>Cet apprenant n’est pas inscrit à cette cohorte.</translation>
    </message>
    <message>
        <source>read the SAW plan</source>
        <translation>lire le plan SAW</translation>
    </message>
    <message>
        <source>Choose the competency this part of the plan is about.</source>
        <translation>Choisissez la compétence visée par cette partie du plan.</translation>
    </message>
    <message>
        <source>A SAW plan field needs a name.</source>
        <translation>Un champ du plan SAW doit avoir un nom.</translation>
    </message>
    <message>
        <source>A SAW plan field can have at most %1 characters.</source>
        <translation>Un champ du plan SAW peut compter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>save the SAW plan</source>
        <translation>enregistrer le plan SAW</translation>
    </message>
    <message>
        <source>This part of the plan belongs to another learner.</source>
        <translation>Cette partie du plan appartient à un autre apprenant.</translation>
    </message>
    <message>
        <source>The plan has a part for this competency already.</source>
        <translation>Le plan a déjà une partie pour cette compétence.</translation>
    </message>
    <message>
        <source>remove from the SAW plan</source>
        <translation>retirer du plan SAW</translation>
    </message>
    <message>
        <source>This part of the plan is gone already.</source>
        <translation>Cette partie du plan n’existe plus.</translation>
    </message>
    <message>
        <source>read the follow-ups</source>
        <translation>lire les suivis</translation>
    </message>
    <message>
        <source>Choose how far the learner has come with the plan.</source>
        <translation>Indiquez où en est l’apprenant dans son plan.</translation>
    </message>
    <message>
        <source>There is no %1-day follow-up.</source>
        <translation>Il n’y a pas de suivi à %1 jours.</translation>
    </message>
    <message>
        <source>A reflection or next step can have at most %1 characters.</source>
        <translation>Une réflexion ou une prochaine étape peut compter au plus %1 caractères.</translation>
    </message>
    <message>
        <source>record the follow-up</source>
        <translation>consigner le suivi</translation>
    </message>
    <message>
        <source>read the follow-ups that are due</source>
        <translation>lire les suivis à faire</translation>
    </message>
</context>
</TS>
