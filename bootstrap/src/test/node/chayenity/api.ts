// The ApiClient of Chayenity's API document ("React/TypeScript Example"), as printed there: only API_BASE
// comes from the environment, and the class is exported for main.ts. Its Usage lines are in main.ts.
// api.ts
const API_BASE = process.env.API_BASE;

interface ApiResponse<T> {
  data?: T;
  error?: string;
}

class ApiClient {
  private accessToken: string | null = null;
  private refreshToken: string | null = null;

  setTokens(accessToken: string, refreshToken: string) {
    this.accessToken = accessToken;
    this.refreshToken = refreshToken;
  }

  private getHeaders(): HeadersInit {
    const headers: HeadersInit = {
      'Content-Type': 'application/json',
    };
    
    if (this.accessToken) {
      headers.Authorization = `Bearer ${this.accessToken}`;
    }
    
    return headers;
  }

  async login(email: string, password: string): Promise<ApiResponse<LoginResponse>> {
    const formData = new FormData();
    formData.append('username', email);
    formData.append('password', password);

    const response = await fetch(`${API_BASE}/auth/login`, {
      method: 'POST',
      body: formData,
    });

    if (response.ok) {
      const data = await response.json();
      this.setTokens(data.access_token, data.refresh_token);
      // Store refresh token securely (e.g., secure cookie or encrypted storage)
      localStorage.setItem('refresh_token', data.refresh_token);
      return { data };
    } else {
      const error = await response.json();
      return { error: error.detail };
    }
  }

  async refreshAccessToken(): Promise<boolean> {
    if (!this.accessToken || !this.refreshToken) {
      return false;
    }

    try {
      const response = await fetch(`${API_BASE}/auth/refresh`, {
        method: 'POST',
        headers: {
          'Authorization': `Bearer ${this.refreshToken}`,
          'X-Access-Token': this.accessToken,
        },
      });

      if (response.ok) {
        const data = await response.json();
        this.accessToken = data.access_token;
        return true;
      }
    } catch (error) {
      console.error('Token refresh failed:', error);
    }
    
    return false;
  }

  async secureApiCall<T>(
    url: string, 
    options: RequestInit = {}
  ): Promise<ApiResponse<T>> {
    let response = await fetch(url, {
      ...options,
      headers: {
        ...this.getHeaders(),
        ...options.headers,
      },
    });

    // If 401, try to refresh tokens and retry
    if (response.status === 401) {
      const refreshSuccess = await this.refreshAccessToken();
      
      if (refreshSuccess) {
        // Retry with new access token
        response = await fetch(url, {
          ...options,
          headers: {
            ...this.getHeaders(),
            ...options.headers,
          },
        });
      } else {
        // Refresh failed, redirect to login
        this.logout();
        return { error: 'Session expired. Please login again.' };
      }
    }

    if (response.ok) {
      const data = await response.json();
      return { data };
    } else {
      const error = await response.json();
      return { error: error.detail };
    }
  }

  async logout(): Promise<void> {
    try {
      await fetch(`${API_BASE}/auth/logout`, {
        method: 'POST',
        headers: this.getHeaders(),
      });
    } catch (error) {
      console.error('Logout request failed:', error);
    } finally {
      // Always clear tokens locally
      this.accessToken = null;
      this.refreshToken = null;
      localStorage.removeItem('refresh_token');
      // Redirect to login page
      window.location.href = '/login';
    }
  }

  async createGig(gigData: CreateGigRequest): Promise<ApiResponse<Gig>> {
    return this.secureApiCall(`${API_BASE}/gigs/`, {
      method: 'POST',
      body: JSON.stringify(gigData),
    });
  }

  async uploadProfileImage(file: File): Promise<ApiResponse<FileUploadResponse>> {
    const formData = new FormData();
    formData.append('file', file);

    return this.secureApiCall(`${API_BASE}/upload/profile`, {
      method: 'POST',
      headers: {
        Authorization: `Bearer ${this.accessToken}`,
      },
      body: formData,
    });
  }
}

export { ApiClient };
