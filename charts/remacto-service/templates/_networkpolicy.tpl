{{- define "remacto-service.networkpolicy" -}}
{{- $np := .Values.networkPolicy -}}
{{- $global := (.Values.global | default dict).networkPolicy | default dict -}}
apiVersion: networking.k8s.io/v1
kind: NetworkPolicy
metadata:
  name: {{ include "remacto-service.fullname" . }}
  labels:
    {{- include "remacto-service.labels" . | nindent 4 }}
spec:
  podSelector:
    matchLabels:
      {{- include "remacto-service.selectorLabels" . | nindent 6 }}
  policyTypes: [Ingress]
  ingress:
    - ports:
        - port: http
          protocol: TCP
      from:
        {{- if $np.fromAllComponents }}
        - podSelector:
            matchLabels:
              app.kubernetes.io/part-of: remacto
              app.kubernetes.io/instance: {{ .Release.Name }}
        {{- else }}
        {{- range $np.fromComponents }}
        - podSelector:
            matchLabels:
              app.kubernetes.io/name: {{ . }}
              app.kubernetes.io/instance: {{ $.Release.Name }}
        {{- end }}
        {{- end }}
        {{- if $np.fromIngressController }}
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: {{ required "global.networkPolicy.ingressControllerNamespace is required" $global.ingressControllerNamespace }}
        {{- end }}
        {{- with $global.prometheusNamespace }}
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: {{ . }}
        {{- end }}
        {{- range $np.fromNamespaces }}
        - namespaceSelector:
            matchLabels:
              kubernetes.io/metadata.name: {{ . }}
        {{- end }}
{{- end -}}
