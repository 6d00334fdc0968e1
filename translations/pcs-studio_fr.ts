<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr_CA">
<context>
    <name>pcs::app::CommandLine</name>
    <message>
        <source>Commands (run without a window):
  db check            Schema version, integrity check (PRAGMA quick_check) and
                      rows per table; exit status 0 when healthy
  db backup --out F   Write a consistent copy of the database to F
Without a command, PCS Studio opens its window.</source>
        <translation>Commandes (sans fenêtre) :
  db check            Version du schéma, contrôle d’intégrité (PRAGMA quick_check) et
                      lignes par table; code de sortie 0 si tout va bien
  db backup --out F   Écrire une copie cohérente de la base de données dans F
Sans commande, PCS Studio ouvre sa fenêtre.</translation>
    </message>
    <message>
        <source>PCS Studio runs the Person-Centric Strategies professional development series: curriculum, cohorts, self-assessments, SAW plans and reports.</source>
        <translation>PCS Studio gère la série de perfectionnement professionnel Stratégies centrées sur la personne : curriculum, cohortes, autoévaluations, plans SAW et rapports.</translation>
    </message>
    <message>
        <source>Use the database file &lt;path&gt; instead of the default one.</source>
        <translation>Utiliser le fichier de base de données &lt;chemin&gt; au lieu de celui par défaut.</translation>
    </message>
    <message>
        <source>path</source>
        <translation>chemin</translation>
    </message>
    <message>
        <source>Interface language: en or fr.</source>
        <translation>Langue de l’interface : en ou fr.</translation>
    </message>
    <message>
        <source>language</source>
        <translation>langue</translation>
    </message>
    <message>
        <source>Print machine-readable JSON (commands only).</source>
        <translation>Afficher du JSON lisible par machine (commandes seulement).</translation>
    </message>
    <message>
        <source>Output file (commands that write one).</source>
        <translation>Fichier de sortie (commandes qui en écrivent un).</translation>
    </message>
    <message>
        <source>file</source>
        <translation>fichier</translation>
    </message>
    <message>
        <source>A command such as &quot;db check&quot;; none opens the window.</source>
        <translation>Une commande comme « db check »; sans commande, la fenêtre s’ouvre.</translation>
    </message>
    <message>
        <source>[command]</source>
        <translation>[commande]</translation>
    </message>
    <message>
        <source>Unknown language &apos;%1&apos;: use en or fr.</source>
        <translation>Langue inconnue « %1 » : utilisez en ou fr.</translation>
    </message>
    <message>
        <source>--json and --out go with a command, such as &quot;db check --json&quot;.</source>
        <translation>--json et --out s’emploient avec une commande, par exemple « db check --json ».</translation>
    </message>
    <message>
        <source>Unknown command &quot;%1&quot;. Run pcs-studio --help for the list.</source>
        <translation>Commande inconnue « %1 ». Lancez pcs-studio --help pour la liste.</translation>
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
    <name>pcs::gui::DatabaseOpener</name>
    <message>
        <source>Cannot open the database</source>
        <translation>Impossible d’ouvrir la base de données</translation>
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
        <source>Reports become available once a cohort has learners.</source>
        <translation>Les rapports deviennent accessibles dès qu’une cohorte compte des personnes apprenantes.</translation>
    </message>
    <message>
        <source>PCS Studio — %1</source>
        <translation>PCS Studio — %1</translation>
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
        <source>PCS Studio will use this language the next time it starts.</source>
        <translation>PCS Studio utilisera cette langue à son prochain démarrage.</translation>
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
        <source>the disk is full</source>
        <translation>le disque est plein</translation>
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
</context>
</TS>
