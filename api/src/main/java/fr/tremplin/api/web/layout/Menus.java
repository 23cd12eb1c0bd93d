package fr.tremplin.api.web.layout;

import fr.tremplin.api.web.WebPaths;
import fr.tremplin.data.user.Role;

import java.util.ArrayList;
import java.util.List;

/** The main navigation of each role: only the sections the role may open. */
public final class Menus {
    private Menus() {
    }

    public static List<MenuEntry> of(Role role, String path) {
        List<String[]> links = new ArrayList<>();
        switch (role) {
            case ADVISER -> {
                links.add(new String[]{"Personnes accompagnées", WebPaths.SEEKERS});
                links.add(new String[]{"Offres", WebPaths.VACANCIES});
                links.add(new String[]{"Sélections", WebPaths.SHORTLISTS});
                links.add(new String[]{"Alertes", WebPaths.ALERTS});
            }
            case UNIT_MANAGER -> {
                links.add(new String[]{"Pilotage", WebPaths.MANAGER_HOME});
                links.add(new String[]{"Rapports", WebPaths.REPORTS});
                links.add(new String[]{"Clauses d'insertion", WebPaths.CLAUSES});
                links.add(new String[]{"Import et export", WebPaths.IMPORT});
                links.add(new String[]{"Personnes accompagnées", WebPaths.SEEKERS});
                links.add(new String[]{"Offres", WebPaths.VACANCIES});
                links.add(new String[]{"Alertes", WebPaths.ALERTS});
            }
            case ADMIN -> {
                links.add(new String[]{"Administration", WebPaths.ADMIN_HOME});
                links.add(new String[]{"Comptes", WebPaths.ACCOUNTS});
                links.add(new String[]{"Courriels", WebPaths.MAILS});
                links.add(new String[]{"Index de recherche", WebPaths.ADMIN_INDEX});
                links.add(new String[]{"Pilotage", WebPaths.MANAGER_HOME});
                links.add(new String[]{"Rapports", WebPaths.REPORTS});
                links.add(new String[]{"Import et export", WebPaths.IMPORT});
                links.add(new String[]{"Personnes accompagnées", WebPaths.SEEKERS});
                links.add(new String[]{"Offres", WebPaths.VACANCIES});
            }
            case EMPLOYER -> {
                links.add(new String[]{"Mes offres", WebPaths.MY_VACANCIES});
                links.add(new String[]{"Sélections reçues", WebPaths.MY_SHORTLISTS});
                links.add(new String[]{"Publier une offre", WebPaths.VACANCIES + "/nouvelle"});
                links.add(new String[]{"Mon compte", WebPaths.MY_ACCOUNT});
            }
        }
        return links.stream().map(l -> new MenuEntry(l[0], l[1], isCurrent(path, l[1]))).toList();
    }

    private static boolean isCurrent(String path, String href) {
        if (href.equals(WebPaths.MANAGER_HOME) || href.equals(WebPaths.ADMIN_HOME)) {
            return path.equals(href);
        }
        return path.equals(href) || (path.startsWith(href + "/") && !path.equals(WebPaths.VACANCIES + "/nouvelle"))
                || (href.equals(WebPaths.VACANCIES + "/nouvelle") && path.equals(href));
    }
}
