"""Demo content in French, translated through wagtail-localize as an editor would.

The French site is the translation of the English one: the home page (a sibling of the English
home under the tree root, served under /fr/), every section an English reader navigates
through, eight case studies, two working groups with a public report each, the Commonwealth
Charter with its Principle V, and the privacy notice. Two more case studies were written in
French first, at francophone member EMBs, and translated into English.

Every text here was written for the demo. The case studies remain illustrative teaching
scenarios like their English originals: the pages keep the "illustrative" flag and the
opening paragraph that says so. Citations (the case studies' sources) stay as published, in
English, and so do the working groups' meeting notes and the reports' attached PDFs.

Each translation gives the page's text fields in the shape of the English demo data (a
case-study body is the same sequence of blocks, rich text the same number of paragraphs).
`translate_page` pairs it, segment by segment, with what wagtail-localize extracted from the
page, stores the pairs as wagtail-localize's string translations and publishes the
translation, so the admin shows a real, editable translation. Translated pages keep their
original's slug: the two languages differ by the /fr/ or /en/ prefix only.
"""

import logging
import re

from wagtail.blocks import StreamValue
from wagtail.models import Locale
from wagtail_localize.models import StringTranslation, Translation, TranslationSource
from wagtail_localize.segments.extract import extract_segments
from wagtail_localize.segments.types import StringSegmentValue

from casestudies.models import CaseStudyIndexPage, CaseStudyPage
from cen_portal.models import CountryIndexPage, PracticeAreaIndexPage, PrincipleIndexPage, StandardPage
from cen_portal.text import paragraphs_html
from demo.blocks import stream_block
from guidance.models import GuidanceIndexPage
from instruments.models import InstrumentIndexPage, InstrumentPage, ProvisionPage
from workinggroups.models import ReportPage, WorkingGroupIndexPage, WorkingGroupPage

logger = logging.getLogger(__name__)


class ShapeMismatch(ValueError):
    """A translation whose fields or blocks do not match the page's."""


# Blocks kept as they are in the original (citations of published, English-language sources).
AS_PUBLISHED = object()

# French sets a no-break space before ; : ! ? % and inside « »; written here as ordinary spaces.
FRENCH_SPACE_BEFORE = re.compile(r" ([;:!?%»])")
FRENCH_SPACE_AFTER = re.compile(r"« ")


def typeset_french(value):
    """The text (or the strings of a nested structure) with French no-break spaces."""
    if isinstance(value, str):
        return FRENCH_SPACE_AFTER.sub("«\u00a0", FRENCH_SPACE_BEFORE.sub("\u00a0\\1", value))
    if isinstance(value, list | tuple):
        return type(value)(typeset_french(item) for item in value)
    if isinstance(value, dict):
        return {key: typeset_french(item) for key, item in value.items()}
    return value


# The home page and the sections ----------------------------------------------------------

HOME = {
    "title": "Réseau électoral du Commonwealth : portail de connaissances",
    # The one slug translated: the home is a sibling of the English one, whose slug it cannot share.
    "slug": "accueil",
    "intro": (
        "Dans tout le Commonwealth, les organes de gestion des élections se posent souvent les mêmes "
        "questions. Ils partagent ici ce qui a fonctionné, ce qui n’a pas fonctionné, et pourquoi : des "
        "études de cas venues des pays membres, les travaux des groupes de travail du Réseau et les "
        "engagements internationaux sur lesquels reposent des élections crédibles."
    ),
}

# By the English section's model: its title and introduction.
SECTIONS = {
    CaseStudyIndexPage: {
        "title": "Études de cas",
        "intro": (
            "Les pratiques partagées par les organes de gestion des élections, classées par principe, "
            "par pays et par domaine de bonnes pratiques."
        ),
    },
    WorkingGroupIndexPage: {
        "title": "Groupes de travail",
        "intro": (
            "Les groupes de travail du Réseau réunissent des experts des organes de gestion des élections "
            "membres autour d’un même sujet et publient les conclusions sur lesquelles ils s’accordent."
        ),
    },
    GuidanceIndexPage: {
        "title": "Notes d’orientation",
        "intro": (
            "Les notes d’orientation du Secrétariat, dont beaucoup s’appuient sur les échanges entre "
            "membres dans les forums."
        ),
    },
    InstrumentIndexPage: {
        "title": "Instruments internationaux",
        "intro": (
            "Les engagements pris au sein du Commonwealth et au niveau international qui encadrent le "
            "droit de prendre part à des élections honnêtes."
        ),
    },
    PrincipleIndexPage: {
        "title": "Principes clés",
        "intro": (
            "Huit principes pour l’usage des nouveaux médias dans les élections, et tout ce que le "
            "portail rassemble sur chacun d’eux."
        ),
    },
    PracticeAreaIndexPage: {
        "title": "Bonnes pratiques",
        "intro": (
            "Dix domaines de bonnes pratiques tirés du guide du Réseau, chacun au service de plusieurs principes clés."
        ),
    },
    CountryIndexPage: {
        "title": "Pays",
        "intro": (
            "Les pays membres du Commonwealth, leurs organes de gestion des élections et les pratiques "
            "qu’ils ont partagées."
        ),
    },
}


# Case studies translated from English ------------------------------------------------------

