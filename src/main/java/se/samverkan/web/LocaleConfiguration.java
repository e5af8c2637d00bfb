package se.samverkan.web;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Duration;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

/**
 * Swedish unless the user picked English with the language switch ({@code ?lang=en}); the choice is kept
 * in a cookie. The browser's Accept-Language is deliberately ignored: the service is Swedish first.
 */
@Configuration(proxyBeanMethods = false)
class LocaleConfiguration implements WebMvcConfigurer {

    static final Locale SWEDISH = Locale.forLanguageTag("sv");
    static final Locale ENGLISH = Locale.forLanguageTag("en");

    @Bean
    LocaleResolver localeResolver() {
        CookieLocaleResolver resolver = new SwedishOrEnglish("samverkan-lang");
        resolver.setDefaultLocale(SWEDISH);
        resolver.setDefaultLocaleFunction(request -> SWEDISH);
        resolver.setCookieMaxAge(Duration.ofDays(365));
        // A cookie that is not a language (tampered with, or from an older version) means Swedish, not an error.
        resolver.setRejectInvalidCookies(false);
        return resolver;
    }

    @Override
    public void addInterceptors(InterceptorRegistry registry) {
        LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
        interceptor.setParamName("lang");
        interceptor.setIgnoreInvalidLocale(true);
        registry.addInterceptor(interceptor);
    }

    /** Only the two languages the service speaks: a cookie naming any other (or none that parses) means Swedish. */
    static final class SwedishOrEnglish extends CookieLocaleResolver {

        SwedishOrEnglish(String cookieName) {
            super(cookieName);
        }

        @Override
        public Locale resolveLocale(HttpServletRequest request) {
            return ENGLISH.getLanguage().equals(super.resolveLocale(request).getLanguage()) ? ENGLISH : SWEDISH;
        }
    }
}
