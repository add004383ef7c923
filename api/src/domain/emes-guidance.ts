/**
 * Guidance shown beside each EMES indicator on the assessment form: what the indicator means,
 * concrete Brussels examples (including what "partly" or "not met" looks like) and which
 * documents help to justify the rating. French, Dutch and English.
 * Pure data and free of imports: bundled both by the API and by the console.
 */
export type GuidanceLanguage = 'fr' | 'nl' | 'en';

export interface IndicatorGuidance {
  title: string;
  meaning: string;
  examples: string;
  evidence: string;
}

export const PILLAR_TITLES: Record<'economic' | 'social' | 'governance', Record<GuidanceLanguage, string>> = {
  economic: {
    fr: 'Dimension économique et entrepreneuriale',
    nl: 'Economische en ondernemersdimensie',
    en: 'Economic and entrepreneurial dimension',
  },
  social: {
    fr: 'Dimension sociale',
    nl: 'Sociale dimensie',
    en: 'Social dimension',
  },
  governance: {
    fr: 'Gouvernance participative',
    nl: 'Participatief bestuur',
    en: 'Participatory governance',
  },
};

export const EMES_GUIDANCE: Record<
  | 'econ_continuous_activity'
  | 'econ_economic_risk'
  | 'econ_paid_work'
  | 'soc_community_aim'
  | 'soc_citizen_initiative'
  | 'soc_limited_profit'
  | 'soc_wage_tension'
  | 'gov_autonomy'
  | 'gov_not_capital_based'
  | 'gov_participatory',
  Record<GuidanceLanguage, IndicatorGuidance>