# By slug: title, summary and the body as the same blocks as the English study (case_studies.py).
CASE_STUDIES = {
    "hijacked-facebook-page-recovery-trinidad-tobago": {
        "title": "Reprendre le contrôle d’une page Facebook officielle piratée avec l’aide de la plateforme",
        "summary": (
            "Scénario pédagogique : quelques jours avant des élections locales, la page Facebook d’un "
            "organe de gestion des élections est piratée et sert à annoncer de faux horaires de vote. "
            "Comment il a récupéré le compte par l’intermédiaire de la plateforme et limité les dégâts."
        ),
        "body": [
            (
                "paragraph",
                "Ce scénario pédagogique illustratif se déroule à la Commission des élections et des "
                "circonscriptions (Elections and Boundaries Commission) lors d’élections locales. "
                "L’incident et les chiffres sont inventés pour illustrer une bonne pratique ; ils ne "
                "décrivent pas un événement réel.",
            ),
            ("heading", "Ce qui s’est passé"),
            (
                "paragraph",
                "Un samedi matin, quatre jours avant le scrutin, un agent de permanence a remarqué que la "
                "page Facebook de la Commission annonçait des horaires d’ouverture réduits et invitait les "
                "électeurs de deux districts à voter avec un jour de retard. La veille au soir, un "
                "administrateur avait saisi son mot de passe sur une fausse page de connexion très "
                "convaincante. L’attaquant avait ensuite retiré les autres administrateurs : l’organe de "
                "gestion des élections n’avait plus accès à son propre compte sur les réseaux sociaux.",
            ),
            (
                "paragraph",
                "Des mois plus tôt, la Commission avait fait enregistrer sa page auprès du service "
                "d’assistance que la plateforme réserve aux organismes publics et électoraux, et inscrit "
                "dans son plan d’urgence les contacts d’escalade du fournisseur. Le responsable de la "
                "communication a déposé une demande urgente de récupération dans les vingt minutes, en "
                "invoquant la menace qui pesait sur le scrutin.",
            ),
            (
                "paragraph",
                "En attendant la réponse, la Commission a publié un rectificatif sur son site web, sur ses "
                "autres comptes de réseaux sociaux et par SMS à ses abonnés : la page avait été compromise "
                "et les horaires de vote restaient inchangés. Les radios et les journaux ont relayé l’avis. "
                "La plateforme a rétabli l’accès environ cinq heures plus tard ; les fausses publications "
                "ont été supprimées et une explication a été épinglée.",
            ),
            (
                "quote",
                {
                    "text": "Le pire, c’était de voir la fausse publication circuler sans pouvoir y toucher. "
                    "Ce qui nous a sauvés, c’est d’avoir noté la procédure d’escalade du fournisseur bien "
                    "avant d’en avoir besoin.",
                    "attribution": "Responsable de la communication",
                },
            ),
            (
                "outcome",
                {
                    "indicator": "Délai entre la détection et la reprise du contrôle de la page piratée",
                    "result": "environ cinq heures ; aucun président de bureau de vote n’a signalé "
                    "d’électeurs venus voter le mauvais jour",
                },
            ),
            (
                "lesson",
                {
                    "title": "Connaître la procédure de récupération de la plateforme avant le jour du scrutin",
                    "text": "Renseignez-vous à l’avance sur le délai dans lequel une plateforme peut "
                    "restituer un compte piraté, enregistrez les pages officielles auprès de son service "
                    "d’assistance, inscrivez les contacts dans le plan d’urgence et préparez, pour tous "
                    "les autres canaux, un communiqué « compte compromis » prêt à publier.",
                },
            ),
            (
                "lesson",
                {
                    "title": "Un mot de passe volé ne devrait pas suffire",
                    "text": "L’authentification à deux facteurs pour chaque administrateur aurait empêché "
                    "cette attaque. Après l’incident, la Commission l’a rendue obligatoire et a ramené le "
                    "nombre d’administrateurs à trois.",
                },
            ),
            ("sources", AS_PUBLISHED),
        ],
    },
    "first-time-voters-own-platforms-south-africa": {
        "title": "Aller à la rencontre des primo-votants sur leurs propres plateformes",
        "summary": (
            "Exemple illustratif d’une commission électorale qui améliore l’inscription et la "
            "participation des jeunes en travaillant avec de jeunes créateurs de contenu sur les "
            "plateformes de vidéo et de messagerie que les primo-votants utilisent déjà."
        ),
        "body": [
            (
                "paragraph",
                "Cet exemple pédagogique imagine comment la Commission électorale d’Afrique du Sud pourrait "
                "s’attaquer au faible taux d’inscription sur les listes électorales des jeunes de 18 et "
                "19 ans avant des élections nationales et provinciales. Les détails et les résultats sont "
                "illustratifs.",
            ),
            (
                "paragraph",
                "Des groupes de discussion ont dit à la Commission que ses annonces ressemblaient à un avis "
                "administratif et paraissaient là où les jeunes ne regardent jamais. Beaucoup de "
                "primo-votants n’étaient pas hostiles au vote : ils ignoraient simplement la date du "
                "week-end d’inscription et les pièces à apporter.",
            ),
            ("heading", "Aller là où sont déjà les jeunes électeurs"),
            (
                "paragraph",
                "La Commission a recruté un panel de douze étudiants d’universités et d’établissements "
                "d’enseignement technique et professionnel pour coécrire ses contenus destinés aux jeunes. "
                "Ensemble, ils ont produit des vidéos de trente secondes, des messages vocaux dans "
                "plusieurs langues officielles et un agent conversationnel sur une messagerie populaire, "
                "qui répondait à la question « où dois-je m’inscrire ? » à partir de la position de "
                "l’électeur. Le ton était léger et l’humour était le leur, mais chaque message était "
                "vérifié et renvoyait au site web de la Commission.",
            ),
            (
                "paragraph",
                "Les animations organisées sur les campus pendant le week-end d’inscription ont été "
                "relayées par les associations étudiantes et par de jeunes créateurs très suivis "
                "localement, qui ont accepté de partager les contenus de la Commission sans les modifier "
                "et sans aucun signe partisan.",
            ),
            (
                "quote",
                {
                    "text": "Nous avons cessé de demander aux jeunes de venir sur notre page et nous avons "
                    "commencé à nous rendre sur la leur.",
                    "attribution": "Coordinateur de la sensibilisation des jeunes",
                },
            ),
            (
                "outcome",
                {
                    "indicator": "Part des 18-19 ans en âge de voter inscrits sur les listes électorales",
                    "result": "passée d’environ 15 % à 19 % entre le premier et le second week-end d’inscription",
                },
            ),
            (
                "outcome",
                {
                    "indicator": "Participation des jeunes dans les districts ayant accueilli des animations "
                    "sur les campus",
                    "result": "environ six points de pourcentage au-dessus de districts comparables qui n’en "
                    "ont pas eu",
                },
            ),
            (
                "lesson",
                {
                    "title": "Laisser les jeunes coécrire le message",
                    "text": "Les contenus conçus avec les primo-votants ont été bien plus partagés que ceux "
                    "conçus pour eux. Gardez les faits intangibles et laissez le format, la langue et "
                    "l’humour au public visé.",
                },
            ),
            ("sources", AS_PUBLISHED),
        ],
    },
    "election-day-misinformation-calls-for-peace-sierra-leone": {
        "title": "Contrer la désinformation le jour du scrutin et appeler à la paix après un conflit",
        "summary": (
            "Exemple pédagogique : lors d’une élection présidentielle post-conflit, des rumeurs d’urnes "
            "bourrées et de violences se propagent sur les messageries. L’organe de gestion des élections "
            "répond à chaque vague de désinformation dans l’heure et relaie, avec des responsables "
            "religieux, des appels à la paix."
        ),
        "body": [
            (
                "paragraph",
                "Ce scénario illustratif se déroule au sein de l’organe électoral de la Sierra Leone, "
                "appelé alors National Electoral Commission et aujourd’hui Electoral Commission for Sierra "
                "Leone. Les événements décrits sont un outil pédagogique, non un compte rendu.",
            ),
            ("heading", "Anticiper les tensions"),
            (
                "paragraph",
                "Dans un pays où beaucoup d’électeurs se souviennent de la guerre civile, la stratégie de "
                "l’organe de gestion des élections pour les nouveaux médias comportait un volet consacré "
                "aux conflits. Elle fixait un ton calme et factuel, engageait la Commission à publier une "
                "mise à jour au moins toutes les heures le jour du scrutin et prévoyait des modèles de "
                "démentis, validés à l’avance par le service juridique, pour les rumeurs observées lors "
                "des élections précédentes.",
            ),
            ("heading", "Le jour du scrutin"),
            (
                "paragraph",
                "En milieu de matinée, un message vocal affirmant que des urnes étaient arrivées déjà "
                "remplies dans un district circulait sur WhatsApp, suivi de rumeurs d’affrontements près "
                "d’un centre de compilation des résultats. L’équipe de permanence a vérifié chaque "
                "affirmation auprès du directeur du scrutin du district. En moins de quarante minutes, la "
                "Commission a publié des photos des urnes vides scellées devant les représentants des "
                "partis à l’ouverture, puis a confirmé avec la police qu’aucun affrontement n’avait eu "
                "lieu.",
            ),
            (
                "paragraph",
                "Parallèlement à ces rectifications, la Commission a diffusé de courts messages enregistrés "
                "par des imams, des pasteurs et des responsables de jeunesse, qui demandaient aux "
                "partisans de tous les partis de rester calmes et d’attendre les résultats officiels. "
                "Chacun renvoyait au site web de la Commission et à la procédure de plainte.",
            ),
            (
                "quote",
                {
                    "text": "Là où l’on se souvient de la guerre, le silence de l’autorité électorale est "
                    "lu comme la confirmation de la pire des rumeurs.",
                    "attribution": "Responsable de la sensibilisation du public",
                },
            ),
            (
                "outcome",
                {
                    "indicator": "Délai médian entre le premier signalement d’une rumeur et la réponse publique",
                    "result": "environ 40 minutes sur l’ensemble du jour du scrutin et de la première nuit "
                    "de dépouillement",
                },
            ),
            (
                "lesson",
                {
                    "title": "Fixer le ton avant que la tension ne monte",
                    "text": "Avoir arrêté à l’avance le ton, la fréquence des publications et les modèles "
                    "de démentis a permis à l’équipe de répondre à la désinformation en quelques minutes, "
                    "au lieu d’attendre une validation pendant que les rumeurs se propageaient.",
                },
            ),
            ("sources", AS_PUBLISHED),
        ],
    },
    "staff-social-media-code-of-conduct-malawi": {
        "title": "Un code de conduite sur les réseaux sociaux pour le personnel et les agents électoraux",
        "summary": (
            "Cas illustratif d’un organe de gestion des élections qui rédige un code de conduite sur "
            "l’usage personnel des réseaux sociaux par son personnel permanent et par les agents "
            "temporaires des bureaux de vote, et fait de l’adhésion à ce code une condition de "
            "nomination."
        ),
        "body": [
            (
                "paragraph",
                "Ce scénario pédagogique imagine la Commission électorale du Malawi se préparant à des "
                "élections tripartites, au cours desquelles les électeurs choisissent le même jour un "
                "président, des députés et des conseillers locaux. L’incident et les chiffres sont "
                "inventés.",
            ),
            ("heading", "L’élément déclencheur"),
            (
                "paragraph",
                "Lors d’une élection partielle l’année précédente, une agente électorale avait "
                "photographié le procès-verbal des résultats de son bureau de vote et l’avait publié sur "
                "son compte Facebook personnel, avec un commentaire sur le parti vainqueur. Les chiffres "
                "étaient exacts, mais la publication avait paru des heures avant l’annonce officielle et "
                "avait été perçue comme le signe que l’organe de gestion des élections favorisait un "
                "camp.",
            ),
            ("heading", "Rédiger le code"),
            (
                "paragraph",
                "La Commission a rédigé un code de conduite d’une page et consulté les représentants du "
                "personnel, son conseiller juridique, le syndicat des enseignants (la plupart des agents "
                "des bureaux de vote sont enseignants) et les comités de liaison avec les partis. Selon le "
                "texte final, le personnel et les agents électoraux ne doivent publier sur leurs comptes "
                "personnels ni documents électoraux, ni résultats, ni photos de bulletins ; ne doivent "
                "pas partager ni approuver de contenus partisans pendant la période électorale ; doivent "
                "renvoyer les questions des médias vers la Commission ; et doivent signaler le "
                "harcèlement en ligne plutôt que d’y répondre.",
            ),
            (
                "paragraph",
                "L’adhésion au code a été inscrite dans chaque lettre de nomination, et un module de vingt "
                "minutes, illustré d’exemples réalistes, a été ajouté à la formation du personnel des "
                "bureaux de vote.",
            ),
            (
                "quote",
                {
                    "text": "La plupart de nos agents n’avaient jamais pensé qu’une publication sur Facebook "
                    "pouvait passer pour une déclaration officielle. En voyant les exemples, ils ont "
                    "compris.",
                    "attribution": "Responsable de la formation",
                },
            ),
            (
                "outcome",
                {
                    "indicator": "Plaintes visant des publications partisanes du personnel électoral sur les "
                    "réseaux sociaux",
                    "result": "passées de 23 lors des élections générales précédentes à 4",
                },
            ),
            (
                "lesson",
                {
                    "title": "Inscrire le code dans la lettre de nomination",
                    "text": "Un code que le personnel signe avec ses conditions de nomination, et qu’il met "
                    "en pratique pendant la formation, a plus de poids qu’une circulaire diffusée après "
                    "un incident.",
                },
            ),
            ("sources", AS_PUBLISHED),
        ],
    },
    "by-election-consistent-messaging-canada": {
        "title": "Des messages cohérents en ligne et hors ligne pour une élection partielle",
        "summary": (
            "Scénario pédagogique : pour une élection partielle fédérale, un organe de gestion des "
            "élections intègre les réseaux sociaux à son plan de sensibilisation, afin que les "
            "publications, la carte d’information de l’électeur envoyée par la poste, les messages à la "
            "radio et le site web donnent les mêmes dates et les mêmes façons de voter."
        ),
        "body": [
            (
                "paragraph",
                "Cet exemple illustratif se déroule à Élections Canada, lors d’une élection partielle "
                "fédérale dans une circonscription en grande partie rurale. Il s’agit d’un cas "
                "pédagogique ; les événements sont inventés.",
            ),
            ("heading", "Un seul calendrier pour tous les canaux"),
            (
                "paragraph",
                "Les élections partielles attirent peu l’attention nationale, et les électeurs savent "
                "souvent mal quand ont lieu les jours de vote par anticipation. L’équipe de "
                "sensibilisation a établi un calendrier unique des messages couvrant la carte "
                "d’information de l’électeur envoyée par la poste, la publicité dans les radios et les "
                "journaux locaux, les affiches dans les bibliothèques et les centres pour aînés, les "
                "publications sur les réseaux sociaux et le site web. Chaque support reprenait la même "
                "formulation pour les jours de vote par anticipation, les heures d’ouverture le jour de "
                "l’élection et la possibilité de voter par la poste.",
            ),
            (
                "paragraph",
                "Le site web servait de source de référence unique : chaque publication sur les réseaux "
                "sociaux renvoyait à la page concernée, et les avis aux médias passaient par un canal "
                "d’information distinct, pour que les journalistes n’aient pas à trier les questions des "
                "électeurs.",
            ),
            ("heading", "Quand une erreur s’est glissée"),
            (
                "paragraph",
                "L’un des premiers visuels publiés sur les réseaux sociaux indiquait une date erronée pour "
                "un jour de vote par anticipation. Comme tous les canaux s’appuyaient sur le même "
                "calendrier, l’erreur a été repérée en moins d’une heure, corrigée partout et reconnue "
                "dans une courte publication de suivi.",
            ),
            (
                "quote",
                {
                    "text": "La cohérence est fastidieuse à planifier et inestimable le jour venu. Personne "
                    "ne devrait obtenir une réponse différente selon l’endroit où il la cherche.",
                    "attribution": "Agent régional de sensibilisation",
                },
            ),
            (
                "outcome",
                {
                    "indicator": "Appels à la ligne de renseignements sur les dates du vote par anticipation",
                    "result": "environ un tiers de moins que lors d’une élection partielle antérieure comparable",
                },
            ),
            (
                "lesson",
                {
                    "title": "Intégrer les nouveaux médias au plan de sensibilisation",
                    "text": "Planifier les réseaux sociaux en même temps que l’imprimé, la radio et le site "
                    "web a évité les messages contradictoires et permis de corriger vite.",
                },
            ),
            ("sources", AS_PUBLISHED),
        ],
    },
    "pencils-polling-booth-rumour-united-kingdom": {
        "title": "Répondre à une rumeur virale sur les crayons dans les isoloirs",
        "summary": (
            "Exemple illustratif d’une commission électorale qui répond avec calme et précision "
            "lorsqu’une affirmation selon laquelle les marques au crayon sur les bulletins peuvent être "
            "effacées se répand largement sur les réseaux sociaux avant un référendum."
        ),
        "body": [
            (
                "paragraph",
                "Ce scénario pédagogique imagine comment la Commission électorale du Royaume-Uni pourrait "
                "traiter une affirmation virale pendant un référendum national. Les chiffres sont "
                "inventés.",
            ),
            ("heading", "La rumeur"),
            (
                "paragraph",
                "Pendant la dernière semaine de campagne, des publications ont incité les électeurs à "
                "apporter leur propre stylo au bureau de vote, au motif que les marques au crayon "
                "pouvaient être effacées et les votes modifiés. L’affirmation a été partagée des dizaines "
                "de milliers de fois, et les présidents de bureau de vote ont commencé à recevoir des "
                "questions à ce sujet.",
            ),
            ("heading", "Adapter le ton à la gravité"),
            (
                "paragraph",
                "La Commission a jugé la rumeur peu nocive mais très diffusée : voter au stylo ne cause "
                "aucun tort, mais l’idée que le personnel trafique les bulletins mine la confiance. Elle a "
                "publié sur son site web et sur les réseaux sociaux une courte explication, sur un ton "
                "bienveillant : les électeurs peuvent utiliser leur propre stylo s’ils le souhaitent, les "
                "urnes sont scellées et surveillées, et le dépouillement se déroule devant les "
                "représentants des candidats. Elle n’a ni cité les publications d’origine ni renvoyé "
                "vers elles.",
            ),
            (
                "paragraph",
                "Les directeurs du scrutin ont été invités à informer le personnel des bureaux de vote, "
                "pour qu’aucun électeur muni d’un stylo ne soit refoulé. La question et sa réponse ont été "
                "gardées dans la foire aux questions de la Commission et consignées dans le bilan "
                "post-électoral, afin que les campagnes suivantes puissent traiter cette affirmation en "
                "amont.",
            ),
            (
                "quote",
                {
                    "text": "Tourner la rumeur en dérision aurait donné aux gens le sentiment d’être "
                    "ridicules d’avoir posé la question. Expliquer les garanties les a rassurés.",
                    "attribution": "Responsable des relations avec les médias",
                },
            ),
            (
                "outcome",
                {
                    "indicator": "Questions sur les crayons reçues chaque jour par le centre d’appels",
                    "result": "environ deux fois moins nombreuses dans les deux jours qui ont suivi l’explication",
                },
            ),
            (
                "lesson",
                {
                    "title": "Adapter le ton à la gravité",
                    "text": "Toute fausse affirmation n’appelle pas un démenti urgent. Une explication calme "
                    "des garanties, sans répéter la rumeur, a répondu à l’inquiétude et préservé la "
                    "confiance.",
                },
            ),
            ("sources", AS_PUBLISHED),
        ],
    },
    "dedicated-social-media-team-escalation-kenya": {
        "title": "Une équipe dédiée aux réseaux sociaux, avec des règles d’escalade",
        "summary": (
            "Scénario pédagogique : un organe de gestion des élections crée une cellule dédiée aux "
            "réseaux sociaux, qui travaille par roulement, avec une grille d’escalade à trois niveaux "
            "qui détermine les questions auxquelles l’équipe répond elle-même et celles qui vont aux "
            "juristes ou aux commissaires."
        ),
        "body": [
            (
                "paragraph",
                "Cet exemple illustratif imagine la Commission électorale et des circonscriptions "
                "indépendante (Independent Electoral and Boundaries Commission) organisant sa réponse en "
                "ligne pour des élections générales. Les chiffres et les procédures sont inventés.",
            ),
            ("heading", "Pourquoi une équipe dédiée"),
            (
                "paragraph",
                "Lors des élections précédentes, trois chargés de communication avaient tenté de gérer "
                "tous les comptes en plus de leur travail avec la presse. Des milliers de questions "
                "étaient restées sans réponse, et ce silence était lui-même devenu un sujet pour les "
                "médias. Pour les élections suivantes, la Commission a créé une cellule de quatorze "
                "agents formés, travaillant par roulement de 6 heures à minuit pendant la campagne et "
                "sans interruption le jour du scrutin.",
            ),
            ("heading", "La grille d’escalade"),
            (
                "paragraph",
                "Le niveau 1 couvre les questions courantes sur l’inscription, les bureaux de vote et "
                "les pièces d’identité ; la cellule y répond à partir d’une bibliothèque de réponses "
                "validées. Le niveau 2 couvre les plaintes visant un agent nommément désigné ou un "
                "bureau de vote précis ; elles sont vérifiées auprès du directeur du scrutin de la "
                "circonscription et reçoivent une réponse dans l’heure. Le niveau 3 couvre les "
                "allégations sur les résultats, les menaces de violence et les questions juridiques ; "
                "elles remontent directement au responsable de la communication, au service juridique "
                "et, si nécessaire, à un commissaire, avec un objectif de deux heures pour une réponse "
                "publique.",
            ),
            (
                "paragraph",
                "Une politique de modération précisait quand les commentaires injurieux ou haineux sont "
                "masqués, quand ils sont signalés à la plateforme et quand ils sont conservés comme "
                "preuves. Chaque décision était consignée.",
            ),
            (
                "quote",
                {
                    "text": "Grâce à la grille, une jeune agente n’avait jamais à deviner si elle avait le "
                    "droit de répondre. Elle savait de quel niveau relevait la question et qui en était "
                    "responsable.",
                    "attribution": "Responsable de la cellule des réseaux sociaux",
                },
            ),
            (
                "outcome",
                {
                    "indicator": "Délai médian de réponse aux questions du public sur les réseaux sociaux "
                    "le jour du scrutin",
                    "result": "passé d’environ quatre heures lors des élections précédentes à 35 minutes",
                },
            ),
            (
                "lesson",
                {
                    "title": "Écrire noir sur blanc ce qui déclenche l’escalade",
                    "text": "Les cadres dirigeants ne peuvent pas tout déléguer, mais ils peuvent décider "
                    "à l’avance des sujets qui exigent leur intervention. Des critères clairs ont permis "
                    "de répondre vite aux questions courantes et d’autoriser dûment les réponses "
                    "sensibles.",
                },
            ),
            ("sources", AS_PUBLISHED),
        ],
    },
    "lessons-learned-review-social-media-fiji": {
        "title": "Un bilan des enseignements tirés sur les réseaux sociaux après des élections générales",
        "summary": (
            "Récit illustratif d’un bureau des élections qui fait le bilan de sa stratégie pour les "
            "nouveaux médias après le scrutin : il mesure les résultats au regard des objectifs fixés, "
            "interroge les parties prenantes et son personnel, et publie les changements qu’il "
            "apportera."
        ),
        "body": [
            (
                "paragraph",
                "Ce scénario pédagogique se déroule au Bureau des élections des Fidji (Fijian Elections "
                "Office) après des élections générales. Le bilan qu’il décrit est inventé pour illustrer "
                "une bonne pratique.",
            ),
            ("heading", "Un bilan prévu dès le départ"),
            (
                "paragraph",
                "En rédigeant sa stratégie pour les nouveaux médias, le Bureau avait aussi fixé les "
                "indicateurs qu’il utiliserait ensuite : le délai de réponse aux questions du public, le "
                "nombre d’électeurs ayant vu les messages clés et le nombre de demandes réglées en ligne "
                "plutôt que par téléphone. Six semaines après le jour du scrutin, il a réservé deux jours "
                "à ce bilan.",
            ),
            ("heading", "Ce que le bilan a montré"),
            (
                "paragraph",
                "Les données montraient de bons résultats en journée, mais une accumulation de questions "
                "sans réponse la nuit et le week-end. Une enquête auprès des partis, des observateurs "
                "électoraux et des organisations de la société civile a salué les mises à jour des "
                "résultats, mais jugé certaines publications trop juridiques. Le personnel a indiqué que "
                "de fausses pages imitant le Bureau étaient apparues et avaient été signalées trop tard à "
                "la plateforme.",
            ),
            (
                "paragraph",
                "Le Bureau a publié une courte synthèse de ses constats et de ses engagements : des "
                "permanences le soir et le week-end, un guide de rédaction en langage clair, la "
                "certification des pages officielles et une recherche quotidienne des comptes usurpant "
                "son identité pendant la prochaine période électorale.",
            ),
            (
                "quote",
                {
                    "text": "Comme nous avions écrit nos objectifs dès le début, nous avons pu dire "
                    "honnêtement où nous n’avions pas été à la hauteur.",
                    "attribution": "Directeur de l’information des électeurs",
                },
            ),
            (
                "outcome",
                {
                    "indicator": "Part des questions du public sur les réseaux sociaux traitées en moins de 24 heures",
                    "result": "71 % en moyenne, avec une chute à 40 % le week-end précédant le scrutin ; le "
                    "bilan a fixé un objectif de 90 % pour les prochaines élections",
                },
            ),
            (
                "lesson",
                {
                    "title": "Prévoir le bilan dès la rédaction de la stratégie",
                    "text": "Un bilan des enseignements tirés ne vaut que par son point de départ. Arrêtez "
                    "les indicateurs et la date du bilan avant l’élection, et publiez ce que vous allez "
                    "changer.",
                },
            ),
            ("sources", AS_PUBLISHED),
        ],
    },
}


