package dev.tensortrail;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Inline;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;
import java.time.Clock;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;

/** TensorTrail: a learning path on how TensorFlow and PyTorch differ today. */
@SpringBootApplication
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/tensortrail.css")
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.addMetaTag("viewport", "width=device-width, initial-scale=1");
        // Apply the remembered colour scheme before the first paint, so a dark-mode user sees no flash.
        settings.addInlineWithContents(
                Inline.Position.PREPEND,
                "try{if(localStorage.getItem('tensortrail-theme')==='dark'){"
                        + "document.documentElement.setAttribute('theme','dark')}}catch(e){}",
                Inline.Wrapping.JAVASCRIPT);
        settings.setPageTitle("TensorTrail");
    }
}
