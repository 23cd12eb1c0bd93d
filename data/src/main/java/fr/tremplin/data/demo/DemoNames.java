package fr.tremplin.data.demo;

import java.util.Arrays;
import java.util.List;
import java.util.SplittableRandom;

/**
 * First and last names for the demo job seekers, grouped by origin so that a person usually gets a
 * coherent pair; the shares follow the mix of a French département's insertion caseload. About 600 names.
 */
final class DemoNames {

    /** A first name and a last name. */
    record PersonName(String firstName, String lastName) {}

    private record Origin(double share, List<String> women, List<String> men, List<String> lastNames) {}

    private static final List<Origin> ORIGINS = List.of(
            new Origin(0.68,
                    words("""
                            Marie Nathalie Isabelle Sylvie Catherine Sandrine Christine Valérie Céline Stéphanie Sophie
                            Aurélie Émilie Julie Laetitia Virginie Caroline Élodie Audrey Mélanie Anne Patricia Karine
                            Laurence Martine Françoise Nadine Chantal Brigitte Monique Véronique Delphine Séverine
                            Vanessa Jessica Amandine Marion Pauline Camille Manon Laura Sarah Chloé Léa Emma Clara Lucie
                            Océane Morgane Justine Anaïs Charlotte Mathilde Marine Alexandra Coralie Cindy Jennifer
                            Magali Corinne Pascale Annie Jocelyne Mireille Élise Gwenaëlle Maëlle Nolwenn Solène Enora
                            Clémence Margaux Inès Jade Louise Alice Zoé Lola Lina Maëlys Noémie Ophélie Estelle Fabienne
                            Ghislaine Josiane Murielle Sabrina Émeline Aline Hélène Agnès Danielle Odile Annick Gaëlle
                            """),
                    words("""
                            Jean Pierre Michel Philippe Alain Patrick Nicolas Christophe Christian Daniel Frédéric Éric
                            Laurent Stéphane David Olivier Sébastien Julien Thierry Pascal Dominique Bruno Franck Didier
                            Gilles Jérôme Mickaël Cédric Fabrice Vincent Ludovic Anthony Jérémy Kévin Maxime Thomas
                            Alexandre Romain Florian Guillaume Quentin Antoine Benjamin Mathieu Damien Yannick Arnaud
                            Grégory Jonathan Loïc Hervé Gaël Erwan Yann Ronan Tristan Hugo Lucas Théo Enzo Nathan Louis
                            Léo Mathis Clément Baptiste Valentin Dylan Bastien Aurélien Jordan Steven Cyril Joël Régis
                            Marc Serge Bernard Gérard André René Jacques Claude Yves Roland Jean-Luc Jean-Marc Gwenaël
                            Killian Alexis Tony Mickael Sylvain Emmanuel Fabien Rémi Benoît Lionel Jean-François
                            """),
                    words("""
                            Martin Bernard Thomas Petit Robert Richard Durand Dubois Moreau Laurent Simon Michel Lefebvre
                            Leroy Roux David Bertrand Morel Fournier Girard Bonnet Dupont Lambert Fontaine Rousseau Vincent
                            Muller Lefèvre Faure André Mercier Blanc Guérin Boyer Garnier Chevalier François Legrand
                            Gauthier Perrin Robin Clément Morin Nicolas Henry Roussel Mathieu Gautier Masson Marchand
                            Duval Denis Dumont Marie Lemaire Noël Meyer Dufour Meunier Brun Blanchard Giraud Joly Rivière
                            Lucas Brunet Gaillard Barbier Arnaud Martinez Gérard Roche Renard Schmitt Roy Leroux Colin
                            Vidal Caron Picard Roger Fabre Aubert Lemoine Renaud Dumas Lacroix Olivier Philippe Bourgeois
                            Pierre Benoît Rey Leclerc Payet Rolland Leclercq Guillaume Lecomte Lopez Jean Dupuy Guillot
                            Hubert Berger Carpentier Sanchez Dupuis Moulin Louis Deschamps Huet Vasseur Perez Boucher
                            Fleury Royer Klein Jacquet Adam Paris Poirier Marty Aubry Guyot Carré Charles Renault
                            Charpentier Ménard Maillard Baron Bertin Bailly Hervé Schneider Fernandez Le_Gall Collet
                            Léger Bouvier Julien Prévost Millet Perrot Daniel Le_Roux Cousin Germain Breton Besson
                            Langlois Rémy Le_Goff Pelletier Lebrun Tessier Guillet Cadiou Le_Floch Le_Bihan Jaouen
                            Kerhervé Le_Corre Tanguy Hamon Le_Guen Riou Morvan Le_Bras Guillou Le_Moal Le_Berre Pichon
                            Baudry Chauvin Brosseau Praud Bouyer Audrain Freuchet Pineau Gouraud Chiron Renou Poiron
                            Jamin Sorin Bretaudeau Leduc Bodin Gaudin Rialland Ollivier Lemaître Hardy Gicquel Thébaud
                            Barreau Cormerais Guilbaud Landais Leray Pasquier Bouchaud Couëdel Pavageau Bouju Drouet
                            """)),
            new Origin(0.13,
                    words("""
                            Fatima Amina Khadija Nadia Samira Leïla Yasmina Malika Karima Naïma Souad Hafida Rachida
                            Nora Sonia Myriam Meryem Inès Salma Yasmine Sabrina Assia Houria Farida Zohra Dounia Sihem
                            """),
                    words("""
                            Mohamed Ahmed Karim Mehdi Rachid Youssef Samir Nabil Hamid Abdel Mustapha Said Farid Bilal
                            Sofiane Yacine Ilyes Amine Hicham Khalid Nassim Walid Redouane Hakim Brahim Omar Adel Zakaria
                            """),
                    words("""
                            Benali Bouaziz Haddad Mansouri Belkacem Cherif Amrani Benmoussa Bensaïd Boudjema Chaoui
                            Djebbar Ferhat Ghazi Hamdi Kaddour Lahlou Meziane Mokrani Naceri Ouali Rahmani Saadi Slimani
                            Tahiri Ziani Aït-Ali El_Amrani El_Idrissi Bouzid Brahimi Khelifi Benamar Hadjadj Guerfi
                            """)),
            new Origin(0.08,
                    words("""
                            Aminata Fatoumata Mariama Aïssatou Kadiatou Awa Bintou Djeneba Oumou Hawa Mariam Ramatoulaye
                            Ndeye Coumba Rokia Safiatou Grâce Esther Prisca Divine Merveille Ornella
                            """),
                    words("""
                            Mamadou Moussa Ibrahima Abdoulaye Ousmane Boubacar Amadou Seydou Souleymane Cheikh Modou
                            Lamine Bakary Issa Sékou Alassane Youssouf Dieudonné Christian Junior Patrick Serge
                            """),
                    words("""
                            Diallo Traoré Koné Camara Diarra Coulibaly Sylla Cissé Touré Keïta Sow Bah Ba Diop Ndiaye
                            Fall Sané Konaté Sangaré Fofana Kanté Dembélé Mbaye Sissoko Mukendi Kabongo Mbala Nkounkou
                            """)),
            new Origin(0.05,
                    words("Ana Maria Sofia Inês Beatriz Carla Lúcia Rosa Carmen Lucía Elena Teresa Paula Joana"),
                    words("João José António Manuel Carlos Luís Miguel Paulo Rui Pedro Javier Diego Antonio Sergio"),
                    words("""
                            Da_Silva Dos_Santos Ferreira Pereira Rodrigues Gonçalves Fernandes Oliveira Costa Martins
                            Sousa Lopes Teixeira Moreira Carvalho Garcia Gonzalez Rodriguez Hernandez Moreno
                            """)),
            new Origin(0.03,
                    words("Ayşe Fatma Elif Zeynep Emine Hatice Merve Büşra Esra Derya"),
                    words("Mehmet Mustafa Ahmet Ali Hüseyin Hasan İbrahim Murat Emre Kemal"),
                    words("Yilmaz Kaya Demir Şahin Çelik Yildiz Aydin Öztürk Arslan Doğan Kılıç Aslan")),
            new Origin(0.02,
                    words("Olga Natalia Irina Svetlana Anna Oksana Ioana Elena Daria Katarzyna Alina Mariya"),
                    words("Ivan Sergueï Andreï Vasile Ion Mihai Piotr Tomasz Oleksandr Dmytro Bogdan Artur"),
                    words("Popescu Ionescu Petrov Ivanova Kowalski Nowak Kovalenko Shevchenko Marin Popa Lupu Wiśniewski")),
            new Origin(0.01,
                    words("Linh Thi Mai Lan Huong Sokha Ratana Mei Lin"),
                    words("Minh Tuan Duc Hung Vinh Sophal Bopha Wei Jun"),
                    words("Nguyen Tran Le Pham Hoang Phan Vu Dang Chea Chan Sok Lim")));