# Two working groups and a public report of each --------------------------------------------

# By slug: the group's title, topic, summary and description (paragraphs).
WORKING_GROUPS = {
    "new-media": {
        "title": "Groupe de travail sur les nouveaux médias",
        "topic": "nouveaux médias et élections",
        "summary": (
            "Étudie comment les organes de gestion des élections peuvent utiliser les réseaux sociaux et "
            "les autres nouveaux médias pour informer et mobiliser les électeurs tout en maîtrisant les "
            "risques."
        ),
        "description": [
            "Le groupe s’est penché sur la manière dont les plateformes numériques interactives "
            "transforment la communication électorale, des questions posées en temps réel le jour du "
            "scrutin aux rumeurs qui circulent plus vite que n’importe quel communiqué de presse. Sa "
            "réunion de Suva (Fidji), en décembre 2015, a nourri le guide du Réseau sur les nouveaux "
            "médias et la conduite des élections, publié par le Secrétariat du Commonwealth en 2016.",
            "Les travaux du groupe s’articulent autour de huit principes clés et de dix domaines de bonnes "
            "pratiques : la stratégie, les plateformes, les effectifs, les contenus, les liens "
            "institutionnels, les situations de conflit, les codes de conduite, les publics, la sécurité "
            "et les bilans des enseignements tirés.",
        ],
    },
    "vote-counting-tabulation": {
        "title": "Groupe de travail sur le dépouillement et la compilation des résultats",
        "topic": "dépouillement et compilation des résultats",
        "summary": (
            "Échange de pratiques entre pairs sur le dépouillement des bulletins, l’agrégation des "
            "résultats et leur annonce, d’une manière que les candidats et les électeurs peuvent "
            "vérifier."
        ),
        "description": [
            "Le moment qui sépare la clôture du scrutin de la proclamation des résultats est celui où "
            "la confiance dans une élection se gagne ou se perd le plus facilement. Ce groupe compare la "
            "manière dont les organes de gestion des élections du Commonwealth dépouillent au bureau de "
            "vote, acheminent les procès-verbaux vers les centres de compilation, rapprochent les "
            "chiffres et publient les résultats provisoires et définitifs.",
            "Les membres s’intéressent en particulier aux mesures de transparence qui permettent aux "
            "représentants des partis, aux observateurs électoraux et au public de suivre chaque étape, "
            "et à la manière de communiquer les résultats en ligne sans devancer le processus officiel.",
        ],
    },
}

