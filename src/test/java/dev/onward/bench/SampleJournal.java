package dev.onward.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.Random;

/**
 * Writes a large V1 journal straight through JDBC, as years of heavy use would leave it: per
 * application a note and three stages with people met, preparation and notes (ten texts), most
 * with an outcome message. Texts are made of words from several languages, with some emoji; a
 * fixed seed makes every run write the same journal.
 */
final class SampleJournal {
    private static final String[] EN = ("the a and to of in I my for was with on we they it that this about "
            + "is be at as but not so very well how what team interview they asked me about their "
            + "recruiter salary manager final round onsite take-home feedback offer rejection qualified "
            + "candidate experience project deadline remote hybrid office question answer design system "
            + "database performance kubernetes java python react testing culture values mission growth "
            + "learning mentor benefits equity negotiation relocation visa went badly told explained "
            + "prepared practised research company product customer launch strategy roadmap weekend "
            + "monday friday morning afternoon follow-up thank-you email call video coffee lunch").split(" ");
    private static final String[] FR = ("le la les un une et de du pour avec sur était très bien mal je nous "
            + "ils entretien recruteur salaire équipe responsable dernier tour offre refus candidat "
            + "expérience projet télétravail bureau question réponse conception données culture valeurs "
            + "croissance avantages négociation déménagement préparé café déjeuner réunion retour rapide "
            + "lent Lyon Paris").split(" ");
    private static final String[] DE = ("der die das und mit für über war sehr gut ich wir sie ein eine "
            + "nicht schlecht Vorstellungsgespräch Personalvermittler Gehalt Mannschaft Leiter letzte "
            + "Runde Angebot Absage Bewerber Erfahrung Projekt Büro Frage Antwort Kultur Werte Wachstum "
            + "Verhandlung Umzug vorbereitet München Zürich Köln Düsseldorf Straße Rückmeldung "
            + "Überstunden Führungskraft").split(" ");
    private static final String[] ES = ("el la los las y de para con sobre fue muy bien mal yo nosotros "
            + "entrevista reclutador salario equipo gerente ronda final oferta rechazo candidato "
            + "experiencia proyecto oficina pregunta respuesta cultura crecimiento negociación preparé "
            + "mañana tarde").split(" ");
    private static final String[] CJK = ("東京 本社 面接 採用 担当者 給与 最終 選考 経験 開発 設計 質問 回答 "
            + "文化 成長 交渉 大阪 京都 北京 上海 深圳 面试 招聘 工资 团队 经理 项目 反馈 技术 "
            + "서울 면접 채용 연봉 팀 경험 질문 답변 회사").split(" ");
    private static final String[] EMOJI = {"🚀", "🙂", "😞", "👍", "🎉", "💼", "☕", "👩‍💻", "🤝", "📞"};
    private static final String[] COMPANY_START = ("Acme Orchard Café Lumière Müller Zürich Nordlicht Blue Green "
            + "Silver Northwind Contoso Fabrikam Initech Globex Umbrella Stark Wayne Hooli Pied Vandelay "
            + "東京 大阪 Sakura Hanul Łódź Ørsted Àlbum Señor Crème").split(" ");
    private static final String[] COMPANY_END = ("Rockets Labs Systems Bank Health Foods Studio Works Analytics "
            + "Logistics Software Energy Media Capital Robotics Games Insurance Retail Partners").split(" ");
    private static final String[] ROLES = ("Junior Developer|Software Engineer|Data Analyst|Product Designer|"
            + "Backend Engineer|Frontend Developer|QA Engineer|Project Manager|Développeur Java|"
            + "Ingénieure données|Softwareentwickler|Analista de datos|ソフトウェアエンジニア|数据分析师").split("\\|");
    private static final String[] CITIES = "Lyon|Paris|München|Berlin|Zürich|Madrid|London|東京|北京|Remote".split("\\|");

    private final Random random = new Random(20261124L);
    private int texts;
    private int messages;
    private long characters;

