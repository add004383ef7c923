/** The words of the console's accessibility features (move-to menus, statement link, chart tables…), merged into the three catalogues. */
const fr = {
  traject: {
    a11y: {
      move_to: 'Déplacer vers…',
      move_card: 'Déplacer vers… (%{name})',
      move_to_stage: 'Déplacer vers %{stage}',
      statement: 'Accessibilité',
      show_table: 'Voir les données en tableau',
      hide_table: 'Masquer le tableau',
      chart_summary: '%{title} : graphique, ses données sont dans le tableau qui suit.',
      search_hint: 'Flèches haut et bas pour parcourir les résultats, Entrée pour ouvrir. Raccourci : /',
      search_results: '%{smart_count} résultat |||| %{smart_count} résultats',
    },
  },
};

const nl: typeof fr = {
  traject: {
    a11y: {
      move_to: 'Verplaatsen naar…',
      move_card: 'Verplaatsen naar… (%{name})',
      move_to_stage: 'Verplaatsen naar %{stage}',
      statement: 'Toegankelijkheid',
      show_table: 'Gegevens als tabel tonen',
      hide_table: 'Tabel verbergen',
      chart_summary: '%{title}: grafiek, de gegevens staan in de tabel hieronder.',
      search_hint: 'Pijltjes omhoog en omlaag om door de resultaten te gaan, Enter om te openen. Sneltoets: /',
      search_results: '%{smart_count} resultaat |||| %{smart_count} resultaten',
    },
  },
};

const en: typeof fr = {
  traject: {
    a11y: {
      move_to: 'Move to…',
      move_card: 'Move to… (%{name})',
      move_to_stage: 'Move to %{stage}',
      statement: 'Accessibility',
      show_table: 'Show the data as a table',
      hide_table: 'Hide the table',
      chart_summary: '%{title}: chart, its data is in the table that follows.',
      search_hint: 'Up and down arrows to go through the results, Enter to open. Shortcut: /',
      search_results: '%{smart_count} result |||| %{smart_count} results',
    },
  },
};

export const accessibilityMessages = { fr, nl, en };