# By slug (each report's group is in WORKING_GROUPS): title, summary and body (paragraphs).
REPORTS = {
    "new-media-suva-2015-report": {
        "title": (
            "L’impact des nouveaux médias sur les élections : rapport de la réunion du groupe de travail, "
            "Suva, décembre 2015"
        ),
        "summary": (
            "Synthèse de la réunion du groupe de travail sur les nouveaux médias tenue à Suva (Fidji) les "
            "2 et 3 décembre 2015, qui a défini les nouveaux médias pour le Réseau et formulé les bonnes "
            "pratiques publiées ensuite dans le guide du Réseau."
        ),
        "body": [
            "Le groupe de travail a réuni à Suva des responsables électoraux des organes de gestion des "
            "élections du Commonwealth pour examiner comment les sites web, les réseaux sociaux, les SMS "
            "et les applications mobiles transforment la conduite des élections.",
            "Le rapport de la réunion définit les nouveaux médias comme des plateformes technologiques "
            "qui permettent des échanges bidirectionnels en temps réel entre deux parties ou plus, une "
            "définition que le guide du Réseau a reprise ensuite ; les débats ont porté sur les "
            "possibilités et les risques que ces plateformes apportent à chaque étape du cycle électoral.",
            "Le document joint, en anglais, résume les discussions et énumère les recommandations du "
            "groupe, qui sont devenues les principes clés et les domaines de bonnes pratiques du guide "
            "publié par le Secrétariat du Commonwealth en 2016. C’est une synthèse préparée pour la "
            "démonstration du portail, et non le texte officiel du rapport de la réunion.",
        ],
    },
    "vote-counting-results-online-report": {
        "title": (
            "Publier les résultats en ligne en toute confiance : rapport du groupe de travail sur le "
            "dépouillement et la compilation des résultats"
        ),
        "summary": (
            "Rapport illustratif sur la manière dont les organes de gestion des élections peuvent "
            "publier rapidement en ligne les résultats provisoires et définitifs, tout en gardant un "
            "dépouillement vérifiable et un site web sécurisé."
        ),
        "body": [
            "Ce rapport illustratif, préparé pour la démonstration du portail, examine la pression qui "
            "pousse les organes de gestion des élections à publier les résultats aussi vite que les "
            "chiffres officieux circulent sur les réseaux sociaux.",
            "Il décrit le cheminement des résultats, des bureaux de vote aux centres de compilation puis "
            "au site web public, avec des garanties qui permettent aux candidats et aux observateurs de "
            "vérifier chaque chiffre, et des mesures de sécurité qui protègent les pages de résultats "
            "contre toute manipulation. Le document joint est en anglais.",
        ],
    },
}