    /** Creates the V1 schema in {@code c}, as the V1 migration does, at user_version 1. */
    static void createVersionOne(Connection c) throws SQLException, IOException {
        try (InputStream in = SampleJournal.class.getResourceAsStream("/dev/onward/db/migration/V1__init.sql");
                Statement s = c.createStatement()) {
            s.executeUpdate(new String(in.readAllBytes(), StandardCharsets.UTF_8));
            s.executeUpdate("PRAGMA user_version = 1");
        }
    }

    /** Writes {@code applications} applications, with their stages and outcomes, in one transaction. */
    void write(Connection c, int applications) throws SQLException {
        c.setAutoCommit(false);
        try (PreparedStatement app = c.prepareStatement("INSERT INTO application (id, company, role, location, source,"
                + " applied, notes, created, updated) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)");
                PreparedStatement stage = c.prepareStatement("INSERT INTO stage (application_id, kind_id, day,"
                        + " people_met, preparation, notes) VALUES (?, ?, ?, ?, ?, ?)");
                PreparedStatement outcome = c.prepareStatement("INSERT INTO outcome (application_id, kind, day,"
                        + " message) VALUES (?, ?, ?, ?)")) {
            LocalDate first = LocalDate.of(2016, 1, 4);
            for (int id = 1; id <= applications; id++) {
                LocalDate applied = first.plusDays(id * 3650L / applications);
                app.setInt(1, id);
                app.setString(2, pick(COMPANY_START) + " " + pick(COMPANY_END));
                app.setString(3, pick(ROLES));
                app.setString(4, pick(CITIES));
                app.setString(5, random.nextBoolean() ? "LinkedIn" : "Referral");
                app.setString(6, applied.toString());
                app.setString(7, text(50, 800));
                app.setString(8, applied + "T09:00:00Z");
                app.setString(9, applied + "T09:00:00Z");
                app.addBatch();
                for (int n = 0; n < 3; n++) {
                    stage.setInt(1, id);
                    stage.setInt(2, 2 + n * 2 + random.nextInt(2));
                    stage.setString(3, applied.plusDays(7L * (n + 1)).toString());
                    stage.setString(4, text(10, 60));
                    stage.setString(5, text(30, 400));
                    stage.setString(6, text(50, 600));
                    stage.addBatch();
                }
                if (random.nextInt(10) < 6) {
                    outcome.setInt(1, id);
                    outcome.setString(2, random.nextInt(4) == 0 ? "ghosted" : "rejected");
                    outcome.setString(3, applied.plusDays(30).toString());
                    outcome.setString(4, text(100, 600));
                    messages++;
                    outcome.addBatch();
                }
                if (id % 500 == 0) {
                    app.executeBatch();
                    stage.executeBatch();
                    outcome.executeBatch();
                }
            }
            app.executeBatch();
            stage.executeBatch();
            outcome.executeBatch();
        }
        c.commit();
        c.setAutoCommit(true);
    }

    /** How many outcome messages were written (they are counted in {@link #texts()} too). */
    int messages() {
        return messages;
    }

    /** How many texts were written (notes, people, preparation, stage notes, messages). */
    int texts() {
        return texts;
    }

    /** How many characters those texts hold. */
    long characters() {
        return characters;
    }

    /** A text of about {@code min} to {@code max} characters in one language, sometimes with emoji. */
    private String text(int min, int max) {
        int length = min + random.nextInt(max - min + 1);
        int language = random.nextInt(100);
        String[] words = language < 60 ? EN : language < 72 ? FR : language < 82 ? DE : language < 88 ? ES : CJK;
        String space = words == CJK ? "" : " ";
        StringBuilder text = new StringBuilder();
        while (text.length() < length) {
            text.append(text.length() == 0 ? "" : space).append(skewed(words));
            if (random.nextInt(12) == 0) {
                text.append(words == CJK ? "。" : ".");
            }
            if (random.nextInt(60) == 0) {
                text.append(' ').append(pick(EMOJI));
            }
        }
        texts++;
        characters += text.length();
        return text.toString();
    }

    /** A word, the first ones (small words, then the job hunt's) far more often, as in real text. */
    private String skewed(String[] words) {
        double r = random.nextDouble();
        return words[(int) (words.length * r * r * r)];
    }

    private String pick(String[] values) {
        return values[random.nextInt(values.length)];
    }
}
