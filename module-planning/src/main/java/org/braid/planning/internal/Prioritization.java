package org.braid.planning.internal;

import java.math.BigDecimal;
import java.sql.ResultSet;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import org.braid.core.model.Checks;
import org.braid.core.model.ConflictException;
import org.braid.core.model.NotFoundException;
import org.braid.core.model.RuleViolationException;
import org.braid.core.model.StaleVersionException;
import org.braid.core.spi.SeedData;
import org.braid.planning.internal.Candidate.Answer;
import org.braid.planning.api.ElementKind;
import org.braid.platform.store.Database;
import org.braid.platform.store.Sql;
import org.braid.platform.store.Table;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.braid.platform.json.BraidJson;

/** Candidate strategies weighed with seed 000's prioritization questions, and initiatives marked to retire. */
@Component(service = Prioritization.class)
public class Prioritization {
    static final JsonNode QUESTIONS = SeedData.read(Prioritization.class, "/seed/prioritization-questions.json");
    private static final Set<String> ANSWERS = Set.of("yes", "partly", "no");
    private static final TypeReference<Map<String, Answer>> ANSWER_MAP = new TypeReference<>() {};

    /** The body of a candidate. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties({"id", "planId", "score"})
    public record CandidateInput(String title, String description, Map<String, Answer> answers, Integer rank, String strategyId, Long version) {
        Checks check() {
            Checks c = new Checks().text("title", title, 500).maxLength("description", description, 4000);
            if (rank != null && rank < 1) c.add("rank", "must be 1 or more");
            if (answers != null) {
                List<String> ids = new ArrayList<>();
                QUESTIONS.path("questions").forEach(q -> ids.add(q.path("id").asText()));
                answers.forEach((k, v) -> {
                    if (!ids.contains(k)) c.add("answers." + k, "is not a prioritization question; one of " + ids);
                    else if (v == null || v.answer() == null || !ANSWERS.contains(v.answer())) c.add("answers." + k + ".answer", "must be yes, partly or no");
                    else c.maxLength("answers." + k + ".note", v.note(), 2000);
                });
            }
            return c;
        }
    }

    /** The body of an initiative to retire. */
    @com.fasterxml.jackson.annotation.JsonIgnoreProperties({"id", "planId"})
    public record RetirementInput(String initiative, BigDecimal freedAmount, String fundingSource, String reason, Long version) {
        Checks check() {
            Checks c = new Checks().text("initiative", initiative, 500).maxLength("fundingSource", fundingSource, 200).maxLength("reason", reason, 2000);
            if (freedAmount != null && (freedAmount.signum() < 0 || freedAmount.scale() > 2 || freedAmount.precision() - freedAmount.scale() > 12)) {
                c.add("freedAmount", "must be 0 or more with at most 12 digits and 2 decimals");
            }
            return c;
        }
    }

    static final Table CANDIDATE = new Table("planning_candidate", "id", "plan_id", "title", "description", "answers", "candidate_rank",
            "strategy_id", "version");
    static final Table RETIREMENT = new Table("planning_retirement", "id", "plan_id", "initiative", "freed_amount", "funding_source", "reason",
            "version");

    private final Database db;
    private final Sql sql;
    private final PlanElements tree;

    @Activate
    public Prioritization(@Reference Database db, @Reference PlanElements tree) {
        this.db = db;
        this.sql = new Sql(db);
        this.tree = tree;
    }

    // ---- candidates ------------------------------------------------------------------------------

    /** @param id kept on import, {@code null} for a new one */
    public Candidate addCandidate(String planId, String id, CandidateInput in) {
        in.check().throwIfAny();
        return db.transaction(c -> {
            tree.draft(planId);
            strategyIn(planId, in.strategyId());
            String newId = id == null ? UUID.randomUUID().toString() : id;
            sql.insert(CANDIDATE, () -> new ConflictException("id", "a candidate with this id already exists"), newId, planId, in.title().strip(),
                    in.description(), answers(in.answers()), Sql.orNull(in.rank(), Types.INTEGER), blank(in.strategyId()), 1L);
            return candidate(newId);
        });
    }

    public Candidate updateCandidate(String id, CandidateInput in, long expected) {
        in.check().throwIfAny();
        return db.transaction(c -> {
            Candidate old = candidate(id);
            tree.draft(old.planId());
            strategyIn(old.planId(), in.strategyId());
            int n = sql.update("UPDATE planning_candidate SET title = ?, description = ?, answers = ?, candidate_rank = ?, strategy_id = ?, "
                    + "version = version + 1 WHERE id = ? AND version = ?", in.title().strip(), in.description(), answers(in.answers()),
                    Sql.orNull(in.rank(), Types.INTEGER), blank(in.strategyId()), id, expected);
            if (n != 1) throw new StaleVersionException("candidate", id, expected, old.version());
            return candidate(id);
        });
    }