# An international instrument, one of its provisions, and the privacy notice -----------------

INSTRUMENT_SLUG = "commonwealth-charter"
INSTRUMENT = {
    "title": "Charte du Commonwealth",
    "short_title": "Charte du Commonwealth",
    "adopting_body": "Chefs de gouvernement du Commonwealth",
    "summary": (
        "La déclaration unique des valeurs et des principes que partagent les pays membres du "
        "Commonwealth, adoptée par les chefs de gouvernement en décembre 2012. Elle engage les membres "
        "envers la démocratie, les droits humains, la liberté d’expression, l’égalité entre les femmes "
        "et les hommes et une société civile forte."
    ),
    "introduction": [
        "La Charte rassemble en un seul document les engagements pris par les gouvernements du "
        "Commonwealth au fil de plusieurs décennies. Pour un organe de gestion des élections, elle "
        "fixe la référence propre au Commonwealth : les citoyens ont le droit de participer à des "
        "élections libres et équitables, et les institutions publiques rendent compte au peuple de la "
        "manière dont elles font vivre la pratique démocratique.",
        "Plusieurs de ses seize principes touchent directement à la manière dont un organe de gestion "
        "des élections communique. Les engagements en faveur d’un dialogue ouvert et de médias libres "
        "et responsables, de l’égalité entre les femmes et les hommes et du partenariat avec la "
        "société civile donnent un fondement, dans le cadre du Commonwealth, à sa stratégie pour les "
        "nouveaux médias, à des messages qui n’excluent personne et à son travail avec les "
        "organisations communautaires.",
    ],
}