> = {
  econ_continuous_activity: {
    fr: {
      title: 'Activité économique continue',
      meaning:
        "L'organisation produit des biens ou vend des services de manière continue ; cette activité est au cœur de sa raison d'être. Le plaidoyer, la sensibilisation ou l'octroi de subsides seuls ne suffisent pas.",
      examples:
        "Rempli : un restaurant coopératif ouvert toute l'année, une entreprise d'insertion qui assure un service de nettoyage. Partiel : une ASBL surtout active dans le plaidoyer qui tient un repair café quelques fois par an. Non rempli : une fondation qui ne fait que financer des projets.",
      evidence:
        "Comptes annuels (chiffre d'affaires, part des ventes par rapport aux subsides), rapport d'activités, grille tarifaire ou catalogue, factures ou contrats clients.",
    },
    nl: {
      title: 'Continue economische activiteit',
      meaning:
        'De organisatie produceert goederen of verkoopt diensten op continue basis; die activiteit vormt de kern van haar bestaansreden. Belangenbehartiging, sensibilisering of het toekennen van subsidies alleen volstaat niet.',
      examples:
        'Voldaan: een coöperatief restaurant dat het hele jaar open is, een inschakelingsonderneming met een schoonmaakdienst. Gedeeltelijk: een vzw die vooral aan belangenbehartiging doet en een paar keer per jaar een repaircafé houdt. Niet voldaan: een stichting die enkel projecten financiert.',
      evidence:
        'Jaarrekening (omzet, aandeel verkoop tegenover subsidies), activiteitenverslag, prijslijst of catalogus, facturen of contracten met klanten.',
    },
    en: {
      title: 'Continuous economic activity',
      meaning:
        'The organisation produces goods or sells services on a continuous basis; this activity is central to why it exists. Advocacy, awareness-raising or grant-making alone does not count.',
      examples:
        'Met: a cooperative restaurant open all year, a work-integration enterprise running a cleaning service. Partly: an ASBL mainly doing advocacy that holds a repair café a few times a year. Not met: a foundation that only funds projects.',
      evidence:
        'Annual accounts (turnover, share of sales versus subsidies), activity report, price list or catalogue, client invoices or contracts.',
    },
  },

  econ_economic_risk: {
    fr: {
      title: 'Risque économique significatif',
      meaning:
        "La survie de l'organisation dépend des efforts de ses membres et de ses travailleurs pour réunir les ressources nécessaires ; aucun pouvoir public ni aucune société mère ne garantit ses revenus ou ne couvre ses pertes.",
      examples:
        "Rempli : une épicerie coopérative qui vit de ses ventes et du capital de ses coopérateurs. Partiel : une ASBL surtout financée par un subside pluriannuel, avec quelques recettes propres. Non rempli : une structure dont les déficits sont couverts d'office par une commune ou un groupe.",
      evidence:
        'Comptes annuels et budget, répartition des recettes par source (ventes, subsides, dons), conventions de subvention et leur durée, toute garantie ou convention de couverture des déficits.',
    },
    nl: {
      title: 'Aanzienlijk economisch risico',
      meaning:
        'Het voortbestaan van de organisatie hangt af van de inspanningen van haar leden en werknemers om voldoende middelen te verwerven; geen overheid of moederbedrijf waarborgt haar inkomsten of dekt haar verliezen.',
      examples:
        'Voldaan: een coöperatieve kruidenierszaak die leeft van haar verkoop en van het kapitaal van haar coöperanten. Gedeeltelijk: een vzw die vooral van een meerjarige subsidie afhangt, met wat eigen inkomsten. Niet voldaan: een organisatie waarvan een gemeente of een groep de tekorten automatisch dekt.',
      evidence:
        'Jaarrekening en begroting, verdeling van de inkomsten per bron (verkoop, subsidies, giften), subsidieovereenkomsten en hun looptijd, eventuele waarborg of overeenkomst tot dekking van tekorten.',
    },
    en: {
      title: 'Significant economic risk',
      meaning:
        "The organisation's survival depends on the efforts of its members and workers to secure enough resources; no public body or parent company guarantees its income or covers its losses.",
      examples:
        "Met: a cooperative grocery living from its sales and its members' capital. Partly: an ASBL funded mostly by a multi-year subsidy, with some income of its own. Not met: an organisation whose deficits are automatically covered by a municipality or a group.",
      evidence:
        'Annual accounts and budget, breakdown of income by source (sales, subsidies, donations), subsidy agreements and their duration, any guarantee or deficit-coverage agreement.',
    },
  },

  econ_paid_work: {
    fr: {
      title: "Niveau minimum d'emploi rémunéré",
      meaning:
        "L'organisation crée de l'emploi rémunéré : une partie au moins du travail est assurée par du personnel salarié, même si des bénévoles interviennent à ses côtés.",
      examples:
        "Rempli : une entreprise d'insertion qui occupe 12 ETP, ou une ASBL de repair café avec une coordinatrice salariée et des bénévoles. Partiel : du travail rémunéré seulement ponctuel (jobistes, indépendants). Non rempli : une organisation entièrement bénévole.",
      evidence:
        "Récapitulatif de la paie ou bilan social (nombre de travailleurs et d'ETP), contrats de travail, déclarations Dimona, registre des bénévoles.",
    },
    nl: {
      title: 'Minimum aan betaalde arbeid',
      meaning:
        'De organisatie creëert betaalde jobs: minstens een deel van het werk wordt gedaan door betaald personeel, ook al werken er vrijwilligers naast.',
      examples:
        'Voldaan: een inschakelingsonderneming met 12 VTE, of een repaircafé-vzw met een betaalde coördinator en vrijwilligers. Gedeeltelijk: enkel occasioneel betaald werk (jobstudenten, freelancers). Niet voldaan: een organisatie die volledig op vrijwilligers draait.',
      evidence:
        'Loonoverzicht of sociale balans (aantal werknemers en VTE), arbeidsovereenkomsten, Dimona-aangiften, vrijwilligersregister.',
    },
    en: {
      title: 'A minimum amount of paid work',
      meaning:
        'The organisation creates paid jobs: at least part of the work is done by paid staff, even if volunteers work alongside them.',
      examples:
        'Met: a work-integration enterprise employing 12 FTE, or a repair café ASBL with a paid coordinator and volunteers. Partly: only occasional paid work (student jobs, freelancers). Not met: an organisation run entirely by volunteers.',
      evidence:
        'Payroll summary or social balance sheet (number of workers and FTE), employment contracts, Dimona declarations, volunteer register.',
    },
  },

  soc_community_aim: {
    fr: {
      title: 'Objectif explicite de service à la collectivité',
      meaning:
        "L'organisation a pour finalité explicite de servir la collectivité ou un groupe de personnes, avec un objectif social et/ou écologique, et non la seule recherche du profit.",
      examples:
        "Rempli : un repair café qui lutte contre le gaspillage et l'isolement dans un quartier ; une entreprise d'insertion qui forme des demandeurs d'emploi de longue durée. Partiel : une finalité réelle en pratique mais absente des statuts. Non rempli : le profit comme seul but.",
      evidence:
        "Statuts (objet social et but désintéressé), charte ou mission, rapport annuel ou rapport d'impact, description des bénéficiaires et des publics cibles.",
    },
    nl: {
      title: 'Expliciet doel ten dienste van de gemeenschap',
      meaning:
        'De organisatie heeft als uitdrukkelijk doel de gemeenschap of een bepaalde groep mensen te dienen, met een sociale en/of ecologische finaliteit, en niet louter winst te maken.',
      examples:
        'Voldaan: een repaircafé dat verspilling en eenzaamheid in een wijk tegengaat; een inschakelingsonderneming die langdurig werkzoekenden opleidt. Gedeeltelijk: het doel bestaat in de praktijk maar staat niet in de statuten. Niet voldaan: winst als enig doel.',
      evidence:
        'Statuten (voorwerp en belangeloos doel), missieverklaring of charter, jaarverslag of impactverslag, beschrijving van de begunstigden en doelgroepen.',
    },
    en: {
      title: 'An explicit aim to benefit the community',
      meaning:
        "The organisation's explicit purpose is to serve the community or a specific group of people, with a social and/or ecological aim, not merely to make a profit.",
      examples:
        'Met: a repair café fighting waste and isolation in a neighbourhood; a work-integration enterprise training long-term jobseekers. Partly: the aim is real in practice but absent from the statutes. Not met: profit is the only aim.',
      evidence:
        'Statutes (purpose and disinterested aim), charter or mission statement, annual or impact report, description of beneficiaries and target groups.',
    },
  },

  soc_citizen_initiative: {
    fr: {
      title: "Initiative émanant d'un groupe de citoyens",
      meaning:
        "L'organisation a été lancée et est portée par un groupe de citoyens ou d'organisations de la société civile partageant un besoin ou un objectif, et non par un investisseur isolé, une entreprise ou un pouvoir public.",
      examples:
        "Rempli : une coopérative alimentaire fondée par des voisins, ou une ASBL créée par des comités de quartier. Partiel : fondée par des citoyens mais aujourd'hui pilotée surtout par un partenaire public. Non rempli : la filiale d'une entreprise ou une structure créée par une commune.",
      evidence:
        'Acte constitutif et statuts, liste des fondateurs, historique du projet (rapport annuel, site web), registre des membres ou des associés.',
    },
    nl: {
      title: 'Initiatief van een groep burgers',
      meaning:
        'De organisatie werd opgericht en wordt gedragen door een groep burgers of middenveldorganisaties met een gedeelde behoefte of doelstelling, niet door één investeerder, een bedrijf of een overheid.',
      examples:
        'Voldaan: een voedselcoöperatie opgericht door buurtbewoners, of een vzw opgericht door wijkcomités. Gedeeltelijk: opgericht door burgers maar nu vooral aangestuurd door een publieke partner. Niet voldaan: een dochteronderneming van een bedrijf of een structuur opgericht door een gemeente.',
      evidence:
        'Oprichtingsakte en statuten, lijst van de oprichters, geschiedenis van het project (jaarverslag, website), leden- of aandeelhoudersregister.',
    },
    en: {
      title: 'An initiative launched by a group of citizens',
      meaning:
        'The organisation was started and is carried by a group of citizens or civil-society organisations sharing a need or an aim, not by a single investor, a company or a public authority.',
      examples:
        "Met: a food cooperative founded by neighbours, or an ASBL created by residents' committees. Partly: founded by citizens but now driven mainly by a public partner. Not met: a company's subsidiary or a structure set up by a municipality.",
      evidence:
        'Founding deed and statutes, list of founders, history of the project (annual report, website), register of members or shareholders.',
    },
  },

  soc_limited_profit: {
    fr: {
      title: 'Distribution limitée des bénéfices',
      meaning:
        'Les bénéfices ne sont pas librement distribués aux membres ou aux associés : ils sont principalement réinvestis dans la finalité sociale, et tout dividende éventuel est plafonné.',
      examples:
        'Rempli : une ASBL (distribution interdite par la loi) ou une coopérative dont les statuts plafonnent les dividendes et réinvestissent les excédents. Partiel : un plafond appliqué en pratique mais absent des statuts. Non rempli : une société qui distribue ses bénéfices sans limite.',
      evidence:
        "Statuts (affectation du résultat, plafond des dividendes, affectation de l'actif en cas de dissolution), comptes annuels et affectation du résultat, PV de l'AG qui approuve les comptes.",
    },
    nl: {
      title: 'Beperkte winstuitkering',
      meaning:
        'Winsten worden niet vrij uitgekeerd aan leden of aandeelhouders: ze worden hoofdzakelijk opnieuw geïnvesteerd in het sociale doel, en eventuele dividenden zijn begrensd.',
      examples:
        'Voldaan: een vzw (uitkering wettelijk verboden) of een coöperatie waarvan de statuten dividenden begrenzen en overschotten herinvesteren. Gedeeltelijk: een plafond dat in de praktijk geldt maar niet in de statuten staat. Niet voldaan: een vennootschap die haar winst onbeperkt uitkeert.',
      evidence:
        'Statuten (resultaatbestemming, dividendplafond, bestemming van het vermogen bij ontbinding), jaarrekening en resultaatverwerking, notulen van de AV die de jaarrekening goedkeurt.',
    },
    en: {
      title: 'Limited profit distribution',
      meaning:
        'Profits are not freely distributed to members or shareholders: they are mainly reinvested in the social aim, and any dividend is capped.',
      examples:
        'Met: an ASBL (distribution forbidden by law) or a cooperative whose statutes cap dividends and reinvest surpluses. Partly: a cap applied in practice but absent from the statutes. Not met: a company that distributes its profits without limit.',
      evidence:
        'Statutes (allocation of profits, dividend cap, allocation of assets on dissolution), annual accounts and allocation of the result, minutes of the general assembly approving the accounts.',
    },
  },

  soc_wage_tension: {
    fr: {
      title: 'Tension salariale modérée (1 à 4)',
      meaning:
        "Critère ajouté par hub.brussels : le salaire le plus élevé ne dépasse pas 4 fois le plus bas. Lorsque les deux salaires sont encodés, le rapport (plus haut / plus bas) est calculé automatiquement et détermine l'évaluation (≤ 4 : rempli).",
      examples:
        "Rempli : dans une entreprise d'insertion, un salaire le plus bas de 2 100 € et une direction à 6 300 € brut par mois (rapport 3). Non rempli : 2 100 € et 9 450 € (rapport 4,5). Inconnu : les salaires n'ont pas encore été communiqués.",
      evidence:
        'Récapitulatif de la paie ou bilan social indiquant le salaire mensuel brut le plus bas et le plus élevé, barèmes de la commission paritaire applicable, politique salariale approuvée par le CA.',
    },
    nl: {
      title: 'Gematigde loonspanning (1 op 4)',
      meaning:
        'Criterium toegevoegd door hub.brussels: het hoogste loon bedraagt hoogstens 4 keer het laagste. Zijn beide lonen ingevuld, dan wordt de verhouding (hoogste / laagste) automatisch berekend en bepaalt die de beoordeling (≤ 4: voldaan).',
      examples:
        'Voldaan: in een inschakelingsonderneming is het laagste loon € 2.100 en verdient de directie € 6.300 bruto per maand (verhouding 3). Niet voldaan: € 2.100 en € 9.450 (verhouding 4,5). Onbekend: de lonen zijn nog niet meegedeeld.',
      evidence:
        "Loonoverzicht of sociale balans met het laagste en het hoogste bruto maandloon, barema's van het toepasselijke paritair comité, loonbeleid goedgekeurd door de raad van bestuur.",
    },
    en: {
      title: 'Moderate wage tension (1:4)',
      meaning:
        'Criterion added by hub.brussels: the highest wage is at most 4 times the lowest. When both wages are entered, the ratio (highest / lowest) is computed automatically and decides the rating (≤ 4 is met).',
      examples:
        'Met: in a work-integration enterprise, a lowest wage of €2,100 and a director earning €6,300 gross a month (ratio 3). Not met: €2,100 and €9,450 (ratio 4.5). Unknown: the wages have not been provided yet.',
      evidence:
        'Payroll summary or social balance sheet showing the lowest and highest gross monthly wage, pay scales of the applicable joint committee, salary policy approved by the board.',
    },
  },

  gov_autonomy: {
    fr: {
      title: "Degré élevé d'autonomie",
      meaning:
        "L'organisation est dirigée par ses propres parties prenantes, selon son propre projet ; elle n'est ni gérée ni contrôlée, directement ou indirectement, par un pouvoir public ou une entreprise, même si elle reçoit des subsides.",
      examples:
        "Rempli : une coopérative dont le CA est élu par les coopérateurs, même subsidiée par la Région. Partiel : un partenaire public occupe quelques sièges au CA, sans majorité. Non rempli : une ASBL communale dont le CA est désigné par la commune, ou la filiale d'une entreprise.",
      evidence:
        "Statuts, composition du CA et de l'AG, registre des membres ou des associés, conventions avec des pouvoirs publics ou des entreprises (droits de vote, de désignation ou de veto).",
    },
    nl: {
      title: 'Hoge mate van autonomie',
      meaning:
        'De organisatie wordt bestuurd door haar eigen belanghebbenden, vanuit haar eigen project; ze wordt niet rechtstreeks of onrechtstreeks beheerd of gecontroleerd door een overheid of een bedrijf, ook al ontvangt ze subsidies.',
      examples:
        'Voldaan: een coöperatie waarvan de coöperanten het bestuur verkiezen, ook met gewestelijke subsidies. Gedeeltelijk: een publieke partner heeft enkele bestuurszetels, zonder meerderheid. Niet voldaan: een gemeentelijke vzw met een door de gemeente aangeduid bestuur, of een dochter van een bedrijf.',
      evidence:
        'Statuten, samenstelling van de raad van bestuur en de AV, leden- of aandeelhoudersregister, overeenkomsten met overheden of bedrijven (stem-, benoemings- of vetorechten).',
    },
    en: {
      title: 'A high degree of autonomy',
      meaning:
        'The organisation is run by its own stakeholders, following its own project; it is not managed or controlled, directly or indirectly, by a public body or a company, even if it receives subsidies.',
      examples:
        "Met: a cooperative whose board is elected by its members, even with regional subsidies. Partly: a public partner holds a few board seats, without a majority. Not met: a municipal ASBL whose board is appointed by the municipality, or a company's subsidiary.",
      evidence:
        'Statutes, composition of the board and of the general assembly, register of members or shareholders, agreements with public bodies or companies (voting, appointment or veto rights).',
    },
  },

  gov_not_capital_based: {
    fr: {
      title: 'Pouvoir de décision non fondé sur le capital',
      meaning:
        "Le pouvoir de vote n'est pas proportionnel au capital détenu : la règle est « un membre, une voix », ou du moins les voix sont plafonnées pour qu'aucun gros associé ne domine.",
      examples:
        'Rempli : une coopérative qui applique « un membre, une voix » en AG ou plafonne les voix (p. ex. 10 % par associé). Partiel : une voix par membre, mais un investisseur a un droit de veto sur les décisions clés. Non rempli : des droits de vote proportionnels au capital, sans limite.',
      evidence:
        "Statuts (droits de vote, catégories de parts, plafonds), registre des membres ou des associés, PV de l'AG (présences et votes).",
    },
    nl: {
      title: 'Beslissingsmacht niet gebaseerd op kapitaal',
      meaning:
        'Het stemrecht is niet evenredig met het aangehouden kapitaal: de regel is ‘één lid, één stem’, of de stemmen zijn minstens begrensd zodat geen grote aandeelhouder kan domineren.',
      examples:
        'Voldaan: een coöperatie met ‘één lid, één stem’ op de AV of met begrensde stemmen (bv. 10 % per vennoot). Gedeeltelijk: één stem per lid, maar een investeerder heeft een vetorecht over sleutelbeslissingen. Niet voldaan: stemrecht dat onbeperkt het kapitaal volgt.',
      evidence:
        'Statuten (stemrecht, soorten aandelen, plafonds), leden- of aandeelhoudersregister, notulen van de AV (aanwezigheden en stemmingen).',
    },
    en: {
      title: 'Decision power not based on capital',
      meaning:
        'Voting power is not proportional to the capital held: the rule is one member, one vote, or at least votes are capped so that no large shareholder can dominate.',
      examples:
        'Met: a cooperative applying one member, one vote at its general assembly, or capping votes (e.g. 10% per member). Partly: one vote per member, but an investor holds a veto on key decisions. Not met: voting rights proportional to capital, without limit.',
      evidence:
        'Statutes (voting rights, share classes, caps), register of members or shareholders, minutes of the general assembly (attendance and votes).',
    },
  },

  gov_participatory: {
    fr: {
      title: 'Dynamique participative',
      meaning:
        "Les usagers, les travailleurs et les autres parties prenantes concernées par l'activité participent aux décisions, par leur présence dans les organes de gestion ou par d'autres formes réelles de participation.",
      examples:
        "Rempli : une entreprise d'insertion dont des travailleurs siègent au CA, ou un repair café où bénévoles et usagers codécident en AG. Partiel : une simple consultation (enquêtes, réunions d'équipe) sans pouvoir de décision. Non rempli : la direction décide seule.",
      evidence:
        "Organigramme, composition du CA et de l'AG (par catégorie de parties prenantes), PV de l'AG et du CA, règlement d'ordre intérieur sur la participation.",
    },
    nl: {
      title: 'Participatief karakter',
      meaning:
        'Gebruikers, werknemers en andere belanghebbenden die bij de activiteit betrokken zijn, nemen deel aan de besluitvorming, via een vertegenwoordiging in de bestuursorganen of via andere reële vormen van inspraak.',
      examples:
        'Voldaan: een inschakelingsonderneming waar werknemers in de raad van bestuur zetelen, of een repaircafé waar vrijwilligers en gebruikers mee beslissen op de AV. Gedeeltelijk: enkel consultatie (bevragingen, teamvergaderingen) zonder beslissingsmacht. Niet voldaan: de directie beslist alleen.',
      evidence:
        'Organigram, samenstelling van de raad van bestuur en de AV (per categorie belanghebbenden), notulen van de AV en de raad van bestuur, huishoudelijk reglement over inspraak.',
    },
    en: {
      title: 'Participatory nature',
      meaning:
        'Users, workers and other stakeholders affected by the activity take part in decisions, through a seat in the governing bodies or other real forms of participation.',
      examples:
        'Met: a work-integration enterprise whose workers sit on the board, or a repair café where volunteers and users co-decide at the general assembly. Partly: consultation only (surveys, team meetings) without decision power. Not met: management decides alone.',
      evidence:
        'Organisation chart, composition of the board and general assembly (by stakeholder category), minutes of the general assembly and the board, internal rules on participation.',
    },
  },
};