    /** @return the plan's candidates, ranked ones first by rank, then by score */
    public List<Candidate> candidates(String planId) {
        List<Candidate> out = sql.list(CANDIDATE.select("WHERE plan_id = ? ORDER BY id"), Prioritization::candidate, planId);
        return out.stream().sorted(java.util.Comparator.comparing((Candidate x) -> x.rank() == null ? Integer.MAX_VALUE : x.rank())
                .thenComparing(x -> -x.score()).thenComparing(Candidate::title)).toList();
    }

    public Candidate candidate(String id) {
        return sql.first(CANDIDATE.select("WHERE id = ?"), Prioritization::candidate, id).orElseThrow(() -> new NotFoundException("candidate", id));
    }

    // ---- retiring initiatives --------------------------------------------------------------------

    public Retirement addRetirement(String planId, String id, RetirementInput in) {
        in.check().throwIfAny();
        return db.transaction(c -> {
            tree.draft(planId);
            String newId = id == null ? UUID.randomUUID().toString() : id;
            sql.insert(RETIREMENT, () -> new ConflictException("id", "a retirement with this id already exists"), newId, planId,
                    in.initiative().strip(), amount(in.freedAmount()), blank(in.fundingSource()), blank(in.reason()), 1L);
            return retirement(newId);
        });
    }

    public Retirement updateRetirement(String id, RetirementInput in, long expected) {
        in.check().throwIfAny();
        return db.transaction(c -> {
            Retirement old = retirement(id);
            tree.draft(old.planId());
            int n = sql.update("UPDATE planning_retirement SET initiative = ?, freed_amount = ?, funding_source = ?, reason = ?, "
                    + "version = version + 1 WHERE id = ? AND version = ?", in.initiative().strip(), amount(in.freedAmount()),
                    blank(in.fundingSource()), blank(in.reason()), id, expected);
            if (n != 1) throw new StaleVersionException("retirement", id, expected, old.version());
            return retirement(id);
        });
    }

    public List<Retirement> retirements(String planId) {
        return sql.list(RETIREMENT.select("WHERE plan_id = ? ORDER BY initiative, id"), Prioritization::retirement, planId);
    }

    public Retirement retirement(String id) {
        return sql.first(RETIREMENT.select("WHERE id = ?"), Prioritization::retirement, id).orElseThrow(() -> new NotFoundException("retirement", id));
    }

    /** Deletes a candidate ({@code planning_candidate}) or a retirement ({@code planning_retirement}) of a draft plan. */
    void delete(boolean candidate, String id, Long expected) {
        db.transaction(c -> {
            String planId;
            long version;
            if (candidate) {
                Candidate x = candidate(id);
                planId = x.planId();
                version = x.version();
            } else {
                Retirement x = retirement(id);
                planId = x.planId();
                version = x.version();
            }
            tree.draft(planId);
            if (expected != null && expected != version) throw new StaleVersionException(candidate ? "candidate" : "retirement", id, expected, version);
            sql.update("DELETE FROM " + (candidate ? CANDIDATE : RETIREMENT).name() + " WHERE id = ?", id);
            return null;
        });
    }

    /** @return the plan's budgets by source and strategy, and the funds freed by retiring initiatives */
    public Funding funding(String planId) {
        return Funding.of(tree.tree(planId), retirements(planId));
    }

    private void strategyIn(String planId, String strategyId) {
        if (strategyId == null || strategyId.isBlank()) return;
        try {
            if (!tree.locate(ElementKind.STRATEGY, strategyId).plan().id().equals(planId)) throw new RuleViolationException("strategyId", "is in another plan");
        } catch (NotFoundException e) {
            throw new RuleViolationException("strategyId", "no such strategy");
        }
    }

    static int score(Map<String, Answer> answers) {
        int s = 0;
        for (Answer a : answers.values()) s += "yes".equals(a.answer()) ? 2 : "partly".equals(a.answer()) ? 1 : 0;
        return s;
    }

    private static Candidate candidate(ResultSet rs) throws java.sql.SQLException {
        Map<String, Answer> answers = BraidJson.readStored(rs.getString(5), ANSWER_MAP);
        return new Candidate(rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), answers, Sql.integer(rs, 6), rs.getString(7), score(answers),
                rs.getLong(8));
    }

    private static Retirement retirement(ResultSet rs) throws java.sql.SQLException {
        return new Retirement(rs.getString(1), rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getString(5), rs.getString(6), rs.getLong(7));
    }

    private static String answers(Map<String, Answer> answers) {
        return BraidJson.write(answers == null ? Map.of() : new TreeMap<>(answers));
    }

    private static Object amount(BigDecimal a) {
        return Sql.orNull(a, Types.DECIMAL);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