    private static final Weighted<Origin> BY_SHARE = Weighted.of(ORIGINS, Origin::share);

    private DemoNames() {
    }

    /** A person's name: nine times in ten first and last name share an origin. */
    static PersonName draw(SplittableRandom random, boolean woman) {
        Origin origin = BY_SHARE.pick(random);
        Origin firstNameOrigin = DemoRandom.chance(random, 0.9) ? origin : BY_SHARE.pick(random);
        String firstName = DemoRandom.oneOf(random, woman ? firstNameOrigin.women() : firstNameOrigin.men());
        return new PersonName(firstName, DemoRandom.oneOf(random, origin.lastNames()));
    }

    /** Any French last name (company names such as "Transports Guérin"). */
    static String frenchLastName(SplittableRandom random) {
        return DemoRandom.oneOf(random, ORIGINS.getFirst().lastNames());
    }

    /** Every distinct name, for tests and counts. */
    static int size() {
        return ORIGINS.stream().mapToInt(o -> o.women().size() + o.men().size() + o.lastNames().size()).sum();
    }

    /** Whitespace-separated words; an underscore stands for a space inside a name ("Le_Gall"). */
    private static List<String> words(String text) {
        return Arrays.stream(text.strip().split("\\s+")).map(w -> w.replace('_', ' ')).toList();
    }
}