PROVISION_SLUG = "principle-v"
PROVISION = {
    "title": "Liberté d’expression",
    "reference": "Principe V",
    "summary": (
        "Par ce principe, les membres s’engagent à faire vivre la liberté d’expression : un dialogue "
        "pacifique et ouvert, la libre circulation de l’information et des médias à la fois libres et "
        "responsables, pour renforcer les traditions et les processus démocratiques."
    ),
    "body": [
        "C’est l’ancrage le plus net que la Charte offre à l’usage des nouveaux médias par un organe "
        "de gestion des élections. Il justifie une présence en ligne ouverte et fondée sur le "
        "dialogue, et il invite à la prudence : mieux vaut répondre à la désinformation par une "
        "information exacte et rapide et par des codes de conduite volontaires que par des "
        "restrictions de la parole.",
    ],
}

PRIVACY_SLUG = "privacy"
PRIVACY = {
    "title": "Politique de confidentialité",
    "body": (
        "<h2>Ce que le portail enregistre</h2>"
        "<p>Les comptes des membres contiennent un nom, une adresse électronique professionnelle, "
        "l’organe de gestion des élections, une fonction, les langues parlées et les domaines "
        "d’expertise, afin que les membres puissent se trouver les uns les autres dans l’annuaire. "
        "Les messages des forums et les questions conservent le nom de leur auteur.</p>"
        "<h2>Recherches</h2>"
        "<p>Pour savoir ce que le Réseau cherche sans le trouver, le portail enregistre chaque "
        "recherche faite sur la page de recherche ou par l’API : les mots, les filtres, le nombre de "
        "résultats, le moteur de recherche qui a répondu, si le lecteur était connecté (et à quel "
        "titre) et les résultats ouverts. Il n’enregistre jamais qui a fait la recherche. Ces "
        "données sont conservées douze mois puis supprimées ; seul le Secrétariat peut les "
        "consulter, sous forme de synthèse.</p>"
        "<h2>Journaux du serveur</h2>"
        "<p>Chaque requête adressée au portail laisse une ligne dans le journal du serveur : l’heure, "
        "le type de page demandée, le statut de la réponse et sa durée. Cette ligne ne contient "
        "jamais l’adresse de la page, les mots recherchés ni l’identité de la personne. Le serveur "
        "conserve ces lignes quatorze jours, puis les supprime.</p>"
        "<h2>Corrections proposées</h2>"
        "<p>Une correction proposée conserve l’adresse électronique fournie avec elle, afin que le "
        "Secrétariat puisse répondre.</p>"
        "<h2>Vos données</h2>"
        "<p>Écrivez au Secrétariat pour consulter, corriger ou supprimer ce que le portail détient "
        "à votre sujet.</p>"
    ),
}


# Case studies written in French first ------------------------------------------------------

GUIDE = (
    "Commonwealth Secretariat (2016), New Media and the Conduct of Elections, CEN Guides on Good Electoral Practices"
)

