package dev.tensortrail.base.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasEnabled;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.shared.Registration;
import dev.tensortrail.base.database.DatabaseUnavailable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.springframework.core.task.TaskExecutor;
import org.springframework.security.concurrent.DelegatingSecurityContextRunnable;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Saves that must not be lost when the database is away for a while. A save runs at once; when
 * the database cannot be reached it is kept (the latest per label), a banner says what is not
 * saved yet, and it is retried in the background every few seconds (the page polls meanwhile)
 * until it goes through. While saves wait, new ones queue behind them without waiting for the
 * database, so clicks stay quick.
 */
public class PendingSaves extends Div {

    static final int RETRY_MILLIS = 3_000;

    final Paragraph message = new Paragraph();

    private final TaskExecutor executor;
    private final Consumer<RuntimeException> onFailure;
    private final Map<String, Runnable> pending = new LinkedHashMap<>();
    private boolean retrying;
    private @Nullable Registration polling;

    /**
     * @param executor runs the retries off the request thread
     * @param onFailure told (in the UI) about a failure that is not an outage, e.g. a refused save
     */
    public PendingSaves(TaskExecutor executor, Consumer<RuntimeException> onFailure) {
        this.executor = executor;
        this.onFailure = onFailure;
        addClassName("tt-pending-saves");
        getElement().setAttribute("role", "status");
        getElement().setAttribute("aria-live", "polite");
        add(message);
        setVisible(false);
    }

    /** Saves now, or keeps the save for later if the database is away (a later save of the label replaces it). */
    public void save(String label, Runnable save) {
        Runnable secured = new DelegatingSecurityContextRunnable(save, SecurityContextHolder.getContext());
        if (!pending.isEmpty() || retrying) {
            pending.remove(label);
            pending.put(label, secured);
            showWaiting();
            return;
        }
        try {
            secured.run();
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causedThe(e)) {
                throw e;
            }
            pending.put(label, secured);
            showWaiting();
        }
    }

    /**
     * Runs a user action (start, submit) now. When the database is away, says so, enables the
     * button again and returns empty; other failures propagate.
     */
    public <T> java.util.Optional<T> now(Supplier<T> action, HasEnabled button) {
        try {
            return java.util.Optional.of(action.get());
        } catch (RuntimeException e) {
            if (!DatabaseUnavailable.causedThe(e)) {
                throw e;
            }
            button.setEnabled(true);
            var notification =
                    new Notification(getTranslation("saves.action-failed"), 8000, Notification.Position.MIDDLE);
            notification.addThemeVariants(NotificationVariant.LUMO_WARNING);
            notification.open();
            return java.util.Optional.empty();
        }
    }

    /** Forgets what is waiting (the whole state was stored another way, e.g. by a submission). */
    public void clear() {
        pending.clear();
        stopPolling();
        setVisible(false);
    }

    /** What the banner says. */
    public String message() {
        return message.getText();
    }

    /** Labels of the saves not stored yet, in order. */
    public List<String> waiting() {
        return List.copyOf(pending.keySet());
    }

    private void showWaiting() {
        message.setText(getTranslation("saves.waiting", String.join(", ", pending.keySet())));
        setVisible(true);
        getUI().ifPresent(ui -> {
            ui.setPollInterval(RETRY_MILLIS);
            if (polling == null) {
                polling = ui.addPollListener(e -> retry());
            }
        });
    }

    /** One retry round, off the request thread; the page shows its outcome at the next poll. */
    void retry() {
        if (retrying || pending.isEmpty()) {
            return;
        }
        UI ui = getUI().orElse(null);
        if (ui == null) {
            return;
        }
        retrying = true;
        var batch = new ArrayList<>(pending.entrySet());
        executor.execute(() -> {
            List<Map.Entry<String, Runnable>> done = new ArrayList<>();
            List<RuntimeException> refused = new ArrayList<>();
            for (var entry : batch) {
                try {
                    entry.getValue().run();
                    done.add(entry);
                } catch (RuntimeException e) {
                    if (DatabaseUnavailable.causedThe(e)) {
                        break;
                    }
                    done.add(entry);
                    refused.add(e);
                }
            }
            ui.access(() -> retried(done, refused));
        });
    }

    private void retried(List<Map.Entry<String, Runnable>> done, List<RuntimeException> refused) {
        retrying = false;
        // a save made meanwhile for the same label replaced the entry: that one still waits
        done.forEach(entry -> pending.remove(entry.getKey(), entry.getValue()));
        refused.forEach(onFailure);
        if (!pending.isEmpty()) {
            showWaiting();
            return;
        }
        stopPolling();
        setVisible(false);
        if (!done.isEmpty()) {
            var notification =
                    new Notification(getTranslation("saves.recovered"), 5000, Notification.Position.BOTTOM_START);
            notification.addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            notification.open();
        }
    }

    private void stopPolling() {
        if (polling != null) {
            polling.remove();
            polling = null;
            getUI().ifPresent(ui -> ui.setPollInterval(-1));
        }
    }

    @Override
    protected void onAttach(AttachEvent event) {
        if (!pending.isEmpty()) {
            showWaiting();
        }
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (polling != null) {
            polling.remove();
            polling = null;
            event.getUI().setPollInterval(-1);
        }
    }
}
