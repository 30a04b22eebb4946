package dev.tensortrail.account;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/** A person's own data: everything held about them as a download, and deleting their account. */
@Service
public class PersonalDataService {

    private final UserAccountRepository accounts;
    private final CurrentUser currentUser;
    private final List<PersonalData> modules;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final SignInThrottle throttle;
    private final Clock clock;
    private final JsonMapper json =
            JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

    PersonalDataService(
            UserAccountRepository accounts,
            CurrentUser currentUser,
            List<PersonalData> modules,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            SignInThrottle throttle,
            Clock clock) {
        this.accounts = accounts;
        this.currentUser = currentUser;
        this.modules = modules;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
        this.throttle = throttle;
        this.clock = clock;
    }

    /** A ZIP of JSON files, one per kind of data, with a short readable index (README.txt). */
    @Transactional(readOnly = true)
    @PreAuthorize("isAuthenticated()")
    public byte[] exportMine() {
        long me = currentUser.requireId();
        var account = accounts.findById(me).orElseThrow(() -> new IllegalStateException("No account " + me));
        Map<String, Object> profile = new LinkedHashMap<>();
        profile.put("id", account.id());
        profile.put("email", account.email());
        profile.put("display_name", account.displayName());
        profile.put("role", account.role().name());
        profile.put("created_at", account.createdAt().toString());

        var index = new StringBuilder()
                .append("TensorTrail: everything held about ")
                .append(account.email())
                .append('\n')
                .append("Exported ")
                .append(clock.instant())
                .append(". Each file is JSON.\n\n")
                .append("account.json\n    Your account: email, display name, role, when it was created.")
                .append(" The password is kept only as an Argon2 hash and is not exported.\n");
        var out = new ByteArrayOutputStream();
        try (var zip = new ZipOutputStream(out, StandardCharsets.UTF_8)) {
            put(zip, "account.json", json.writeValueAsBytes(profile));
            var sections = modules.stream()
                    .flatMap(m -> m.about(me).stream())
                    .sorted(Comparator.comparing(PersonalData.Section::table))
                    .toList();
            for (var section : sections) {
                List<Map<String, Object>> rows = new ArrayList<>();
                for (var row : section.rows()) {
                    Map<String, Object> copy = new LinkedHashMap<>();
                    row.forEach((column, value) -> copy.put(column, plain(value)));
                    rows.add(copy);
                }
                String file = section.table() + ".json";
                put(zip, file, json.writeValueAsBytes(rows));
                index.append(String.format(
                        "%s%n    %s (%d %s)%n",
                        file, section.description(), rows.size(), rows.size() == 1 ? "entry" : "entries"));
            }
            put(zip, "README.txt", index.toString().getBytes(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /**
     * Deletes the signed-in person's account and every row about them (the database cascades from
     * the account), ends all their sessions (the next request of each finds no account), and
     * publishes {@link AccountDeleted}.
     *
     * @throws RegistrationException at {@code PASSWORD} when the password is wrong
     */
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void deleteMine(String password) {
        long me = currentUser.requireId();
        var account = accounts.findById(me).orElseThrow(() -> new IllegalStateException("No account " + me));
        if (!passwordEncoder.matches(password, account.passwordHash())) {
            throw new RegistrationException(RegistrationException.Field.PASSWORD, "password.error.current-wrong");
        }
        if (account.role() == Role.ADMIN) {
            throw new IllegalStateException("An admin account is removed by another admin, not by itself");
        }
        throttle.forget(account.email());
        accounts.delete(account);
        accounts.flush();
        events.publishEvent(new AccountDeleted(me));
    }

    /** JSON-friendly values: times as ISO-8601 text, anything unusual (PostgreSQL types) as its text. */
    private static Object plain(Object value) {
        if (value instanceof java.sql.Timestamp t) {
            return t.toInstant().toString();
        }
        if (value == null || value instanceof String || value instanceof Number || value instanceof Boolean) {
            return value;
        }
        return value.toString();
    }

    private static void put(ZipOutputStream zip, String name, byte[] bytes) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        zip.write(bytes);
        zip.closeEntry();
    }
}