# In the shape of case_studies.CASE_STUDIES (the loader creates them in French under the French
# case-study listing), with "english": the title, summary and body of their English translation.
FRENCH_ORIGINALS = [
    {
        "slug": "dementir-en-deux-langues-cameroun",
        "title": "Démentir un faux communiqué dans les deux langues officielles",
        "countries": ["CM"],
        "emb": None,
        "year": 2020,
        "election_type": "general",
        "context": "stable",
        "summary": (
            "Scénario pédagogique : la veille d’élections législatives et municipales, un faux "
            "communiqué annonçant le déplacement de bureaux de vote circule sur les messageries. "
            "L’organe de gestion des élections publie le démenti en français et en anglais à la même "
            "heure et ouvre une page où vérifier chacun de ses communiqués."
        ),
        "principles": ["responsive", "informative", "accessible", "partnership"],
        "practice_areas": ["3.4", "3.8"],
        "body": [
            (
                "paragraph",
                "Ce scénario pédagogique illustratif se déroule à Elections Cameroon (ELECAM), l’organe "
                "chargé de l’organisation des élections au Cameroun, pays dont les deux langues "
                "officielles sont le français et l’anglais. Les faits, les chiffres et les citations "
                "sont inventés ; ils ne décrivent pas des événements réels.",
            ),
            ("heading", "Un faux communiqué à la veille du scrutin"),
            (
                "paragraph",
                "La veille du jour du scrutin, en fin d’après-midi, une image reprenant le logo et la "
                "mise en page des communiqués de l’organe de gestion des élections a commencé à circuler "
                "sur WhatsApp et sur Facebook. Rédigée en français, elle annonçait que plusieurs bureaux "
                "de vote d’une grande ville étaient déplacés vers des écoles éloignées. En quelques "
                "heures, elle avait été reprise par des groupes de quartier, puis traduite de façon "
                "approximative en anglais.",
            ),
            (
                "paragraph",
                "La cellule de communication a comparé l’image avec son registre des communiqués "
                "publiés : ni la référence ni la signature ne correspondaient. Le démembrement local de "
                "l’organe a confirmé par téléphone qu’aucun bureau de vote n’avait été déplacé.",
            ),
            ("heading", "Un démenti dans les deux langues, à la même heure"),
            (
                "paragraph",
                "Le plan de communication prévoyait que tout message adressé aux électeurs paraisse en "
                "français et en anglais en même temps, pour qu’aucune communauté ne reçoive "
                "l’information officielle après la rumeur. Le démenti a donc été publié dans les deux "
                "langues, moins d’une heure après la vérification, sur le site web, sur les réseaux "
                "sociaux de l’organe et par SMS aux électeurs abonnés. Il ne reproduisait pas la fausse "
                "image : il donnait la liste des bureaux de vote concernés, inchangés, et rappelait "
                "comment trouver son bureau.",
            ),
            (
                "paragraph",
                "L’organe a aussi ouvert sur son site une page où chaque communiqué authentique est "
                "publié avec sa référence, dans les deux langues, afin que journalistes et électeurs "
                "puissent vérifier un document douteux. Des radios communautaires francophones et "
                "anglophones ont lu le démenti dans leurs journaux du soir et du matin, et une "
                "plateforme de vérification des faits de la société civile l’a relayé.",
            ),
            (
                "quote",
                {
                    "text": "Un démenti qui arrive d’abord dans une seule langue laisse l’autre moitié du "
                    "pays seule face à la rumeur.",
                    "attribution": "Chef de la cellule de communication",
                },
            ),
            (
                "outcome",
                {
                    "indicator": "Délai entre le premier signalement du faux communiqué et le démenti "
                    "publié dans les deux langues",
                    "result": "environ deux heures et demie",
                },
            ),
            (
                "outcome",
                {
                    "indicator": "Électeurs s’étant présentés à un mauvais bureau de vote dans la ville concernée",
                    "result": "quelques cas isolés signalés par les présidents de bureau de vote, orientés sur place",
                },
            ),
            (
                "lesson",
                {
                    "title": "Publier dans toutes les langues officielles à la même heure",
                    "text": "Préparez des modèles de démentis bilingues et faites valider les deux versions "
                    "ensemble, pour qu’aucune langue n’attende l’autre.",
                },
            ),
            (
                "lesson",
                {
                    "title": "Donner aux électeurs un moyen de vérifier",
                    "text": "Un registre public des communiqués, avec leur référence, permet à chacun de "
                    "reconnaître un faux sans attendre la réponse de l’organe.",
                },
            ),
            ("sources", [{"title": f"{GUIDE}, sections 3.4, 3.8", "url": ""}]),
        ],
        "english": {
            "title": "Refuting a fake press release in both official languages",
            "summary": (
                "Teaching scenario: on the eve of legislative and municipal elections, a fake press "
                "release announcing that polling stations have moved spreads on messaging apps. The "
                "election management body publishes its rebuttal in French and English at the same "
                "time and opens a page where each of its press releases can be checked."
            ),
            "body": [
                (
                    "paragraph",
                    "This illustrative teaching scenario is set at Elections Cameroon (ELECAM), the body "
                    "that organises elections in Cameroon, a country whose two official languages are "
                    "French and English. The facts, figures and quotations are invented; they do not "
                    "describe real events.",
                ),
                ("heading", "A fake press release on the eve of the poll"),
                (
                    "paragraph",
                    "Late in the afternoon before polling day, an image copying the logo and layout of "
                    "the election management body's press releases began to circulate on WhatsApp and "
                    "Facebook. Written in French, it announced that several polling stations in a large "
                    "city had moved to distant schools. Within hours it had been picked up by "
                    "neighbourhood groups and then roughly translated into English.",
                ),
                (
                    "paragraph",
                    "The communication unit compared the image with its register of published press "
                    "releases: neither the reference number nor the signature matched. The body's local "
                    "branch confirmed by telephone that no polling station had moved.",
                ),
                ("heading", "A rebuttal in both languages, at the same hour"),
                (
                    "paragraph",
                    "The communication plan required every message to voters to appear in French and "
                    "English at the same time, so that no community would hear the official word after "
                    "the rumour. The rebuttal was therefore published in both languages less than an "
                    "hour after the check, on the website, on the body's social media accounts and by "
                    "text message to subscribed voters. It did not reproduce the fake image: it listed "
                    "the polling stations concerned, unchanged, and explained how to find one's polling "
                    "station.",
                ),
                (
                    "paragraph",
                    "The body also opened a page on its website where every genuine press release is "
                    "published with its reference number, in both languages, so that journalists and "
                    "voters can check a doubtful document. French- and English-language community radio "
                    "stations read the rebuttal in their evening and morning news, and a civil society "
                    "fact-checking platform shared it.",
                ),
                (
                    "quote",
                    {
                        "text": "A rebuttal that arrives in one language first leaves the other half of the "
                        "country alone with the rumour.",
                        "attribution": "Head of the communication unit",
                    },
                ),
                (
                    "outcome",
                    {
                        "indicator": "Time from the first report of the fake press release to the rebuttal "
                        "published in both languages",
                        "result": "about two and a half hours",
                    },
                ),
                (
                    "outcome",
                    {
                        "indicator": "Voters who went to the wrong polling station in the city concerned",
                        "result": "a few isolated cases reported by presiding officers, redirected on the spot",
                    },
                ),
                (
                    "lesson",
                    {
                        "title": "Publish in every official language at the same hour",
                        "text": "Prepare bilingual rebuttal templates and have both versions approved "
                        "together, so that neither language waits for the other.",
                    },
                ),
                (
                    "lesson",
                    {
                        "title": "Give voters a way to check",
                        "text": "A public register of press releases, with their reference numbers, lets "
                        "anyone recognise a fake without waiting for the body to answer.",
                    },
                ),
                ("sources", AS_PUBLISHED),
            ],
        },
    },
    {
        "slug": "verifier-son-inscription-par-sms-rwanda",
        "title": "Vérifier son inscription sur les listes électorales par SMS, en trois langues",
        "countries": ["RW"],
        "emb": None,
        "year": 2018,
        "election_type": "general",
        "context": "stable",
        "summary": (
            "Exemple illustratif d’une commission électorale qui permet à chaque électeur de vérifier "
            "par SMS son inscription sur les listes électorales et l’adresse de son bureau de vote, en "
            "kinyarwanda, en anglais et en français, et qui s’appuie sur des volontaires pour faire "
            "connaître le service là où l’internet mobile est rare."
        ),
        "principles": ["accessible", "informative", "capacity", "engaged"],
        "practice_areas": ["3.2", "3.3", "3.8"],
        "body": [
            (
                "paragraph",
                "Cet exemple pédagogique se déroule à la Commission électorale nationale du Rwanda, "
                "avant des élections législatives. Le Rwanda a quatre langues officielles : le "
                "kinyarwanda, l’anglais, le français et le swahili. Le service décrit, ses chiffres et "
                "ses résultats sont illustratifs.",
            ),
            ("heading", "Partir du téléphone que tout le monde possède"),
            (
                "paragraph",
                "Lors de la révision des listes électorales, la Commission voulait que chaque électeur "
                "puisse vérifier son inscription sans se déplacer. Une enquête rapide auprès des "
                "volontaires électoraux a montré que presque tous les ménages avaient accès à un "
                "téléphone mobile, mais que beaucoup, dans les zones rurales, n’avaient ni smartphone ni "
                "forfait de données. La Commission a donc choisi le SMS plutôt qu’une application.",
            ),
            (
                "paragraph",
                "L’électeur envoie son numéro de carte d’identité à un numéro court gratuit et reçoit en "
                "retour son nom tel qu’il figure sur la liste, son bureau de vote et la date du scrutin. "
                "La réponse arrive en kinyarwanda par défaut ; un mot-clé permet de la recevoir en "
                "anglais ou en français. Lorsque l’électeur n’est pas trouvé, le message indique où et "
                "jusqu’à quand demander une correction.",
            ),
            ("heading", "Des volontaires pour faire connaître le service"),
            (
                "paragraph",
                "Les volontaires électoraux ont présenté le service lors des réunions communautaires et "
                "des travaux communautaires mensuels, en aidant les personnes âgées à envoyer leur premier "
                "message. La radio nationale et les radios locales ont diffusé le numéro court, et la "
                "Commission l’a repris sur ses réseaux sociaux pour les plus jeunes.",
            ),
            (
                "quote",
                {
                    "text": "Le meilleur canal n’est pas le plus moderne, c’est celui que l’électeur a déjà "
                    "dans la poche.",
                    "attribution": "Responsable de l’éducation électorale",
                },
            ),
            (
                "outcome",
                {
                    "indicator": "Demandes de correction des listes déposées pendant la période de révision",
                    "result": "environ deux fois plus nombreuses qu’à la révision précédente, la plupart "
                    "après une vérification par SMS",
                },
            ),
            (
                "outcome",
                {
                    "indicator": "Électeurs ne trouvant pas leur nom au bureau de vote le jour du scrutin",
                    "result": "nettement moins nombreux selon les rapports des présidents de bureau de vote",
                },
            ),
            (
                "lesson",
                {
                    "title": "Choisir le canal d’après l’équipement réel des électeurs",
                    "text": "Vérifiez quels téléphones et quels forfaits les électeurs possèdent avant "
                    "d’investir dans un canal ; un service simple et gratuit touche davantage de monde "
                    "qu’une application.",
                },
            ),
            (
                "lesson",
                {
                    "title": "Répondre dans la langue de l’électeur",
                    "text": "Une réponse dans la langue de chacun, choisie par un simple mot-clé, évite "
                    "d’exclure une partie de l’électorat.",
                },
            ),
            ("sources", [{"title": f"{GUIDE}, sections 3.2, 3.8", "url": ""}]),
        ],
        "english": {
            "title": "Checking voter registration by text message, in three languages",
            "summary": (
                "Illustrative example of an electoral commission that lets every voter check by text "
                "message that they are on the voters' register and where their polling station is, in "
                "Kinyarwanda, English and French, and relies on volunteers to spread the word where "
                "mobile internet is scarce."
            ),
            "body": [
                (
                    "paragraph",
                    "This teaching example is set at the National Electoral Commission of Rwanda before "
                    "parliamentary elections. Rwanda has four official languages: Kinyarwanda, English, "
                    "French and Swahili. The service described, its figures and its results are "
                    "illustrative.",
                ),
                ("heading", "Start from the phone everyone has"),
                (
                    "paragraph",
                    "When the voters' register was being revised, the Commission wanted every voter to "
                    "be able to check their registration without travelling. A quick survey of electoral "
                    "volunteers showed that almost every household had access to a mobile phone, but "
                    "that many in rural areas had neither a smartphone nor a data plan. The Commission "
                    "therefore chose text messages rather than an app.",
                ),
                (
                    "paragraph",
                    "The voter sends their national identity card number to a free short code and "
                    "receives in reply their name as it appears on the register, their polling station "
                    "and the date of the poll. The reply comes in Kinyarwanda by default; a keyword "
                    "brings it in English or French. When the voter is not found, the message says where "
                    "and until when to ask for a correction.",
                ),
                ("heading", "Volunteers to spread the word"),
                (
                    "paragraph",
                    "Electoral volunteers presented the service at community meetings and monthly "
                    "community work days, helping older people send their first message. National and "
                    "local radio broadcast the short code, and the Commission repeated it on its social "
                    "media accounts for younger voters.",
                ),
                (
                    "quote",
                    {
                        "text": "The best channel is not the most modern one; it is the one the voter already "
                        "has in their pocket.",
                        "attribution": "Head of voter education",
                    },
                ),
                (
                    "outcome",
                    {
                        "indicator": "Requests to correct the register filed during the revision period",
                        "result": "about twice as many as at the previous revision, most of them after a "
                        "check by text message",
                    },
                ),
                (
                    "outcome",
                    {
                        "indicator": "Voters who could not find their name at the polling station on polling day",
                        "result": "markedly fewer, according to presiding officers' reports",
                    },
                ),
                (
                    "lesson",
                    {
                        "title": "Choose the channel from the equipment voters really have",
                        "text": "Check which phones and plans voters have before investing in a channel; a "
                        "simple, free service reaches more people than an app.",
                    },
                ),
                (
                    "lesson",
                    {
                        "title": "Answer in the voter's language",
                        "text": "A reply in each voter's own language, chosen with a simple keyword, avoids "
                        "leaving part of the electorate out.",
                    },
                ),
                ("sources", AS_PUBLISHED),
            ],
        },
    },
]


HOME = typeset_french(HOME)
SECTIONS = {model: typeset_french(fields) for model, fields in SECTIONS.items()}
CASE_STUDIES = {slug: typeset_french(fields) for slug, fields in CASE_STUDIES.items()}
WORKING_GROUPS = {slug: typeset_french(fields) for slug, fields in WORKING_GROUPS.items()}
REPORTS = {slug: typeset_french(fields) for slug, fields in REPORTS.items()}
INSTRUMENT = typeset_french(INSTRUMENT)
PROVISION = typeset_french(PROVISION)
PRIVACY = typeset_french(PRIVACY)
FRENCH_ORIGINALS = [
    {**typeset_french({key: value for key, value in study.items() if key != "english"}), "english": study["english"]}
    for study in FRENCH_ORIGINALS
]


# Loading -------------------------------------------------------------------------------------


def translate_site(home):
    """Translate the English home, its sections and the chosen content into French; return the
    French case-study listing (where the French originals go)."""
    french = Locale.objects.get(language_code="fr")
    translate_page(home, french, {**HOME, "intro": paragraphs_html(HOME["intro"])})
    for model, fields in SECTIONS.items():
        translate_page(model.objects.child_of(home).get(), french, fields)
    for slug, fields in CASE_STUDIES.items():
        translate_page(CaseStudyPage.objects.get(locale=home.locale, slug=slug), french, fields)
    for slug, fields in WORKING_GROUPS.items():
        group = WorkingGroupPage.objects.get(locale=home.locale, slug=slug)
        translate_page(group, french, {**fields, "description": paragraphs_html(fields["description"])})
    for slug, fields in REPORTS.items():
        report = ReportPage.objects.get(locale=home.locale, slug=slug)
        translate_page(report, french, {**fields, "body": paragraphs_html(fields["body"])})
    instrument = InstrumentPage.objects.get(locale=home.locale, slug=INSTRUMENT_SLUG)
    translate_page(instrument, french, {**INSTRUMENT, "introduction": paragraphs_html(INSTRUMENT["introduction"])})
    provision = ProvisionPage.objects.child_of(instrument).get(slug=PROVISION_SLUG)
    translate_page(provision, french, {**PROVISION, "body": paragraphs_html(PROVISION["body"])})
    translate_page(StandardPage.objects.child_of(home).get(slug=PRIVACY_SLUG), french, PRIVACY)
    return CaseStudyIndexPage.objects.get(locale=french)


def translate_french_originals(french_index):
    """The English translations of the case studies written in French."""
    english = Locale.get_default()
    for data in FRENCH_ORIGINALS:
        translate_page(CaseStudyPage.objects.child_of(french_index).get(slug=data["slug"]), english, data["english"])


def translate_page(page, locale, fields):
    """The page's translation into the locale, made with wagtail-localize from `fields` (the
    translated values of its text fields, a StreamField body as its blocks) and published.

    A page already translated is left as it is, so loading twice changes nothing. A page edited
    since the demo was written (its text no longer has the demo's shape) is left untranslated:
    its readers in the other language get the original, as for any untranslated page."""
    existing = page.get_translation_or_none(locale)
    if existing is not None:
        return existing
    source, _created = TranslationSource.update_or_create_from_instance(page)
    try:
        if isinstance(getattr(page, "body", None), StreamValue):
            fields = {**fields, "body": translated_body(source.as_instance(), fields["body"])}
        translated = translated_strings(source, fields)
    except ShapeMismatch as mismatch:
        logger.warning("%s It is left untranslated.", mismatch)
        return None
    for segment in source.stringsegment_set.select_related("string", "context"):
        StringTranslation.objects.update_or_create(
            translation_of=segment.string,
            locale=locale,
            context=segment.context,
            defaults={
                "data": translated[segment.context.path, segment.string.data],
                "translation_type": StringTranslation.TRANSLATION_TYPE_MANUAL,
            },
        )
    translation, _created = Translation.objects.get_or_create(source=source, target_locale=locale)
    # Saved as a draft and published here: save_target(publish=True) would publish only when
    # the loader's transaction commits, saving each page as it was before its translated
    # children existed (the tree would lose count of them).
    translation.save_target(publish=False)
    translated_page = page.get_translation(locale)
    translated_page.get_latest_revision().publish()
    return translated_page


def translated_strings(source, fields):
    """{(segment path, original text): translated text} for every string wagtail-localize
    extracted into the source, found by extracting the same segments from a copy of the page
    that holds the translated fields. Both are the page as the source stored it, so the ids in
    the segments' paths are the source's own."""
    page = source.as_instance()
    translated_page = source.as_instance()
    for name, value in fields.items():
        setattr(translated_page, name, value)
    original = [segment for segment in extract_segments(page) if isinstance(segment, StringSegmentValue)]
    translated = [segment for segment in extract_segments(translated_page) if isinstance(segment, StringSegmentValue)]
    original_paths = [segment.path for segment in original]
    translated_paths = [segment.path for segment in translated]
    if original_paths != translated_paths:
        raise ShapeMismatch(
            f"The translation of {page.slug!r} does not have the page's shape: "
            f"{original_paths} against {translated_paths}."
        )
    return {(a.path, a.string.data): b.string.data for a, b in zip(original, translated, strict=True)}


def translated_body(page, blocks):
    """The translated blocks as a StreamField value with the page's own block ids, so that each
    translated block pairs with its original; blocks AS_PUBLISHED keep the original's value."""
    original = list(page.body.raw_data)
    if [block["type"] for block in original] != [kind for kind, _value in blocks]:
        raise ShapeMismatch(f"The translation of {page.slug!r} does not have the page's blocks.")
    return [
        block if value is AS_PUBLISHED else {**stream_block(kind, value), "id": block["id"]}
        for block, (kind, value) in zip(original, blocks, strict=True)
    ]
